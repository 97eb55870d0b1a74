import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText, processArticle } from '../src/index.ts';
import type { FoundClaim } from '../src/extract/claims/index.ts';
import { claimsOfText } from './claims-of-text.ts';

// Issue 14: what a figure's words assert. Vague counts keep the least they say ("dozens" is at
// least 24) and ACLED's conventional point (12) for totals; a ceiling ("up to 100") has no floor.
// Every sentence is written for these tests, in the manner of wire reports of several wars.

const claims = (text: string): FoundClaim[] => claimsOfText(text, '2024-05-02');
const fig = (c: FoundClaim) => `${c.outcome} ${c.low}-${c.high} ${c.qualifier}${c.conventional !== undefined ? ` conv ${c.conventional}` : ''}`;
const mainEvent = (text: string) => processArticle(articleFromText(text, { id: 'a', published: '2024-05-02' }))[0]!;

test('"dozens of fighters were killed": at least 24 asserted, 12 the conventional point the totals use', () => {
  const cs = claims('Dozens of fighters were killed when the army shelled rebel positions near Kismayo, a local official said.');
  assert.deepEqual(cs.map(fig), ['killed 24-null vague conv 12']);
  assert.equal(mainEvent('Dozens of fighters were killed when the army shelled rebel positions near Kismayo, a local official said.').totals.killed.best, 12);
});

test('"hundreds", "thousands" and "hundreds of thousands": two of the unit at least', () => {
  assert.deepEqual(claims('Hundreds of civilians were killed in the siege of El Fasher, aid groups said.').map(fig), ['killed 200-null vague conv 100']);
  assert.deepEqual(claims('The ministry said its troops had killed thousands of insurgents in the offensive.').map(fig), ['killed 2000-null vague conv 1000']);
  assert.deepEqual(claims('Hundreds of thousands of people have been killed since the war began in 2022.').map(fig), ['killed 200000-null vague conv 100000']);
});

test('"two dozen" is 24, "1.2 million" is a count', () => {
  assert.deepEqual(claims('Drone strikes on the port of Hodeidah wounded more than two dozen people on Sunday.').map(fig), ['wounded 24-24 at_least']);
  assert.deepEqual(claims('The UN said 1.2 million people had been displaced by the fighting in Rakhine.').map((c) => `${c.outcome} ${c.low}`), ['displaced 1200000']);
});

test('"up to 100 dead", "almost 150 people": a ceiling, the least unknown', () => {
  const cs = claims('Rebel commanders said they may have up to 100 dead after the battle for the airport.');
  assert.deepEqual(cs.map(fig), ['killed null-100 at_most']);
  const ev = mainEvent('Airstrikes killed almost 150 people in three border villages on Monday, provincial officials said.');
  assert.equal(ev.claims[0]!.low, null);
  assert.equal(ev.totals.killed.best, 150);
});

test('"nearly" and "almost" before a number qualify the count; before the verb they say nobody died', () => {
  assert.deepEqual(claims('Nearly 120 civilians were killed when the market was shelled, the regional governor said.').map(fig), ['killed null-120 at_most']);
  assert.deepEqual(claims('The monitoring group has recorded almost 300 fighters killed on both sides of the front.').map(fig), ['killed null-300 at_most']);
  assert.deepEqual(claims('A shepherd was nearly killed when a mine went off beside his flock.').map(fig), []);
});

test('a victim named in full, then by surname alone, is one person ("Reyes was pronounced dead")', () => {
  const text = 'Police said 19-year-old Daniel Reyes was shot outside a store on Fifth Street on Saturday night. '
    + 'Reyes was pronounced dead at a hospital about an hour later, the medical examiner said.';
  assert.equal(mainEvent(text).totals.killed.best, 1);
  // A capitalised word the article never gave as a person's surname stays no one.
  assert.deepEqual(claims('Officers said Springfield was shaken after the shooting.').map(fig), []);
});

test('a breakdown after where and when ("killed 27 people across the Gaza Strip on Tuesday, including 11 children")', () => {
  const cs = claims('Israeli air strikes killed at least 27 Palestinians across the Gaza Strip on Tuesday, including 11 children, the health ministry said.');
  assert.deepEqual(cs.map((c) => `${c.outcome} ${c.low} ${c.breakdown ? 'part' : 'whole'}`), ['killed 27 whole', 'killed 11 part']);
  // Not past another group: "one woman dead and five others, including two officers" breaks down the five.
  const two = claims('The rampage left one woman dead and five others wounded, including two police officers.');
  assert.ok(!two.some((c) => c.outcome === 'killed' && c.low === 2), two.map(fig).join('; '));
});

test('"the dead included four children and two women": groups of the dead, a breakdown (Gaza, Yemen)', () => {
  const text = 'Air strikes killed 27 people in the city on Tuesday. Medics said the dead included four children and two women.';
  assert.deepEqual(claims(text).map((c) => `${c.outcome} ${c.low} ${c.breakdown ? 'part' : 'whole'}`), ['killed 27 whole', 'killed 4 part', 'killed 2 part']);
  assert.equal(mainEvent(text).totals.killed.best, 27);
  assert.deepEqual(claims('Officials said the wounded included three policemen.').map((c) => `${c.outcome} ${c.low}`), ['wounded 3']);
});

test('a people word the person list lacks, then where: "killed 27 Palestinians across the strip" is still a count', () => {
  assert.deepEqual(claims('Air strikes killed 27 Syrians across the country on Friday.').map((c) => `${c.outcome} ${c.low}`), ['killed 27']);
});

test('one person named with a phrase of "of" or "from" is counted: "a resident of the village was shot dead"', () => {
  const one = (text: string) => claims(text).filter((c) => c.outcome === 'killed').map((c) => `${c.low} ${c.party.kind}`);
  assert.deepEqual(one('A resident of the border village was shot dead by gunmen on Monday, police said.'), ['1 civilians']);
  assert.deepEqual(one('A soldier from the 3rd brigade was killed when his patrol hit a mine.').length, 1);
  assert.deepEqual(one('A member of the armed gang was killed in the shootout with police.').length, 1);
  // The phrase names people itself: they were shot, not the person before it.
  assert.deepEqual(claims('Jane Doe, the mother of the two-year-old shot at a motel on Friday, has been arrested.').filter((c) => c.low === 2), []);
});

test('a name and its appositions before a singular verb are one person; a list before a plural verb is several', () => {
  const killed = (text: string) => claims(text).filter((c) => c.outcome === 'killed').map((c) => c.low);
  assert.deepEqual(killed('Abu Hamza al-Masri, also known as Abu Omar, a senior commander of the group, was killed in a drone strike on Wednesday.'), [1]);
  assert.deepEqual(killed('A teacher, a farmer, a trader were killed when the bus was ambushed.'), [3]);
});

test('guerrillas, jihadists, gendarmes and commandos are people of their side, counted apart from the other side', () => {
  const by = (text: string) => claims(text).filter((c) => c.outcome === 'killed').map((c) => `${c.low} ${c.party.kind}`).sort();
  assert.deepEqual(by('Officials said 30 guerrillas and 12 government soldiers were killed when the rebels attacked the town.'), ['12 military', '30 rebel']);
  assert.deepEqual(by('Two gendarmes were killed in an ambush near the border.'), ['2 police']);
  assert.deepEqual(by('Five jihadists were killed by the army on Tuesday.'), ['5 rebel']);
});

test('"closer to 50" is about 50; "Other estimates" name no claimant', () => {
  const [c] = claims('Other estimates put the death toll at closer to 50.');
  assert.equal(fig(c!), 'killed 50-50 about');
  assert.equal(c!.claimedBy, null);
});
