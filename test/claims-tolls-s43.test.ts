/**
 * Tolls of stop 43, with sentences written for these tests: a toll that a voice "puts at" a figure
 * is that voice's estimate, a rival of the figures others give, not an update that supersedes them;
 * and a running-total phrase makes a running total only of the figure in its own clause. ACLED's
 * figure (fatalities) is then the most conservative report; the best figure stays the largest neutral one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"police said 30, while residents put the death toll at 45": two accounts, the conservative one for ACLED', () => {
  const e = first('Gunmen stormed a cattle market in Zamfara state on Monday, killing at least 30 people, police said, while residents put the death toll at 45.');
  assert.equal(e.fatalities, 30);
  assert.equal(e.totals.killed.best, 45);
  const sd = first('At least 12 civilians died when shells struck a camp for displaced people near El Fasher, aid workers said; local activists put the toll at 20.');
  assert.equal(sd.fatalities, 12);
});

test('a toll that rose is still the running total', () => {
  const e = first('The death toll from Saturday\'s bombing of a bus station in Kabul rose to 24 on Monday, officials said.');
  assert.equal(e.fatalities, 24);
  const e2 = first('Three more of the wounded died on Tuesday, bringing the death toll from the clashes in Juba to 15, the army said.');
  assert.equal(e2.totals.killed.best, 15);
});
