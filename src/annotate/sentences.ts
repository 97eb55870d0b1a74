/**
 * Sentence splitting by hand (see tokens.ts for why no NLP library): a break after . ! ? (and any
 * closing quotes or brackets) when followed by space and a capital, digit or opening quote, except
 * after abbreviations ("Gen.", "No. 5", "U.S."), initials ("J. Smith"), and times followed by a
 * lower-case or day word ("6 p.m. Monday"). Line breaks always end a sentence: scraped pages put
 * headlines, bylines and navigation on their own lines.
 */
import { isSpace } from '../util/char-test.ts';
import { loadData } from '../util/data-file.ts';

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations a full stop does not end a sentence after; times after which it goes on before a lower-case word or a day (data/lexicon/abbreviations.json). */
const { abbreviations: ABBREV, timeAbbreviations: TIME_ABBREV } = loadData('lexicon/abbreviations.json', (d) => ({
  abbreviations: d.wordSet('abbreviations'), timeAbbreviations: d.wordSet('timeAbbreviations'),
}));
/**
 * A day before a month's abbreviation ("14 Sep.", "03 Aug."): the date is complete, so a capital or a
 * figure after its stop starts a new sentence ("14 Sep. Five people were killed"), unless it is the
 * year ("14 Sep. 2019"). The month-first form ("Sep. 14") goes on as before.
 */
const DAY_MONTH_ABBR = /(?:^|[^\p{L}\d])\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/iu;
const DAYWORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[a-z(]|\d)/;

/**
 * Longest sentence kept whole, in characters. The extractor's per-sentence work (cues, claims,
 * background checks) grows with sentence length for each figure in it, so one 250 KB line of names
 * and numbers with no full stop cost seconds. The longest sentence in 60,000 sentences of the
 * evaluation sets is about 1,700 characters; longer "sentences" are lists, tables or junk.
 */
export const DEFAULT_MAX_SENTENCE_CHARS = 2000;

export interface SplitOptions {
  /** Sentences longer than this are cut at a clause break or a space (default 2000). */
  maxSentenceChars?: number;
}

/** Candidate ends: sentence punctuation plus trailing closers, then whitespace. */
// Sentence punctuation (with closing quotes) or a line break. What follows is checked in code, not in
// a lookahead: a lookahead after a greedy run backtracks through the run ("……" × 100k was quadratic).
const END = /[.!?]+["'”’)\]]*|\n/g;
const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();


/**
 * Where to cut an overlong stretch [s, s + max): the last clause break (", " or "; ") in its back
 * half, else the last space there, else at max itself (never inside a surrogate pair).
 */
function cutPoint(text: string, s: number, max: number): number {
  const hi = s + max, lo = s + (max >> 1);
  let spaceAt = -1;
  for (let k = hi - 1; k > lo; k--) {
    if (!isSpace(text.charCodeAt(k))) continue;
    const p = text.charCodeAt(k - 1);
    if (p === 44 || p === 59) return k; // after "," or ";"
    if (spaceAt < 0) spaceAt = k;
  }
  if (spaceAt > 0) return spaceAt;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff ? hi - 1 : hi;
}

export function splitSentences(text: string, opts: SplitOptions = {}): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const max = Math.max(16, Math.floor(opts.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS));
  let start = 0;
  const piece = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // An overlong sentence becomes several, each at most `max` characters.
    while (e - s > max) {
      const cut = cutPoint(text, s, max);
      piece(s, cut);
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    piece(s, e);
    start = end;
  };
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (!text.length) return out;
  while ((m = END.exec(text)) !== null) {
    const endAt = m.index + m[0].length;
    if (m[0] === '\n') { push(m.index); start = endAt; continue; }
    if (endAt < text.length && !isSpace(text.charCodeAt(endAt))) {
      // A glued period ("…Wednesday night.An 18-year-old"): split after three lower-case letters and
      // before a capital, unless the word is an abbreviation ("St.Louis").
      if (m[0] !== '.' || !isUpper(text[endAt]) || !isLower(text[m.index - 1]) || !isLower(text[m.index - 2]) || !isLower(text[m.index - 3])) continue;
      let k = m.index - 1;
      while (k >= 0 && /\p{L}/u.test(text[k]!)) k--;
      if (!ABBREV.has(text.slice(k + 1, m.index).toLowerCase())) push(endAt);
      continue;
    }
    // The next non-space character decides.
    let j = endAt;
    while (j < text.length && isSpace(text.charCodeAt(j)) && text[j] !== '\n' && text[j] !== '\r') j++;
    if (j >= text.length || text[j] === '\n' || text[j] === '\r') { push(endAt); continue; }
    const next = text.slice(j, j + 12);
    if (m[0][0] === '.' && m[0].length === 1) {
      // The word before the period.
      let k = m.index - 1;
      while (k >= 0 && /[\p{L}.]/u.test(text[k]!)) k--;
      const word = text.slice(k + 1, m.index).toLowerCase();
      if (TIME_ABBREV.has(word)) { if (DAYWORD.test(next)) continue; }
      else if (DAY_MONTH_ABBR.test(text.slice(Math.max(0, m.index - 12), m.index))) { if (/^(?:1[89]|20)\d\d\b|^[a-z,]/.test(next)) continue; }
      else if (ABBREV.has(word) || /^\p{L}$/u.test(word)) continue; // abbreviation or an initial
      else if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) { if (/^[a-z\d]/.test(next)) continue; }
    }
    if (!/^["'“‘(\[]?[\p{Lu}\d]/u.test(next)) continue;
    push(endAt);
  }
  push(text.length);
  return out;
}
