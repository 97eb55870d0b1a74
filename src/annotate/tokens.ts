/**
 * The token layer: the one tokenizer of fogwatch, run once per sentence by the Doc (doc.ts) and read
 * by every later stage (typing, claims, actors, attribution, dates, numbers; places later).
 *
 * Why a hand-written regex tokenizer and not wink-nlp or compromise: wink-nlp runs at ~2 MB/s per
 * core here and compromise is slower still, while the whole process must handle >= 500 news pages a
 * second (several MB/s) on 2 shared cores; extraction needs words, numbers, punctuation, offsets and
 * a few word properties, no model. Every token keeps its offsets into the article text, so quotes
 * are exact slices.
 *
 * One pass gives two views of the same words, both of the one Token type:
 * - `tokens`: words, numbers and punctuation as written. "12-year-old", "44-day", "5:35", "tear-gas",
 *   "U.S.", "6,500" and "wasn't" are one token each; a possessive "'s" is its own token. Counting,
 *   claims, actors and attribution step through these.
 * - `words`: the letter-and-digit runs that phrase matching steps through (event typing): a compound
 *   is cut at its hyphens ("tear-gas" → tear, gas; "12-year-old" → 12, year, old), a possessive is
 *   read with its word ("Armenia's" → Armenia, its offsets covering the 's), "n't" reads as "not",
 *   and punctuation is not a word but marks the next word's `clauseStart`. Most words are the very
 *   token objects of `tokens`.
 */
import { charTest, isSpace } from '../util/char-test.ts';
import { GLUED_PARTICLES, lexeme } from './vocab.ts';

export { isSpace };

/** Bits of Token.shape. */
export const Shape = {
  /** Starts with an upper-case letter ("Nairobi", "UN"). */
  CAP: 1,
  /** Has letters and none in lower case ("UN", "KDF", "NAIROBI"). */
  UPPER: 2,
  /** Starts with a digit ("12", "6,500", "12-year-old", "5:35"). */
  DIGIT: 4,
  /** A lower-case particle of names ("al", "bin", "van"; data/lexicon/name-particles.json); also set on "Al". */
  PARTICLE: 8,
  /** A particle joined to a capitalised word by a hyphen or an apostrophe ("al-Numan", "el'Fasher"): a capitalised name. */
  NAME_PARTICLE: 16,
} as const;

export interface Token {
  /** Offsets into the full article text. */
  start: number;
  end: number;
  /** The token as written (a word of `words`: without its possessive 's, which its offsets still cover). */
  text: string;
  /** Lower case, curly apostrophes folded to "'" (a word of `words`: "n't" reads as "not"). */
  lower: string;
  /** word, number (digits), or punctuation. */
  kind: 'word' | 'num' | 'punct';
  /** Light stem of `lower` (stem.ts): "shelled", "shelling", "shells" → "shell". */
  stem: string;
  /** Vocabulary id of `lower` (vocab.ts): the key of lexicon lookups; -1 for a word no lexicon has. */
  id: number;
  /** Shape bits (Shape.CAP, UPPER, DIGIT, PARTICLE, NAME_PARTICLE). */
  shape: number;
  /** A clause mark (, ; : ( ) [ ] en or em dash, or a spaced hyphen) stands between the previous word and this token. */
  clauseStart: boolean;
}

/** The token layer of one sentence. */
export interface TokenLayer {
  tokens: Token[];
  words: Token[];
}

