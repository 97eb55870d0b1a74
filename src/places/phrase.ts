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

/** The span of the words that place the mention x in `text`. */
export function phraseOf(text: string, x: ArticleMention): Span {
  const { phraseBefore: before, phraseAfter: after } = lexicon();
  let start = x.m.start, end = x.m.end;
  // Only the 60 characters before: a cue is a few words long.
  const from = Math.max(0, start - 60);
  const b = before.exec(text.slice(from, start));
  if (b) start = from + b.index;
  const a = after.exec(text.slice(end, end + 40));
  if (a) end += a[0].length;
  for (const y of x.chain) end = Math.max(end, y.m.end);
  // "Hadibu (Hidaybu, Suqutra)": close the parenthesis the holders were in.
  const open = text.lastIndexOf('(', end);
  if (open >= x.m.end && text.indexOf(')', open) === end) end++;
  return { text: text.slice(start, end), start, end };
}
