import { readFileSync } from 'node:fs';
import { tokenize, type Token } from './tokens.ts';

/**
 * Multi-word phrase lookup over tokens: phrases are indexed by their first token, longest first, so a
 * match at position i costs one map lookup plus a comparison per candidate phrase. Built once per
 * lexicon at module load, never per article.
 */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, { toks: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const toks = tokenize(phrase).map((t) => t.lower);
    if (!toks.length) return;
    const list = this.byFirst.get(toks[0]!) ?? [];
    if (list.some((p) => p.toks.join(' ') === toks.join(' '))) return; // first wins
    list.push({ toks, value });
    list.sort((a, b) => b.toks.length - a.toks.length);
    this.byFirst.set(toks[0]!, list);
  }

  addAll(phrases: Iterable<string>, value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** The longest phrase starting at token i (not running past `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): { value: T; end: number } | null {
    if (i < 0 || i >= limit || i >= tokens.length) return null;
    const list = this.byFirst.get(tokens[i]!.lower);
    if (!list) return null;
    outer: for (const p of list) {
      if (i + p.toks.length > limit) continue;
      for (let k = 1; k < p.toks.length; k++) if (tokens[i + k]!.lower !== p.toks[k]) continue outer;
      return { value: p.value, end: i + p.toks.length };
    }
    return null;
  }

  /** Every non-overlapping longest match, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): { value: T; start: number; end: number }[] {
    const out: { value: T; start: number; end: number }[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push({ value: m.value, start: i, end: m.end }); i = m.end - 1; }
    }
    return out;
  }

  /** The first words of all phrases (for a cheap pre-check). */
  firstTokens(): Iterable<string> {
    return this.byFirst.keys();
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

/** Reads a JSON data file under data/, naming the file when it is missing or broken. */
export function loadData<T>(relPath: string): T {
  const url = new URL(`../../data/${relPath}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot load lexicon data/${relPath}: ${(e as Error).message}`);
  }
}
