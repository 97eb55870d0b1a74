/**
 * The one loader of fogwatch's data files (data/**.json): lexicons, word lists, rules, place tables.
 * A file is read once, when the module that needs it loads, and checked as it is read: a missing
 * file, broken JSON or a value of the wrong shape fails with the file, the key and the reason
 * ("data/lexicon/claim-words.json: aux[3] must be a non-empty string"), never later as a wrong answer.
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('../../data/', import.meta.url);

/** The parsed JSON of data/<relPath>, unchecked (for loaders with checks of their own, such as the trigger lexicon's). */
export function readDataJson(relPath: string): unknown {
  let text: string;
  try {
    text = readFileSync(new URL(relPath, DATA), 'utf8');
  } catch (e) {
    throw new Error(`data/${relPath}: cannot read: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`data/${relPath}: not valid JSON: ${(e as Error).message}`);
  }
}

/** One JSON object of a data file, with typed, checked readers of its keys. */
export class DataReader {
  constructor(readonly file: string, private readonly obj: Record<string, unknown>, private readonly path = '') {}

  fail(where: string, msg: string): never {
    throw new Error(`data/${this.file}: ${this.path}${where} ${msg}`);
  }

  private get(key: string): unknown {
    const v = this.obj[key];
    if (v === undefined) this.fail(key, 'is missing');
    return v;
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  /** A non-empty string. */
  string(key: string): string {
    const v = this.get(key);
    if (typeof v !== 'string' || !v.trim()) this.fail(key, 'must be a non-empty string');
    return v;
  }

  /** A finite number. */
  number(key: string): number {
    const v = this.get(key);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, 'must be a number');
    return v;
  }

  /** One of `values`. */
  choice<T extends string>(key: string, values: readonly T[]): T {
    const v = this.get(key);
    if (!values.includes(v as T)) this.fail(key, `must be one of ${values.join(', ')}`);
    return v as T;
  }

  /** A string when the key is there, else undefined. */
  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  /** A list of words or phrases: non-empty strings. */
  words(key: string): string[] {
    const v = this.get(key);
    if (!Array.isArray(v)) this.fail(key, 'must be a list of words');
    v.forEach((w, i) => { if (typeof w !== 'string' || !w.trim()) this.fail(`${key}[${i}]`, 'must be a non-empty string'); });
    return v as string[];
  }

  /** The same, as a set (for one lookup per token). */
  wordSet(key: string): Set<string> {
    return new Set(this.words(key));
  }

  /** An object of word -> value, each value checked by `value` (which names what it expects). */
  map<T>(key: string, value: (v: unknown) => T | undefined, expected: string): Map<string, T> {
    const o = this.get(key);
    if (!o || typeof o !== 'object' || Array.isArray(o)) this.fail(key, 'must be an object');
    const out = new Map<string, T>();
    for (const [k, raw] of Object.entries(o as Record<string, unknown>)) {
      const v = value(raw);
      if (v === undefined || !k.trim()) this.fail(`${key}.${k}`, `must be ${expected}`);
      out.set(k, v);
    }
    return out;
  }

  /** An object of word -> number. */
  numbers(key: string): Map<string, number> {
    return this.map(key, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined), 'a number');
  }

  /** An object of word -> one of `values`. */
  oneOf<T extends string>(key: string, values: readonly T[]): Map<string, T> {
    return this.map(key, (v) => (values.includes(v as T) ? (v as T) : undefined), `one of ${values.join(', ')}`);
  }

  /** A nested object. */
  object(key: string): DataReader {
    const o = this.get(key);
    if (!o || typeof o !== 'object' || Array.isArray(o)) this.fail(key, 'must be an object');
    return new DataReader(this.file, o as Record<string, unknown>, `${this.path}${key}.`);
  }

  /** A list of objects. */
  objects(key: string): DataReader[] {
    const v = this.get(key);
    if (!Array.isArray(v)) this.fail(key, 'must be a list');
    return v.map((o, i) => {
      if (!o || typeof o !== 'object' || Array.isArray(o)) this.fail(`${key}[${i}]`, 'must be an object');
      return new DataReader(this.file, o as Record<string, unknown>, `${this.path}${key}[${i}].`);
    });
  }

  /** The raw value of a key, for shapes the readers above do not cover. */
  raw(key: string): unknown {
    return this.get(key);
  }
}

/** A case-insensitive regex matching any of `words` anywhere (a cheap gate on raw text before tokens are read). */
export function anyOf(words: string[]): RegExp {
  return new RegExp(words.map(escapeRegex).join('|'), 'i');
}

/** A regex matching any of `words` as whole words (\b on both sides), e.g. on a sentence's text. */
export function anyWord(words: string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${words.map(escapeRegex).join('|')})\\b`, flags);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads data/<relPath> (a JSON object) through `read`, which picks and checks what the code needs. */
export function loadData<T>(relPath: string, read: (d: DataReader) => T): T {
  const json = readDataJson(relPath);
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`data/${relPath}: expected a JSON object`);
  return read(new DataReader(relPath, json as Record<string, unknown>));
}
