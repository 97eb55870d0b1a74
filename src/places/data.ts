/**
 * Loads the checked-in places index (data/places/, built by scripts/build-gazetteer.ts) once, lazily,
 * on the first lookup: a CLI run that never locates an event never pays for it.
 * Names are looked up by placeKey(): a Map.get for the small tables, a binary search over the sorted
 * keys of the gazetteer (see loadGazetteer for why).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { placeKey } from './normalize.ts';
import { boundedMemo } from '../util/bounded-memo.ts';
import { hashRange } from '../util/string-hash.ts';

const DIR = fileURLToPath(new URL('../../data/places/', import.meta.url));

export interface Gazetteer {
  /** The whole gazetteer file: rows, then sorted lookup keys, then the rows of each key, one per line. */
  text: string;
  /** Start offset of every line of `text`. */
  lineStart: Int32Array;
  /** Line numbers of the first row, first key and first posting; count of rows and of keys. */
  firstRow: number; firstKey: number; firstPosting: number; nRows: number; nKeys: number;
  /** Sorted first words of the names of several words. */
  firstFirstWord: number; nFirstWords: number;
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
}

export interface Country {
  iso2: string; iso3: string; name: string; names: string[]; demonyms: string[];
  /** placeKey of the names and of the demonyms, computed at build time. */
  keys: string[]; demonymKeys: string[];
  lat: number | null; lon: number | null; capital: string | null;
}

export interface Admin1 {
  cc: string; code: string | null; name: string; names: string[]; type: string | null;
  /** placeKey of name and names, computed at build time. */
  keys: string[];
  lat: number; lon: number; bbox: [number, number, number, number];
  /** [offset, length] of each ring in the shared Int32 coordinate array; decoded by ringsOf(). */
  ringIndex: [number, number][];
  /** Rings as flat [x0, y0, x1, y1, ...] in degrees, decoded on the first point-in-polygon test. */
  rings: Float64Array[] | null;
}

export interface Alias {
  names: string[];
  /** region, border, frontline, waters, place, admin1 */
  kind: string;
  iso2: string | null;
  lat: number | null;
  lon: number | null;
  precision: number;
  /** Display name. */
  name: string;
  admin1?: string | null;
  /** Lower-case phrase to find in running text ("the line of contact"). */
  phrase?: boolean;
}

export interface PlacesData {
  gaz: Gazetteer;
  countries: Country[];
  countryByKey: Map<string, Country>;
  countryByIso2: Map<string, Country>;
  countryByIso3: Map<string, Country>;
  /** Demonym key ("azerbaijani", "kenyan") -> country. */
  demonymByKey: Map<string, Country>;
  admin1: Admin1[];
  admin1ByKey: Map<string, Admin1[]>;
  admin1ByCc: Map<string, Admin1[]>;
  aliases: Alias[];
  aliasByKey: Map<string, Alias[]>;
  phraseAliases: Alias[];
  /** Display names that replace the gazetteer's older ones ("Kiev" -> "Kyiv"). */
  renames: Map<string, string>;
  /** First words of the several-word names of the small tables (admin-1, countries, aliases, Kenya, stop phrases). */
  firstWords: Set<string>;
  /** Every key of the small tables (countries, demonyms, admin-1, aliases, Kenyan counties and
   *  divisions): one Set lookup for "is this a name?" instead of one per table. */
  smallKeys: Set<string>;
  /** Words that are never places when capitalized ("Police", "Monday", "Reuters"). */
  stop: Set<string>;
  /** Common English words that are also place names ("Post", "Orange"): weak evidence. */
  common: Set<string>;
  /** Kenya: county reference points and division names (Natural Earth has the old provinces). */
  ke: {
    counties: { name: string; code: string; lat: number; lon: number }[]; byName: Map<string, string>; points: [string, number, number][];
    countyByKey: Map<string, { name: string; code: string; lat: number; lon: number }>;
    /** A point for a division: a town of that name or of its parent division, in the same county. */
    coords: Map<string, [number, number]>;
  };
  loadMs: number;
}

let cached: PlacesData | null = null;

function readJson(file: string): any {
  const path = join(DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`places: cannot read ${path}: ${(e as Error).message}`);
  }
}

