/**
 * The vocabulary: what the token layer knows of a word once, whatever sentence it appears in (as a
 * spaCy Vocab keeps a Lexeme per string).
 *
 * - Word ids: every word some lexicon looks up (a phrase's words, a word gate's) is numbered when its
 *   lexicon loads, before any text is read; a token carries the id of its lower-case form (-1 for a
 *   word no lexicon has), so lexicon lookups compare integers. A word registered after the first
 *   sentence was tokenized would be missed by tokens already made: that is an error, not a silent miss.
 * - Forms: per written form ("Shelled", "6,500", "al-Numan"), its lower case, kind, stem, id and shape,
 *   worked out the first time it is read. News vocabulary repeats, so most tokens find their form
 *   here with one hash over the characters of the text (no string made for the lookup); the table is
 *   emptied when half full (hostile input is unbounded).
 */
import { loadData } from '../util/data-file.ts';
import { charTest } from '../util/char-test.ts';
import { hashRange } from '../util/string-hash.ts';
import { stem } from './stem.ts';

/** What is known of one written form. */
export interface Form {
  text: string;
  /** Lower case, curly apostrophes folded to "'". */
  lower: string;
  kind: 'word' | 'num' | 'punct';
  stem: string;
  id: number;
  shape: number;
  /** Every character is a letter or a digit (a word of its own for phrase matching). */
  alnum: boolean;
  /** What event typing's phrase index holds for this form (extract/typing/match.ts), filled on its
   *  first lookup: a property read per word instead of two map lookups per word of every sentence.
   *  Typed by its one reader; undefined until then. */
  phraseStarts: unknown;
}

/** Bits of Token.shape. */
export const Shape = {
  /** Starts with an upper-case letter ("Nairobi", "UN"). */
  CAP: 1,
  /** Has letters and none in lower case ("UN", "KDF", "NAIROBI"). */
  UPPER: 2,
  /** Starts with a digit ("12", "6,500", "12-year-old", "5:35"). */
  DIGIT: 4,
  /** A particle of names in lower case ("al", "bin", "van"; data/lexicon/name-particles.json); "Al" is CAP and PARTICLE. */
  PARTICLE: 8,
  /** A particle joined to a capitalised word by a hyphen or an apostrophe ("al-Numan", "el'Fasher"): a capitalised name. */
  NAME_PARTICLE: 16,
  /** A possessive "'s", or a word with a clitic ("we're", "don't", "they'll", "I'm"): never a name ("We're" is no "Were"). */
  CLITIC: 32,
} as const;

const PARTICLES = loadData('lexicon/name-particles.json', (d) => ({ standalone: d.wordSet('particles'), glued: d.wordSet('glued') }));

const ids = new Map<string, number>();
let sealed = false;

/** The id of a lexicon word, numbering it if it is new. Lexicons call this when they load. */
export function registerWord(lower: string): number {
  let id = ids.get(lower);
  if (id === undefined) {
    if (sealed) throw new Error(`vocabulary: "${lower}" registered after text was tokenized; build lexicons when their module loads`);
    id = ids.size;
    ids.set(lower, id);
  }
  return id;
}

/** The id of a word, -1 when no lexicon has it. */
export function wordId(lower: string): number {
  return ids.get(lower) ?? -1;
}

const nonAsciiLetter = charTest(/\p{L}/u);
const nonAsciiUpper = charTest(/\p{Lu}/u);
const nonAsciiLower = charTest(/\p{Ll}/u);
const nonAsciiAlnum = charTest(/[\p{L}\p{N}]/u);

export const isLetter = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : nonAsciiLetter(c));
export const isAlnum = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : nonAsciiAlnum(c));
export const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isUpper = (c: number) => (c < 128 ? c >= 65 && c <= 90 : nonAsciiUpper(c));

/**
 * Which alternative of the tokenizer's regex matched, from the token's text: a digit starts
 * alternatives 1 (always with "-" or ":", a word: "12-year-old", "5:35"), 2 and 6 (numbers, never
 * with either); a quote starts 3 ("'s", two characters, a word) or 7 (a lone quote); a letter starts
 * 4 and 5 (words); anything else is 7 (punctuation).
 */
