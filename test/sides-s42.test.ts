/**
 * Sides of stop 42, with sentences written for these tests in the style of wire reports: a
 * country's name after a compass word ("southern Lebanon", "northern Norway") is a part of its land,
 * where the event happened, never the state acting or hit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"strikes on southern Lebanon": the land struck is no state force hit', () => {
  const e = first('Israeli strikes on southern Lebanon killed three people on Tuesday, the health ministry said.');
  assert.equal(e.actor1?.name, 'Military Forces of Israel');
  assert.notEqual(e.actor2?.kind, 'state');
  assert.notEqual(e.actor2?.name, 'Military Forces of Lebanon');
  assert.equal(e.location?.country, 'Lebanon');
});

test('"shelled eastern Ukraine", "in northern Nigeria": the country is where, and the victims are who', () => {
  const ua = first('Russian artillery shelled eastern Ukraine overnight, killing two civilians, regional officials said.');
  assert.equal(ua.actor2?.name, 'Civilians (Ukraine)');
  const ng = first('A mob in northern Nigeria beat a man to death over a theft accusation on Friday, police said.');
  assert.ok(!ng.actor1 || ng.actor1.kind !== 'state', JSON.stringify(ng.actor1));
  assert.ok(!ng.actor2 || ng.actor2.kind !== 'state', JSON.stringify(ng.actor2));
});

test('forces moving into a compass part of a country are placed in that country, not the one they came from', () => {
  const e = first('American troops crossed back into northeastern Syria on Sunday from Iraq and built an outpost, a Kurdish news agency reported.');
  assert.equal(e.location?.country, 'Syria');
});