function readGz(file: string, encoding: BufferEncoding = 'utf8'): string {
  const path = join(DIR, file);
  try {
    return gunzipSync(readFileSync(path)).toString(encoding);
  } catch (e) {
    throw new Error(`places: cannot read ${path} (run scripts/build-gazetteer.ts to rebuild it): ${(e as Error).message}`);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) { if (!a.includes(v)) a.push(v); } else m.set(k, [v]);
}

function loadGazetteer(): Gazetteer {
  // No split and no Map: ~700k short strings or a ~300k-key Map cost 100-400 ms to build; line
  // offsets into one string cost ~12 ms, and a binary search over them is still microseconds.
  // Read as latin1: a one-byte string, decoded without UTF-8 work; keys and numbers are ASCII, and
  // town() re-decodes the one display name it returns.
  const text = readGz('gazetteer.tsv.gz', 'latin1');
  let starts = new Int32Array(1 << 20), n = 0, p = 0;
  let keysAt = -1, postAt = -1, firstAt = -1;
  for (;;) {
    if (n === starts.length) { const bigger = new Int32Array(n * 2); bigger.set(starts); starts = bigger; }
    starts[n] = p;
    if (text.charCodeAt(p) === 35 /* # */) {
      if (text.startsWith('#keys\n', p)) keysAt = n;
      else if (text.startsWith('#rows-of-key\n', p)) postAt = n;
      else if (text.startsWith('#first-words\n', p)) firstAt = n;
    }
    n++;
    const q = text.indexOf('\n', p);
    if (q < 0 || q === text.length - 1) { starts[n] = text.length; break; }
    p = q + 1;
  }
  if (keysAt < 0 || postAt < keysAt || firstAt < postAt) throw new Error('places: data/places/gazetteer.tsv.gz lacks its #keys, #rows-of-key or #first-words section; rebuild it with scripts/build-gazetteer.ts');
  return {
    text, lineStart: starts.subarray(0, n + 1), firstRow: 1, firstKey: keysAt + 1, firstPosting: postAt + 1, nRows: keysAt - 1, nKeys: postAt - keysAt - 1,
    firstFirstWord: firstAt + 1, nFirstWords: n - firstAt - 1, lookups: 0,
  };
}

/** Line i of the gazetteer text, without its newline. */
function line(g: Gazetteer, i: number): string {
  const end = g.lineStart[i + 1]!;
  return g.text.slice(g.lineStart[i]!, g.text.charCodeAt(end - 1) === 10 ? end - 1 : end);
}

function loadRings(): Int32Array {
  const buf = gunzipSync(readFileSync(join(DIR, 'admin1-rings.bin.gz')));
  const out = new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  return out;
}

function decodeRings(all: Int32Array, rings: [number, number][]): Float64Array[] {
  return rings.map(([off, len]) => {
    const out = new Float64Array(len);
    let x = 0, y = 0;
    for (let i = 0; i < len; i += 2) {
      x += all[off + i]!; y += all[off + i + 1]!;
      out[i] = x / 1000; out[i + 1] = y / 1000;
    }
    return out;
  });
}

let ringData: Int32Array | null = null;

/** The rings of a region, decoded from the shared coordinate file on first use. */
export function ringsOf(r: Admin1): Float64Array[] {
  if (!r.rings) {
    ringData ??= loadRings();
    r.rings = decodeRings(ringData, r.ringIndex);
  }
  return r.rings;
}

const townCache = new Map<number, Town>();

/** One gazetteer row, parsed on first use. */
export function town(row: number): Town {
  const hit = townCache.get(row);
  if (hit) return hit;
  const g = placesData().gaz;
  const f = line(g, g.firstRow + row).split('\t');
  const t: Town = { row, name: Buffer.from(f[0]!, 'latin1').toString('utf8'), lat: +f[1]!, lon: +f[2]!, cc: f[3]!, pop: +f[4]! | 0, fcode: f[5]! };
  townCache.set(row, t);
  return t;
}

const NO_ROWS: readonly number[] = Object.freeze([]);

/** Rows of the towns whose name or alternate name has this key: a binary search, no Map to build.
 *  Remembered: the same names recur across articles ("Chicago", "police"). */
