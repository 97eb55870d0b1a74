/**
 * Typing of stop 44: ACLED's protest with intervention is force or arrests that disrupt a demonstration
 * while it is held. Arrests told as after it ('after the protests', 'following the march', 'the next
 * day', or 'later' right before the arrest) are another event: the demonstration stays peaceful. Police
 * who arrest marchers with no time told still intervene. Sentences written for these tests in the
 * style of wire reports from several countries (Ethiopia, Nigeria, Zimbabwe, Peru).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('arrests told after a demonstration leave it peaceful', () => {
  assert.equal(primary('Teachers marched to the education office in Bulawayo on Monday. Police arrested four union leaders after the march.'), 'Peaceful protest');
  assert.equal(primary('Hundreds of farmers protested in Puno against water cuts. Police later detained three of the organisers.'), 'Peaceful protest');
  assert.equal(primary('Students demonstrated at the university in Jimma. The next day, soldiers arrested dozens of them in their dormitories.'), 'Peaceful protest');
  // Marchers arrested with no time told were stopped at the march.
  assert.equal(primary('Hundreds of traders marched in Kano on Monday. Police arrested 12 of the marchers.'), 'Protest with intervention');
});
