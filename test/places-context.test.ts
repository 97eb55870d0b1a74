/**
 * The event's place in the context of its article: the countries the article names, the region or
 * country said to hold a place, and places where people were taken afterwards. Whole pipeline
 * (extraction, then places) on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import type { Article, Event } from '../src/record/schema.ts';

function mainEvent(text: string, published = '2023-06-10'): Event {
  const article: Article = { id: 'pc1', title: null, url: null, published, outlet: null, byline: null, text };
  const ev = processArticle(article).find((e) => !e.background);
  assert.ok(ev, 'an event is found');
  return ev;
}

test('a village said to be "in northern Burkina Faso" is not its namesake in Turkey', () => {
  const ev = mainEvent('Armed men killed at least 40 people overnight in an attack on the village of Solhan in northern Burkina Faso, the government said on Saturday.');
  assert.equal(ev.location?.iso3, 'BFA');
});

test('a town said to be "in central Mali" is not its namesake in Portugal', () => {
  const ev = mainEvent('Soldiers shot dozens of men in the town of Moura in central Mali last week, a rights group said on Tuesday.');
  assert.equal(ev.location?.iso3, 'MLI');
});

test('with its province named next to it, the village is not a namesake abroad; the province stands for it', () => {
  const ev = mainEvent('Gunmen attacked the village of Solhan in Yagha province on Friday night, burning houses and the market; officials said 30 people were killed.');
  assert.equal(ev.location?.iso3, 'BFA');
  // Yagha is a province (admin-2) of the Sahel region, Burkina Faso's first-level unit since 2001.
  assert.equal(ev.location?.admin1, 'Sahel');
  assert.equal(ev.location?.precision, 3);
});

test('where captured soldiers are held is not where they were captured', () => {
  const ev = mainEvent('Armenia said 12 of its soldiers were captured in the fighting in Syunik province on Tuesday. They remain in custody in Baku, officials said.');
  assert.equal(ev.location?.iso3, 'ARM');
  assert.equal(ev.location?.admin1, 'Syunik');
});

test('a border clash is placed where the sentence of the event puts it, in the country it names', () => {
  const ev = mainEvent('Azerbaijani forces attacked Armenian positions near the village of Tegh in Syunik province on Tuesday, killing four soldiers. Officials in Baku said the Armenian side had fired first.');
  assert.equal(ev.eventType, 'Battles');
  assert.equal(ev.location?.iso3, 'ARM');
  assert.equal(ev.location?.admin1, 'Syunik');
});

test('a government speaking after a place is not the place\'s country', () => {
  const ev = mainEvent('Missiles struck an apartment block in Kharkiv, Ukraine said on Thursday, killing four people.');
  assert.equal(ev.location?.iso3, 'UKR');
  const ru = mainEvent('Artillery shelled a school in Kharkiv, Russia said on Thursday, accusing Ukrainian forces.');
  assert.equal(ru.location?.iso3, 'UKR');
});
