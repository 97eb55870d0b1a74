/**
 * Place mentions in running text: runs of capitalized words (with the lower-case particles of
 * Arabic, Romance and other names inside them: "Maarat al-Numan", "Ras al Ain", "Bandar Seri"),
 * cut into the longest n-grams that a name table knows, plus the lower-case phrases of the alias
 * table ("the line of contact"). One pass over the text and one lookup per n-gram: the gazetteer is
 * never scanned.
 */
import { hasTownKey, placesData, startsSomeName } from './data.ts';
import { fuzzyKey } from './fuzzy.ts';
import { placeKey } from './normalize.ts';
import { boundedMemo } from '../util/bounded-memo.ts';

export interface Mention {
  text: string;
  start: number;
  end: number;
  key: string;
  /** Sentence-initial: capitalized because it starts a sentence, maybe not a name. */
  initial: boolean;
  /** Words just before and after, lower-cased, for the locative cues. */
  before: string;
  after: string;
  /** The two characters right after the mention ("'s" of a possessive). */
  afterText: string;
  /** Only part of a longer run of capitalized words ("Trans" of "Trans Mara"): weaker evidence. */
  fragment?: boolean;
  /** Right after another place mention and a comma or "(": set by the locator. */
  afterPlace?: boolean;
  /** Written in capitals and followed by a dash or comma at a line start: a dateline. */
  dateline?: boolean;
  /** Matched one edit away from a known name (a misspelling). */
  fuzzy?: boolean;
  /** A border phrase: the keys of the countries it names (empty for "the country's border"). */
  border?: string[];
  /** A place name standing for its government ("Baku said", "asked Moscow to help"): set by the locator. */
  metonym?: boolean;
  /** Alias phrase found in lower case. */
  phrase?: boolean;
}

const PARTICLES = new Set(['al', 'el', 'an', 'ar', 'as', 'ash', 'ad', 'at', 'az', 'ad-', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'bin', 'ibn', 'bir', 'wa', 'van', 'von', 'y', 'en', 'es', 'ech', 'sur']);
const MAX_N = 5;
/** A name right after a title is a person's ("President Ruto", "Gen. Hemedti"), not a place. */
const TITLES = new Set(['president', 'minister', 'governor', 'senator', 'mp', 'mca', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'sheikh', 'imam', 'pastor', 'bishop', 'prophet', 'sir', 'lord', 'king', 'queen', 'prince', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'premier', 'chairman', 'secretary', 'officer', 'inspector', 'judge', 'justice', 'professor', 'prof', 'comrade', 'ayatollah', 'emir', 'sultan', 'field', 'marshal', 'brig', 'maj', 'major']);

/** gapBefore: where the non-word characters before the word start (they end at `start`). */
interface Tok { s: string; start: number; end: number; cap: boolean; particle: boolean; gapBefore: number }

