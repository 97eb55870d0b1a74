/**
 * Surnames of the people an article introduces by full name with a person cue ("Javon Wilson, 15,",
 * "17-year-old Maria Lopez"): wire and local copy name a victim in full once, then by surname alone
 * ("Wilson was pronounced dead"), and that second reference is one person like "he" is.
 */
import { docLayer, type Doc } from '../../annotate/doc.ts';
import type { Token } from '../../annotate/tokens.ts';
import { isCapitalised } from './people.ts';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
// Two or three name words after an age ("15-year-old Javon Wilson") or before an age in apposition ("Javon Wilson, 15,").
const AGED_NAMES = [
  new RegExp(String.raw`\b\d{1,3}-year-old (?:${NAME} ){1,2}(${NAME})\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}-])${NAME} (?:${NAME} )?(${NAME}), \d{1,3},`, 'gu'),
];

const SURNAMES = docLayer<Set<string>>('surnames', (doc) => {
  const out = new Set<string>();
  for (const re of AGED_NAMES) for (const m of doc.text.matchAll(re)) out.add(m[1]!.toLowerCase());
  return out;
});

/** One person named by a surname the article introduced, right before `end` (a lone capitalised word). */
export function surnameBefore(doc: Doc, tokens: Token[], end: number, floor: number): number | null {
  const k = end - 1;
  if (k < floor || !isCapitalised(tokens[k]) || tokens[k]!.kind !== 'word') return null;
  if (k - 1 >= floor && isCapitalised(tokens[k - 1]) && tokens[k - 1]!.kind === 'word') return null;
  // A surname given in full earlier appears at least twice: most capitalised words fail this cheap test.
  const word = tokens[k]!.text;
  if (doc.text.indexOf(word) === doc.text.lastIndexOf(word)) return null;
  return doc.value(SURNAMES).has(tokens[k]!.lower) ? k : null;
}
