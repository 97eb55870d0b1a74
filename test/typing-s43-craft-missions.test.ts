/**
 * Stop 43: a military craft that crashed on its own mission is the forces' accident, no air strike:
 * the strike words told after the crash ("crashed after a bombing raid", "on its way back from an air
 * strike") say what the craft was doing, and "a combat mission", "a combat sortie" or "returning
 * from" tell no fight and no release. A craft hit by the enemy, or a strike told before a crash, stays
 * an event. Sentences written for these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  assert.equal(subTypeOf('A military helicopter crashed after it was hit by rebel ground fire near the river, killing two crew members.'), 'Armed clash');
  assert.equal(subTypeOf('Warplanes on a bombing run killed 12 civilians in a market on Friday, residents said.'), 'Air/drone strike');
  assert.equal(subTypeOf('Two soldiers were killed during a combat mission in the north, the army said.'), 'Armed clash');
};

for (const text of [
  'A fighter jet crashed after a bombing raid near the front line, killing the pilot, the ministry said.',
  'An air force jet crashed on its way back from an air strike on insurgent hideouts, the military said.',
  'A military helicopter crashed while returning from a combat mission in the hills, killing four crew members.',
  'A ground attack aircraft crashed during a combat sortie over the eastern region and its pilot was killed.',
]) test(`a craft's crash on its own mission is no event — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'none');
  guards();
});
