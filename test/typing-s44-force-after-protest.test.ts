/**
 * Typing of stop 44: ACLED's excessive force against protesters is lethal force on people while they
 * demonstrate. People shot dead by the forces 'the day after protests' or 'following the protests'
 * were not demonstrating: an attack on civilians, as when no demonstration is told. Sentences written
 * for these tests in the style of wire reports from several countries (Ethiopia, Guinea, Iraq).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('people killed by the forces after the protests were not demonstrating', () => {
  assert.equal(primary('The day after protests over fuel prices in Labe, soldiers shot dead two young men in the town.'), 'Attack');
  assert.equal(primary('Security forces gunned down three men in Nasiriyah following protests against power cuts, medics said.'), 'Attack');
  // Protesters shot dead at the demonstration are still excessive force.
  assert.equal(primary('Security forces shot dead three protesters in Nasiriyah on Sunday, medics said.'), 'Excessive force against protesters');
});
