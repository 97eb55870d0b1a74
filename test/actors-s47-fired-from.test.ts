/**
 * Actors, stop 47: a country after the "from" of a verb of firing or launching tells where the fire
 * came from, not who fired it: rockets launched from a territory are no act of its state, and the
 * event happened where they hit. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-10-20', outlet: null, byline: null, text }).find((x) => !x.background);

test('a missile fired from a neighbouring country is no act of that state', () => {
  const e = first("Israel's army said an anti-tank missile fired from Lebanon wounded three soldiers near the border on Friday.");
  assert.notEqual(e?.actor1?.name, 'Military Forces of Lebanon');
  assert.equal(e?.actor2?.name, 'Military Forces of Israel');
});

test('rockets launched from a territory hurt people where they hit', () => {
  const e = first('Two rockets launched from Gaza hit Ashkelon on Tuesday, wounding four people.');
  assert.equal(e?.actor2?.name, 'Civilians (Israel)');
  assert.equal(e?.location?.country, 'Israel');
});
