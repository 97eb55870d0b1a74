/**
 * Datelines of stop 43, with reports written for these tests: a dateline is where the reporter
 * files from; when the event's own sentence places it in another country, and the article's clues
 * favour that country, the dateline is a bureau, not the event's place. A local paper's dateline,
 * in the country its story is about, keeps its city.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"JERUSALEM - … in the occupied West Bank": the bureau is not the place', () => {
  const e = first('JERUSALEM, May 13 (Reuters) - Palestinian gunmen opened fire on an Israeli army checkpoint in the occupied West Bank on Monday, the military said.');
  assert.equal(e.location?.country, 'Palestine');
});

test('"JOHANNESBURG - … in northern Mozambique": a bureau in a big city that is no capital', () => {
  const e = first('JOHANNESBURG, May 13 (Reuters) - Islamist insurgents attacked the town of Macomia in northern Mozambique on Sunday, killing at least five soldiers, sources said.');
  assert.equal(e.location?.country, 'Mozambique');
});

test('a local paper\'s dateline keeps its city when the sentence names only a part of it', () => {
  const e = first('HOUSTON - Gunfire outside a convenience store in the Sunnyside neighborhood left one man dead on Sunday night, police said.');
  assert.equal(e.location?.country, 'United States');
});
