/**
 * The places stage's own words: offsets and flags (capitalized, name particle) of the words of a
 * text, kept in typed arrays. Every word the places stage reads comes from here (findMentions and the
 * context windows of phrase and border mentions), so that a shared token layer can take its place
 * in one module.
 */
import { charTest } from '../util/char-test.ts';
import { lexicon } from './lexicon.ts';

/** First letters of the particles, by char code (the particles are lower-case ASCII). */
let PARTICLE_FIRST: Uint8Array | null = null;
function particleFirst(particles: Set<string>): Uint8Array {
  const a = new Uint8Array(128);
  for (const p of particles) if (p.charCodeAt(0) < 128) a[p.charCodeAt(0)] = 1;
  return a;
}

const CAP = 1, PARTICLE = 2;

/**
 * The words of text[from, to) as parallel arrays of offsets and flags: a page has ~300 words and
 * most are never read as strings (only capitalized ones and the neighbours of a place), so no object
 * and no string is made per word. gap[i]: where the non-word characters before word i start (they
 * end at start[i]).
 */
export class Toks {
  n = 0;
  start: Int32Array; end: Int32Array; gap: Int32Array; flags: Uint8Array;
  constructor(public text: string, capacity: number) {
    this.start = new Int32Array(capacity); this.end = new Int32Array(capacity);
    this.gap = new Int32Array(capacity); this.flags = new Uint8Array(capacity);
  }

  /** Empties the list for another text, keeping the arrays (push grows them when needed). */
  reset(text: string): this {
    this.text = text;
    this.n = 0;
    return this;
  }

  push(start: number, end: number, gap: number, flags: number): void {
    if (this.n === this.start.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A): A => { const b = new (a.constructor as new (n: number) => A)(a.length * 2); b.set(a); return b; };
      this.start = grow(this.start); this.end = grow(this.end); this.gap = grow(this.gap); this.flags = grow(this.flags);
    }
    this.start[this.n] = start; this.end[this.n] = end; this.gap[this.n] = gap; this.flags[this.n] = flags;
    this.n++;
  }

  /** Word i as written. */
  s(i: number): string { return this.text.slice(this.start[i]!, this.end[i]!); }
  cap(i: number): boolean { return (this.flags[i]! & CAP) !== 0; }
  particle(i: number): boolean { return (this.flags[i]! & PARTICLE) !== 0; }

  /** Words [a, b) lower-cased and joined by spaces (b clamped to the last word). */
  lowerJoin(a: number, b: number): string {
    let out = '';
    for (let i = a, e = Math.min(b, this.n); i < e; i++) out += (i > a ? ' ' : '') + this.s(i).toLowerCase();
    return out;
  }
}

const nonAsciiWord = charTest(/[\p{L}\p{M}\p{N}'’`‘ʼ\-]/u);

/** Letters, digits, apostrophes and hyphens inside a word; anything else separates words.
 *  ASCII by char code (the hot path), other characters by a Unicode regex, remembered. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 96;
  return nonAsciiWord(c);
}

/** The marks that glue a particle to a name ("al-Numan", "el'Fasher"): a cheap test before the regex
 *  (most words starting with "a" or "e" have none). */
function isGlue(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** Quotes and hyphens, trimmed from the edges of a word. */
function isEdgeMark(c: number): boolean {
  return c === 39 || c === 45 || c === 96 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

/** The word list findMentions reuses from call to call: typed arrays past 64 bytes live outside
 *  the heap and cost a native allocation each, more than the tokenizing of a sentence. Not kept
 *  once it has grown past REUSE_MAX words (one huge hostile text must not pin its memory). */
let reusable: Toks | null = null;
const REUSE_MAX = 1 << 14;

/** Words of text[from, to); into `reuse` when given (its previous words are dropped). */
export function tokenize(text: string, from: number, to: number, reuse: Toks | null = null): Toks {
  // Words are at least one character apart: (to - from) / 2 + 1 bounds their number; a quarter of
  // it is typical, and push grows the arrays past that.
  const toks = reuse ? reuse.reset(text) : new Toks(text, ((to - from) >> 2) + 16);
  const lex = lexicon();
  const pf = PARTICLE_FIRST ??= particleFirst(lex.particles);
  let i = from, gapStart = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    // Trim quotes and hyphens at the edges ("'Kismayo'", "pro-").
    let a = i, b = j;
    while (a < b && isEdgeMark(text.charCodeAt(a))) a++;
    while (b > a && isEdgeMark(text.charCodeAt(b - 1))) b--;
    // Possessive "Nairobi's": the name without the 's.
    if (b - a > 3 && text.charCodeAt(b - 1) === 115 && (text.charCodeAt(b - 2) === 39 || text.charCodeAt(b - 2) === 0x2019)) b -= 2;
    // Contractions ("We're", "They'll", "Don't") are no names: "We're" would read as "Were", a town.
    if (a < b && b - a >= 3 && isEdgeMark(text.charCodeAt(b - 2)) && /^[dmt]$/i.test(text[b - 1]!)) a = b;
    else if (a < b && b - a >= 4 && isEdgeMark(text.charCodeAt(b - 3)) && /^(?:re|ll|ve)$/i.test(text.slice(b - 2, b))) a = b;
    if (a < b) {
      const c0 = text.charCodeAt(a);
      // Capitalized: A-Z by char code, other scripts by the Unicode property; "al-Numan" and
      // "el-Fasher" (a particle glued to a capitalized word) count as capitalized.
      const cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && /\p{Lu}/u.test(text[a]!))
        || ((c0 === 97 || c0 === 101) && b - a > 3 && (isGlue(text.charCodeAt(a + 2)) || isGlue(text.charCodeAt(a + 3)))
          && lex.gluedArticle.test(text.slice(a, b)));
      // Only read for words that are not capitalized (see findMentions), so only looked up for those,
      // and only when the first letter can start a particle: no lower-casing of every short word.
      const particle = !cap && b - a <= 5 && c0 < 128 && pf[c0] === 1 && lex.particles.has(text.slice(a, b).toLowerCase());
      toks.push(a, b, gapStart, (cap ? CAP : 0) | (particle ? PARTICLE : 0));
    }
    gapStart = j;
    i = j;
  }
  return toks;
}

/** True when the characters before a word break a name (sentence end, comma, parenthesis, newline). */
export function breaks(text: string, toks: Toks, t: number, ignoreDot = false): boolean {
  for (let i = toks.gap[t]!, e = toks.start[t]!; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) { if (!ignoreDot) return true; continue; }
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 10 || c === 47 || c === 124 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}


/** Words of text[from, to) in the list reused from call to call (its previous words are dropped):
 *  for a caller that is done with the list before it calls again. */
export function reusedWords(text: string, from: number, to: number): Toks {
  const toks = tokenize(text, from, to, reusable ??= new Toks(text, 256));
  if (toks.start.length > REUSE_MAX) reusable = null;
  return toks;
}