export const townsByKey: (key: string) => readonly number[] = boundedMemo((key) => rowsOfKey(key), 50_000);

function rowsOfKey(key: string): readonly number[] {
  const g = placesData().gaz;
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
  return findKey(placesData().gaz, key) >= 0;
}

/** True when some name of several words starts with this (one-word) key. */
export const startsSomeName: (word: string) => boolean = boundedMemo((word) => {
  const d = placesData();
  if (d.firstWords.has(word)) return true;
  const g = d.gaz;
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

export function placesData(): PlacesData {
  if (cached) return cached;
  const t0 = performance.now();
  const gaz = loadGazetteer();

  const countries = (readJson('countries.json').countries as Country[]);
  const countryByKey = new Map<string, Country>();
  const countryByIso2 = new Map<string, Country>();
  const countryByIso3 = new Map<string, Country>();
  const demonymByKey = new Map<string, Country>();
  for (const c of countries) {
    countryByIso2.set(c.iso2, c);
    countryByIso3.set(c.iso3, c);
    for (const k of c.keys) if (!countryByKey.has(k)) countryByKey.set(k, c);
    for (const k of c.demonymKeys) if (!demonymByKey.has(k)) demonymByKey.set(k, c);
  }

  const a1raw = JSON.parse(readGz('admin1.json.gz')).regions as (Omit<Admin1, 'rings' | 'ringIndex'> & { rings: [number, number][] })[];
  const admin1: Admin1[] = a1raw.map((r) => ({ ...r, ringIndex: r.rings, rings: null }));
  const admin1ByKey = new Map<string, Admin1[]>();
  const admin1ByCc = new Map<string, Admin1[]>();
  for (const r of admin1) {
    push(admin1ByCc, r.cc, r);
    for (const k of r.keys) push(admin1ByKey, k, r);
  }

  const al = readJson('aliases.json');
  const aliases: Alias[] = (al.aliases as Alias[]).map((a) => ({ ...a, name: a.name ?? a.names[0]! }));
  const aliasByKey = new Map<string, Alias[]>();
  for (const a of aliases) if (!a.phrase) for (const n of a.names) push(aliasByKey, placeKey(n), a);
  const phraseAliases = aliases.filter((a) => a.phrase);
  const renames = new Map<string, string>(Object.entries(al.renames ?? {}));

  const stop = new Set<string>((readJson('stopwords.json').words as string[]).map((w) => placeKey(w)));
  const common = new Set<string>(readJson('common-words.json').words as string[]);

  const kc = readJson('ke-counties.json').counties as [string, string, string, number?, number?][];
  const kd = readJson('ke-divisions.json');
  const points = kd.points as [string, number, number][];
  const counties = kc.map(([name, code]) => {
    const seat = points.find((p) => p[0] === name)!;
    return { name, code, lat: seat[1], lon: seat[2] };
  });
  const countyByKey = new Map(counties.map((c) => [placeKey(c.name), c]));
  const ke = { counties, byName: new Map<string, string>(Object.entries(kd.names)), points, countyByKey, coords: new Map<string, [number, number]>(Object.entries(kd.coords ?? {})) };

  const firstWords = new Set<string>();
  const addFirst = (k: string) => { const i = k.indexOf(' '); if (i > 0) firstWords.add(k.slice(0, i)); };
  for (const m of [countryByKey, admin1ByKey, aliasByKey, ke.byName, ke.countyByKey] as Map<string, unknown>[]) for (const k of m.keys()) addFirst(k);
  for (const k of stop) addFirst(k);
  const smallKeys = new Set<string>();
  for (const m of [countryByKey, admin1ByKey, aliasByKey, ke.byName, ke.countyByKey, demonymByKey] as Map<string, unknown>[]) for (const k of m.keys()) smallKeys.add(k);
  cached = {
    gaz, countries, countryByKey, countryByIso2, countryByIso3, demonymByKey, admin1, admin1ByKey, admin1ByCc,
    aliases, aliasByKey, phraseAliases, renames, firstWords, smallKeys, stop, common, ke, loadMs: performance.now() - t0,
  };
  return cached;
}
