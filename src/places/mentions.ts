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
import { charTest } from '../util/char-test.ts';

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
/** First letters of the particles, by char code (the particles are lower-case ASCII). */
const PARTICLE_FIRST = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_FIRST[p.charCodeAt(0)] = 1;
const MAX_N = 5;
/** A name right after a title is a person's ("President Ruto", "Gen. Hemedti"), not a place. */
const TITLES = new Set(['president', 'minister', 'governor', 'senator', 'mp', 'mca', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'sheikh', 'imam', 'pastor', 'bishop', 'prophet', 'sir', 'lord', 'king', 'queen', 'prince', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'premier', 'chairman', 'secretary', 'officer', 'inspector', 'judge', 'justice', 'professor', 'prof', 'comrade', 'ayatollah', 'emir', 'sultan', 'field', 'marshal', 'brig', 'maj', 'major']);

const CAP = 1, PARTICLE = 2;

/**
 * The words of text[from, to) as parallel arrays of offsets and flags: a page has ~300 words and
 * most are never read as strings (only capitalized ones and the neighbours of a place), so no object
 * and no string is made per word. gap[i]: where the non-word characters before word i start (they
 * end at start[i]).
 */
class Toks {
  n = 0;
  start: Int32Array; end: Int32Array; gap: Int32Array; flags: Uint8Array;
  constructor(public text: string, capacity: number) {
    this.start = new Int32Array(capacity); this.end = new Int32Array(capacity);
    this.gap = new Int32Array(capacity); this.flags = new Uint8Array(capacity);
  }

  /** Empties the list for another text, keeping the arrays (push grows them when needed). */
  reset(text: string): this {
    this.text = text;
    this.n = 0;
    return this;
  }

  push(start: number, end: number, gap: number, flags: number): void {
    if (this.n === this.start.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A): A => { const b = new (a.constructor as new (n: number) => A)(a.length * 2); b.set(a); return b; };
      this.start = grow(this.start); this.end = grow(this.end); this.gap = grow(this.gap); this.flags = grow(this.flags);
    }
    this.start[this.n] = start; this.end[this.n] = end; this.gap[this.n] = gap; this.flags[this.n] = flags;
    this.n++;
  }

  /** Word i as written. */
  s(i: number): string { return this.text.slice(this.start[i]!, this.end[i]!); }
  cap(i: number): boolean { return (this.flags[i]! & CAP) !== 0; }
  particle(i: number): boolean { return (this.flags[i]! & PARTICLE) !== 0; }

  /** Words [a, b) lower-cased and joined by spaces (b clamped to the last word). */
  lowerJoin(a: number, b: number): string {
    let out = '';
    for (let i = a, e = Math.min(b, this.n); i < e; i++) out += (i > a ? ' ' : '') + this.s(i).toLowerCase();
    return out;
  }
}

