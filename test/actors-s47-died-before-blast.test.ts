/**
 * Actors, stop 47: the subject of a passive casualty verb told before the blast ("three policemen
 * were killed when an IED exploded under their car") suffered the blast; it did not set it off.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sides = (text: string) => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2022-06-14', outlet: null, byline: null, text }).find((x) => !x.background);
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('police killed when a bomb went off under their vehicle are its target', () => {
  assert.deepEqual(sides('Four policemen were killed as a bomb hidden by the road went off under their patrol vehicle in Baghlan on Monday.'),
    ['Unidentified Armed Group', 'Police Forces of Afghanistan']);
});

test('a soldier wounded after his truck hit a mine is its target', () => {
  assert.deepEqual(sides('A Nigerien soldier was badly wounded after his truck hit a landmine near Diffa on Sunday.'),
    ['Unidentified Armed Group', 'Military Forces of Niger']);
});
