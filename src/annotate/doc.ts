import type { Article } from '../record/schema.ts';
import { findDates, type DateMention, type Reference } from './dates.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { tokenizeSentence, type Token, type TokenLayer } from './tokens.ts';
import { mapPacked } from '../util/packed.ts';

export interface AnnotateOptions {
  tzMinutes?: number;
  /** Longest sentence kept whole (see sentences.ts). */
  maxSentenceChars?: number;
}

/**
 * A per-sentence annotation of the Doc, computed on first use and kept (as spaCy's Doc keeps its
 * annotations): the stage that owns it declares it once, every stage reads it through doc.get.
 * `compute` must be a pure function of the Doc and the sentence, and never return undefined.
 */
export interface SentenceLayer<T> {
  readonly name: string;
  readonly compute: (doc: Doc, si: number) => T;
  /** Its slot in a Doc's table of layers (numbered as layers are declared, at module load). */
  readonly slot: number;
}

let layerCount = 0;

export function sentenceLayer<T>(name: string, compute: (doc: Doc, si: number) => T): SentenceLayer<T> {
  return { name, compute, slot: layerCount++ };
}

/** A whole-document annotation, computed on first use and kept. */
export interface DocLayer<T> {
  readonly name: string;
  readonly compute: (doc: Doc) => T;
  /** Its slot in a Doc's table of whole-document values (numbered as layers are declared). */
  readonly slot: number;
}

let docLayerCount = 0;

export function docLayer<T>(name: string, compute: (doc: Doc) => T): DocLayer<T> {
  return { name, compute, slot: docLayerCount++ };
}

/** What a Doc keeps for a whole-document layer whose value is undefined (an empty slot is "not yet"). */
const UNDEFINED_VALUE = Symbol('undefined');

/** A sentence whose token layer is made on first use: most sentences of a news page are never read closely. */
export class Sentence implements SentenceSpan {
  private layer: TokenLayer | null = null;
  constructor(private readonly source: string, readonly index: number, readonly start: number, readonly end: number, readonly text: string) {}
  /** Words, numbers and punctuation as written (tokens.ts). */
  get tokens(): Token[] {
    return (this.layer ??= tokenizeSentence(this.source, this.start, this.end)).tokens;
  }
  /** The letter-and-digit words phrase matching steps through (tokens.ts). */
  get words(): Token[] {
    return (this.layer ??= tokenizeSentence(this.source, this.start, this.end)).words;
  }
}

/** Numbers of each sentence (numbers.ts): token ranges into the sentence's tokens. */
export const NUMBERS = sentenceLayer<NumberMention[]>('numbers', (doc, si) => findNumbers(doc.sentences[si]!.tokens));

/** Dates of each sentence (dates.ts); none without a publication date (nothing to resolve "Tuesday" against). */
export const DATES = sentenceLayer<DateMention[]>('dates', (doc, si) => {
  const s = doc.sentences[si]!;
  return doc.ref ? findDates(doc.text, s.start, s.end, doc.ref) : [];
});

/**
 * One article with its annotations, passed through the extraction components. Sentences are split
 * once; the token layer and every other layer per sentence on first use, then kept.
 */
export class Doc {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly ref: Reference | null;
  /** Values of each sentence layer by its slot: an array read per doc.get, which every stage calls
   *  thousands of times an article, instead of a map lookup. */
  private readonly layers: (unknown[] | undefined)[] = [];
  /** Values of each whole-document layer by its slot (undefined: not computed yet). */
  private readonly docValues: unknown[] = [];

  constructor(readonly article: Article, opts: AnnotateOptions = {}) {
    this.text = article.text ?? '';
    // Packed whoever runs this (util/packed.ts): every stage reads the sentences.
    this.sentences = mapPacked(splitSentences(this.text, { maxSentenceChars: opts.maxSentenceChars }), (s) => new Sentence(this.text, s.index, s.start, s.end, s.text));
    const day = article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null;
    this.ref = day ? { day, tzMinutes: opts.tzMinutes ?? 0 } : null;
  }

  /** The value of a sentence layer for sentence si. */
  get<T>(layer: SentenceLayer<T>, si: number): T {
    let values = this.layers[layer.slot] as T[] | undefined;
    if (!values) this.layers[layer.slot] = values = new Array<T>(this.sentences.length);
    let v = values[si];
    if (v === undefined) values[si] = v = layer.compute(this, si);
    return v;
  }

  /** The value of a whole-document layer. */
  value<T>(layer: DocLayer<T>): T {
    const known = this.docValues[layer.slot];
    if (known !== undefined) return (known === UNDEFINED_VALUE ? undefined : known) as T;
    const v = layer.compute(this);
    this.docValues[layer.slot] = v === undefined ? UNDEFINED_VALUE : v;
    return v;
  }

  numbers(si: number): NumberMention[] {
    return this.get(NUMBERS, si);
  }

  dates(si: number): DateMention[] {
    return this.get(DATES, si);
  }

  /** The sentence containing a text offset. */
  sentenceAt(offset: number): number {
    let lo = 0, hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, Math.min(this.sentences.length - 1, lo));
  }
}

export function annotate(article: Article, opts: AnnotateOptions = {}): Doc {
  return new Doc(article, opts);
}
