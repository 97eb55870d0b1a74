/**
 * The token layer: the one tokenizer of fogwatch, run once per sentence by the Doc (doc.ts) and read
 * by every later stage (typing, claims, actors, attribution, dates, numbers, places).
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
import { isSpace } from '../util/char-test.ts';
import { formAt, formAtHashed, formOf, isAlnum, isApostrophe, isLetter, Shape, type Form } from './vocab.ts';

export { isSpace, Shape };

/**
 * One token: its offsets and its written form (vocab.ts), whose properties it reads through. Most
 * properties are the form's, shared by every token of the same written form; a token of its own has
 * only where it is and whether a clause mark stands before it.
 */
export class Token {
  /** Vocabulary id of `lower` (vocab.ts): the key of lexicon lookups; -1 for a word no lexicon has.
   *  Copied from the form, not read through it: every lexicon lookup of every stage reads it, and
   *  the form lives in the vocabulary's table, out of cache, while the sentence's tokens are not. */
  readonly id: number;
  constructor(
    /** Offsets into the full article text. */
    readonly start: number,
    readonly end: number,
    /** What is known of the written form (vocab.ts): text, lower case, kind, stem, id, shape. */
    readonly form: Form,
    /** A clause mark (, ; : ( ) [ ] en or em dash, or a spaced hyphen) stands between the previous word and this token. */
    readonly clauseStart: boolean,
  ) {
    this.id = form.id;
  }

  /** The token as written (a word of `words`: without its possessive 's, which its offsets still cover). */
  get text(): string { return this.form.text; }
  /** Lower case, curly apostrophes folded to "'" (a word of `words`: "n't" reads as "not"). */
  get lower(): string { return this.form.lower; }
  /** word, number (digits), or punctuation. */
  get kind(): 'word' | 'num' | 'punct' { return this.form.kind; }
  /** Light stem of `lower` (stem.ts): "shelled", "shelling", "shells" → "shell". */
  get stem(): string { return this.form.stem; }
  /** Shape bits (Shape.CAP, UPPER, DIGIT, PARTICLE, NAME_PARTICLE). */
  get shape(): number { return this.form.shape; }
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

/** Is c a clause mark (, ; : ( ) [ ] en or em dash)? A hyphen is one when spaced (checked apart). */
const isClauseMark = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014;

const tokenOf = (f: Form, start: number, end: number, clauseStart: boolean) => new Token(start, end, f, clauseStart);

/**
 * Builds the `words` view while the tokens are made: a word is a run of letters and digits, with at
 * most one apostrophe followed by letters ("wasn't", "O'Brien", "Armenia's"); it may run across
 * tokens that touch ("M23" is the tokens M and 23, "Armenia's" the tokens Armenia and 's).
 * Characters outside words that are clause marks make the next word's (and token's) clauseStart.
 */
class WordCutter {
  words: Token[] = [];
  /** The open word: its start (-1: none), whether it has passed its apostrophe, the token it began in. */
  private at = -1;
  private apostrophe = false;
  private startToken = -1;
  /** A clause mark has been read since the last word. */
  clause = false;
  /** End of the last token read: an open word goes on only into a token that starts there. */
  private openEnd = -1;
  constructor(private readonly text: string, private readonly tokens: Token[], private readonly from: number, private readonly to: number) {}

  /** Before a token at `start`: the open word ends unless the token touches it. */
  gapBefore(start: number): void {
    if (this.at >= 0 && start !== this.openEnd) this.close(this.openEnd);
  }

  /** Reads the token just pushed, text[start, end), whose form is `f`. */
  read(f: Form, start: number, end: number): void {
    this.openEnd = end;
    // Most tokens are letters or digits only, after a space: a word that starts here; or one ASCII mark.
    if (this.at < 0) {
      if (f.alnum) { this.open(start); return; }
      if (end - start === 1 && f.kind === 'punct') {
        const c = this.text.charCodeAt(start);
        if (c < 128) {
          if (isClauseMark(c) || (c === 45 && start > this.from && this.text.charCodeAt(start - 1) === 32 && this.text.charCodeAt(start + 1) === 32)) this.clause = true;
          return;
        }
      }
    }
    const text = this.text;
    let k = start;
    while (k < end) {
      const c = text.codePointAt(k)!;
      const len = c > 0xffff ? 2 : 1;
      if (this.at < 0) {
        if (isAlnum(c)) this.open(k);
        else if (isClauseMark(c) || (c === 45 && k > this.from && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)) this.clause = true;
        k += len;
        continue;
      }
      if (!this.apostrophe) {
        if (isAlnum(c)) { k += len; continue; }
        if (isApostrophe(c) && k + 1 < this.to && isLetter(text.codePointAt(k + 1)!)) { this.apostrophe = true; k += 1; continue; }
      } else if (isLetter(c)) { k += len; continue; }
      this.close(k); // and read c again: outside a word now
    }
  }

  private open(k: number): void {
    this.at = k;
    this.apostrophe = false;
    this.startToken = this.tokens.length - 1;
  }

  /** Closes the open word at the end of the text read. */
  finish(): void {
    if (this.at >= 0) this.close(this.openEnd);
  }

