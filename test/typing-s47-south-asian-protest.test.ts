/**
 * Typing, stop 47: the English press of South Asia names its protests in its own words: a dharna
 * (sit-in), a bandh or hartal (a shutdown strike), a gherao (encircling an official), and police
 * disperse them with a lathi charge. ACLED codes these as protests like any other.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sub = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2021-02-11', outlet: null, byline: null, text }).find((e) => !e.background)?.subEventType ?? null;

test('a dharna, a bandh, a hartal and a gherao are peaceful protests', () => {
  assert.equal(sub('Teachers on contract staged a dharna outside the education office in Patna on Monday over unpaid salaries.'), 'Peaceful protest');
  assert.equal(sub('Shops and schools stayed shut as traders observed a bandh in Kathmandu against the new tax.'), 'Peaceful protest');
  assert.equal(sub('Opposition activists enforced a hartal in Chittagong on Sunday, demanding fresh elections.'), 'Peaceful protest');
  assert.equal(sub('Angry farmers gheraoed the block development officer in Ludhiana over delayed payments.'), 'Peaceful protest');
});

test('a lathi charge on protesters is an intervention', () => {
  assert.equal(sub('Hundreds of students protested in Lucknow against the exam results. Police lathi-charged them near the secretariat.'), 'Protest with intervention');
});
