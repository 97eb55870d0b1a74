/**
 * Who tells of an act in the sentence's closing clause of saying (", the state attorney general's
 * office said") is no victim of it: gunmen who shot people in a bar attacked civilians, whoever the
 * speaker is. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-16', outlet: null, byline: null, text }).find((x) => !x.background);

test('the closing clause of saying names no victim', () => {
  assert.equal(first('Gunmen opened fire on customers at a billiard hall in Zacatecas, killing nine people, the state attorney general\'s office said.')?.subEventType, 'Attack');
  // Fire on police, told by anyone, stays a clash.
  assert.equal(first('Gunmen opened fire on a police patrol in Zacatecas, killing two officers, the state attorney general\'s office said.')?.subEventType, 'Armed clash');
});
