/**
 * Stop 42: people who gathered at a market, for prayers, a funeral or a wedding, or to collect aid,
 * are no demonstration: "gathered" names a protest only when the gathering has no other purpose
 * told. Forces or gunmen who fire on such a crowd attack civilians (ACLED: violence against
 * civilians), no excessive force against protesters. Sentences written for these tests in the
 * style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('fire on people gathered for another purpose than a protest is an attack', () => {
  assert.equal(primary('Soldiers fired on a crowd gathered at a market in Tillaberi, killing two people, witnesses said.'), 'Attack');
  assert.equal(primary('Troops opened fire on people gathered to collect food aid in Rafah, killing six, health officials said.'), 'Attack');
  // Demonstrators gathered stay a demonstration.
  assert.equal(primary('Police fired on demonstrators gathered at the market square in Conakry, killing two.'), 'Excessive force against protesters');
  assert.equal(primary('Hundreds gathered at the state assembly gates in Kano on Monday to demand the release of detained students.'), 'Peaceful protest');
});
