/**
 * "The loss of N people", stop 44, with sentences written for these tests in the style of wire
 * reports from several conflicts: as "lost N soldiers", a side's loss of people is its dead (how war
 * reports use the word); the loss of things or of contact counts no one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

test('"with the loss of N troops" counts the dead; "the loss of contact" no one', () => {
  // An old desert war communique, a mountain offensive, a naval raid.
  const a = claimsOfText('Government forces retook the oasis, the enemy suffering the loss of over 300 troops, the defence ministry said.');
  assert.ok(a.some((c) => c.outcome === 'killed' && c.low === 300));
  const b = claimsOfText('The army admitted the loss of 14 soldiers in the offensive on the ridge.');
  assert.ok(b.some((c) => c.outcome === 'killed' && c.low === 14 && c.party.kind === 'military'));
  assert.equal(claimsOfText('The navy reported the loss of contact with two patrol boats off the coast.').length, 0);
  assert.equal(claimsOfText('The loss of 300 homes in the fighting left families destitute.').length, 0);
});
