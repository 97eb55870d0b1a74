/**
 * A capital that owns a state body stands for its government, not for the story's place: "Moscow's
 * defence ministry said …", "Kyiv's forces struck …" tell who speaks or acts, not where the fighting
 * was. A city's own officials ("Kharkiv's mayor said a missile struck …") still point to the city.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const place = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)?.location;

test('a capital before a state body in the possessive is no place of the story', () => {
  assert.notEqual(place('Ukrainian forces repelled Russian assaults near the eastern front overnight. Moscow\'s defence ministry claimed up to 60 Ukrainian servicemen were killed.')?.name, 'Moscow');
  assert.notEqual(place('Kyiv\'s forces struck an ammunition depot in the occupied south overnight, officials said.')?.name, 'Kyiv');
  assert.notEqual(place('Addis Ababa\'s federal forces clashed with regional militia near the border with Sudan, killing 11 fighters.')?.name, 'Addis Ababa');
});

test('a city\'s own officials still place the story there', () => {
  assert.equal(place('Kharkiv\'s mayor said a missile struck a printing house, killing seven people.')?.name, 'Kharkiv');
});
