/**
 * Who acts on whom, stop 31: principles of English news syntax that hold in any conflict, each with
 * sentences written for these tests in the style of wire reports from different wars.
 * - A verb joined by "and" to the verb before it shares that verb's subject ("Rebels attacked the
 *   town and killed 50 soldiers"): the clause's first party, however far back, and the people the
 *   joined casualty verb counts are the victims; a party after a verb is an object, and a relative
 *   or subordinate clause ("a crowd who blocked roads and hurled stones", "after gunmen stormed …")
 *   has a subject of its own.
 * - A count right after a casualty verb is its object ("killed about 1,200 people"): the subject
 *   acted, it did not suffer.
 * - A country after a verb of entering or striking, past compass words, is where ("crossed into
 *   southern Israel"); so is one after "in" past compass words ("in northern Mali").
 * - A passive casualty verb's subject suffered and its "by" agent acted ("were ambushed and killed
 *   by soldiers").
 * - Generic names of sides: "rebels", "guerrillas", "separatists" are an armed group; "government
 *   forces" the state's military.
 * - A nationality before a civilian noun ("Kenyan fishermen", "an Israeli woman") or naming one
 *   person ("a Ugandan was killed") names civilians of that country, not its army; before another
 *   noun ("a Turkish drone") it names no people.
 * - Of two subjects joined by "and", the first named is actor1 ("Turkish forces and allied rebels
 *   shelled …"); two sides that fight each other stay the two sides.
 * - A lead label ("Looting: …") names the type: the parties are read from the text after it.
 * - A participle clause whose object is the event noun (", triggering fierce clashes") shares the
 *   main clause's subject; a de facto authority's forces and the state's are two sides; weapons
 *   disrupted ("air defences shot down two Ukrainian drones") are armed sides' weapons.
 * - A source that speaks of itself right after its speech verb ("The army said it killed 20
 *   militants", "Al-Shabaab said its fighters had stormed …") is who acted, unless it tells what it
 *   suffered ("said its soldiers were killed").
 * - Civilians named by nationality in violence are victims wherever they are: their country is no
 *   place. A native spelling that is an English word ("Island" for Iceland) names no country.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-09-14', outlet: null, byline: null, text });
const primaryEvent = (text: string) => {
  const e = processArticle(article(text)).find((x) => !x.background);
  assert.ok(e, `no event for: ${text}`);
  return e;
};

/** [sentence, actor1 name (or kind after "kind:"), actor2 name (or kind); null: none; '*': not asserted here] */
const cases: [string, string | null, string | null][] = [
  // Joined verbs share the clause's subject; the joined casualty verb's count is the victim.
  ['Al-Shabaab fighters stormed a police post near the border and killed six officers.', 'Al Shabaab', 'Police Forces'],
  ['Rebels attacked the town and killed more than 50 soldiers, the army said.', 'kind:rebel', 'Military Forces'],
  ['Jihadists ambushed a convoy near the town of Sona and killed 20 soldiers, security sources said.', 'Unidentified Armed Group', 'Military Forces'],
  ['Troops arrived after gunmen stormed the village and killed 14 farmers.', 'Unidentified Armed Group', 'Civilians'],
  ['Police pursued a gang of cattle raiders and killed four of them.', 'Police Forces', 'Unidentified Armed Group'],
  // A count after the casualty verb is its object: the subject acted.
  ['Hamas fighters crossed into southern Israel and killed about 1,200 people, Israeli officials said.', 'Hamas', '*'],
  // A passive's subject suffered, its "by" agent acted.
  ['Five militants were ambushed and killed by soldiers near the border.', 'Military Forces', 'Unidentified Armed Group'],
  ['Twenty Al-Shabaab fighters were killed by Kenyan troops near the border town.', 'Military Forces of Kenya', 'Al Shabaab'],
  // Generic names of sides.
  ['Government troops clashed with rebels near the border town on Monday.', 'Military Forces', 'kind:rebel'],
  ['Separatists fired on army positions overnight, the defence ministry said.', 'kind:rebel', 'Military Forces'],
  // A nationality before a civilian noun, or naming one person, is that country's civilians.
  ['Two Kenyan fishermen were killed by Ethiopian militiamen on the lake.', 'Military Forces of Ethiopia', 'Civilians (Kenya)'],
  ['An Israeli woman was stabbed by a Palestinian in the town.', '*', 'Civilians (Israel)'],
  ['A suspected cattle thief, believed to be a Ugandan, was killed by residents of the village.', '*', 'Civilians (Uganda)'],
  // Of two joined subjects, the first named acts.
  ['Turkish forces and allied rebels shelled the village of Umm Harir on Sunday.', 'Military Forces of Türkiye', null],
  ['Ethiopian troops and Fano militiamen fought near the town.', 'Military Forces of Ethiopia', 'Fano Militia'],
  // A participle clause whose object is the event noun shares the main clause's subject.
  ['Houthi fighters attacked government positions south of the city, triggering fierce clashes that killed 15 fighters on both sides.', 'Military Forces of Yemen (2016-) Supreme Political Council', 'Military Forces'],
  ['Militants stormed army positions near the border, sparking heavy fighting that lasted until dawn.', 'Unidentified Armed Group', 'Military Forces'],
  // A de facto authority's forces and the state's are two sides, though ACLED codes both in one country.
  ['Nagorno-Karabakh forces fired at Azerbaijani positions in the Aghdam district on Tuesday night.', 'Military Forces of Nagorno-Karabakh', 'Military Forces of Azerbaijan'],
  // Weapons disrupted are armed sides' weapons: countries stand for their forces.
  ['Russian air defences shot down two Ukrainian drones over the Belgorod region, the defence ministry said.', 'Military Forces of Russia', 'Military Forces of Ukraine'],
  // A source that speaks of itself ("said it", "said its troops") is who acted.
  ['The army said it killed 20 militants in an operation near the border on Sunday.', 'Military Forces', 'Unidentified Armed Group'],
  ['Police said they shot dead three suspected robbers in a gunfight on the outskirts of the city.', 'Police Forces', 'Unidentified Armed Group'],
  ['The Nigerian army said its troops had killed 35 Boko Haram fighters in Borno state.', 'Military Forces of Nigeria', 'Boko Haram'],
  ['The Taliban said they had captured the district centre after heavy fighting.', 'Taliban', null],
  // A lead label names the type; the parties come from the text after it.
  ['Looting: On 9 May, rebels looted the crops of villagers near the town of Dar Kabir.', 'kind:rebel', 'Civilians'],
  ['Movement of forces: On 3 March, Russian troops moved to a base near the border.', 'Military Forces of Russia', null],
];

