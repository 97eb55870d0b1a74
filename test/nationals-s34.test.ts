/**
 * A nationality after an age names a person: "a 17-year-old Palestinian" is a civilian victim, not a
 * state's forces; border guards are a state's forces even with no country named ("Border guards shot
 * dead two Afghans"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('a nationality after an age is a civilian; border guards are a state\'s forces', () => {
  const afghans = main('Border guards shot dead two Afghans trying to cross the frontier at night.');
  assert.match(afghans?.actor1?.name ?? '', /Military Forces/);
  assert.equal(afghans?.actor2?.kind, 'civilians');
  const teen = main('Troops shot dead a 17-year-old Palestinian during a raid on the refugee camp.');
  assert.equal(teen?.actor2?.kind, 'civilians');
});