// Order matters: "12-year-old", "44-day" and times such as "5:35" are one word (not a count); "6,500" and "2.5" are one number;
// "U.S." and "p.m." are one word; the possessive "'s" is its own token ("Armenia's" -> Armenia + 's).
// Every alternative consumes at least one character, none nests quantifiers, and the one that must
// end in letters ("12-year-old") is bounded, so a long run such as "1.1.1.1…" stays linear.
const TOKEN = /(\d+(?:[.,:]\d+){0,3}(?:-\p{L}+)+|\d{1,2}:\d\d(?!\d))|(\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?(?![\p{L}\d]))|(['’][sS](?![\p{L}]))|(\p{L}(?:\.\p{L})+\.?)|(\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}]))\p{L}+)?(?:-[\p{L}\p{M}]+)*)|(\d+)|(\S)/gu;

/** The same alternatives as TOKEN, without capture groups, anchored where the scan below puts it:
 *  a match costs no result array and no capture strings, and the kind is read off the token itself. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

const nonAsciiLetter = charTest(/\p{L}/u);
const nonAsciiUpper = charTest(/\p{Lu}/u);
const nonAsciiLower = charTest(/\p{Ll}/u);
const nonAsciiAlnum = charTest(/[\p{L}\p{N}]/u);

const isLetter = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : nonAsciiLetter(c));
const isAlnum = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : nonAsciiAlnum(c));
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

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
  return isLetter(t.codePointAt(0)!) ? 'word' : 'punct';
}

const foldApostrophes = (low: string) => (low.includes('’') ? low.replace(/’/g, "'") : low);

function shapeOf(t: string, particle: boolean): number {
  const c = t.codePointAt(0)!;
  let shape = particle ? Shape.PARTICLE : 0;
  if (c >= 48 && c <= 57) return shape | Shape.DIGIT;
  if (c < 128 ? c >= 65 && c <= 90 : nonAsciiUpper(c)) {
    shape |= Shape.CAP;
    let lower = false;
    for (let k = 1; k < t.length && !lower; k++) {
      const d = t.charCodeAt(k);
      lower = d < 128 ? d >= 97 && d <= 122 : nonAsciiLower(d);
    }
    if (!lower) shape |= Shape.UPPER;
    return shape;
  }
  // "al-Numan", "el'Fasher": a glued particle, then a capital.
  if ((c === 97 || c === 101) && t.length > 3) {
    const g = isApostrophe(t.charCodeAt(2)) || t.charCodeAt(2) === 45 ? 2 : isApostrophe(t.charCodeAt(3)) || t.charCodeAt(3) === 45 ? 3 : 0;
    if (g && GLUED_PARTICLES.has(t.slice(0, g).toLowerCase()) && t.length > g + 1) {
      const n = t.codePointAt(g + 1)!;
      if (n < 128 ? n >= 65 && n <= 90 : nonAsciiUpper(n)) shape |= Shape.NAME_PARTICLE;
    }
  }
  return shape;
}

function makeToken(start: number, end: number, text: string, lower: string, kind: Token['kind'], clauseStart: boolean): Token {
  const lex = lexeme(lower);
  return { start, end, text, lower, kind, stem: lex.stem, id: lex.id, shape: shapeOf(text, lex.particle), clauseStart };
}

/** Is there a clause mark (, ; : ( ) [ ] en/em dash, or a spaced hyphen) in text[from, to)? */
function clauseMarkBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014) return true;
    if (c === 45 && k > from && k + 1 < to && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) return true;
  }
  return false;
}

/**
 * Builds the `words` view while the tokens are made: a word is a run of letters and digits, with at
 * most one apostrophe followed by letters ("wasn't", "O'Brien", "Armenia's"); it may run across
 * tokens that touch ("M23" is the tokens M and 23, "Armenia's" the tokens Armenia and 's).
 */
class WordCutter {
  words: Token[] = [];
  /** The open word: its start (-1: none), whether it has passed its apostrophe, the token it began in. */
  private at = -1;
  private apostrophe = false;
  private startToken = -1;
  /** End of the last word closed (the sentence start before the first). */
  lastEnd: number;
  constructor(private readonly text: string, private readonly tokens: Token[], from: number, private readonly to: number) {
    this.lastEnd = from;
  }

