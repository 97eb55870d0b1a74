/**
 * Whose voice an agentless denial is, stop 44, with sentences written for these tests in the style of
 * wire reports from several conflicts: "No casualties were reported" right after a sentence with one
 * source is that source's report; "reported by" names its own, and a sentence before with no source
 * gives none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const voices = (text: string) => [...new Set(claimsOfText(text).map((c) => c.claimedBy?.name ?? null))];

test('"No casualties were reported" is the report of the source just before', () => {
  assert.deepEqual(voices('The army said its jets struck a militant camp in the hills on Sunday. No casualties were reported.'), ['army']);
  assert.deepEqual(voices('Rockets hit the outskirts of the port city overnight, the interior ministry said. No injuries were reported.'), ['interior ministry']);
  // No source before: the outlet's own voice.
  assert.deepEqual(voices('Rebels shelled the town overnight. No casualties were reported.'), [null]);
});
