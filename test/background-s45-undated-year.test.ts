/**
 * A year alone in an undated article, stop 45, with sentences written for these tests in the style of
 * wire reports from several conflicts: a report dates its news by the day or the weekday, never by
 * the year only, so "… were killed in 2016" recalls the past even when the article carries no
 * publication date to compare the year with. "Since 2016" is a running count, left as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string) => processArticle({ id: 't', title: null, url: null, published: null, outlet: null, byline: null, text });
const bgOf = (text: string, low: number) => events(text).find((e) => e.claims.some((c) => c.low === low))?.background;

test('a figure dated by a year alone is recalled in an undated article', () => {
  // A shelled town (Caucasus style), a massacre site revisited (Great Lakes style).
  assert.equal(bgOf('Artillery fire hit the town overnight, wounding three people, local officials said. In the town, where 40 civilians were killed in 2016 during an earlier round of fighting, residents sheltered in basements.', 40), true);
  assert.equal(bgOf('Rebels attacked a military post near the lake on Tuesday, killing two soldiers, the army said. The village nearby, where at least 30 people were massacred in 2012, was empty.', 30), true);
});

test('the current figure of an undated article stays current', () => {
  assert.equal(bgOf('Artillery fire hit the town overnight, wounding three people, local officials said. In the town, where 40 civilians were killed in 2016 during an earlier round of fighting, residents sheltered in basements.', 3), false);
});
