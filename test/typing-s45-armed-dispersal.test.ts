/**
 * Typing of stop 45: who intervenes in a gathering. Sentences written for these tests in the style of
 * wire reports from several conflicts (Cameroon's Anglophone regions, northern Mozambique, Haiti,
 * Kashmir): ACLED's protest with intervention is a demonstration that those who police it (police,
 * soldiers, guards) disperse or contain without serious harm. Gunmen, fighters or an armed group who
 * fire in the air or scatter people are no intervention in a protest: their act is read as what it is
 * (an attack on civilians, a looting), even when a source word ("residents said") names a crowd.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

function guards() {
  assert.equal(primary('Police used tear gas to break up a crowd of several hundred protesters in Port-au-Prince on Monday, witnesses said.'), 'Protest with intervention');
  assert.equal(primary('Soldiers shot into the air to scatter students protesting against fuel prices in Srinagar.'), 'Protest with intervention');
}

test('fighters who fire in the air and seize trucks are no intervention in a protest', () => {
  assert.equal(primary('Separatist fighters fired their guns in the air and seized two trucks at a roadblock near Kumba, residents said.'), 'Looting/property destruction');
  guards();
});

test('gunmen who open fire and scatter voters attack civilians', () => {
  assert.equal(primary('Unidentified gunmen shot at and scattered voters queuing outside a polling station near Montepuez on Sunday, observers said.'), 'Attack');
  guards();
});
