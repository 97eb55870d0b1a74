/**
 * The words the places stage reads, taken from the Doc's token layer (src/annotate/tokens.ts), not
 * tokenized again: the word and number tokens of every sentence in text order, as parallel arrays of
 * offsets and flags (capitalized, name particle), kept once per Doc (a Doc layer).
 *
 * How a token becomes a place word:
 * - punctuation is no word; it stays in the gap before the next word, which says whether a name
 *   breaks there (breaks below);
 * - a possessive "'s" and a contraction ("We're", "don't", "they'll") are no words: "We're" would
 *   read as "Were", a town (Shape.CLITIC);
 * - tokens that touch make one word ("M23" is the tokens M and 23; "an-Nu'man" the tokens an-Nu, ' and man);
 * - capitalized: Shape.CAP, or a particle glued to a capitalized word ("al-Numan", Shape.NAME_PARTICLE);
 *   particle: a lower-case name particle ("al", "bin"; Shape.PARTICLE).
 */
import { docLayer, type Doc } from '../annotate/doc.ts';
import { Shape } from '../annotate/tokens.ts';
import type { Form } from '../annotate/vocab.ts';
import { lexicon } from './lexicon.ts';

const CAP = 1, PARTICLE = 2;
/** Lower-case words inside a place's name beyond the name particles ("Port of Spain"). */
const LINKS = lexicon().particles;

export class PlaceWords {
  n = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** Where the characters before word i start (they end at start[i]). */
  readonly gap: number[] = [];
  readonly flags: number[] = [];
  /** The written form of word i (vocab.ts), shared by every word written alike; null for a word
   *  joined from several tokens ("M23"). */
  readonly forms: (Form | null)[] = [];
  constructor(readonly text: string) {}

  /** Word i as written. */
  s(i: number): string { return this.text.slice(this.start[i]!, this.end[i]!); }
  cap(i: number): boolean { return (this.flags[i]! & CAP) !== 0; }
  particle(i: number): boolean { return (this.flags[i]! & PARTICLE) !== 0; }

  /** Words [a, b) lower-cased and joined by spaces (b clamped to the last word). */
  lowerJoin(a: number, b: number): string {
    let out = '';
    for (let i = a, e = Math.min(b, this.n); i < e; i++) out += (i > a ? ' ' : '') + this.lower(i);
    return out;
  }

  /** Word i lower-cased (as `s(i).toLowerCase()`): its form's lower case, made once per written
   *  form, where that is the same string (a form folds a curly apostrophe, which this keeps); else
   *  sliced and lowered. No string is made for a word written before, and its hash is cached. */
  lower(i: number): string {
    const f = this.forms[i];
    return f && !f.text.includes('’') ? f.lower : this.s(i).toLowerCase();
  }

  /** The index of the first word that starts at or after offset `at`. */
  firstFrom(at: number): number {
    let lo = 0, hi = this.n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.start[mid]! < at) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** The words of text[from, to) lower-cased, the last `max` of them joined by spaces; a word cut by
   *  the window's edges is read as far as it reaches into it. */
  lowerBefore(from: number, to: number, max: number): string {
    const out: string[] = [];
    for (let i = this.firstFrom(to) - 1; i >= 0 && out.length < max && this.end[i]! > from; i--) {
      out.push(this.text.slice(Math.max(from, this.start[i]!), Math.min(to, this.end[i]!)).toLowerCase());
    }
    // A word straddling `to` starts before it: firstFrom(to) - 1 may end past it (cut above).
    return out.reverse().join(' ');
  }
}

/** A mark that joins the parts of one name when letters touch it on both sides ("an-Nu'man", "Ma`arrat"). */
const isInnerMark = (c: number) => c === 39 || c === 45 || c === 96 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

function build(doc: Doc): PlaceWords {
  const text = doc.text;
  const w = new PlaceWords(text);
  let gapStart = 0, lastEnd = -1;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!;
      const kind = t.kind;
      const touches = t.start === lastEnd && w.n > 0 && w.end[w.n - 1] === lastEnd;
      if (kind === 'punct') {
        // "an-Nu'man": a quote or hyphen between two touching words is inside one word.
        const next = tokens[j + 1];
        if (touches && t.end - t.start === 1 && isInnerMark(text.charCodeAt(t.start)) && next && next.start === t.end && next.kind !== 'punct') {
          w.end[w.n - 1] = lastEnd = t.end;
          w.forms[w.n - 1] = null;
        }
        continue;
      }
      const shape = t.shape;
      if ((shape & Shape.CLITIC) !== 0) { gapStart = lastEnd = t.end; continue; }
      if (touches) {
        // Touching the previous word ("M23"): one word, no particle.
        w.end[w.n - 1] = t.end;
        w.flags[w.n - 1]! &= ~PARTICLE;
        w.forms[w.n - 1] = null;
        gapStart = lastEnd = t.end;
        continue;
      }
      const cap = (shape & (Shape.CAP | Shape.NAME_PARTICLE)) !== 0;
      const particle = !cap && ((shape & Shape.PARTICLE) !== 0 || LINKS.has(t.lower));
      w.start.push(t.start); w.end.push(t.end); w.gap.push(gapStart);
      w.flags.push((cap ? CAP : 0) | (particle ? PARTICLE : 0));
      w.forms.push(t.form);
      w.n++;
      gapStart = lastEnd = t.end;
    }
  }
  return w;
}

/** The place words of a Doc, made once. */
export const PLACE_WORDS = docLayer<PlaceWords>('place words', build);

/** True when the characters before a word break a name (sentence end, comma, parenthesis, newline). */
export function breaks(text: string, toks: PlaceWords, t: number, ignoreDot = false): boolean {
  for (let i = toks.gap[t]!, e = toks.start[t]!; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) { if (!ignoreDot) return true; continue; }
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 10 || c === 47 || c === 124 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}
