import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { Shape } from '../src/annotate/tokens.ts';
import { breaks, PLACE_WORDS } from '../src/places/words.ts';

const doc = (text: string) => annotate({ id: 'w', title: null, url: null, published: null, outlet: null, byline: null, text });

function words(text: string): string[] {
  const w = doc(text).value(PLACE_WORDS);
  return Array.from({ length: w.n }, (_, i) => `${w.s(i)}${w.cap(i) ? '^' : ''}${w.particle(i) ? '*' : ''}`);
}

const cases: [string, string, string[]][] = [
  ['a possessive is read with its name, the clitic dropped', "Shelling hit Donetsk's outskirts.", ['Shelling^', 'hit', 'Donetsk^', 'outskirts']],
  ['a contraction is no name ("We\'re" is no town "Were")', "\"We're leaving Goma,\" she said.", ['leaving', 'Goma^', 'she', 'said']],
  ['a quote inside a name keeps the name whole', "Troops entered Ma'arrat an-Nu'man on Monday.", ['Troops^', 'entered', "Ma'arrat^", "an-Nu'man^", 'on', 'Monday^']],
  ['letters and digits that touch are one word', 'M23 fighters held Bunagana.', ['M23^', 'fighters', 'held', 'Bunagana^']],
  ['a lower-case particle inside a run of names', 'clashes in Ras al Ain town', ['clashes', 'in', 'Ras^', 'al*', 'Ain^', 'town']],
  ['a glued article reads as a capitalized name', 'near al-Hasakah city', ['near', 'al-Hasakah^', 'city']],
];
for (const [name, text, want] of cases) test(`place words: ${name}`, () => assert.deepEqual(words(text), want));

test('place words: punctuation between two words breaks a name, a space does not', () => {
  const d = doc('Fighting in Tana River, Garissa and Lamu. Kismayo was calm.');
  const w = d.value(PLACE_WORDS);
  const at = (s: string) => Array.from({ length: w.n }, (_, i) => w.s(i)).indexOf(s);
  assert.equal(breaks(d.text, w, at('River')), false);
  assert.equal(breaks(d.text, w, at('Garissa')), true);
  assert.equal(breaks(d.text, w, at('Kismayo')), true);
  const g = w.start[at('Garissa')]!;
  assert.equal(w.lowerBefore(g - 20, g, 3), 'in tana river');
  assert.equal(w.lowerBefore(g - 20, g, 6), 'ting in tana river', 'a word cut by the window is read as far as it reaches');
});

test('token shape: clitics are flagged once in the vocabulary', () => {
  const t = doc("They'll say it's Kenya's.").sentences[0]!.tokens;
  const clitic = t.filter((x) => (x.shape & Shape.CLITIC) !== 0).map((x) => x.text);
  assert.deepEqual(clitic, ["They'll", "'s", "'s"]);
});