  /** Reads the characters of the token just pushed, [start, end). */
  read(start: number, end: number): void {
    const text = this.text;
    let k = start;
    while (k < end) {
      const c = text.codePointAt(k)!;
      const len = c > 0xffff ? 2 : 1;
      if (this.at < 0) {
        if (isAlnum(c)) { this.at = k; this.apostrophe = false; this.startToken = this.tokens.length - 1; }
        k += len;
        continue;
      }
      if (!this.apostrophe) {
        if (isAlnum(c)) { k += len; continue; }
        if (isApostrophe(c) && k + 1 < this.to && isLetter(text.codePointAt(k + 1)!)) { this.apostrophe = true; k += 1; continue; }
        this.close(k);
        k += len;
        continue;
      }
      if (isLetter(c)) { k += len; continue; }
      this.close(k); // and c may start the next word: read it again
    }
  }

  /** Closes the open word, if any, when the text does not go on at `next` (a gap before the next token). */
  closeUnlessAt(next: number, openEnd: number): void {
    if (this.at >= 0 && next !== openEnd) this.close(openEnd);
  }

  close(end: number): void {
    const start = this.at;
    if (start < 0) return;
    this.at = -1;
    const written = this.text.slice(start, end);
    let raw = written;
    let lower = written.toLowerCase();
    // A possessive 's is no part of the word to match; "n't" is a negation word of its own.
    const last = lower.charCodeAt(lower.length - 1);
    if (last === 115 && (lower.endsWith("'s") || lower.endsWith('’s'))) {
      raw = raw.slice(0, -2); lower = lower.slice(0, -2);
    } else if (last === 116 && (lower.endsWith("n't") || lower.endsWith('n’t'))) {
      lower = 'not';
    }
    lower = foldApostrophes(lower);
    const clauseStart = clauseMarkBetween(this.text, this.lastEnd, start);
    this.lastEnd = end;
    const t = this.tokens[this.startToken];
    if (t && t.start === start && t.end === end && t.text === raw && t.lower === lower) {
      t.clauseStart = clauseStart;
      this.words.push(t);
      return;
    }
    const first = raw.charCodeAt(0);
    this.words.push(makeToken(start, end, raw, lower, first >= 48 && first <= 57 && /^\d+$/.test(raw) ? 'num' : 'word', clauseStart));
  }
}

/** The tokens and words of text[from, to). */
export function tokenizeSentence(text: string, from = 0, to = text.length): TokenLayer {
  const tokens: Token[] = [];
  const cutter = new WordCutter(text, tokens, from, to);
  let openEnd = -1;
  scan(text, from, to, (start, end, t, kind) => {
    cutter.closeUnlessAt(start, openEnd);
    const clauseStart = clauseMarkBetween(text, cutter.lastEnd, start);
    tokens.push(makeToken(start, end, t, foldApostrophes(t.toLowerCase()), kind, clauseStart));
    cutter.read(start, end);
    openEnd = end;
  });
  cutter.close(openEnd);
  return { tokens, words: cutter.words };
}

/** The tokens of text[from, to) (the `tokens` view alone). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeSentence(text, from, to).tokens;
}

/** The lower-case tokens of a lexicon phrase, as the tokenizer cuts text ("border guards" → border, guards). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  scan(phrase, 0, phrase.length, (_s, _e, t) => { out.push(foldApostrophes(t.toLowerCase())); });
  return out;
}

/** Calls `emit` for each token of text[from, to), left to right. */
function scan(text: string, from: number, to: number, emit: (start: number, end: number, t: string, kind: Token['kind']) => void): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // TOKEN's leftmost match starts at the first character that is not a space (every alternative
  // starts with a non-space, and \S matches any): skip spaces, then match there.
  const n = slice.length;
  let p = 0;
  for (;;) {
    while (p < n && isSpace(slice.charCodeAt(p))) p++;
    if (p >= n) break;
    TOKEN_AT.lastIndex = p;
    if (!TOKEN_AT.test(slice)) break; // unreachable: \S matches any non-space
    const end = TOKEN_AT.lastIndex;
    const t = slice.slice(p, end);
    emit(from + p, from + end, t, kindOf(t));
    p = end;
  }
}
