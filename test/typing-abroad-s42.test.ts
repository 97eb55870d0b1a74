/**
 * Territory taken abroad (src/extract/typing/abroad.ts): a state's forces that capture a place in
 * another country act there as a foreign force, which ACLED codes as a non-state actor overtaking
 * territory; retaking a place of their own country stays "Government regains territory". Invented
 * sentences in the style of wire reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { takenAbroad } from '../src/extract/typing/abroad.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a state\'s forces capturing a village in another country: a foreign force overtakes territory', () => {
  const e = first('Russian forces captured the village of Krasnohorivka in the Donetsk region, the Russian defence ministry said on Sunday.');
  assert.equal(e.location?.country, 'Ukraine');
  assert.equal(e.actor1?.country, 'RUS');
  assert.equal(e.subEventType, 'Non-state actor overtakes territory');
});

test('a state\'s forces retaking a town of their own country: the government regains territory', () => {
  const e = first('Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region after weeks of fighting, the general staff said.');
  assert.equal(e.location?.country, 'Ukraine');
  assert.equal(e.subEventType, 'Government regains territory');
});

test('an event with no place or no actor country keeps its sub-type', () => {
  const base = first('Russian forces captured the village of Krasnohorivka in the Donetsk region, the Russian defence ministry said on Sunday.');
  const unplaced = { ...base, subEventType: 'Government regains territory', location: null };
  assert.equal(takenAbroad([unplaced])[0]!.subEventType, 'Government regains territory');
  const rebels = { ...base, subEventType: 'Government regains territory', actor1: { name: 'M23: March 23 Movement', kind: 'rebel' as const, country: 'COD', inter: 2 } };
  assert.equal(takenAbroad([rebels])[0]!.subEventType, 'Government regains territory');
});
