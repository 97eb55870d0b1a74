/**
 * A hand-written regex tokenizer. Why not wink-nlp or compromise: wink-nlp runs at ~2 MB/s per core
 * here and compromise is slower still, while the whole process must handle >= 500 news pages a second
 * (several MB/s) on 2 shared cores; extraction only needs words, numbers, punctuation and offsets.
 * Every token keeps its offsets into the article text, so quotes are exact slices.
 */
export interface Token {
  /** Offsets into the full article text. */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes folded to "'". */
  lower: string;
  /** word, number (digits), or punctuation. */
  kind: 'word' | 'num' | 'punct';
}

// Order matters: "12-year-old", "44-day" and times such as "5:35" are one word (not a count); "6,500" and "2.5" are one number;
// "U.S." and "p.m." are one word; the possessive "'s" is its own token ("Armenia's" -> Armenia + 's).
// Every alternative consumes at least one character, none nests quantifiers, and the one that must
// end in letters ("12-year-old") is bounded, so a long run such as "1.1.1.1…" stays linear.
const TOKEN = /(\d+(?:[.,:]\d+){0,3}(?:-\p{L}+)+|\d{1,2}:\d\d(?!\d))|(\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?(?![\p{L}\d]))|(['’][sS](?![\p{L}]))|(\p{L}(?:\.\p{L})+\.?)|(\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}]))\p{L}+)?(?:-[\p{L}\p{M}]+)*)|(\d+)|(\S)/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const kind = m[2] !== undefined || m[6] !== undefined ? 'num' : m[7] !== undefined ? 'punct' : 'word';
    const low = t.toLowerCase();
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: low.includes('’') ? low.replace(/’/g, "'") : low, kind });
  }
  return out;
}
