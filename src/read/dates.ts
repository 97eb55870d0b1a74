/**
 * Publication dates as pages, feeds and bylines write them, turned into the record's form:
 * YYYY-MM-DD, or an ISO time with its offset when the source gave one. Strict on purpose:
 * `Date.parse("1")` is a date in 2001 to V8, and a wrong date is worse than none.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day between 1900 and 2100, as YYYY-MM-DD; else null. */
export function makeDay(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
/** RFC 822 / 1123 as in RSS pubDate: "Wed, 17 Nov 2021 22:15:00 +0400". */
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,4})?)?$/;

/** A date string from metadata → YYYY-MM-DD or an ISO time; null for anything unsure. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (!t || t.length > 80) return null;
  let m = ISO.exec(t);
  if (m) {
    const day = makeDay(+m[1], +m[2], +m[3]);
    if (!day) return null;
    if (m[4] === undefined) return day;
    const time = `${m[4]}:${m[5]}:${m[6] ?? '00'}`;
    const zone = m[7] ? (m[7].toUpperCase() === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : m[7].slice(0, 3) + ':' + m[7].slice(3)) : '';
    return `${day}T${time}${zone}`;
  }
  if ((m = SLASHED.exec(t))) return makeDay(+m[1], +m[2], +m[3]);
  if ((m = COMPACT.exec(t))) return makeDay(+m[1], +m[2], +m[3]);
  if ((m = RFC822.exec(t))) {
    const month = MONTHS[m[2].toLowerCase()];
    const day = month ? makeDay(+m[3], month, +m[1]) : null;
    if (!day) return null;
    if (m[4] === undefined) return day;
    const zone = m[7] && /^[+-]\d{4}$/.test(m[7]) ? m[7].slice(0, 3) + ':' + m[7].slice(3) : m[7] === 'GMT' || m[7] === 'UT' || m[7] === 'Z' ? 'Z' : '';
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  return dayInText(t, true);
}

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "November 17, 2021", "Nov. 17 2021" */
const MDY = new RegExp(`\\b${MONTH_NAME}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})\\b`, 'i');
/** "17 November 2021", "17 Nov. 2021" */
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}${MONTH_NAME}\\.?,?\\s{1,3}(\\d{4})\\b`, 'i');
const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The first written-out date in a short text ("By Neil Hauer in Yerevan November 17, 2021").
 * With `whole`, the date must be all of the text (after punctuation is set aside).
 */
export function dayInText(text: string, whole = false): string | null {
  const hit = findDayInText(text);
  if (!hit) return null;
  if (whole) {
    const t = text.slice(0, 300);
    const rest = (t.slice(0, hit.index) + t.slice(hit.index + hit.length)).replace(/[\s,.|·•\-–—:]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:published|updated|posted|on|at)\b|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\b(?:gmt|utc|[a-z]{2,4}t)\b/gi, '');
    if (rest) return null;
  }
  return hit.day;
}

/** Where the first written-out date of `text` sits, for cutting it out of a byline. */
export function findDayInText(text: string): { index: number; length: number; day: string } | null {
  const t = text.slice(0, 300);
  const hits: { index: number; length: number; day: string }[] = [];
  for (const [re, y, mo, d] of [[MDY, 3, 1, 2], [DMY, 3, 2, 1]] as const) {
    const m = re.exec(t);
    const day = m ? makeDay(+m[y], MONTHS[m[mo].toLowerCase()], +m[d]) : null;
    if (m && day) hits.push({ index: m.index, length: m[0].length, day });
  }
  const m = ISO_IN_TEXT.exec(t);
  const iso = m ? makeDay(+m[1], +m[2], +m[3]) : null;
  if (m && iso) hits.push({ index: m.index, length: m[0].length, day: iso });
  return hits.sort((a, b) => a.index - b.index)[0] ?? null;
}
