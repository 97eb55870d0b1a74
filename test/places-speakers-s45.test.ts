/**
 * Places, stop 45: a capital that speaks through a participle ("with Baku saying …", "Kyiv
 * insisting …") is a government's voice, no place of the event; after a preposition the place stays
 * one ("teachers rallied in Tegucigalpa accusing the government"). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const place = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)?.location?.name ?? null;

test('a capital that speaks through a participle is no place of the fighting', () => {
  assert.notEqual(place('Fighting flared along the frontier on Sunday, with the Armenian defence ministry reporting 15 soldiers killed and Baku saying seven of its troops had died.'), 'Baku');
  assert.notEqual(place('Border guards of the two states clashed overnight, with Bishkek claiming 24 of its citizens were killed.'), 'Bishkek');
});

test('after a preposition the place before a participle of speech stays the place', () => {
  assert.equal(place('Several hundred teachers rallied in front of the education ministry in Tegucigalpa accusing the government of withholding their pay.'), 'Tegucigalpa');
});
