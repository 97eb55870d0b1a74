/**
 * Stop 43: fighters "killed or captured", "killed and five captured" are people taken in a fight, no
 * place taken, whatever place word the sentence names ("in the area of", "at their position"): the
 * fight is the event. Sentences written for these tests in the style of wire reports from several
 * conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  assert.equal(subTypeOf('Insurgents captured the district centre after killing and wounding dozens of police.'), 'Non-state actor overtakes territory');
  assert.equal(subTypeOf('The army killed 12 militants and captured their camp in the forest area on Sunday.'), 'Government regains territory');
};

for (const text of [
  'Troops raided a militant hideout in the border area overnight, and several fighters were killed or captured, the army said.',
  'Twenty rebels were killed and six others captured during a joint operation in the hill district, a military statement said.',
  'Eight insurgents were killed or captured in the area of the old market, the police said.',
]) test(`fighters killed or captured: a fight, no place taken — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'Armed clash');
  guards();
});
