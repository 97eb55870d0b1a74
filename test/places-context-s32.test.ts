/**
 * Country context of places, stop 32, with sentences written for these tests:
 * - "the village of X" names a village: a country of that name ("the village of Panama") gives the
 *   story no weight of its own, so a village abroad does not outweigh the towns near it;
 * - the ends of a named road ("the Kumasi-Tamale highway") lie in the story's country even when the
 *   road's phrase ends at a comma ("…highway, in anger at …"), so a namesake abroad found by a
 *   foreign alternate name ("Gishu", a Japanese name of a Korean town) loses to them;
 * - a town whose main name carries a qualifier after a comma ("Washington, D.C.") is found by its
 *   main name ("in Washington") as the main name, not as an alternate one;
 * - a unit named "X and Y" is found when written "X-Y" ("Sistan-Baluchestan"), and a country's name
 *   is the country, not a town of it that also goes by that name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2021-05-10', outlet: null, byline: null, text });
const country = (text: string) => processArticle(article(text)).find((e) => !e.background)?.location?.country;

test('a village named like a country gives the story no country of its own', () => {
  assert.equal(country('Gunmen killed two men in the village of Panama near Kumasi, police said.'), 'Ghana');
});

test("a road's ends give the story its country, even before a comma", () => {
  assert.equal(country('A crowd from a nearby estate (Upper Gishu) went on the rampage, blocking the Kumasi-Tamale highway, in anger at fuel prices.'), 'Ghana');
});

test('a main name with a qualifier after a comma is still the main name ("Washington, D.C.")', () => {
  const e = processArticle(article('Hundreds of protesters marched to the Capitol in Washington on Saturday.')).find((x) => !x.background);
  const lat = e?.location?.latitude;
  assert.ok(typeof lat === 'number' && Math.abs(lat - 38.9) < 0.2, JSON.stringify(e?.location));
});

test('a unit named "X and Y" written with a hyphen, and a country that no town of its own stands for', () => {
  const e = processArticle(article('Air strikes hit targets in Iran\'s Sistan-Baluchestan province on Tuesday, killing nine people, officials said.')).find((x) => !x.background);
  assert.equal(e?.location?.admin1, 'Sistan and Baluchestan');
  assert.equal(e?.location?.country, 'Iran');
});
