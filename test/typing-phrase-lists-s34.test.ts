import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicon } from '../src/extract/typing/lexicon.ts';
import { matchLayers } from '../src/extract/typing/match.ts';
import { stem } from '../src/annotate/stem.ts';
import { tokenizeSentence } from '../src/annotate/tokens.ts';

// A first word's phrases carry the keys of their second words, so that matching skips the whole
// list when the next word continues none of them (a speed matter: src/extract/typing/match.ts).
const lex = compileLexicon({
  cues: {
    ambush: ['ambushed a convoy', 'ambushed * patrol'],
    raid: ['stormed the camp', 'stormed =Kidal'],
    burn: ['torched', 'torched houses'],
  },
  actors: { soldier: ['soldiers'] },
  rules: [],
}, 'test lexicon');

const words = (text: string) => tokenizeSentence(text).words;
const tags = (text: string) => matchLayers(lex.firstWords, words(text))[0].map((h) => `${h.tag}:${h.i}-${h.j}`);

test('a phrase list knows the second words of its phrases (or that any word may follow) and matches as before', () => {
  const stormed = lex.firstWords.byStem.get(stem('stormed'))![0]!;
  assert.deepEqual([...stormed.next!].sort(), ['Kidal', stem('the')].sort());
  // A gap after the first word, or a phrase of one word: no word is ruled out.
  assert.equal(lex.firstWords.byStem.get(stem('ambushed'))![0]!.next, null);
  assert.equal(lex.firstWords.byStem.get(stem('torched'))![0]!.next, null);
  // And the phrases match as before, whatever word follows their first.
  assert.deepEqual(tags('Gunmen stormed the camp at dawn near Gao.'), ['raid:1-4']);
  assert.deepEqual(tags('Fighters stormed Kidal overnight.'), ['raid:1-3']);
  assert.deepEqual(tags('Fighters stormed into the town.'), []);
  assert.deepEqual(tags('Militiamen ambushed an army patrol and torched houses.'), ['ambush:1-5', 'burn:6-8']);
  assert.deepEqual(tags('The mob torched cars.'), ['burn:2-3']);
});
