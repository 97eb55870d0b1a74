/**
 * The gazetteer of towns (data/places/gazetteer.tsv.gz, built by scripts/build-gazetteer.ts): one
 * latin1 string with an Int32 array of line offsets, read on first use. A name lookup is a binary
 * search over the sorted keys, or, once a run has made enough lookups to pay for it, a hash index over
 * the same lines (see KeyIndex). Rows are parsed only when a name names them.
 */
import { boundedMemo } from '../util/bounded-memo.ts';
import { hashRange } from '../util/string-hash.ts';
import { readGz } from './files.ts';

export interface Gazetteer {
  /** The whole gazetteer file: rows, then sorted lookup keys, then the rows of each key, one per line. */
  text: string;
  /** Row number of the first administrative unit (rows before it are towns). */
  unitsFrom: number;
  /** Start offset of every line of `text`. */
  lineStart: Int32Array;
  /** Line numbers of the first row, first key and first posting; count of rows and of keys. */
  firstRow: number; firstKey: number; firstPosting: number; nRows: number; nKeys: number;
  /** Sorted first words of the names of several words. */
  firstFirstWord: number; nFirstWords: number;
  /** Sorted unit ids, each with its row ("SY.01\t198570"). */
  firstUnitId: number; nUnitIds: number;
  /** Hash indexes of the #keys and #first-words sections (see KeyIndex), built once a run has
   *  made INDEX_AFTER lookups; binary searches until then. */
  keyIndex?: KeyIndex; firstWordIndex?: KeyIndex; lookups: number;
}

/**
 * An open-addressing hash table over the lines of one sorted section: slot -> line number within
 * the section (-1: empty). A lookup hashes the key and compares one or two lines, where a binary
 * search compared ~18 lines spread over 14 MB (a cache miss each: ~55k lookups cost ~0.2 s of a
 * GVA run). Built in ~15 ms from the text itself, into one Int32Array: no string per key; so only
 * once a run has looked up enough names to pay for it (a one-article run never does).
 */
interface KeyIndex { slots: Int32Array; mask: number }
const INDEX_AFTER = 2000;

function lineEnd(g: Gazetteer, i: number): number {
  const end = g.lineStart[i + 1]!;
  return g.text.charCodeAt(end - 1) === 10 ? end - 1 : end;
}

function buildIndex(g: Gazetteer, first: number, count: number): KeyIndex {
  let size = 1;
  while (size < count * 2) size <<= 1; // at most half full: short probe runs
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < count; k++) {
    let h = hashRange(g.text, g.lineStart[first + k]!, lineEnd(g, first + k)) & mask;
    while (slots[h] !== -1) h = (h + 1) & mask;
    slots[h] = k;
  }
  return { slots, mask };
}

/** The line number (within its section) whose text is exactly `key`, or -1. The sections hold each
 *  key once (sorted, no repeats), so this is the line a binary search would find. */
function findLine(g: Gazetteer, index: KeyIndex, first: number, key: string): number {
  let h = hashRange(key, 0, key.length) & index.mask;
  for (let k = index.slots[h]!; k !== -1; k = index.slots[h]!) {
    if (compareLine(g, first + k, key) === 0) return k;
    h = (h + 1) & index.mask;
  }
  return -1;
}

export interface Town {
  row: number; name: string; lat: number; lon: number; cc: string; pop: number; fcode: string;
  /** GeoNames admin-1 and admin-2 codes within the country ('' when unknown). */
  a1: string; a2: string;
  /** Units (fcode ADM1, ADM2): their ISO 3166-2 code, when known. */
  code: string | null;
}

let cached: Gazetteer | null = null;
/** First words of the several-word names of the small tables, from data.ts: startsSomeName answers
 *  for them too. */
let smallFirstWords: (() => Set<string>) | null = null;

export function setSmallFirstWords(words: () => Set<string>): void { smallFirstWords = words; }

export function gazetteer(): Gazetteer {
  return cached ??= loadGazetteer();
}

function loadGazetteer(): Gazetteer {
  // No split and no Map: ~700k short strings or a ~300k-key Map cost 100-400 ms to build; line
  // offsets into one string cost ~12 ms, and a binary search over them is still microseconds.
  // Read as latin1: a one-byte string, decoded without UTF-8 work; keys and numbers are ASCII, and
  // town() re-decodes the one display name it returns.
  const text = readGz('gazetteer.tsv.gz', 'latin1');
  let starts = new Int32Array(1 << 20), n = 0, p = 0;
  let keysAt = -1, postAt = -1, firstAt = -1, idsAt = -1;
  for (;;) {
    if (n === starts.length) { const bigger = new Int32Array(n * 2); bigger.set(starts); starts = bigger; }
    starts[n] = p;
    if (text.charCodeAt(p) === 35 /* # */) {
      if (text.startsWith('#keys\n', p)) keysAt = n;
      else if (text.startsWith('#rows-of-key\n', p)) postAt = n;
      else if (text.startsWith('#first-words\n', p)) firstAt = n;
      else if (text.startsWith('#unit-ids\n', p)) idsAt = n;
    }
    n++;
    const q = text.indexOf('\n', p);
    if (q < 0 || q === text.length - 1) { starts[n] = text.length; break; }
    p = q + 1;
  }
  if (keysAt < 0 || postAt < keysAt || firstAt < postAt || idsAt < firstAt) throw new Error('places: data/places/gazetteer.tsv.gz lacks its #keys, #rows-of-key, #first-words or #unit-ids section; rebuild it with scripts/build-gazetteer.ts');
  return {
    text, lineStart: starts.subarray(0, n + 1), firstRow: 1, firstKey: keysAt + 1, firstPosting: postAt + 1, nRows: keysAt - 1, nKeys: postAt - keysAt - 1,
    firstFirstWord: firstAt + 1, nFirstWords: idsAt - firstAt - 1, firstUnitId: idsAt + 1, nUnitIds: n - idsAt - 1, lookups: 0,
    unitsFrom: Number(/units from row (\d+)/.exec(text.slice(0, starts[1]!))?.[1] ?? keysAt - 1),
  };
}

