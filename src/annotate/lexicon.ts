/**
 * Phrase lookup over the token layer by word ids (vocab.ts): every word of a phrase is numbered when
 * its lexicon loads, and a token carries the id of its word, so a match at position i costs one array
 * read plus one integer comparison per further word of each candidate phrase, never a string hash.
 */
import type { Token } from './tokens.ts';
import { phraseWords } from './tokens.ts';
import { registerWord, wordId } from './vocab.ts';

interface Entry<T> {
  ids: number[];
  value: T;
}

/**
 * Multi-word phrases indexed by their first word, longest first. Built once per lexicon at module
 * load, never per article; a phrase given twice keeps its first value.
 */
export class PhraseMatcher<T> {
  /** Phrases by the id of their first word; undefined where none starts with that word. */
  private byId: (Entry<T>[] | undefined)[] = [];

  add(phrase: string, value: T): void {
    const ids = phraseWords(phrase).map(registerWord);
    if (!ids.length) return;
    while (this.byId.length <= ids[0]!) this.byId.push(undefined); // dense: no dictionary-mode array
    const list = (this.byId[ids[0]!] ??= []);
    if (list.some((p) => p.ids.length === ids.length && p.ids.every((x, k) => x === ids[k]))) return; // first wins
    list.push({ ids, value });
    list.sort((a, b) => b.ids.length - a.ids.length);
  }

  addAll(phrases: Iterable<string>, value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** Does some phrase start with this token's word? (A cheap gate before matchAt.) */
  startsAt(t: Token | undefined): boolean {
    return t !== undefined && t.id >= 0 && this.byId[t.id] !== undefined;
  }

  /** Ids of the words that start a phrase (for WordSet gates over several matchers). */
  firstWordIds(): number[] {
    const out: number[] = [];
    this.byId.forEach((l, id) => { if (l) out.push(id); });
    return out;
  }

  /** Does some phrase start with this word? */
  has(word: string): boolean {
    const id = wordId(word);
    return id >= 0 && this.byId[id] !== undefined;
  }

  /** The value of the one-word phrase `word`, if there is one ("five" of "twenty-five"). */
  wordValue(word: string): T | undefined {
    const id = wordId(word);
    const list = id >= 0 ? this.byId[id] : undefined;
    return list?.find((p) => p.ids.length === 1)?.value;
  }

  /** The longest phrase starting at token i (not running past `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): { value: T; end: number } | null {
    if (i < 0 || i >= limit || i >= tokens.length) return null;
    const id = tokens[i]!.id;
    const list = id < 0 ? undefined : this.byId[id];
    if (!list) return null;
    outer: for (const p of list) {
      if (i + p.ids.length > limit) continue;
      for (let k = 1; k < p.ids.length; k++) if (tokens[i + k]!.id !== p.ids[k]) continue outer;
      return { value: p.value, end: i + p.ids.length };
    }
    return null;
  }

  /** Does some phrase occur in tokens [from, to)? */
  occursIn(tokens: Token[], from = 0, to = tokens.length): boolean {
    const byId = this.byId;
    for (let i = from; i < to; i++) {
      const id = tokens[i]!.id;
      if (id >= 0 && byId[id] !== undefined && this.matchAt(tokens, i, to)) return true;
    }
    return false;
  }

  /** Every non-overlapping longest match, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): { value: T; start: number; end: number }[] {
    const out: { value: T; start: number; end: number }[] = [];
    const byId = this.byId;
    for (let i = from; i < to; i++) {
      // Most words start no phrase: one array read, no call.
      const id = tokens[i]!.id;
      if (id < 0 || byId[id] === undefined) continue;
      const m = this.matchAt(tokens, i, to);
      if (m) { out.push({ value: m.value, start: i, end: m.end }); i = m.end - 1; }
    }
    return out;
  }
}

/** A set of single words looked up by token (one array read): the gates before phrase matching. */
export class WordSet {
  private readonly bits: Uint8Array;
  constructor(words: Iterable<string>, ...matchers: PhraseMatcher<unknown>[]) {
    const ids = [...words].map(registerWord);
    const firsts: number[] = [];
    for (const m of matchers) firsts.push(...m.firstWordIds());
    this.bits = new Uint8Array(Math.max(0, ...ids, ...firsts) + 1);
    for (const id of ids) this.bits[id] = 1;
    for (const id of firsts) this.bits[id] = 1;
  }

  /** Is the token's word in the set (or the first word of a phrase of one of its matchers)? */
  has(t: Token | undefined): boolean {
    return t !== undefined && t.id >= 0 && this.bits[t.id] === 1;
  }
}