function kindOf(t: string): Form['kind'] {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return t.includes('-') || t.includes(':') ? 'word' : 'num';
  if (c === 39 || c === 0x2019) return t.length === 2 ? 'word' : 'punct';
  return isLetter(t.codePointAt(0)!) ? 'word' : 'punct';
}

/** "'s", or an apostrophe before a final d, m, t ("I'd", "I'm", "don't") or re, ll, ve ("we're"). */
function isClitic(lower: string): boolean {
  const n = lower.length;
  if (n === 2) return lower === "'s";
  return (n >= 3 && lower.charCodeAt(n - 2) === 39 && /[dmt]/.test(lower[n - 1]!))
    || (n >= 4 && lower.charCodeAt(n - 3) === 39 && /^(?:re|ll|ve)$/.test(lower.slice(n - 2)));
}

function shapeOf(t: string, lower: string): number {
  const c = t.codePointAt(0)!;
  let shape = (PARTICLES.standalone.has(lower) ? Shape.PARTICLE : 0) | (isClitic(lower) ? Shape.CLITIC : 0);
  if (c >= 48 && c <= 57) return shape | Shape.DIGIT;
  if (isUpper(c)) {
    shape |= Shape.CAP;
    let lowerCase = false;
    for (let k = 1; k < t.length && !lowerCase; k++) {
      const d = t.charCodeAt(k);
      lowerCase = d < 128 ? d >= 97 && d <= 122 : nonAsciiLower(d);
    }
    return lowerCase ? shape : shape | Shape.UPPER;
  }
  // "al-Numan", "el'Fasher": a glued particle, then a capital.
  if ((c === 97 || c === 101) && t.length > 3) {
    const glue = (k: number) => isApostrophe(t.charCodeAt(k)) || t.charCodeAt(k) === 45;
    const g = glue(2) ? 2 : glue(3) ? 3 : 0;
    if (g && t.length > g + 1 && PARTICLES.glued.has(lower.slice(0, g)) && isUpper(t.codePointAt(g + 1)!)) shape |= Shape.NAME_PARTICLE;
  }
  return shape;
}

function alnumOf(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) : !isAlnum(t.codePointAt(k)!)) return false;
    if (c >= 0xd800 && c <= 0xdbff) k++;
  }
  return t.length > 0;
}

function makeForm(text: string): Form {
  sealed = true;
  const low = text.toLowerCase();
  const lower = low.includes('’') ? low.replace(/’/g, "'") : low;
  return { text, lower, kind: kindOf(text), stem: stem(lower), id: ids.get(lower) ?? -1, shape: shapeOf(text, lower), alnum: alnumOf(text), phraseStarts: undefined };
}

// The forms table: open addressing keyed by the written form, hashed over the text's characters.
// The slot holds the form itself (its text is the key) and the full hash beside it in a typed array:
// a probe that meets another word's slot is told apart by one integer, and a hit reads the form it
// returns anyway, not a separate key (the table is large and cold between sentences: each array
// read is likely a cache miss).
const BITS = 17;
const MASK = (1 << BITS) - 1;
const forms: (Form | undefined)[] = new Array<Form | undefined>(MASK + 1).fill(undefined);
const hashes = new Int32Array(MASK + 1);
let count = 0;

/** The form written at text[start, end). */
export function formAt(text: string, start: number, end: number): Form {
  return formAtHashed(text, start, end, hashRange(text, start, end));
}

/** The same, given hashRange(text, start, end) (a scanner that reads the characters anyway computes it). */
export function formAtHashed(text: string, start: number, end: number, h: number): Form {
  const h32 = h | 0;
  let slot = h & MASK;
  for (;;) {
    const f = forms[slot];
    if (f === undefined) break;
    if (hashes[slot] === h32 && f.text.length === end - start && text.startsWith(f.text, start)) return f;
    slot = (slot + 1) & MASK;
  }
  const form = makeForm(text.slice(start, end));
  if (count >= (MASK + 1) >> 1) {
    forms.fill(undefined); count = 0;
    slot = h & MASK;
  }
  forms[slot] = form; hashes[slot] = h32; count++;
  return form;
}

/** The form of a word given as a string. */
export function formOf(word: string): Form {
  return formAt(word, 0, word.length);
}
