/**
 * Casualty figures of stop 32, with sentences written for these tests in the style of wire reports:
 * - a participle of claiming before a perfect infinitive reports the past ("…, the group said,
 *   claiming to have killed 30 soldiers"): a claim, not a plan;
 * - citizens and nationals are people, civilians ("leaving one Tajik citizen dead", "two Chinese
 *   nationals"); guardsmen are soldiers;
 * - an adverb before an active casualty verb ("critically injured an elderly farmer") keeps the verb
 *   active: its object is the victim, its subject the attacker;
 * - "shot" after an article or a verb of firing ("without firing a shot", "heard a single shot") is a
 *   gunshot, no one hurt;
 * - a person or count right after an active casualty verb is its object ("killed one man and
 *   another was injured": one killed, one injured), and a person before an auxiliary starts a new
 *   clause ("killed a farmer and a woman was injured");
 * - "them" after a verb joined by "and" counts the people of the clause ("opened fire on two
 *   herders and seriously injured them"), and an adverb before a participle with no object keeps
 *   it a reduced passive ("a nephew of the governor critically injured in an ambush");
 * - nobody hurt ("No injuries were reported") makes no event of its own: it is said of the event
 *   the text tells.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`).sort();

test('a participle of claiming reports a past toll', () => {
  assert.deepEqual(figures('JNIM fighters stormed an army camp near Boulkessi on Friday, the group said, claiming to have killed 30 soldiers.'), ['killed 30 military']);
});

test('citizens and nationals are civilians, guardsmen soldiers', () => {
  assert.deepEqual(figures('Border troops of the two states exchanged fire near a disputed canal, leaving one Tajik citizen dead, officials said.'), ['killed 1 civilians']);
  assert.deepEqual(figures('Gunmen killed two Chinese nationals near a gold mine in Ituri province on Sunday.'), ['killed 2 civilians']);
  assert.deepEqual(figures('Three national guardsmen were hurt when a mine struck their truck on a desert track.'), ['wounded 3 military']);
});

test('an adverb before an active casualty verb keeps its object the victim', () => {
  assert.deepEqual(figures('The attacker killed a shepherd and critically injured an elderly farmer near the well.'), ['killed 1 civilians', 'wounded 1 civilians']);
  assert.deepEqual(figures('The gunman seriously injured a woman before fleeing.'), ['wounded 1 civilians']);
  assert.deepEqual(figures('Two men were seriously injured in the blast.'), ['wounded 2 civilians']);
});

test('a shot fired is no one shot', () => {
  assert.deepEqual(figures('Riot police cleared 200 traders from the square without firing a shot.'), []);
  assert.deepEqual(figures('Twelve residents heard a single shot and called police.'), []);
  assert.deepEqual(figures('A man was shot in the leg near the market.'), ['killed_or_wounded 1 civilians']);
});

test('a person right after an active casualty verb is its object, one before an auxiliary a new subject', () => {
  assert.deepEqual(figures('Gunmen killed one man and another was injured in the raid.'), ['killed 1 civilians', 'wounded 1 civilians']);
  assert.deepEqual(figures('Militiamen killed a farmer and a woman was injured, the chief said.'), ['killed 1 civilians', 'wounded 1 civilians']);
  assert.deepEqual(figures('Gunmen killed two men and three civilians were injured.'), ['killed 2 civilians', 'wounded 3 civilians']);
  assert.deepEqual(figures('Attackers killed a soldier and two others were injured at the checkpoint.'), ['killed 1 military', 'wounded 2 military']);
  // A list of victims of one verb stays one list.
  assert.deepEqual(figures('Gunmen killed a farmer and his son near the river.'), ['killed 2 civilians']);
});

test('"them" after a joined verb counts the people of the clause; an adverb keeps a reduced passive', () => {
  assert.deepEqual(figures('A militiaman opened fire on two herders and seriously injured them near a well.'), ['wounded 2 civilians']);
  assert.deepEqual(figures('Gunmen abducted three traders on the highway and later killed them.'), ['captured 3 civilians', 'killed 3 civilians']);
  assert.deepEqual(figures('A nephew of the provincial governor critically injured in an ambush on his convoy.').map((f) => f.split(' ').slice(0, 2).join(' ')), ['wounded 1']);
});

test('nobody hurt makes no event of its own', () => {
  const evs = processArticle({ id: 't', title: null, url: null, published: '2023-01-05', outlet: null, byline: null, text: 'On 2 January 2023, soldiers demolished two homes in a village near Hebron. No injuries were reported.' }).filter((e) => !e.background);
  assert.deepEqual(evs.map((e) => e.subEventType), ['Looting/property destruction']);
  assert.equal(evs[0]!.totals.wounded.best, 0);
});
