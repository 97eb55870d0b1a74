/**
 * Stop 43, two gaps found probing front-line wire sentences:
 * - resistance forces, resistance fighters and people's or local defence forces are armed groups
 *   outside the state (their "forces" and "defence forces" are no army's): a place they take is
 *   overtaken by a non-state actor, not regained by the government;
 * - a side that hands control of a place over to another, or cedes it, transfers it without a fight
 *   (ACLED's non-violent transfer of territory), no agreement alone.
 * Sentences written for these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

test('resistance and local defence forces are non-state', () => {
  assert.equal(subTypeOf('Resistance forces captured a police station in the township after a three-hour battle, local media reported.'), 'Non-state actor overtakes territory');
  assert.equal(subTypeOf("People's Defence Force fighters seized a military outpost near the river on Sunday."), 'Non-state actor overtakes territory');
  // The state's own defence forces stay state forces.
  assert.equal(subTypeOf('National defence forces recaptured the town of Arbo from the militants.'), 'Government regains territory');
});

test('control of a place handed over is a non-violent transfer', () => {
  assert.equal(subTypeOf('The rebels handed over control of the town to the army under a local truce, elders said.'), 'Non-violent transfer of territory');
  assert.equal(subTypeOf('The militia ceded control of the border crossing to government troops on Sunday.'), 'Non-violent transfer of territory');
  assert.equal(subTypeOf('Police handed over the two suspects to the military prosecutor.') === 'Non-violent transfer of territory', false);
});