  private close(end: number): void {
    const start = this.at;
    this.at = -1;
    const clauseStart = this.clause;
    this.clause = false;
    const t = this.tokens[this.startToken]!;
    // Most words are their token (a possessive is always a token of its own; "n't" reads as "not").
    if (t.start === start && t.end === end && !t.lower.endsWith("n't")) {
      this.words.push(t);
      return;
    }
    let f = formAt(this.text, start, end);
    // A possessive 's is no part of the word to match; "n't" is a negation word of its own.
    const lower = f.lower;
    if (lower.endsWith("'s")) f = formOf(f.text.slice(0, -2));
    else if (lower.endsWith("n't")) f = negationForm(f);
    this.words.push(tokenOf(f, start, end, clauseStart));
  }
}

/** The form of a word ending in "n't" as phrase matching reads it: "not", written as it is. */
function negationForm(f: Form): Form {
  const not = formOf('not');
  // A stem of its own, so not what typing found for the written form.
  return { ...f, lower: 'not', stem: not.stem, id: not.id, phraseStarts: undefined };
}

/** The text of tokens[i, j) as written: a space only where the text had one ("Ethiopia's prime
 *  minister", not "Ethiopia 's prime minister"). */
export function spanText(tokens: readonly Token[], i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) out += (k > i && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
}

/** The tokens and words of text[from, to). */
export function tokenizeSentence(text: string, from = 0, to = text.length): TokenLayer {
  const tokens: Token[] = [];
  const cutter = new WordCutter(text, tokens, from, to);
  // Matched within the sentence: lookaheads at its end see its end, and no token runs past it.
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = slice.length;
  let p = 0;
  for (;;) {
    while (p < n && isSpace(slice.charCodeAt(p))) p++;
    if (p >= n) break;
    const start = from + p;
    let end: number;
    let f: Form;
    // Plain runs of ASCII letters or digits, and ASCII punctuation, are read by hand (hashing the
    // characters on the way); anything else by the regex.
    const q = plainEnd(slice, p, n);
    if (q > 0) {
      end = from + q;
      f = formAtHashed(text, start, end, plainHash);
    } else {
      TOKEN_AT.lastIndex = p;
      TOKEN_AT.test(slice); // always matches: \S matches any non-space
      end = from + TOKEN_AT.lastIndex;
      f = formAt(text, start, end);
    }
    cutter.gapBefore(start);
    // A clause mark since the last word (as the cutter read it) makes the token's clauseStart.
    tokens.push(tokenOf(f, start, end, cutter.clause));
    cutter.read(f, start, end);
    p = end - from;
  }
  cutter.finish();
  return { tokens, words: cutter.words };
}

/** FNV-1a hash of the last token plainEnd read (util/string-hash.ts hashRange, computed on the way). */
let plainHash = 0;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The end of the token at s[p] when TOKEN would read a plain one there, else 0: a run of ASCII
 * letters that no apostrophe, hyphen, dot (after one letter: "U.S.") or non-ASCII character goes on
 * from (alternative 5, a word); a run of digits that no . , : - or letter goes on from (alternative
 * 2, a number); one ASCII punctuation mark other than a quote (alternative 7). A digit run followed
 * by something else, and any non-ASCII character, is left to the regex.
 */
function plainEnd(s: string, p: number, n: number): number {
  let h = 0x811c9dc5;
  let c = s.charCodeAt(p);
  let q = p;
  if (isAsciiLetter(c)) {
    do { h = Math.imul(h ^ c, 0x01000193); q++; c = q < n ? s.charCodeAt(q) : 32; } while (isAsciiLetter(c));
    if (c >= 128 || c === 39 || c === 45 || (c === 46 && q === p + 1)) return 0;
  } else if (isDigit(c)) {
    do { h = Math.imul(h ^ c, 0x01000193); q++; c = q < n ? s.charCodeAt(q) : 32; } while (isDigit(c));
    if (c >= 128 || c === 46 || c === 44 || c === 58 || c === 45 || isAsciiLetter(c)) return 0;
  } else if (c < 128 && c !== 39) {
    h = Math.imul(h ^ c, 0x01000193); q++;
  } else {
    return 0;
  }
  plainHash = h >>> 0;
  return q;
}

/** The tokens of text[from, to) (the `tokens` view alone). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeSentence(text, from, to).tokens;
}

/** The lower-case tokens of a lexicon phrase, as the tokenizer cuts text ("border guards" → border, guards). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (let p = 0; ;) {
    while (p < phrase.length && isSpace(phrase.charCodeAt(p))) p++;
    if (p >= phrase.length) return out;
    TOKEN_AT.lastIndex = p;
    TOKEN_AT.test(phrase);
    const low = phrase.slice(p, TOKEN_AT.lastIndex).toLowerCase();
    out.push(low.includes('’') ? low.replace(/’/g, "'") : low);
    p = TOKEN_AT.lastIndex;
  }
}

/** An all-capital word of two letters or more ("IS", "AS" for a group, "UN"): an acronym, never the
 *  function word its lower case spells ("IS militants targeted two policemen" has no "is"). */
export const isAcronym = (t: Token): boolean => (t.shape & Shape.UPPER) !== 0 && t.text.length > 1;

/**
 * Is the capitalised word at k inside a sentence part of a proper name ("the director of Budget
 * and Planning is shot", "the Plan International office")? Capitalised, after "of", "and" or another
 * capitalised word, and followed by a lower-case word or punctuation (a Title Case headline, "Gunmen
 * Tried To Kill Mayor", capitalises the next word too).
 */
export function capitalisedInName(tokens: readonly Token[], k: number): boolean {
  if (k <= 0 || !/^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) return false;
  const prev = tokens[k - 1]!, next = tokens[k + 1];
  const joined = prev.lower === 'of' || prev.lower === 'and' || /^\p{Lu}/u.test(prev.text);
  return joined && (!next || next.kind !== 'word' || /^\p{Ll}/u.test(next.text));
}
