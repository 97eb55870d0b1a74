/**
 * Sentence splitting by hand (see tokens.ts for why no NLP library): a break after . ! ? (and any
 * closing quotes or brackets) when followed by space and a capital, digit or opening quote, except
 * after abbreviations ("Gen.", "No. 5", "U.S."), initials ("J. Smith"), and times followed by a
 * lower-case or day word ("6 p.m. Monday"). Line breaks always end a sentence: scraped pages put
 * headlines, bylines and navigation on their own lines.
 */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'st', 'ave', 'rd', 'blvd', 'hwy', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'det', 'insp', 'supt', 'hon',
  'rev', 'fr', 'sgt', 'ofc', 'cpl', 'spc', 'pfc', 'dep', 'atty', 'u.s', 'a.m', 'p.m', 'e.g', 'i.e', 'mph', 'ext', 'fig', 'vol',
]);
const DAYWORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[a-z(]|\d)/;
const TIME_ABBREV = new Set(['a.m', 'p.m']);

/** Candidate ends: sentence punctuation plus trailing closers, then whitespace. */
// The last alternative: scraped pages often lose the space after a period ("…Wednesday night.An 18-year-old").
const END = /[.!?]+["'”’)\]]*(?=\s)|\n|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text)) !== null) {
    const endAt = m.index + m[0].length;
    if (m[0] === '\n') { push(m.index); start = endAt; continue; }
    if (endAt < text.length && !/\s/.test(text[endAt]!)) {
      // A glued period: split unless the word before is an abbreviation ("Gov.Brown" is rare, "St.Louis" is not).
      let k = m.index - 1;
      while (k >= 0 && /\p{L}/u.test(text[k]!)) k--;
      if (!ABBREV.has(text.slice(k + 1, m.index).toLowerCase())) push(endAt);
      continue;
    }
    // The next non-space character decides.
    let j = endAt;
    while (j < text.length && /[ \t\u00a0\u2000-\u200b\u202f\u3000]/.test(text[j]!)) j++;
    if (j >= text.length || text[j] === '\n' || text[j] === '\r') { push(endAt); continue; }
    const next = text.slice(j, j + 12);
    if (m[0][0] === '.' && m[0].length === 1) {
      // The word before the period.
      let k = m.index - 1;
      while (k >= 0 && /[\p{L}.]/u.test(text[k]!)) k--;
      const word = text.slice(k + 1, m.index).toLowerCase();
      if (TIME_ABBREV.has(word)) { if (DAYWORD.test(next)) continue; }
      else if (ABBREV.has(word) || /^\p{L}$/u.test(word)) continue; // abbreviation or an initial
      else if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) { if (/^[a-z\d]/.test(next)) continue; }
    }
    if (!/^["'“‘(\[]?[\p{Lu}\d]/u.test(next)) continue;
    push(endAt);
  }
  push(text.length);
  return out;
}
