/**
 * Stop 43: a thing seized in the passive is the seizure's object though told before the verb: "his
 * motorbike seized by the gunmen", "cattle were seized", "their truck seized" took property, no place,
 * whatever place word the sentence names ("in the area of", "on the road to the village"). People
 * before the verb with no auxiliary are its doers ("militants captured and held the town").
 * Sentences written for these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const TERRITORY = new Set(['Non-state actor overtakes territory', 'Government regains territory']);

const guards = () => {
  assert.equal(subTypeOf('Militants captured and held the town of Dalaba on Friday.'), 'Non-state actor overtakes territory');
  assert.equal(subTypeOf('The hill town was seized by the rebels after a long battle, residents said.'), 'Non-state actor overtakes territory');
};

for (const text of [
  'Bandits killed a farmer in the Kasso area and his motorcycle was seized by the attackers.',
  'A driver was shot dead on the road to the town of Tindi and his truck seized by the gunmen.',
]) test(`a thing seized in the passive took no place — ${text.slice(0, 60)}`, () => {
  assert.equal(TERRITORY.has(subTypeOf(text)), false, subTypeOf(text));
  guards();
});