const WORD_RE = /[\p{L}\p{M}\p{N}'’`‘ʼ\-]/u;
const nonAsciiWord = new Map<number, boolean>();

/** Letters, digits, apostrophes and hyphens inside a word; anything else separates words.
 *  ASCII by char code (the hot path), other characters by a Unicode regex, remembered. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 96;
  let r = nonAsciiWord.get(c);
  if (r === undefined) { r = WORD_RE.test(String.fromCharCode(c)); nonAsciiWord.set(c, r); }
  return r;
}

/** Quotes and hyphens, trimmed from the edges of a word. */
function isEdgeMark(c: number): boolean {
  return c === 39 || c === 45 || c === 96 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  let i = from, gapStart = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    // Trim quotes and hyphens at the edges ("'Kismayo'", "pro-").
    let a = i, b = j;
    while (a < b && isEdgeMark(text.charCodeAt(a))) a++;
    while (b > a && isEdgeMark(text.charCodeAt(b - 1))) b--;
    // Possessive "Nairobi's": the name without the 's.
    if (b - a > 3 && text.charCodeAt(b - 1) === 115 && (text.charCodeAt(b - 2) === 39 || text.charCodeAt(b - 2) === 0x2019)) b -= 2;
    // Contractions ("We're", "They'll", "Don't") are no names: "We're" would read as "Were", a town.
    if (a < b && b - a >= 3 && isEdgeMark(text.charCodeAt(b - 2)) && /^[dmt]$/i.test(text[b - 1]!)) a = b;
    else if (a < b && b - a >= 4 && isEdgeMark(text.charCodeAt(b - 3)) && /^(?:re|ll|ve)$/i.test(text.slice(b - 2, b))) a = b;
    if (a < b) {
      const s = text.slice(a, b);
      const c0 = s.charCodeAt(0);
      // Capitalized: A-Z by char code, other scripts by the Unicode property; "al-Numan" and
      // "el-Fasher" (a particle glued to a capitalized word) count as capitalized.
      const cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && /\p{Lu}/u.test(s[0]!))
        || ((c0 === 97 || c0 === 101) && /^(?:al|el|an|ar|as|ash|ad|at|az|ed|en|es|et)[-'’]\p{Lu}/u.test(s));
      const particle = s.length <= 5 && PARTICLES.has(s.toLowerCase());
      toks.push({ s, start: a, end: b, cap, particle, gapBefore: gapStart });
    }
    gapStart = j;
    i = j;
  }
  return toks;
}

/** True when the characters before a word break a name (sentence end, comma, parenthesis, newline). */
function breaks(text: string, t: Tok, ignoreDot = false): boolean {
  for (let i = t.gapBefore; i < t.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) { if (!ignoreDot) return true; continue; }
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 10 || c === 47 || c === 124 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

const knownMemo = new Map<string, boolean>();

export function known(key: string): boolean {
  if (!key) return false;
  let r = knownMemo.get(key);
  if (r !== undefined) return r;
  const d = placesData();
  r = !d.stop.has(key) && (d.countryByKey.has(key) || d.admin1ByKey.has(key) || d.aliasByKey.has(key) || d.ke.byName.has(key)
    || d.ke.countyByKey.has(key) || d.demonymByKey.has(key) || hasTownKey(key));
  if (knownMemo.size > 100_000) knownMemo.clear(); // bounded: news vocabulary repeats
  knownMemo.set(key, r);
  return r;
}

/** placeKey of words of the text, remembered (the same names and capitalized words recur). */
const keyOf = boundedMemo(placeKey, 100_000);

function isSentenceStart(toks: Tok[], i: number, text: string, from: number): boolean {
  if (i === 0) return /^[\s"“'‘(\[\-]*$/.test(text.slice(from, toks[0]!.start));
  return /[.!?\n]/.test(text.slice(toks[i]!.gapBefore, toks[i]!.start));
}

function misspelled(text: string, toks: Tok[], k: number, from: number): Mention | null {
  const t = toks[k]!;
  const prev = toks[k - 1]?.s.toLowerCase(), next = toks[k + 1]?.s.toLowerCase();
  if (!(prev === 'in' || prev === 'at' || prev === 'near' || next === 'county' || next === 'sub-county')) return null;
  const raw = keyOf(t.s);
  if (placesData().stop.has(raw) || placesData().common.has(t.s.toLowerCase())) return null;
  const key = fuzzyKey(raw);
  if (!key) return null;
  return {
    text: t.s, start: t.start, end: t.end, key, afterText: text.slice(t.end, t.end + 2), initial: isSentenceStart(toks, k, text, from), fragment: false,
    before: toks.slice(Math.max(0, k - 6), k).map((x) => x.s.toLowerCase()).join(' '),
    after: toks.slice(k + 1, k + 4).map((x) => x.s.toLowerCase()).join(' '), fuzzy: true,
  };
}

function hyphenParts(text: string, toks: Tok[], k: number, from: number): Mention[] {
  const t = toks[k]!;
  const out: Mention[] = [];
  let off = t.start;
  for (const part of t.s.split('-')) {
    const start = off, end = off + part.length;
    off = end + 1;
    if (part.length < 3 || !/^\p{Lu}/u.test(part)) continue;
    const key = placeKey(part);
    if (placesData().stop.has(key) || !known(key)) continue;
    out.push({
      // One end of "the Eldoret-Kitale road": a place, but maybe not the event's.
      text: part, start, end, key, afterText: text.slice(end, end + 2), initial: isSentenceStart(toks, k, text, from) && start === t.start, fragment: true,
      before: toks.slice(Math.max(0, k - 6), k).map((x) => x.s.toLowerCase()).join(' '),
      after: toks.slice(k + 1, k + 4).map((x) => x.s.toLowerCase()).join(' '),
    });
  }
  return out;
}

/** "CHICAGO — ", "NAIROBI, Kenya (Reuters) -" at the start of a line: all capitals, then a dash or comma. */
function isDateline(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.length < 3 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && !/[.!?"”]/.test(text[i]!)) {
    // Allow a byline or caption word right before on the same line only when short ("DNAinfo/ Josh McGhee CHICAGO").
    const lineStart = text.lastIndexOf('\n', i) + 1;
    if (start - lineStart > 60) return false;
  }
  return /^\s*(?:[—–-]|,\s*\p{Lu}|\(\p{Lu})/u.test(text.slice(end, end + 4));
}

/** All place mentions in text[from, to). */
export function findMentions(text: string, from = 0, to = text.length): Mention[] {
  const toks = tokenize(text, from, to);
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) { i++; continue; }
    // The run of capitalized words (particles allowed inside, not at the ends).
    let j = i + 1;
    while (j < toks.length && !breaks(text, toks[j]!) && (toks[j]!.cap || (toks[j]!.particle && j + 1 < toks.length && toks[j + 1]!.cap && !breaks(text, toks[j + 1]!)))) j++;
    let k = i;
    while (k < j) {
      if (!toks[k]!.cap) { k++; continue; }
      const prevTok = toks[k - 1];
      if (prevTok && TITLES.has(prevTok.s.toLowerCase()) && !breaks(text, toks[k]!, true)) {
        // Skip the person's name: the rest of this capitalized run.
        k = j;
        continue;
      }
      let found = 0;
      // Several-word n-grams only when the first word starts some name (most runs are people,
      // organizations and titles).
      const maxN = j - k > 1 && startsSomeName(keyOf(toks[k]!.s)) ? Math.min(MAX_N, j - k) : 1;
      for (let n = maxN; n >= 1; n--) {
        if (!toks[k + n - 1]!.cap) continue;
        const t0 = toks[k]!, t1 = toks[k + n - 1]!;
        const key = keyOf(text.slice(t0.start, t1.end));
        // A stop phrase ("Al Shabaab", "Red Cross") is consumed whole, so that its words are not
        // looked up alone ("Al" is a town in Norway).
        if (placesData().stop.has(key)) { found = n; break; }
        if (key.length > 2 && known(key)) {
          const next = toks[k + n];
          out.push({
            text: text.slice(t0.start, t1.end), start: t0.start, end: t1.end, key, afterText: text.slice(t1.end, t1.end + 2),
            initial: isSentenceStart(toks, k, text, from),
            dateline: isDateline(text, t0.start, t1.end),
            // Designators and titles around the name ("Tana River County") do not make it a fragment.
            fragment: (k > i && toks[k - 1]!.cap && !placesData().stop.has(keyOf(toks[k - 1]!.s)))
              || (k + n < j && toks[k + n]!.cap && !placesData().stop.has(keyOf(toks[k + n]!.s))),
            before: toks.slice(Math.max(0, k - 6), k).map((t) => t.s.toLowerCase()).join(' '),
            after: next ? toks.slice(k + n, k + n + 3).map((t) => t.s.toLowerCase()).join(' ') : '',
          });
          found = n;
          break;
        }
      }
      // "Eldoret-Kitale road", "Mai Mahiu-Narok highway": a hyphenated word that is no name as a
      // whole may join two names.
      if (!found && toks[k]!.s.includes('-')) out.push(...hyphenParts(text, toks, k, from));
      // A lone unknown word after "in/at/near" or before "county": maybe a misspelled region name.
      else if (!found && j - i === 1) {
        const m = misspelled(text, toks, k, from);
        if (m) out.push(m);
      }
      k += found || 1;
    }
    i = j;
  }
  // Lower-case alias phrases ("the line of contact"): a handful of indexOf calls.
  const lower = text.slice(from, to).toLowerCase();
  const seen = new Set<string>();
  for (const a of placesData().phraseAliases) {
    for (const name of a.names) {
      const p = name.toLowerCase();
      if (seen.has(p)) continue;
      seen.add(p);
      let at = lower.indexOf(p);
      while (at >= 0) {
        const start = from + at;
        const tb = tokenize(text, Math.max(from, start - 60), start);
        out.push({ text: text.slice(start, start + p.length), start, end: start + p.length, key: placeKey(p), afterText: '', initial: false, before: tb.slice(-6).map((t) => t.s.toLowerCase()).join(' '), after: '', phrase: true });
        at = lower.indexOf(p, at + p.length);
      }
    }
  }
  out.push(...borderMentions(text, lower, from));
  return out.sort((a, b) => a.start - b.start);
}

/** "on Armenia's eastern border", "the country's northern border", "the Kenya-Somalia border":
 *  a border named by its country or countries (key "border:<country keys>", "border:" for
 *  "the country's", which the locator resolves to the event's country). */
function borderMentions(text: string, lower: string, from: number): Mention[] {
  const out: Mention[] = [];
  const SIDE = '(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?';
  const tail = new RegExp(`(?:(the country|its|(?:\\p{Lu}[\\p{L}]+)(?:[-–](?:\\p{Lu}[\\p{L}]+))?)(?:['’]s)?\\s+)${SIDE}(?:border|frontier)$`, 'u');
  for (const word of ['border', 'frontier']) {
    let at = lower.indexOf(word);
    while (at >= 0) {
      const end = from + at + word.length;
      const startWin = Math.max(from, end - 60);
      const m = tail.exec(text.slice(startWin, end));
      if (m) {
        const start = end - m[0].length;
        const who = m[1]!;
        const keys = /^(?:the country|its)$/i.test(who) ? [] : who.split(/[-–]/).map((w) => placeKey(w));
        const tb = tokenize(text, Math.max(from, start - 60), start);
        out.push({ text: text.slice(start, end), start, end, key: `border:${keys.join('|')}`, afterText: text.slice(end, end + 2), initial: false, before: tb.slice(-6).map((t) => t.s.toLowerCase()).join(' '), after: '', phrase: true, border: keys });
      }
      at = lower.indexOf(word, at + word.length);
    }
  }
  return out;
}
