/**
 * The words of the article that say where an event happened, around the place's name: the cue before
 * it ("on the outskirts of", "10 km north of", "the village of", "in rural"), a designator after it
 * ("district", "province", "front", "countryside") and the places said to hold it (", Farah",
 * " (Hidaybu, Suqutra)"). The location's `phrase` quotes them, so that a reader sees why the place
 * and its precision were chosen.
 */
import type { Span } from '../record/schema.ts';
import type { ArticleMention } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { PlaceWords } from './words.ts';

/** The span of the words that place the mention x in the text of `words`. */
export function phraseOf(words: PlaceWords, x: ArticleMention): Span {
  const { phraseWords, phraseLead, phraseAfter: after } = lexicon();
  const text = words.text;
  let start = x.m.start, end = x.m.end;
  // The run of cue words right before the name, in the 60 characters before it ("on the outskirts of",
  // "10 km north of"): word by word, backwards, with nothing but spaces between them.
  const from = Math.max(0, start - 60), last = words.firstFrom(start) - 1;
  const lowerAt = (i: number) => text.slice(Math.max(from, words.start[i]!), Math.min(x.m.start, words.end[i]!)).toLowerCase();
  let cue = false;
  for (let i = last; i >= 0 && words.end[i]! > from; i--) {
    const w = lowerAt(i);
    const spaced = /^\s*$/.test(text.slice(Math.min(x.m.start, words.end[i]!), i === last ? x.m.start : words.start[i + 1]!));
    const distance = /^\d+(?:\.\d+)?$/.test(w) && i < last && phraseWords.has(lowerAt(i + 1));
    if (!spaced || !(phraseWords.has(w) || distance)) break;
    start = Math.max(from, words.start[i]!);
    if (!phraseLead.has(w)) cue = true;
  }
  // "in X", "of X": a preposition alone is no cue.
  if (!cue) start = x.m.start;
  const a = after.exec(text.slice(end, end + 40));
  if (a) end += a[0].length;
  for (const y of x.chain) end = Math.max(end, y.m.end);
  // "Hadibu (Hidaybu, Suqutra)": close the parenthesis the holders were in.
  const open = text.lastIndexOf('(', end);
  if (open >= x.m.end && text.indexOf(')', open) === end) end++;
  return { text: text.slice(start, end), start, end };
}
