/**
 * Stop 43: an attack pushed back is a battle in which no place changed hands. "The attackers were
 * pushed back", "troops beat back an assault on the base", "militiamen pushed the raiders back": ACLED
 * codes the fight (an armed clash), not a place regained; pushed back from the places they held, they
 * lost those places (the government regains territory). The limits: police pushing back a crowd or
 * onlookers, or a date pushed back, is no battle. Sentences written for these tests in the style of
 * wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  // A crowd or a date pushed back is no battle.
  assert.equal(subTypeOf('Officers put up a cordon and pushed back onlookers from the crime scene.').startsWith('Armed'), false);
  assert.equal(subTypeOf('The electoral commission pushed back the vote by two weeks.'), 'none');
  // Pushed back from the places they held: those places were regained.
  assert.equal(subTypeOf('The army said the insurgents had been pushed back from their hilltop bases.'), 'Government regains territory');
};

for (const text of [
  'Militants tried to storm the army base overnight but were pushed back, a military spokesman said.',
  'Separatist fighters attempted to advance on government positions east of the river but were pushed back.',
  'The army pushed back an attack by insurgents on its outpost near the border, a security source said.',
  'Village guards pushed the raiders back after they entered the settlement at dawn.',
]) test(`an attack pushed back is an armed clash, no territory regained — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'Armed clash');
  guards();
});
