/**
 * Casualty figures of stop 40, with sentences written for these tests in the style of wire reports
 * from many conflicts: a unit of time before "after" ("a day after", "two weeks after", "hours
 * after") sets the clause that follows apart in time from the violent act told before it; its
 * figures are an earlier event's, recalled, not the event's own. With no violent act before, the
 * clause is the event the report is about ("police arrested two men a day after a shooting …").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const current = (text: string, outcome: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));
const fatalities = (text: string) => events(text).find((e) => !e.background)?.fatalities ?? null;
const recalled = (text: string, outcome: string) => events(text).filter((e) => e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));

test('figures after "<interval> after" a violent act are an earlier event', () => {
  const convoy = 'A roadside bomb killed three soldiers near Kidal on Sunday, two days after an ambush on a supply convoy killed four drivers in the same area.';
  assert.deepEqual(current(convoy, 'killed'), [3]);
  assert.deepEqual(recalled(convoy, 'killed'), [4]);
  const miners = 'Gunmen shot dead six miners in Ituri on Thursday, a week after militiamen killed 11 villagers nearby.';
  assert.deepEqual(current(miners, 'killed'), [6]);
  assert.equal(events(miners).find((e) => !e.background)?.fatalities, 6);
  const mosque = 'A suicide bomber killed 14 worshippers at a mosque in Peshawar on Friday, hours after a grenade attack wounded three policemen in Quetta.';
  assert.deepEqual(current(mosque, 'wounded'), []);
  assert.deepEqual(recalled(mosque, 'wounded'), [3]);
});

test('with no violent act before it, the clause after "a day after" is the event told', () => {
  assert.deepEqual(current('Police arrested two men on Friday, a day after a shooting killed a teenager outside a school in Soweto.', 'killed'), [1]);
});

const totals = (text: string) => events(text).find((e) => !e.background)!.totals;

test('"he" or "she" opening the next sentence with the same fate tells again of the one person counted', () => {
  assert.equal(totals('A police constable was wounded by gunmen in Quetta on Sunday. He had been shot twice in the thigh, officials said.').wounded.best, 1);
  assert.equal(totals('An army officer was wounded in an ambush near Gao. He was shot through the forearm, the army said.').wounded.best, 1);
  // A soldier killed and told shot again is no one wounded.
  assert.equal(totals('A gendarme was killed at a checkpoint near Ouahigouya. He was shot by men on motorbikes, the ministry said.').wounded.best ?? 0, 0);
});

test('people named by their trade are civilians', () => {
  const kinds = (text: string) => events(text).flatMap((e) => e.claims.map((c) => c.party.kind));
  assert.deepEqual(kinds('A journalist was shot dead in Culiacan on Monday, prosecutors said.'), ['civilians']);
  assert.deepEqual(kinds('Gunmen killed two teachers and a nurse in an attack on a village in Borno.'), ['civilians']);
  assert.deepEqual(kinds('Three miners died when bandits raided a gold site in Zamfara.'), ['civilians']);
});

test('people named by a role the lexicon lacked are one person each', () => {
  assert.equal(fatalities('A former convict was beaten to death by residents in Kakamega on Sunday.'), 1);
  assert.equal(fatalities('A staffer of an aid agency was shot dead in Bentiu on Friday.'), 1);
  assert.equal(fatalities('Villagers lynched a hunter accused of witchcraft in Pehonko on Tuesday.'), 1);
  assert.equal(fatalities('A reporter was killed when a shell hit his car near Kherson.'), 1);
});

test('"slashed … to death" kills its object', () => {
  assert.equal(fatalities('Militiamen slashed two farmers to death in Djugu territory on Monday.'), 2);
});

test("an age says a person, not whose: the noun after it does", () => {
  const kinds = (text: string) => events(text).flatMap((e) => e.claims.map((c) => c.party.kind));
  assert.deepEqual(kinds('A 51-year-old inspector succumbed to his injuries at a clinic in Ruiru on Monday.'), ['police']);
  assert.deepEqual(kinds('A 19-year-old soldier was killed by sniper fire near Bakhmut.'), ['military']);
});

test('a figure in a relative clause of the past event that "since" names is that event\'s', () => {
  const text = 'Clashes in the capital killed seven people on Tuesday, the worst violence since the 2016 post-election unrest, during which about 60 people were killed.';
  assert.deepEqual(current(text, 'killed'), [7]);
  assert.deepEqual(recalled(text, 'killed'), [60]);
  const riots = 'Riots swept Kinshasa on Monday, leaving four dead, the worst since the 2011 election, when more than 30 protesters were killed by police.';
  assert.deepEqual(current(riots, 'killed'), [4]);
  // A comparison that recalls no figure leaves the day's own.
  assert.deepEqual(current('The clashes were the deadliest since 2019, officials said, with 40 people killed on Monday.', 'killed'), [40]);
});

test('"two of them" counts among the people told before, of their side; things told before are no people', () => {
  assert.deepEqual(current('Gunmen seized eleven traders on the road to Maiduguri; three of them were wounded.', 'wounded'), [3]);
  const claims = events('Six militiamen were captured near Beni; two of them later died of their wounds.').flatMap((e) => e.claims);
  const kind = (o: string) => claims.filter((c) => c.outcome === o).map((c) => c.party.kind);
  assert.deepEqual(kind('killed'), kind('captured'));
  assert.notDeepEqual(kind('killed'), ['unknown']);
  assert.deepEqual(current('Drones targeted the air base overnight; two of them were shot down.', 'killed_or_wounded'), []);
});
