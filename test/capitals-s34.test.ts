/**
 * A capital that owns a state's voice stands for its government, not for the story's place: "Moscow's
 * defence ministry said …" tells who speaks, not where the fighting was. A city's own officials or
 * forces ("Kharkiv's mayor said a missile struck …", "Kyiv's air defences shot down …") still point to
 * the city.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const place = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)?.location;

test('a capital before a state body in the possessive is no place of the story', () => {
  assert.notEqual(place('Ukrainian forces repelled Russian assaults near the eastern front overnight. Moscow\'s defence ministry claimed up to 60 Ukrainian servicemen were killed.')?.name, 'Moscow');
  assert.notEqual(place('Khartoum\'s foreign ministry accused the paramilitaries of killing 40 villagers in the west.')?.name, 'Khartoum');
});

test('a city\'s own officials and forces still place the story there', () => {
  assert.equal(place('Kharkiv\'s mayor said a missile struck a printing house, killing seven people.')?.name, 'Kharkiv');
  assert.equal(place('Kyiv\'s air defences shot down 12 drones over the city overnight, injuring three people with falling debris.')?.name, 'Kyiv');
});
