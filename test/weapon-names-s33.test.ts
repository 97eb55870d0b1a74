/**
 * A weapon system's name before its weapon noun names the weapon, not a town so called ("Grad
 * rockets": Grad is also a town in Slovenia; "a Buk missile system": Buk one in Poland), so the
 * place of the event stays the town the report names. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-08-03', outlet: null, byline: null, text });
const place = (text: string) => processArticle(article(text)).find((e) => !e.background)?.location;

test('a weapon named before its weapon noun is no place', () => {
  assert.equal(place('Russian forces shelled the town of Nikopol overnight with Grad rockets, wounding two civilians, the regional governor said.')?.country, 'Ukraine');
  assert.equal(place('Separatists fired Grad rockets at Ukrainian positions near Avdiivka on Tuesday.')?.country, 'Ukraine');
  // The town itself, named as a place, is still found.
  assert.equal(place('A man was stabbed in a bar in Grad, in the Prekmurje region of Slovenia, police said.')?.country, 'Slovenia');
});
