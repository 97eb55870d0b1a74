/**
 * One lookup key for the many spellings of a place name.
 *
 * Transliterations of the same name differ in diacritics ("Ağdam"/"Agdam"), apostrophes and ayin
 * marks ("Ma`arrat"/"Maarat"), doubled letters ("Kismaayo"/"Kismayo", "Mombassa"/"Mombasa"),
 * hyphens ("al-Numan"/"al Numan") and the assimilated Arabic article ("an Nu`man"/"al-Numan").
 * The gazetteer and the article text go through the same function, so these variants meet in
 * one Map key. Every step is linear in the input: no backtracking regexes. The word lists and letters
 * are data (data/places/transliteration.json).
 */

import { readJson } from './files.ts';

const COMBINING = /[\u0300-\u036f]/g;
const QUOTES = /['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4]/g;
const SEPARATORS = /[\s\-\u2010-\u2015_.,/]+/g;

/** The rules of data/places/transliteration.json, checked once. */
function rules(): { articles: Set<string>; generic: Record<string, string>; letters: Record<string, string>; special: RegExp } {
  const raw = readJson('transliteration.json') as { articles?: unknown; genericWords?: unknown; letters?: unknown };
  const isMap = (v: unknown): v is Record<string, string> => !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string' && x.length > 0);
  if (!Array.isArray(raw.articles) || raw.articles.some((a) => typeof a !== 'string' || !/^[a-z]+$/.test(a)) || !isMap(raw.genericWords) || !isMap(raw.letters)) {
    throw new Error('places: data/places/transliteration.json needs "articles" (lower-case words), "genericWords" and "letters" (maps of strings)');
  }
  const letters = raw.letters;
  return {
    articles: new Set(raw.articles as string[]), generic: raw.genericWords, letters,
    special: new RegExp(`[${Object.keys(letters).join('')}]`, 'g'),
  };
}
const { articles: ARTICLES, generic: GENERIC_WORD, letters: LETTERS, special: SPECIAL } = rules();

const NON_ASCII = /[^\x00-\x7f]/;

export function placeKey(name: string): string {
  let s: string;
  // Most names in English text are ASCII: skip the Unicode normalization (the hot path).
  if (NON_ASCII.test(name)) {
    s = name.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    s = s.replace(SPECIAL, (c) => LETTERS[c] ?? c).replace(QUOTES, '');
  } else {
    s = name.toLowerCase().replace(QUOTES, '');
  }
  const words = s.split(SEPARATORS).filter(Boolean);
  if (words.length === 1) return collapseDoubles(words[0]!);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    if (i > 0 && i < words.length - 1 && ARTICLES.has(w)) w = 'al';
    w = collapseDoubles(w);
    out.push(GENERIC_WORD[w] ?? w);
  }
  return out.join(' ');
}

/** "kismaayo" -> "kismayo", "maarrat" -> "marat": transliterations disagree on doubling. */
function collapseDoubles(w: string): string {
  let i = 1;
  while (i < w.length && w.charCodeAt(i) !== w.charCodeAt(i - 1)) i++;
  if (i >= w.length) return w; // no doubled letter: the common case, no new string
  let r = w.slice(0, i);
  for (; i < w.length; i++) if (w.charCodeAt(i) !== w.charCodeAt(i - 1)) r += w[i];
  return r;
}

/** The key of a name's first word as it stands in a key of several words ("tel" -> "tal", "ain" ->
 *  "ayn"): for "does some longer name start with this word?". */
export function firstWordKey(key: string): string {
  return GENERIC_WORD[key] ?? key;
}

/** True when the name is written in Latin letters (after removing diacritics). */
export function isLatinName(name: string): boolean {
  const s = name.normalize('NFKD').replace(COMBINING, '').replace(SPECIAL, 'x');
  return /^[A-Za-z][A-Za-z '`\u2018\u2019\u02bb\u02bc\-.()]*$/.test(s);
}
