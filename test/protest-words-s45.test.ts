/**
 * Words of protest, stop 45: "on strike" is a protest only with the noun; a vehicle or people "on"
 * something that "struck" a mine tell of an explosion (the verb's past shares its stem with the noun).
 * Sentences written for these tests in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"the motorbike they were riding on struck a mine": an explosive device, no strike action', () => {
  const e = first('Two traders died on Friday after the motorbike they were riding on struck an IED near a village in the east.');
  assert.equal(e.subEventType, 'Remote explosive/landmine/IED');
  const bus = first('Five passengers died when the minibus they were travelling on struck a landmine on a rural road in the north on Sunday.');
  assert.equal(bus.subEventType, 'Remote explosive/landmine/IED');
});

test('workers who went on strike still protest', () => {
  assert.equal(first('Hundreds of dock workers went on strike in the port city on Monday to demand unpaid wages.').eventType, 'Protests');
  assert.equal(first('Teachers have been on strike since Monday over pay, union leaders said.').eventType, 'Protests');
});
