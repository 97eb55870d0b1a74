/**
 * Two verbs of one subject with the first's agent between them, stop 46, with sentences written for
 * these tests in the style of wire reports from several conflicts: "a farmer was beaten by soldiers
 * and died", "a detainee was tortured by guards and died" tell one dead, as "was beaten and died"
 * and "was shot by police and died" already did.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('the subject of a passive with its agent is the subject of "and died"', () => {
  // A beating at a checkpoint (Horn of Africa style), torture in custody (Central Asia style), a mob (South Asia style).
  assert.equal(first('A young farmer was beaten by soldiers at a checkpoint and died before reaching a clinic, relatives said.').fatalities, 1);
  assert.equal(first('A detainee was tortured by prison guards and died two days later, a rights group said on Monday.').fatalities, 1);
  assert.equal(first('A trader was attacked by a mob and died of his injuries in the district hospital, police said.').fatalities, 1);
});