const nonAsciiWord = charTest(/[\p{L}\p{M}\p{N}'’`‘ʼ\-]/u);

/** Letters, digits, apostrophes and hyphens inside a word; anything else separates words.
 *  ASCII by char code (the hot path), other characters by a Unicode regex, remembered. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 96;
  return nonAsciiWord(c);
}

/** The marks that glue a particle to a name ("al-Numan", "el'Fasher"): a cheap test before the regex
 *  (most words starting with "a" or "e" have none). */
function isGlue(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** Quotes and hyphens, trimmed from the edges of a word. */
function isEdgeMark(c: number): boolean {
  return c === 39 || c === 45 || c === 96 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

/** The word list findMentions reuses from call to call: typed arrays past 64 bytes live outside
 *  the heap and cost a native allocation each, more than the tokenizing of a sentence. Not kept
 *  once it has grown past REUSE_MAX words (one huge hostile text must not pin its memory). */
let reusable: Toks | null = null;
const REUSE_MAX = 1 << 14;

/** Words of text[from, to); into `reuse` when given (its previous words are dropped). */
function tokenize(text: string, from: number, to: number, reuse: Toks | null = null): Toks {
  // Words are at least one character apart: (to - from) / 2 + 1 bounds their number; a quarter of
  // it is typical, and push grows the arrays past that.
  const toks = reuse ? reuse.reset(text) : new Toks(text, ((to - from) >> 2) + 16);
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
      const c0 = text.charCodeAt(a);
      // Capitalized: A-Z by char code, other scripts by the Unicode property; "al-Numan" and
      // "el-Fasher" (a particle glued to a capitalized word) count as capitalized.
      const cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && /\p{Lu}/u.test(text[a]!))
        || ((c0 === 97 || c0 === 101) && b - a > 3 && (isGlue(text.charCodeAt(a + 2)) || isGlue(text.charCodeAt(a + 3)))
          && /^(?:al|el|an|ar|as|ash|ad|at|az|ed|en|es|et)[-'’]\p{Lu}/u.test(text.slice(a, b)));
      // Only read for words that are not capitalized (see findMentions), so only looked up for those,
      // and only when the first letter can start a particle: no lower-casing of every short word.
      const particle = !cap && b - a <= 5 && c0 < 128 && PARTICLE_FIRST[c0] === 1 && PARTICLES.has(text.slice(a, b).toLowerCase());
      toks.push(a, b, gapStart, (cap ? CAP : 0) | (particle ? PARTICLE : 0));
    }
    gapStart = j;
    i = j;
  }
  return toks;
}

/** True when the characters before a word break a name (sentence end, comma, parenthesis, newline). */
function breaks(text: string, toks: Toks, t: number, ignoreDot = false): boolean {
  for (let i = toks.gap[t]!, e = toks.start[t]!; i < e; i++) {
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
  r = !d.stop.has(key) && (d.smallKeys.has(key) || hasTownKey(key));
  if (knownMemo.size > 100_000) knownMemo.clear(); // bounded: news vocabulary repeats
  knownMemo.set(key, r);
  return r;
}

/** placeKey of words of the text, remembered (the same names and capitalized words recur). */
const keyOf = boundedMemo(placeKey, 100_000);

/** What findMentions asks about one capitalized word: its key, whether it is a stop word, a known
 *  name, the start of some longer name. One memo lookup instead of four on the hot path. */
interface WordInfo { key: string; stop: boolean; known: boolean; startsName: boolean }
const wordInfo = boundedMemo((raw: string): WordInfo => {
  const key = keyOf(raw);
  const stop = placesData().stop.has(key);
  return { key, stop, known: !stop && key.length > 2 && known(key), startsName: startsSomeName(key) };
}, 100_000);

function isSentenceStart(toks: Toks, i: number, text: string, from: number): boolean {
  if (i === 0) return /^[\s"“'‘(\[\-]*$/.test(text.slice(from, toks.start[0]!));
  return /[.!?\n]/.test(text.slice(toks.gap[i]!, toks.start[i]!));
}

function misspelled(text: string, toks: Toks, k: number, from: number): Mention | null {
  const ts = toks.s(k), tStart = toks.start[k]!, tEnd = toks.end[k]!;
  const prev = k > 0 ? toks.s(k - 1).toLowerCase() : undefined, next = k + 1 < toks.n ? toks.s(k + 1).toLowerCase() : undefined;
  if (!(prev === 'in' || prev === 'at' || prev === 'near' || next === 'county' || next === 'sub-county')) return null;
  const raw = keyOf(ts);
  if (placesData().stop.has(raw) || placesData().common.has(ts.toLowerCase())) return null;
  const key = fuzzyKey(raw);
  if (!key) return null;
  return {
    text: ts, start: tStart, end: tEnd, key, afterText: text.slice(tEnd, tEnd + 2), initial: isSentenceStart(toks, k, text, from), fragment: false,
    before: toks.lowerJoin(Math.max(0, k - 6), k),
    after: toks.lowerJoin(k + 1, k + 4), fuzzy: true,
  };
}

function hyphenParts(text: string, toks: Toks, k: number, from: number): Mention[] {
  const tStart = toks.start[k]!;
  const out: Mention[] = [];
  let off = tStart;
  for (const part of toks.s(k).split('-')) {
    const start = off, end = off + part.length;
    off = end + 1;
    if (part.length < 3 || !/^\p{Lu}/u.test(part)) continue;
    const key = placeKey(part);
    if (placesData().stop.has(key) || !known(key)) continue;
    out.push({
      // One end of "the Eldoret-Kitale road": a place, but maybe not the event's.
      text: part, start, end, key, afterText: text.slice(end, end + 2), initial: isSentenceStart(toks, k, text, from) && start === tStart, fragment: true,
      before: toks.lowerJoin(Math.max(0, k - 6), k),
      after: toks.lowerJoin(k + 1, k + 4),
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
  // findMentions never runs inside itself (synchronous, not recursive), so one list serves all calls.
  const toks = tokenize(text, from, to, reusable ??= new Toks(text, 256));
  if (toks.start.length > REUSE_MAX) reusable = null;
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.n) {
    if (!toks.cap(i)) { i++; continue; }
    // The run of capitalized words (particles allowed inside, not at the ends).
    let j = i + 1;
    while (j < toks.n && !breaks(text, toks, j) && (toks.cap(j) || (toks.particle(j) && j + 1 < toks.n && toks.cap(j + 1) && !breaks(text, toks, j + 1)))) j++;
    let k = i;
    while (k < j) {
      if (!toks.cap(k)) { k++; continue; }
      if (k > 0 && TITLES.has(toks.s(k - 1).toLowerCase()) && !breaks(text, toks, k, true)) {
        // Skip the person's name: the rest of this capitalized run.
        k = j;
        continue;
      }
      let found = 0;
      // Several-word n-grams only when the first word starts some name (most runs are people,
      // organizations and titles).
      const w = wordInfo(toks.s(k));
      const maxN = j - k > 1 && w.startsName ? Math.min(MAX_N, j - k) : 1;
      for (let n = maxN; n >= 1; n--) {
        if (!toks.cap(k + n - 1)) continue;
        const t0Start = toks.start[k]!, t1End = toks.end[k + n - 1]!;
        // One word: its text is the token's, so its key and tests are the word's (remembered).
        const key = n === 1 ? w.key : keyOf(text.slice(t0Start, t1End));
        // A stop phrase ("Al Shabaab", "Red Cross") is consumed whole, so that its words are not
        // looked up alone ("Al" is a town in Norway).
        if (n === 1 ? w.stop : placesData().stop.has(key)) { found = n; break; }
        if (n === 1 ? w.known : key.length > 2 && known(key)) {
          out.push({
            text: text.slice(t0Start, t1End), start: t0Start, end: t1End, key, afterText: text.slice(t1End, t1End + 2),
            initial: isSentenceStart(toks, k, text, from),
            dateline: isDateline(text, t0Start, t1End),
            // Designators and titles around the name ("Tana River County") do not make it a fragment.
            fragment: (k > i && toks.cap(k - 1) && !wordInfo(toks.s(k - 1)).stop)
              || (k + n < j && toks.cap(k + n) && !wordInfo(toks.s(k + n)).stop),
            before: toks.lowerJoin(Math.max(0, k - 6), k),
            after: k + n < toks.n ? toks.lowerJoin(k + n, k + n + 3) : '',
          });
          found = n;
          break;
        }
      }
      // "Eldoret-Kitale road", "Mai Mahiu-Narok highway": a hyphenated word that is no name as a
      // whole may join two names.
      if (!found && text.slice(toks.start[k]!, toks.end[k]!).includes('-')) out.push(...hyphenParts(text, toks, k, from));
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
        out.push({ text: text.slice(start, start + p.length), start, end: start + p.length, key: placeKey(p), afterText: '', initial: false, before: tb.lowerJoin(Math.max(0, tb.n - 6), tb.n), after: '', phrase: true });
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
        out.push({ text: text.slice(start, end), start, end, key: `border:${keys.join('|')}`, afterText: text.slice(end, end + 2), initial: false, before: tb.lowerJoin(Math.max(0, tb.n - 6), tb.n), after: '', phrase: true, border: keys });
      }
      at = lower.indexOf(word, at + word.length);
    }
  }
  return out;
}
