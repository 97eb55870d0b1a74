/**
 * Places, stop 46: the actors' home told with a hedge ("bandits suspected to be from X", "raiders
 * believed to have come from X") is where they came from, not where they struck.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const admin1 = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)?.location?.admin1 ?? null;

test("a hedge on the actors' origin still makes the place after 'from' their home", () => {
  assert.equal(admin1('Armed youths said to be from Bor raided Yirol on Sunday, killing three herders.'), 'Lakes');
});
