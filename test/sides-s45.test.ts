/**
 * Sides, stop 45: a fight with one side named whose figures count another state's forces (as that
 * state's own bodies tell them) was fought with those forces. Sentences written for these tests in
 * the style of reports of border wars.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sides = (text: string) => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((x) => !x.background)!;
  return [e.actor1?.name ?? null, e.actor2?.name ?? null].sort();
};

test('the other state\'s forces counted by its own ministry are the second side', () => {
  assert.deepEqual(sides('Fighting flared along the frontier on Sunday, with the Armenian defence ministry reporting 15 soldiers killed and Baku saying seven of its troops had died.'),
    ['Military Forces of Armenia', 'Military Forces of Azerbaijan']);
  assert.deepEqual(sides('Heavy fighting broke out on the disputed border on Monday. Eritrea\'s information ministry said 12 of its soldiers were killed, and Ethiopian forces said they had repelled the assault.'),
    ['Military Forces of Eritrea', 'Military Forces of Ethiopia']);
});
