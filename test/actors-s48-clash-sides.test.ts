/**
 * Actors, stop 48: a clash told by its verb ("X clashed with Y") and typed from a later word of its
 * sentence ("…, leaving 20 dead on both sides") has the verb's subject and the party after its "with"
 * as its sides, as when the verb itself types it. Sentences written for these tests, in the style of
 * reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const sides = (text: string) => {
  const e = primaryEvent(text);
  return [e?.subEventType ?? null, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test("a clash typed from its toll keeps the sides of its verb", () => {
  assert.deepEqual(sides('M23 rebels clashed with the Congolese army near Rutshuru on Monday, leaving 20 dead on both sides, local sources said.'),
    ['Armed clash', 'M23: March 23 Movement', 'Military Forces of DR Congo']);
  assert.deepEqual(sides('Houthi fighters clashed with pro-government forces south of Marib on Tuesday, leaving 14 dead on both sides.'),
    ['Armed clash', 'Military Forces of Yemen (2016-) Supreme Political Council', 'Military Forces of Yemen']);
  assert.deepEqual(sides('Fano militiamen fought with the Ethiopian army near Gondar, leaving dozens dead on both sides, residents said.'),
    ['Armed clash', 'Fano Militia', 'Military Forces of Ethiopia']);
});
