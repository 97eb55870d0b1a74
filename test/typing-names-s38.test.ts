/**
 * A capitalised word inside a named group's name is part of the name, no cue of an event: the
 * "Accord" of Libya's Government of National Accord signs nothing, the "Front" of a liberation front
 * holds no front line. A state body's words still tell the means ("the Nigerian Air Force"). Sentences
 * written for this test in the style of wire reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const types = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-03-05', outlet: null, byline: null, text }).filter((e) => !e.background).map((e) => e.subEventType);

test('an event word inside a named group\'s name makes no event', () => {
  assert.deepEqual(types('Fighters loyal to the Government of National Accord shelled positions south of Tripoli on Monday.'), ['Shelling/artillery/missile attack']);
  // The same word in the sentence's own words is still an agreement.
  assert.ok(types('The Government of National Accord and its eastern rivals signed an accord in Geneva on Thursday.').includes('Agreement'));
});
