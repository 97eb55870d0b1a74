/**
 * "A third", "a fourth", "another" before a verb are one more person (stop 31): "Two police officers
 * were shot and wounded, and a third was killed" is one killed (the two were counted as killed, as
 * no subject was found), "Three people were killed …; a fourth died" four killed.
 *
 * One people's two fates joined by "and" (stop 31): "she was kidnapped and subsequently killed",
 * "three soldiers were captured and later executed". The people taken are the people killed, so the
 * killing is a figure of the same count; sentences written for these tests in the style of reports
 * from different conflicts. A release ("abducted and later released") kills nobody, and a second
 * verb with its own count ("abducted 20 people and killed three others") keeps its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low}`).sort();

const cases: [string, string[]][] = [
  ['Police suspect that she was kidnapped and subsequently killed.', ['captured 1', 'killed 1']],
  ['A Catholic priest was abducted and later killed by gunmen in the Sahel region, the diocese said.', ['captured 1', 'killed 1']],
  ['Three soldiers were captured and later executed by the militants, the army said.', ['captured 3', 'killed 3']],
  ['Two villagers were abducted and killed by gunmen on Sunday.', ['captured 2', 'killed 2']],
  ['The journalist was abducted and later released unharmed.', ['captured 1']],
  ['Gunmen abducted 20 people and killed three others near the town.', ['captured 20', 'killed 3']],
];

for (const [text, want] of cases) {
  test(`joined fates: ${text}`, () => assert.deepEqual(figures(text), want));
}

const ordinalCases: [string, string[]][] = [
  ['Two police officers were shot and wounded, and a third was killed, the police chief said.', ['killed 1', 'wounded 2']],
  ['Two soldiers were killed and a third was wounded in the ambush near the border.', ['killed 2', 'wounded 1']],
  ['One man died at the scene and another was wounded, witnesses said.', ['killed 1', 'wounded 1']],
  ['Another was arrested.', ['arrested 1']],
  ['A third of the town was destroyed in the shelling.', []],
];
for (const [text, want] of ordinalCases) {
  test(`one more person: ${text}`, () => assert.deepEqual(figures(text), want));
}

test('"a fourth died" after three killed makes four', () => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2021-06-14', outlet: null, byline: null, text: 'Three people were killed in the attack on Monday; a fourth died in hospital on Tuesday.' }).find((x) => !x.background);
  assert.equal(e?.totals.killed.best, 4);
});

// The voice that puts a toll claims it: "…, but residents put the toll at more than 50" is the
// residents' figure, not the sentence's first source's.
test('a toll is claimed by the voice that puts it', () => {
  const by = (text: string) => claimsOfText(text).map((c) => `${c.low} ${c.claimedBy?.name}`);
  assert.deepEqual(by('According to local officials, at least 30 people were killed in Beledweyne, but residents put the toll at more than 50.'), ['30 local officials', '50 residents']);
  assert.deepEqual(by('At least 12 people died, the governor said, while church leaders put the death toll at 40.'), ['12 governor', '40 church leaders']);
  assert.deepEqual(by('The death toll rose to 25, police said.'), ['25 police']);
});

// An armed voice's own men are its fighters: "the army said five of its men were wounded" are soldiers.
test('an armed voice\'s own men are its fighters, not civilians', () => {
  const party = (text: string) => claimsOfText(text).map((c) => `${c.low} ${c.party.kind} ${c.party.name}`);
  assert.deepEqual(party('The rebels claimed to have killed 30 soldiers, but the army said only five of its men were wounded.'), ['30 military Military Forces', '5 military Military Forces']);
  assert.deepEqual(party('Al-Shabaab said 12 of its members died in the fighting near the town.'), ['12 rebel Al Shabaab']);
  // A government's people stay people.
  assert.deepEqual(party('The ministry said 40 of our people were killed.'), ['40 unknown People']);
});