/** Line i of the gazetteer text, without its newline. */
export function line(g: Gazetteer, i: number): string {
  const end = g.lineStart[i + 1]!;
  return g.text.slice(g.lineStart[i]!, g.text.charCodeAt(end - 1) === 10 ? end - 1 : end);
}

const townCache = new Map<number, Town>();

/** One gazetteer row, parsed on first use. */
export function town(row: number): Town {
  const hit = townCache.get(row);
  if (hit) return hit;
  const g = gazetteer();
  const f = line(g, g.firstRow + row).split('\t');
  const t: Town = { row, name: utf8Name(f[0]!), lat: +f[1]!, lon: +f[2]!, cc: f[3]!, pop: +f[4]! | 0, fcode: f[5]!, a1: f[6] ?? '', a2: f[7] ?? '', code: f[8] || null };
  townCache.set(row, t);
  return t;
}

/** A name of the latin1-read text as the UTF-8 it was written in: most names are ASCII, the same
 *  either way, and need no Buffer. */
function utf8Name(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}
const NON_ASCII = /[^\x00-\x7f]/;

const NO_ROWS: readonly number[] = Object.freeze([]);

/** Rows of the towns whose name or alternate name has this key: a binary search, no Map to build.
 *  Remembered: the same names recur across articles ("Chicago", "police"). */
export const townsByKey: (key: string) => readonly number[] = boundedMemo((key) => rowsOfKey(key), 50_000);

function rowsOfKey(key: string): readonly number[] {
  const g = gazetteer();
  const k = findKey(g, key);
  return k < 0 ? NO_ROWS : Object.freeze(line(g, g.firstPosting + k).split(',').map(Number));
}

/** Line number of the key within the #keys section (its posting list is the same line of #rows-of-key), or -1. */
function findKey(g: Gazetteer, key: string): number {
  if (!g.keyIndex && ++g.lookups < INDEX_AFTER) return search(g, g.firstKey, g.nKeys, key);
  g.keyIndex ??= buildIndex(g, g.firstKey, g.nKeys);
  return findLine(g, g.keyIndex, g.firstKey, key);
}

function search(g: Gazetteer, first: number, count: number, key: string): number {
  let lo = 0, hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareLine(g, first + mid, key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** True when some town has this key (no posting list parsed). */
export function hasTownKey(key: string): boolean {
  return findKey(gazetteer(), key) >= 0;
}

/** True when some name of several words starts with this (one-word) key. */
export const startsSomeName: (word: string) => boolean = boundedMemo((word) => {
  if (smallFirstWords?.().has(word)) return true;
  const g = gazetteer();
  if (!g.firstWordIndex && ++g.lookups < INDEX_AFTER) return search(g, g.firstFirstWord, g.nFirstWords, word) >= 0;
  g.firstWordIndex ??= buildIndex(g, g.firstFirstWord, g.nFirstWords);
  return findLine(g, g.firstWordIndex, g.firstFirstWord, word) >= 0;
}, 50_000);

/** Compares line i of the gazetteer with key, by UTF-16 code units like the build's sort, without slicing. */
function compareLine(g: Gazetteer, i: number, key: string): number {
  const start = g.lineStart[i]!;
  let end = g.lineStart[i + 1]!;
  if (g.text.charCodeAt(end - 1) === 10) end--;
  const n = Math.min(end - start, key.length);
  for (let j = 0; j < n; j++) {
    const d = g.text.charCodeAt(start + j) - key.charCodeAt(j);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}


/** The row of a unit id ("SY.01"), by binary search over the sorted #unit-ids lines, or -1. */
export function unitRow(id: string): number {
  const g = gazetteer();
  let lo = 0, hi = g.nUnitIds - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = g.firstUnitId + mid;
    const start = g.lineStart[i]!;
    const tab = g.text.indexOf('\t', start);
    const c = compareRange(g.text, start, tab, id);
    if (c === 0) return Number(g.text.slice(tab + 1, lineEnd(g, i)));
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

function compareRange(text: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let j = 0; j < n; j++) {
    const d = text.charCodeAt(start + j) - key.charCodeAt(j);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}
