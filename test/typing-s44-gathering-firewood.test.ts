/**
 * Typing of stop 44: people gathering firewood, wood, grass or fodder gather things, not a crowd: no
 * demonstration, so forces or gunmen who kill them attack civilians (ACLED), no excessive force
 * against protesters. Sentences written for these tests in the style of wire reports from several
 * conflicts (Nigeria, DR Congo, Ethiopia, South Sudan).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('people gathering firewood are no gathering of demonstrators', () => {
  assert.equal(primary('Soldiers shot dead three women gathering firewood near Maiduguri on Tuesday.'), 'Attack');
  assert.equal(primary('Police in Gambella opened fire on children gathering some firewood outside the camp, killing two.'), 'Attack');
  // A crowd that gathered outside parliament is still a demonstration.
  assert.equal(primary('Hundreds gathered outside parliament in Kinshasa and police fired tear gas.'), 'Protest with intervention');
});
