/**
 * Misspelled region names ("Nygeri" for Nyeri, "Kilif", "Machokos", "Kusauni"): one edit away, same
 * first letter, from a name of the small tables (countries, aliases, Kenyan counties and divisions).
 * The gazetteer's towns are not searched (too many near-homonyms). A symmetric-deletion index, built on
 * first use: a lookup is a few Map.get calls.
 */
import { hasTownKey, placesData, town, townsByKey } from './data.ts';
import { readJson } from './files.ts';
import { placeKey } from './normalize.ts';
import { boundedMemo } from '../util/bounded-memo.ts';

let index: Map<string, string[]> | null = null;

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function build(): Map<string, string[]> {
  const d = placesData();
  const idx = new Map<string, string[]>();
  const add = (k: string) => {
    if (k.length < 5 || k.includes(' ')) return;
    for (const v of [k, ...deletions(k)]) {
      const a = idx.get(v);
      if (!a) idx.set(v, [k]); else if (!a.includes(k)) a.push(k);
    }
  };
  // Not the world's admin-1 names: one edit joins too many of them to unrelated words ("Timis", "Manyara").
  for (const m of [d.countryByKey, d.aliasByKey, d.ke.byName, d.ke.countyByKey] as Map<string, unknown>[]) for (const k of m.keys()) add(k);
  return idx;
}

/** Levenshtein distance (short names only; withinOne below is the early-stopping test for one edit). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Levenshtein distance, stopping early above 1. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The one table key within one edit of `key`, or null when none or several are. */
export function fuzzyKey(key: string): string | null {
  if (key.length < 5 || key.includes(' ')) return null;
  index ??= build();
  const found = new Set<string>();
  for (const v of [key, ...deletions(key)]) for (const k of index.get(v) ?? []) if (k !== key && k[0] === key[0] && withinOne(k, key)) found.add(k);
  return found.size === 1 ? [...found][0]! : null;
}

const VOWELS = 'aeiouy';
const isVowel = (c: string) => VOWELS.includes(c);

/**
 * A town's key that differs from `key` by one vowel only: one vowel written otherwise, left out or
 * added between two consonants ("Jarablus"/"Jarabulus", "Kishindih"/"Kishindeh", "Surobi"/"Sarobi",
 * "Ghoryan"/"Ghoriyan"): transliterations of Arabic, Persian and Pashto names disagree most on the
 * short vowels, which the script does not write. The first letter stays. The one such key (or, when
 * several name one town, the most specific), else null (a short name has too many neighbours to
 * guess among). The caller keeps
 * only readings in the story's countries (context.ts).
 */
export const vowelVariantKey: (key: string) => string | null = boundedMemo(vowelVariant, 20_000);

function vowelVariant(key: string): string | null {
  if (key.length < 6) return null;
  const found = new Set<string>();
  const tryKey = (k: string) => { if (k !== key && hasTownKey(k)) found.add(k); };
  for (let i = 1; i <= key.length; i++) {
    const c = key[i];
    // (Each word keeps its first letter, and no vowel is added at a word's edge.)
    if (key[i - 1] === ' ' || c === ' ') continue;
    if (c !== undefined && isVowel(c)) {
      tryKey(key.slice(0, i) + key.slice(i + 1));
      for (const v of VOWELS) if (v !== c) tryKey(key.slice(0, i) + v + key.slice(i + 1));
    } else if (!isVowel(key[i - 1]!) && (c === undefined || !isVowel(c))) {
      for (const v of VOWELS) tryKey(key.slice(0, i) + v + key.slice(i));
    }
  }
  if (found.size <= 1) return found.size ? [...found][0]! : null;
  // Several keys: alternate names of one town ("Jerablus", "Jirablus", "Jarabulus") are one answer,
  // the key that names the fewest towns; keys of unrelated towns are a guess, and none is taken.
  const keys = [...found].map((k) => ({ k, rows: townsByKey(k) }));
  const shared = keys[0]!.rows.filter((r) => keys.every((x) => x.rows.includes(r)));
  return shared.length ? keys.sort((a, b) => a.rows.length - b.rows.length)[0]!.k : null;
}

/**
 * The key of a town or unit whose two-word name is written here as one word ("Tandoadam" for Tando
 * Adam, "Kafrnabl" for Kafr Nabl): South Asian and Arabic compound names are written both ways,
 * and a key keeps the space. The one split whose halves (three letters at least each) form a known
 * key, else null. The caller treats it as a spelling variant (readings in the story's countries only).
 */
export const spacedKey: (key: string) => string | null = boundedMemo(spaced, 20_000);

function spaced(key: string): string | null {
  if (key.length < 6 || key.includes(' ')) return null;
  let found: string | null = null;
  for (let i = 3; i <= key.length - 3; i++) {
    const k = key.slice(0, i) + ' ' + key.slice(i);
    if (!hasTownKey(k)) continue;
    if (found) return null; // two ways to split it: a guess
    found = k;
  }
  return found;
}

const IOTATION_CC: ReadonlySet<string> = new Set((readJson('transliteration.json') as { iotationCountries?: string[] }).iotationCountries ?? []);
const MAX_SITES = 3;

/** True when a gazetteer row is a town or unit of a country romanised from Cyrillic. */
export function iotationCountry(cc: string): boolean { return IOTATION_CC.has(cc); }

/**
 * The gazetteer key of a name written in a national romanisation of Cyrillic that writes "i" where
 * the BGN/PCGN forms of the gazetteer write "y": an iotated vowel ("ia", "iu", "ie", "io" after a
 * letter: "ya", "yu", "ye", "yo") and the short i or the yi after a vowel ("ai" before a consonant or
 * at the end: "ay" or "ayi"). Soft signs are apostrophes, which keys drop already. `word` is the word
 * as written, lower-cased (before doubled letters collapse: "ii" is two letters there). The first
 * spelling (of at most 2^3) that names a town of those countries, else null; a word with no "i"
 * beside a vowel costs one regex test.
 */
export const iotatedKey: (word: string) => string | null = boundedMemo(iotated, 20_000);

const I_BY_VOWEL = /i[aeuo]|[aeouy]i|ii/;

function iotated(word: string): string | null {
  const w = word.replace(/['`\u2018\u2019\u02bc\u02b9]/g, '');
  if (w.length < 4 || !/^[a-z]+$/.test(w) || !I_BY_VOWEL.test(w)) return null;
  const vowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);
  // Each site: position and its spellings, the "y" reading first.
  const sites: { at: number; opts: string[] }[] = [];
  for (let i = 1; i < w.length; i++) {
    if (w[i] !== 'i') continue;
    if ('aeuo'.includes(w[i + 1] ?? '-')) sites.push({ at: i, opts: ['y', 'i'] });
    else if (vowel(w[i - 1])) sites.push({ at: i, opts: ['y', 'yi'] });
  }
  if (!sites.length || sites.length > MAX_SITES) return null;
  const own = placeKey(w);
  const n = 1 << sites.length;
  for (let mask = 0; mask < n; mask++) {
    let s = '', from = 0;
    for (let k = 0; k < sites.length; k++) {
      const site = sites[k]!;
      s += w.slice(from, site.at) + site.opts[(mask >> k) & 1]!;
      from = site.at + 1;
    }
    s += w.slice(from);
    const key = placeKey(s);
    if (key === own || !hasTownKey(key)) continue;
    if (townsByKey(key).some((r) => IOTATION_CC.has(town(r).cc))) return key;
  }
  return null;
}
