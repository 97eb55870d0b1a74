/** Noun phrases of people around a count, shared by the claim parsers. */
import { Shape, type Token } from '../../annotate/tokens.ts';
import { personNouns, personPlurals } from '../words.ts';
import { CLAIM_WORDS as W, isAgeWord } from './lexicon.ts';

/** Quotation marks, straight and curly. */
export const QUOTES = new Set(["'", '"', '“', '”', '‘', '’', '«', '»']);

export const isCapitalised = (t: Token | undefined) => t !== undefined && (t.shape & Shape.CAP) !== 0;

/** Is token k a unit that makes the number before it no head count ("six years", "three shots", "60 goats")? */
export function unitAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !W.units.has(t.lower)) return false;
  // "cattle rustlers", "goat thieves": an animal word before a person noun is part of the person noun phrase.
  const after = tokens[k + 1];
  return !(after && W.livestock.has(t.lower) && (personPlurals.has(after.lower) || /(?:ers|men)$/.test(after.lower)));
}

/** Does a person noun (or an age word) start at token i, before `end`? */
export function isPersonAt(tokens: Token[], i: number, end: number): boolean {
  if (i < 0 || i >= end) return false;
  if (personPlurals.matchAt(tokens, i, end) || personNouns.matchAt(tokens, i, end)) return true;
  // A hyphenated compound is its last part: "co-workers", "ex-soldiers".
  const w = tokens[i]!.lower, dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) {
    const head = w.slice(dash + 1);
    if (personPlurals.wordValue(head) || personNouns.wordValue(head)) return true;
  }
  return isAgeWord(tokens[i]!.lower, true);
}

/** Where a noun phrase of people starts within a few tokens after index i ("7 Azerbaijani soldiers", "seven of its soldiers"), or -1. */
export function personAfter(tokens: Token[], i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 5); k++) {
    const t = tokens[k]!;
    // Scare quotes are no break: 40 "apostate soldiers", 3 “bandits”.
    // A slash between two words joins names of one group, no break: 29 "EDF/ERPDF soldiers", five "Fulani/Peul herders".
    const slash = t.text === '/' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word' && k > i;
    if (t.kind === 'punct' && !slash && t.text !== '-' && t.text !== ']' && t.text !== '[' && !QUOTES.has(t.text)) return -1;
    if (unitAt(tokens, k) || t.kind === 'num') return -1;
    // "14 May Borana herders": a day and month, not a count of the people after them.
    if (W.calendar.has(t.lower) && isCapitalised(t)) return -1;
    // A determiner starts another noun phrase ("Image 1 of 8 A child was shot"), except after "of".
    if ((t.lower === 'a' || t.lower === 'an' || t.lower === 'the') && tokens[k - 1]?.lower !== 'of') return -1;
    // "two of them were wounded": the people told before, counted again.
    if (t.lower === 'them' && k === i + 1 && tokens[i]!.lower === 'of') return k;
    // "three terrorist cells", "two rebel camps": a person word that names the things after it.
    if (isPersonAt(tokens, k, limit)) return W.thingHeads.has(tokens[k + 1]?.lower ?? '') ? -1 : k;
  }
  return -1;
}

/**
 * End of a short noun phrase naming people after a count ("three al Shabaab", "six Toposa militia"):
 * one to three words, then the clause goes on without an object (a preposition, a break, the end).
 * -1 when the words are a unit, a date, or run on.
 */
export function namedObjectEnd(tokens: Token[], start: number, limit: number): number {
  for (let j = start; j <= start + 3; j++) {
    const t = j < limit ? tokens[j] : undefined;
    if (!t || W.noObject.has(t.lower) || t.kind === 'punct') return j > start ? j : -1;
    if (j === start + 3 || t.kind !== 'word' || unitAt(tokens, j) || W.calendar.has(t.lower) || W.detSing.has(t.lower) || W.stops.has(t.lower) || t.lower === 'of' || t.lower === 'more' || W.thingHeads.has(t.lower)) return -1;
  }
  return -1;
}
