/**
 * The token layer (src/annotate/tokens.ts): one tokenizer, two views of the same words, one Token
 * type with its form's properties (vocab.ts). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { Shape, tokenizeSentence } from '../src/annotate/tokens.ts';
import { wordId } from '../src/annotate/vocab.ts';

const words = (text: string) => tokenizeSentence(text).words.map((w) => w.lower);

for (const [text, want] of [
  ['Police fired tear-gas at the crowd.', ['police', 'fired', 'tear', 'gas', 'at', 'the', 'crowd']],
  ["Armenia's army said it wasn't there.", ['armenia', 'army', 'said', 'it', 'not', 'there']],
  ['M23 rebels took the 12-year-old to Goma.', ['m23', 'rebels', 'took', 'the', '12', 'year', 'old', 'to', 'goma']],
  ['The U.S. envoy arrived at 5:35 p.m. with 6,500 troops.', ['the', 'u', 's', 'envoy', 'arrived', 'at', '5', '35', 'p', 'm', 'with', '6', '500', 'troops']],
  ["Rock'n'roll fans met O'Brien.", ["rock'n", 'roll', 'fans', 'met', "o'brien"]],
] as const) {
  test(`words: letter-and-digit runs for phrase matching — ${text}`, () => assert.deepEqual(words(text), want));
}

test('words: a possessive is read with its word and its offsets cover the \'s', () => {
  const text = "Armenia's forces";
  const [armenia] = tokenizeSentence(text).words;
  assert.equal(armenia!.text, 'Armenia');
  assert.equal(text.slice(armenia!.start, armenia!.end), "Armenia's");
});

for (const [text, marked] of [
  ['Police came; they left', 'they'],
  ['Police came (they left)', 'they'],
  ['Police came - they left', 'they'],
  ['Police came — they left', 'they'],
] as const) {
  test(`words: a clause mark before a word sets its clauseStart — ${text}`, () => {
    const ws = tokenizeSentence(text).words;
    assert.deepEqual(ws.filter((w) => w.clauseStart).map((w) => w.lower), [marked]);
  });
}

test('words: a hyphen inside a word is no clause mark', () => {
  assert.deepEqual(tokenizeSentence('a pro-government militia').words.filter((w) => w.clauseStart), []);
});

for (const [word, shape] of [
  ['Nairobi', Shape.CAP],
  ['KDF', Shape.CAP | Shape.UPPER],
  ['12-year-old', Shape.DIGIT],
  ['al', Shape.PARTICLE],
  ['al-Numan', Shape.NAME_PARTICLE],
  ["el'Fasher", Shape.NAME_PARTICLE],
  ['Ağdam', Shape.CAP],
  ['police', 0],
] as const) {
  test(`tokens: shape of ${word}`, () => assert.equal(tokenizeSentence(word).tokens[0]!.shape, shape));
}

test('tokens: the same form read twice is the same form, whatever sentence it is in', () => {
  const a = tokenizeSentence('Shelling resumed.').tokens[0]!;
  const b = tokenizeSentence('Heavy shelling. Shelling again.').tokens[3]!;
  assert.equal(a.form, b.form);
  assert.equal(a.stem, 'shell');
});

test('tokens: a word of a lexicon carries its id (numbers.json: "dozens"), a word of none -1', () => {
  const [dozens, qwzx] = tokenizeSentence('dozens qwzxv').tokens;
  assert.equal(dozens!.id, wordId('dozens'));
  assert.ok(dozens!.id >= 0);
  assert.equal(qwzx!.id, -1);
});

test('doc: each sentence keeps one token layer, made on first use, read by every stage', () => {
  const d = annotate({ id: 't', title: null, url: null, published: '2021-11-17', outlet: null, byline: null, text: 'Two soldiers died. Police said so.' });
  assert.equal(d.sentences[0]!.tokens, d.sentences[0]!.tokens);
  assert.equal(d.sentences[0]!.words[0], d.sentences[0]!.tokens[0]); // most words are the tokens themselves
  assert.deepEqual(d.numbers(0).map((n) => [n.low, n.start]), [[2, 0]]);
  assert.equal(d.numbers(0), d.numbers(0));
});
