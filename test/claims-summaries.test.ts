import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FoundClaim } from '../src/extract/claims/index.ts';
import { computeTotals } from '../src/extract/totals.ts';
import { claimsOfText } from './claims-of-text.ts';

// Casualty figures in the terse style of an event coder's summary (reduced passives, group names,
// coordinated groups, breakdowns). Every sentence here is written for these tests.

const claims = (text: string): FoundClaim[] => claimsOfText(text, '2019-05-02');
const figures = (text: string) => claims(text).map((c) => `${c.outcome} ${c.low}`);
const killed = (text: string) => computeTotals(claims(text)).fatalities;

for (const [text, want] of [
  ['3 shot dead by herders near the dam.', ['killed 3']],
  ['5 Samburu reported dead after the raid.', ['killed 5']],
  ['6 suspected bandits killed by police near the river.', ['killed 6']],
  ['7 cattle raiders shot dead by rangers near the dam.', ['killed 7']],
  ['Fighting resumed near the wells, 11 killed in the village of Dera.', ['killed 11']],
] as const) {
  test(`reduced passives count the people named after the number, whatever their noun — ${text.slice(0, 60)}`, () => assert.deepEqual(figures(text), want));
}

test('reduced passives count the people named after the number, whatever their noun — Raiders killed 40 goats near the wells.', () => {
  // Not people: animals, a date before the noun, a plan.
  assert.deepEqual(figures('Raiders killed 40 goats near the wells.'), []);
});

test('reduced passives count the people named after the number, whatever their noun — On 14 May Borana herders were killed in the raid.', () => {
  assert.ok(!figures('On 14 May Borana herders were killed in the raid.').includes('killed 14'));
});

test('reduced passives count the people named after the number, whatever their noun — A guard attempts to assassinate a clerk at the depot.', () => {
  assert.deepEqual(figures('A guard attempts to assassinate a clerk at the depot.'), []);
});

for (const [text, want] of [
  ['Troops killed three al Shabaab near the border post.', ['killed 3']],
  ['Herders shot dead six Toposa militia at the river crossing.', ['killed 6']],
  ['Rangers shot 2 dead in the reserve.', ['killed 2']],
  ['Two men on a motorbike shoot and kill a trader at the market.', ['killed 1']],
  ['Bandits gun down two traders on the highway.', ['killed 2']],
  ['The group admitted executing two hostages in the desert.', ['killed 2']],
  ['The rebels claimed to have killed four soldiers in the hills.', ['killed 4']],
  ['Guards opened fire at the gate, killing a 19 years old driver.', ['killed 1']],
  ['Rangers shot dead a 24 year-old poacher in the park.', ['killed 1']],
  ['A crowd beat and killed a 15 year old outside the market.', ['killed 1']],
  ['6 more killed near the border on Sunday.', ['killed 6']],
] as const) {
  test(`a casualty verb's counted object may be a group's name; "shot N dead" is killed — ${text.slice(0, 60)}`, () => assert.deepEqual(figures(text), want));
}

for (const [text, want] of [
  ['2 women and 1 child were killed in the attack on the camp.', 3],
  ['Six soldiers and a civilian were killed when the truck hit a mine.', 7],
  ['Militants raided the town, killing four civilians and two police.', 6],
] as const) {
  test(`coordinated groups of one party add up in one figure — ${text.slice(0, 60)}`, () => assert.equal(killed(text), want));
}

for (const [text, want] of [
  ['5 traders killed, including 3 burned.', 5],
  ['Eight people were killed in the raid on the depot. The dead included two guards and a driver who were shot at the gate.', 8],
  ['Five people were killed on Monday. Among the dead were two teachers.', 5],
] as const) {
  test(`a breakdown of the dead does not add to the total it details — ${text.slice(0, 60)}`, () => assert.equal(killed(text), want));
}

test('a breakdown of the dead does not add to the total it details — Three people, including two children, were killed in the fir', () => {
  // The total's own "including" is not a breakdown of it.
  assert.equal(killed('Three people, including two children, were killed in the fire.'), 3);
});

test('a breakdown of the dead does not add to the total it details — 5 traders killed, including 3 burned. Raiders also killed 2', () => {
  assert.equal(killed('5 traders killed, including 3 burned. Raiders also killed 2 soldiers.'), 7);
});

test('each clause\'s figure is claimed by its own speaker; "killed or were missing" is one outcome', () => {
  const cs = claims('Georgia said 40 of its soldiers had been killed or were missing, while Russia said 12 of its soldiers were killed.');
  assert.deepEqual(cs.map((c) => `${c.outcome} ${c.low} ${c.party.country} by ${c.claimedBy?.country}`), ['killed_or_missing 40 GEO by GEO', 'killed 12 RUS by RUS']);
});

for (const [text, want] of [
  ['At least 30 people died when the bridge was shelled. Four children were among those killed, the mayor said.', 30],
  ['Four children were among those killed, the mayor said.', 4],
] as const) {
  test(`people "among those killed" are part of the toll given before — ${text.slice(0, 60)}`, () => assert.equal(killed(text), want));
}
