import { readFileSync } from 'node:fs';
import { tokenize, type Token } from './tokens.ts';

/**
 * Every word that starts a phrase of some PhraseMatcher, numbered: a token looks its word up here
 * once (firstIdOf), and each matcher then finds its phrases by that number in an array, where a
 * Map.get per token and matcher (hashing and comparing the word each time) was most of matchAt's cost.
 * Numbers only grow; the version changes when a word is added, so a token that found no number
 * looks again after a matcher made later adds its word.
 */
const firstIds = new Map<string, number>();
let firstIdsVersion = 0;

function firstIdOf(t: Token): number {
  if (t.firstIdVersion === firstIdsVersion && t.firstIdOf === t.lower) return t.firstId!;
  const id = firstIds.get(t.lower) ?? -1;
  t.firstId = id;
  t.firstIdVersion = firstIdsVersion;
  t.firstIdOf = t.lower;
  return id;
}

function registerFirst(word: string): number {
  let id = firstIds.get(word);
  if (id === undefined) {
    id = firstIds.size;
    firstIds.set(word, id);
    firstIdsVersion++;
  }
  return id;
}

/**
 * Multi-word phrase lookup over tokens: phrases are indexed by their first token, longest first, so a
 * match at position i costs one map lookup plus a comparison per candidate phrase. Built once per
 * lexicon at module load, never per article.
 */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, { toks: string[]; value: T }[]>();
  /** The lists of byFirst by the first word's number (firstIds); undefined where none. */
  private byId: ({ toks: string[]; value: T }[] | undefined)[] = [];

  add(phrase: string, value: T): void {
    const toks = tokenize(phrase).map((t) => t.lower);
    if (!toks.length) return;
    const list = this.byFirst.get(toks[0]!) ?? [];
    if (list.some((p) => p.toks.join(' ') === toks.join(' '))) return; // first wins
    list.push({ toks, value });
    list.sort((a, b) => b.toks.length - a.toks.length);
    this.byFirst.set(toks[0]!, list);
    const id = registerFirst(toks[0]!);
    while (this.byId.length <= id) this.byId.push(undefined); // dense: no dictionary-mode array
    this.byId[id] = list;
  }

  addAll(phrases: Iterable<string>, value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** The longest phrase starting at token i (not running past `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): { value: T; end: number } | null {
    if (i < 0 || i >= limit || i >= tokens.length) return null;
    const id = firstIdOf(tokens[i]!);
    const list = id < 0 ? undefined : this.byId[id];
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
