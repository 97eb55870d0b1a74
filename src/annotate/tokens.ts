/**
 * A hand-written regex tokenizer. Why not wink-nlp or compromise: wink-nlp runs at ~2 MB/s per core
 * here and compromise is slower still, while the whole process must handle >= 500 news pages a second
 * (several MB/s) on 2 shared cores; extraction only needs words, numbers, punctuation and offsets.
 * Every token keeps its offsets into the article text, so quotes are exact slices.
 */
import { charTest } from '../util/char-test.ts';

export interface Token {
  /** Offsets into the full article text. */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes folded to "'". */
  lower: string;
  /** word, number (digits), or punctuation. */
  kind: 'word' | 'num' | 'punct';
  /** Id of `lower` among the first words of the phrase lexicons (see lexicon.ts firstIdOf), -1 for
   *  none: valid while firstIdVersion is current and firstIdOf is still `lower` (a copy of the token
   *  with another `lower` looks its word up again); filled in on first lookup. */
  firstId?: number;
  firstIdVersion?: number;
  firstIdOf?: string | null;
}

// Order matters: "12-year-old", "44-day" and times such as "5:35" are one word (not a count); "6,500" and "2.5" are one number;
// "U.S." and "p.m." are one word; the possessive "'s" is its own token ("Armenia's" -> Armenia + 's).
// Every alternative consumes at least one character, none nests quantifiers, and the one that must
// end in letters ("12-year-old") is bounded, so a long run such as "1.1.1.1…" stays linear.
const TOKEN = /(\d+(?:[.,:]\d+){0,3}(?:-\p{L}+)+|\d{1,2}:\d\d(?!\d))|(\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?(?![\p{L}\d]))|(['’][sS](?![\p{L}]))|(\p{L}(?:\.\p{L})+\.?)|(\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}]))\p{L}+)?(?:-[\p{L}\p{M}]+)*)|(\d+)|(\S)/gu;

/** The same alternatives as TOKEN, without capture groups, anchored where the scan below puts it:
 *  a match costs no result array and no capture strings, and the kind is read off the token itself. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

const nonAsciiSpace = charTest(/\s/);
/** /\s/ by char code: ASCII by comparison, the rest by the regex, remembered. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return nonAsciiSpace(c);
}

const nonAsciiLetter = charTest(/\p{L}/u);
/** Does t start with a letter (\p{L}, by code point)? */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return nonAsciiLetter(t.codePointAt(0)!);
}

/**
 * Which alternative of TOKEN matched, from the token's text: a digit starts alternatives 1 (always
 * with "-" or ":", a word: "12-year-old", "5:35"), 2 and 6 (numbers, never with either); a quote
 * starts 3 ("'s", two characters, a word) or 7 (a lone quote); a letter starts 4 and 5 (words);
 * anything else is 7 (punctuation).
 */
function kindOf(t: string): Token['kind'] {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return t.includes('-') || t.includes(':') ? 'word' : 'num';
  if (c === 39 || c === 0x2019) return t.length === 2 ? 'word' : 'punct';
  return startsWithLetter(t) ? 'word' : 'punct';
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // TOKEN's leftmost match starts at the first character that is not /\s/ (every alternative starts
  // with a non-space, and \S matches any): skip spaces, then match there.
  const n = slice.length;
  let p = 0;
  for (;;) {
    while (p < n && isSpace(slice.charCodeAt(p))) p++;
    if (p >= n) break;
    TOKEN_AT.lastIndex = p;
    if (!TOKEN_AT.test(slice)) break; // unreachable: \S matches any non-space
    const end = TOKEN_AT.lastIndex;
    const t = slice.slice(p, end);
    const low = t.toLowerCase();
    out.push({ start: from + p, end: from + end, text: t, lower: low.includes('’') ? low.replace(/’/g, "'") : low, kind: kindOf(t), firstId: -1, firstIdVersion: -1, firstIdOf: null });
    p = end;
  }
  return out;
}
