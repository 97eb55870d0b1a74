/**
 * Typing and sides, stop 47: a ceasefire or truce that a side is said to have violated, with no
 * means told, is fighting (an armed clash), and an army or defence ministry that reports the other
 * side's violation is telling of fire on its own forces, the other side of the clash. Accusing
 * someone of a violation stays an accusation. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2021-05-27', outlet: null, byline: null, text }).find((x) => !x.background);
  return [e?.subEventType ?? null, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('a truce violated with no means told is an armed clash', () => {
  assert.deepEqual(first('Kyrgyz border guards violated the ceasefire four times overnight near the village of Kok-Tash.').slice(0, 2),
    ['Armed clash', 'Military Forces of Kyrgyzstan']);
});

test("the army that reports the other side's violation is the other side", () => {
  assert.deepEqual(first('The Pakistani army said Indian troops violated the ceasefire in the Neelum valley on Sunday.'),
    ['Armed clash', 'Military Forces of India', 'Military Forces of Pakistan']);
});

test('accusing a side of violating the truce stays an accusation', () => {
  assert.equal(first('The defence ministry accused Tajik forces of violating the truce on Tuesday.')[0], 'Accusation');
});
