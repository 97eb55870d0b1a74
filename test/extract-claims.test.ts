import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FoundClaim } from '../src/extract/claims/index.ts';
import { claimsOfText } from './claims-of-text.ts';

const claims = claimsOfText;
const brief = (c: FoundClaim) => `${c.outcome} ${c.low}-${c.high} ${c.qualifier} ${c.party.kind}:${c.party.country ?? '-'}`;

test('figures per side: whose dead, the claimant, "its soldiers" resolved to the claimant', () => {
  const cs = claims('Baku said 7 Azerbaijani soldiers were killed. Baku reported that seven of its soldiers had died and 10 were wounded.');
  assert.deepEqual(cs.map(brief), ['killed 7-7 exact military:AZE', 'killed 7-7 exact military:AZE', 'wounded 10-10 exact military:AZE']);
  for (const c of cs) assert.equal(c.claimedBy?.country, 'AZE');
  assert.equal(cs[0]!.claimedBy?.kind, 'government');
});

test('"dead or missing" and "captured" keep their party; relays are not claimants — Around 25 Armenian soldiers are reported as dead or missing,', () => {
  const [kom, cap] = claims('Around 25 Armenian soldiers are reported as dead or missing, with 13 captured.');
  assert.equal(brief(kom!), 'killed_or_missing 25-25 about military:ARM');
  assert.equal(brief(cap!), 'captured 13-13 exact military:ARM');
});

test('"dead or missing" and "captured" keep their party; relays are not claimants — Four Kenyan police officers were killed in the ambush, Kenya', () => {
  const [c] = claims("Four Kenyan police officers were killed in the ambush, Kenya's interior ministry said, Reuters reported.");
  assert.equal(brief(c!), 'killed 4-4 exact police:KEN');
  assert.equal(c!.reportedBy?.name, 'Reuters');
  assert.equal(c!.claimedBy?.kind, 'government');
});

test('"dead or missing" and "captured" keep their party; relays are not claimants — At least 12 villagers died in the raid, according to the Red', () => {
  const [d] = claims('At least 12 villagers died in the raid, according to the Red Cross.');
  assert.equal(d!.claimedBy?.name, 'Red Cross');
  assert.equal(d!.qualifier, 'at_least');
});

test('objects, coordination and singular victims — Gunmen killed 10 to 15 villagers near the well.', () => {
  assert.deepEqual(claims('Gunmen killed 10 to 15 villagers near the well.').map(brief), ['killed 10-15 range civilians:-']);
});

test('objects, coordination and singular victims — A man and his 12-year-old son were killed by unidentified as', () => {
  assert.deepEqual(claims('A man and his 12-year-old son were killed by unidentified assailants.').map(brief), ['killed 2-2 exact civilians:-']);
});

test('objects, coordination and singular victims — He and three others were shot outside the bar.', () => {
  assert.deepEqual(claims('He and three others were shot outside the bar.').map(brief), ['killed_or_wounded 4-4 exact unknown:-']);
});

test('objects, coordination and singular victims — A police officer shot dead a driver who refused to stop.', () => {
  assert.deepEqual(claims('A police officer shot dead a driver who refused to stop.').map((c) => `${c.outcome} ${c.low}`), ['killed 1']);
});

test('objects, coordination and singular victims — Investigators say a man shot and killed his wife, son and da', () => {
  const fam = claims('Investigators say a man shot and killed his wife, son and daughter before killing himself.');
  assert.deepEqual(fam.map((c) => `${c.outcome} ${c.low} ${c.party.kind}`), ['killed 3 unknown', 'killed 1 group']);
});

test('objects, coordination and singular victims — Two people were shot, one fatally, on Sunday.', () => {
  assert.deepEqual(claims('Two people were shot, one fatally, on Sunday.').map((c) => `${c.outcome} ${c.low}`), ['killed_or_wounded 2', 'killed 1']);
});

test('objects, coordination and singular victims — Maria Lopez, 64, was found dead at 5:35 p.m. on Nov. 29.', () => {
  // Ages, times and days are not head counts.
  assert.deepEqual(claims('Maria Lopez, 64, was found dead at 5:35 p.m. on Nov. 29.').map((c) => `${c.outcome} ${c.low}`), ['killed 1']);
});

test('negation and denial give zero; hedges are marked; plans are not casualties — No casualties were reported after the blast.', () => {
  const none = claims('No casualties were reported after the blast.');
  assert.deepEqual(none.map((c) => `${c.outcome} ${c.low} ${c.negated}`), ['killed 0 true', 'wounded 0 true']);
});

test('negation and denial give zero; hedges are marked; plans are not casualties — The army denied that any soldiers were killed.', () => {
  const denied = claims('The army denied that any soldiers were killed.');
  assert.deepEqual(denied.map((c) => `${c.outcome} ${c.low} ${c.negated}`), ['killed 0 true']);
});

test('negation and denial give zero; hedges are marked; plans are not casualties — Unconfirmed reports said dozens of civilians died.', () => {
  const [h] = claims('Unconfirmed reports said dozens of civilians died.');
  assert.equal(h!.hedged, true);
  assert.equal(h!.low, 24);
  assert.equal(h!.conventional, 12);
  assert.equal(h!.qualifier, 'vague');
});

for (const [text, want] of [
  ['The gunman tried to kill two guards before fleeing.', []],
  ['There could have been five people dead that night.', []],
] as const) {
  test(`negation and denial give zero; hedges are marked; plans are not casualties — ${text.slice(0, 60)}`, () => assert.deepEqual(claims(text), want));
}

test('running totals', () => {
  const [c] = claims('The death toll rose to 12 on Friday, officials said.');
  assert.equal(c!.runningTotal, true);
  assert.equal(c!.outcome, 'killed');
  assert.equal(c!.low, 12);
});
