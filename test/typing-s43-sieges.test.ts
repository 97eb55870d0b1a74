/**
 * Stop 43: a siege is no taking. Forces that besiege, encircle with a blockade or lay siege to a place
 * cut it off; they do not control it (no territory overtaken or regained). With no violence told, ACLED
 * codes the siege as a change to the besieging group's activity; violence told with it ("shot three
 * farmers during the siege of the village") is the event. Sentences written for these tests in the
 * style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  assert.equal(subTypeOf('Militants shot dead three farmers on Monday during their siege of the village, a local official said.'), 'Attack');
  assert.equal(subTypeOf('Rebels captured the besieged garrison town after a month of fighting.'), 'Non-state actor overtakes territory');
};

for (const text of [
  'The town has been besieged by the militants for three weeks and food is running out, aid workers said.',
  'Armed men imposed a blockade on the village, preventing residents from going to their fields.',
  'Government troops laid siege to the rebel stronghold in the hills on Saturday.',
]) test(`a siege is a change of activity, no territory taken — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'Change to group/activity');
  guards();
});