const matches = (actor: { name: string; kind: string } | null, want: string | null) =>
  want === '*' ? true : want === null ? actor === null : want.startsWith('kind:') ? actor?.kind === want.slice(5)
    // A generic party takes the event's country after places ("Police Forces of Somalia", "Civilians (Mali)").
    : actor?.name === want || actor?.name.startsWith(`${want} of `) === true || actor?.name.startsWith(`${want} (`) === true;

for (const [text, a1, a2] of cases) {
  test(`actors: ${text}`, () => {
    const e = primaryEvent(text);
    assert.ok(matches(e.actor1, a1), `actor1 ${e.actor1?.name ?? 'none'} (${e.actor1?.kind}), want ${a1}`);
    assert.ok(matches(e.actor2, a2), `actor2 ${e.actor2?.name ?? 'none'} (${e.actor2?.kind}), want ${a2}`);
  });
}

test('a party after the first verb is its object, not the joined verb\'s subject', () => {
  const e = primaryEvent('Rebels attacked Malian soldiers and killed 10, the army said.');
  assert.equal(e.actor1?.kind, 'rebel');
  assert.equal(e.actor2?.name, 'Military Forces of Mali');
});

test('a relative clause has its own subject: the police did not hurl the stones', () => {
  const e = primaryEvent('Police officers used tear gas to disperse a crowd who blocked roads and hurled stones at the police.');
  assert.equal(e.actor1, null);
  assert.equal(e.actor2?.name, 'Police Forces');
});

test('a nationality before a thing names no people', () => {
  const e = primaryEvent('Government forces reportedly shot down a Turkish drone near the front line.');
  assert.equal(e.actor1?.name, 'Military Forces');
  assert.equal(e.actor2?.name, 'Military Forces of Türkiye');
});

test('a country after a verb of entering, past compass words, is where', () => {
  const e = primaryEvent('Hamas fighters crossed into southern Israel and killed about 1,200 people, Israeli officials said.');
  assert.equal(e.location?.country, 'Israel');
});

test('civilians named by nationality in violence give no place', () => {
  const e = primaryEvent('Three Somali refugees were shot dead by unknown gunmen on Tuesday night.');
  assert.equal(e.actor2?.name, 'Civilians (Somalia)');
  assert.equal(e.location, null);
});

test('"Island" is no country: a shooting on an island names no Icelandic side', () => {
  const events = processArticle(article('Three pirates were shot dead on Ngamba Island by Ugandan security forces.'));
  const names = events.flatMap((e) => [e.actor1?.name, e.actor2?.name, ...e.associatedActors.map((a) => a.name)]);
  assert.ok(!names.some((n) => n?.includes('Iceland')), names.join(', '));
  assert.equal(events[0]?.actor1?.name, 'Military Forces of Uganda');
});

test('a source that tells what it suffered did not act', () => {
  const e = primaryEvent('The army said its soldiers were killed in an ambush near the border.');
  assert.equal(e.actor1, null);
  assert.equal(e.actor2?.name, 'Military Forces');
});

test('a country after a place\'s name and a comma holds the place, not a side', () => {
  const e = primaryEvent('Looting: Residents looted a warehouse of food aid in Gonaives, Haiti.');
  assert.equal(e.actor1?.name, 'Civilians (Haiti)');
  assert.equal(e.actor2, null);
  assert.equal(primaryEvent('On Monday, Russia launched missiles at Kyiv, killing three civilians.').actor1?.name, 'Military Forces of Russia');
});

test('"national" before a force names the force, not civilians', () => {
  assert.equal(primaryEvent('Afghan national security forces repelled a Taliban attack in Kunduz.').actor1?.name, 'Military Forces of Afghanistan');
  assert.equal(primaryEvent('Islamist militants attacked an army base in Mali\'s Mopti region and killed 12 soldiers.').actor2?.name, 'Military Forces of Mali');
});
