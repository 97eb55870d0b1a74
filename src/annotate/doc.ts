import type { Article } from '../record/schema.ts';
import { findDates, type DateMention, type Reference } from './dates.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface AnnotateOptions {
  tzMinutes?: number;
  /** Longest sentence kept whole (see sentences.ts). */
  maxSentenceChars?: number;
}

/** A sentence whose tokens are made on first use: most sentences of a news page are never read closely. */
export class Sentence implements SentenceSpan {
  private toks: Token[] | null = null;
  constructor(private readonly source: string, readonly index: number, readonly start: number, readonly end: number, readonly text: string) {}
  get tokens(): Token[] {
    this.toks ??= tokenize(this.source, this.start, this.end);
    return this.toks;
  }
}

/**
 * One article with its annotations, passed through the extraction components. Sentences are split
 * once; tokens, numbers and dates per sentence on demand and cached (most sentences of a news page
 * never need them).
 */
export class Doc {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly ref: Reference | null;
  private numberCache = new Map<number, NumberMention[]>();
  private dateCache = new Map<number, DateMention[]>();

  constructor(readonly article: Article, opts: AnnotateOptions = {}) {
    this.text = article.text ?? '';
    this.sentences = splitSentences(this.text, { maxSentenceChars: opts.maxSentenceChars }).map((s) => new Sentence(this.text, s.index, s.start, s.end, s.text));
    const day = article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null;
    this.ref = day ? { day, tzMinutes: opts.tzMinutes ?? 0 } : null;
  }

  numbers(i: number): NumberMention[] {
    let n = this.numberCache.get(i);
    if (!n) { n = findNumbers(this.sentences[i]!.tokens); this.numberCache.set(i, n); }
    return n;
  }

  /** Dates of sentence i; empty without a publication date (nothing to resolve "Tuesday" against). */
  dates(i: number): DateMention[] {
    let d = this.dateCache.get(i);
    if (!d) {
      const s = this.sentences[i]!;
      d = this.ref ? findDates(this.text, s.start, s.end, this.ref) : [];
      this.dateCache.set(i, d);
    }
    return d;
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
