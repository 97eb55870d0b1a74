/**
 * Casualty figures of stop 36, with sentences written for these tests in the style of wire reports:
 * - a toll accumulated over a period up to now ("has killed 400 people since October", "so far this
 *   year", "since the war began") is many events' figure: a background claim, never the current
 *   event's fatalities, even when the article tells no other event; "almost daily" before a comma
 *   qualifies the fighting's frequency, no attempt ("nearly killed"), so the participle after the
 *   comma still tells its dead;
 * - "on its side", "on the Afghan side" after a figure names whose people it counts (the claimant's
 *   country, or the country named); civilians or people of two different countries are two
 *   parties whose figures add, while figures of one country's people stay alternatives;
 * - an event named after "in retaliation for", "in response to" (or "after"/"following" a violent act
 *   told before) whose relative clause tells dead ("… for a strike that killed three of its
 *   fighters") is an earlier event, the cause of the one told: its dead are background;
 * - one person wounded is taken for one of the dead only when nothing tells them apart: another noun
 *   phrase of the same sentence ("a shepherd was killed and a boy was wounded") or "also" ("the
 *   blast also wounded a driver") is another person; a pronoun ("and he died there") is not;
 * - a number after "aged", "the ages of", "in age from" (and the numbers joined to it) is an age,
 *   never a head count ("nine villagers between the ages of 14 and 60 were wounded" counts nine);
 * - "N of the <animals>" after a casualty verb ("wounded two of his camels", "one of the family
 *   dogs") counts animals, no people.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Killed figures of the current events, and of the recalled ones. */
const split = (text: string, published?: string) => {
  const evs = events(text, published);
  const killed = (bg: boolean) => evs.filter((e) => e.background === bg).flatMap((e) => e.claims.filter((c) => c.outcome === 'killed').map((c) => c.low));
  return { current: killed(false), fatalities: evs.filter((e) => !e.background).map((e) => e.fatalities), recalled: killed(true) };
};

test('a toll accumulated since a month long past is a background claim, not the event\'s fatalities', () => {
  assert.deepEqual(split('Cross-border shelling has continued almost daily since November, killing more than 300 people in the border villages, most of them militiamen.'),
    { current: [], fatalities: [null], recalled: [300] });
  assert.deepEqual(split('Fighting between the army and the rebels since January has killed more than 250 people in Rakhine.'),
    { current: [], fatalities: [null], recalled: [250] });
});

test('a toll "so far this year" or "since the war began" stays recalled when the article tells no other event', () => {
  assert.deepEqual(split('Jihadist attacks so far this year have killed at least 180 people in the Tillaberi region, the governor said.'),
    { current: [], fatalities: [null], recalled: [180] });
  assert.deepEqual(split('Soldiers ambushed a convoy of Ansar fighters near Zinjibar on Monday, killing five. The fighting has killed 230 people since the war began.'),
    { current: [5], fatalities: [5], recalled: [230] });
});

/** The current event's fatalities. */
const fatalities = (text: string) => events(text).filter((e) => !e.background).map((e) => e.fatalities);

test('"on its side" after a state\'s figure names that state\'s people, and two countries\' people add', () => {
  assert.deepEqual(fatalities('Armenia\'s emergencies ministry said 11 people had been killed on its side. Azerbaijani officials said seven of their citizens had died in the shelling.'), [18]);
  assert.deepEqual(fatalities('Sudan\'s army said nine people were killed on its side, while Ethiopian officials said four of their citizens died.'), [13]);
  // "on the Afghan side": the country named.
  assert.deepEqual(fatalities('Pakistani officials said six of their citizens were killed in the border clashes. Twelve people were killed on the Afghan side, a Taliban spokesman said.'), [18]);
  // A side-less toll beside them is the overall figure, not more dead: the larger account stands.
  assert.deepEqual(fatalities('Border fighting between the two countries has killed about 40 people. Armenia\'s emergencies ministry said 21 people had been killed on its side, and Azerbaijani officials said 12 of their citizens had died.'), [40]);
  assert.deepEqual(fatalities('Border fighting has killed at least 20 people. Armenia\'s emergencies ministry said 21 people had been killed on its side, and Azerbaijani officials said 12 of their citizens had died.'), [33]);
});

test('"on its side" names the claimant\'s people, and figures of one country\'s people stay alternatives', () => {
  const text = 'Armenia\'s emergencies ministry said 11 people had been killed on its side. Local officials later said nine Armenian civilians had died.';
  assert.deepEqual(events(text).flatMap((e) => e.claims.map((c) => c.party.country)), ['ARM', 'ARM']);
  assert.deepEqual(fatalities(text), [9]);
});

test('the dead of a strike recalled as the cause ("in retaliation for a strike that killed …") are that earlier event\'s', () => {
  assert.deepEqual(split('Houthi forces fired drones at a tanker in the Red Sea in retaliation for an American raid that killed three of their fighters last week.'),
    { current: [], fatalities: [null], recalled: [3] });
  assert.deepEqual(split('The militia shelled army positions near Kidal in response to an air strike which had killed two of its commanders.'),
    { current: [], fatalities: [null], recalled: [2] });
  // "after a shooting that killed …" told after an arrest is still the event the report tells.
  assert.deepEqual(split('Police arrested two men on Sunday after a shooting that killed a teenager in Cali, and said a third suspect had fled.').fatalities.filter((f) => f !== null), [1]);
});

/** Wounded of the current events. */
const wounded = (text: string) => events(text).filter((e) => !e.background).map((e) => e.totals.wounded.best);

test('a person wounded told apart from the dead is no one of the dead', () => {
  // Two noun phrases of one sentence are two people.
  assert.deepEqual(wounded('A shepherd was killed and a teenage boy was wounded when gunmen opened fire near Bor on Tuesday.'), [1]);
  assert.deepEqual(wounded('Two traders were shot dead and a woman was hurt when gunmen raided a market in Mopti, officials said.'), [1]);
  // "also" hurt: one more person.
  assert.deepEqual(wounded('Three soldiers died in the ambush near Bunia. The blast also wounded a driver, the army said.'), [1]);
  // A pronoun names someone already told: the wounded man who died is one of the dead.
  assert.deepEqual(wounded('A farmer was taken to a clinic in Kaduna with gunshot wounds, and he died there overnight.').map((w) => w ?? 0), [0]);
});

test('a number after "aged", "the ages of", "in age from" is an age, not a count of people', () => {
  assert.deepEqual(wounded('Nine villagers between the ages of 14 and 60 were wounded when militiamen attacked Djugu on Sunday.'), [9]);
  assert.deepEqual(wounded('Four shepherds, ranging in age from 22 to 51, were injured by a landmine near Kunduz.'), [4]);
  assert.deepEqual(wounded('Three students aged 17, 18 and 20 were wounded when police fired on protesters in Mandalay.'), [3]);
});

test('"one of the farm donkeys", "two of his camels" after a casualty verb count animals, no people', () => {
  assert.deepEqual(wounded('Raiders shot dead a herder near Kapoeta and wounded two of his camels, a county official said.').map((w) => w ?? 0), [0]);
  assert.deepEqual(wounded('The shell struck a farmhouse outside Kherson, killing an elderly man and wounding one of the farm donkeys.').map((w) => w ?? 0), [0]);
  // Animal words naming people ("cattle herders") still count them.
  assert.deepEqual(wounded('Gunmen killed one of the cattle herders and wounded two of the herders near Gao.'), [2]);
});
