/**
 * Stop 43: control of a place taken with no fight. ACLED's overtaking and regaining of territory are
 * battles: control won in an armed interaction. A text that tells a side took control of or took over
 * a place, and tells no fight, no violence and no opposing side anywhere, tells a non-violent transfer
 * of territory. A fight or the other side told keeps the battle. Sentences written for these tests in
 * the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  assert.equal(subTypeOf('Rebels took control of the town of Kimbura after heavy fighting with the army.'), 'Non-state actor overtakes territory');
  assert.equal(subTypeOf('Soldiers took control of the town after the militants fled into the bush.'), 'Government regains territory');
};

for (const text of [
  'Militants took control of Tamba, a village, and raised their black flag over the school, residents said.',
  'An armed group has taken control of the border village, where its members now preach in the mosque.',
]) test(`control taken with no fight told: a non-violent transfer — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'Non-violent transfer of territory');
  guards();
});
