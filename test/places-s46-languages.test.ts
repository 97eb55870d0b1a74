/**
 * Places of stop 46, with sentences written for these tests in the style of wire reports from
 * several conflicts: a language's name made a modifier ("an English-speaking village",
 * "French-language radio") names a language, never a place (English, Indiana; French Lick).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const place = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-02-14', outlet: null, byline: null, text }).find((e) => !e.background)?.location;

test('a language named before "-speaking" or "-language" is no place', () => {
  assert.equal(place('Cameroonian soldiers burned houses in an English-speaking village suspected of sheltering separatists, a rights group said.')?.country, 'Cameroon');
  assert.equal(place('Gunmen attacked the studio of an English-language radio station in Bamenda on Monday, killing a guard.')?.name, 'Bamenda');
  // A place's own name before a hyphenated participle still places the event when nothing else does.
  assert.equal(place('Gunmen shot dead the editor of a Mombasa-based weekly on Friday, police said.')?.name, 'Mombasa');
});
