import type * as Chrono from 'chrono-node';
import { rereadDay } from './day-forms.ts';
import { chronoDayParser, MONTH, monthOf, namesOnlyYear, recentWeekday, yearOfMonthDay, ymd } from './chrono.ts';
import { loadData } from '../util/data-file.ts';

/** A date resolved against the publication date, with UCDP date precision (1 day … 5 year). */
export interface DateMention {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD */
  date: string;
  /** Last day covered (same as date for a day). */
  endDate: string;
  precision: 1 | 2 | 3 | 4 | 5;
  /** Only the year is known (e.g. "in 2020", "last year"). */
  yearOnly: boolean;
}

export interface Reference {
  /** The publication day, YYYY-MM-DD (time of day is noon in the outlet's zone). */
  day: string;
  /** Offset of the outlet's zone from UTC in minutes (chrono's `timezone`). */
  tzMinutes: number;
}

// Cheap gate: chrono runs only on sentences containing one of these (it costs ~0.1 ms per sentence).
const DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|ago|(?:last|this|next|previous|earlier this|later this) (?:week|month|year|night|weekend|morning|spring|summer|fall|autumn|winter)|(?:1[89]|20)\d\d|\d{1,2}\/\d{1,2})\b/i;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The year a bare "in 2020" / "in the 1990s" phrase names, with its span. */
const BARE_YEAR = /\b(in|since|of|during|until|from|by)\s+(?:the\s+(?:early\s+|late\s+|mid-?)?)?((?:1[89]|20)\d\d)(s)?(?!\d|,\d)/gi;

/** Does the span (a token) lie inside one of the date mentions? */
export function inDates(dates: readonly DateMention[], t: { start: number; end: number }): boolean {
  return dates.some((d) => t.start >= d.start && t.end <= d.end);
}

export function hasDateWord(s: string): boolean {
  return DATE_WORD.test(s);
}

function refInstant(ref: Reference): Date {
  // Noon in the outlet's zone, so "on Tuesday" and "yesterday" land on the right local day.
  const [y, m, d] = ref.day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12, 0, 0) - ref.tzMinutes * 60_000);
}

/**
 * Dates in text[from, to), resolved against the reference. Weekdays resolve to the most recent such
 * day on or before publication (news reports the past); a bare month or year to the whole period.
 */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi');
const WEEKDAY = /\b(?:(on|last|this|early|late)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(morning|afternoon|evening|night))?\b/gi;
const CASUAL = /\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Date words the fast path below does not read: chrono reads those sentences (an age, "24-year-old", is no date). */
const NEEDS_CHRONO = /\b(?:week|month|year(?![-\s]olds?\b)|ago|weekend|spring|summer|fall|autumn|winter|previous|next)\b|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b/i;
/** A capitalized month with no day after it ("in mid-March", "since May"): the fast path reads only month-day forms. */
const BARE_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\.?\s+\d)/;
/** After a weekday: the month and day it names ("Tuesday, March 3rd"), which carry the date. */
const THEN_MONTH_DAY = new RegExp(`^,?\\s+(?:${MONTH}\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b)`, 'i');

const DATE_WORDS = loadData('lexicon/dates.json', (d) => ({ namedAfter: d.wordSet('namedAfter') }));

/** A result that is only a month's name in lower case ("march", "may"): MONTH, read case-sensitively. */
const LOWER_MONTH_WORD = new RegExp(`^${MONTH}\\.?$`);


/**
 * The common forms — "November 16", "4 March 2019", "on Tuesday night", "yesterday" — read with
 * plain regexes (chrono costs ~0.07 ms a sentence and most news sentences with a date use only
 * these); null when the sentence has date words this does not read, for chrono to handle.
 */
function fastDates(s: string, from: number, ref: Reference): DateMention[] | null {
  if (NEEDS_CHRONO.test(s) || BARE_MONTH.test(s)) return null;
  const out: DateMention[] = [];
  const [ry, rm, rd] = ref.day.split('-').map(Number) as [number, number, number];
  const pub = Date.UTC(ry, rm - 1, rd);
  const push = (at: number, t: string, y: number, m: number, d: number) => {
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return;
    const date = ymd(y, m, d);
    if (date > ref.day) return;
    if (out.some((o) => at < o.end && at + t.length > o.start)) return;
    out.push({ start: from + at, end: from + at + t.length, text: t, date, endDate: date, precision: 1, yearOnly: false });
  };
  const monthDay = (at: number, t: string, mon: string, day: string, year: string | undefined) => {
    const m = monthOf(mon);
    let y = year ? Number(year) : ry;
    // "November 16" in a report of 2021-11-17: the past occurrence, not next year's.
    if (!year) y = yearOfMonthDay(y, m, Number(day), ref.day);
    push(at, t, y, m, Number(day));
  };
  let x: RegExpExecArray | null;
  MONTH_DAY.lastIndex = 0;
  while ((x = MONTH_DAY.exec(s)) !== null) {
    if (x[1]!.toLowerCase() === 'may' && !/^May\b/.test(x[0])) continue; // the verb "may"
    // "Sep. 20,000 guns": a figure, not a day; "14 Sep. 2 civilians": the day came before the month.
    if (/^,\d{3}(?!\d)/.test(s.slice(x.index + x[0].length)) || /(?:^|[^\d,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/.test(s.slice(Math.max(0, x.index - 8), x.index))) continue;
    monthDay(x.index, x[0], x[1]!, x[2]!, x[3]);
  }
  DAY_MONTH.lastIndex = 0;
  while ((x = DAY_MONTH.exec(s)) !== null) {
    if (x[2]!.toLowerCase() === 'may' && !/May\b/.test(x[0])) continue;
    monthDay(x.index, x[0], x[2]!, x[1]!, x[3]);
  }
  WEEKDAY.lastIndex = 0;
  while ((x = WEEKDAY.exec(s)) !== null) {
    if (THEN_MONTH_DAY.test(s.slice(x.index + x[0].length, x.index + x[0].length + 24))) continue;
    // The most recent such weekday on or before publication ("last Tuesday": before it).
    const dt = recentWeekday(pub, WEEKDAYS.indexOf(x[2]!.toLowerCase()), x[1]?.toLowerCase() === 'last');
    push(x.index, x[0], dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  CASUAL.lastIndex = 0;
  while ((x = CASUAL.exec(s)) !== null) {
    const w = x[1]!.toLowerCase();
    const back = w === 'yesterday' || w === 'last night' ? 1 : 0;
    const dt = new Date(pub - back * 86_400_000);
    push(x.index, x[0], dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  return out;
}

export function findDates(text: string, from: number, to: number, ref: Reference): DateMention[] {
  return notNames(text, to, datesIn(text, from, to, ref));
}

/** "the July 7 neighbourhood", "the 14 October bridge": a day before a place noun names the place. */
function notNames(text: string, to: number, ds: DateMention[]): DateMention[] {
  if (!ds.length) return ds;
  return ds.filter((d) => {
    // Only a day and month without a year ("On Tuesday village elders said" keeps its weekday).
    if (!/\d/.test(d.text) || /\b(?:1[89]|20)\d\d\b/.test(d.text)) return true;
    const next = /^\s+(\p{L}+)/u.exec(text.slice(d.end, Math.min(to, d.end + 24)));
    return !next || !DATE_WORDS.namedAfter.has(next[1]!.toLowerCase());
  });
}

function datesIn(text: string, from: number, to: number, ref: Reference): DateMention[] {
  const s = text.slice(from, to);
  if (!hasDateWord(s)) return [];
  const fast = fastDates(s, from, ref);
  if (fast) return withBareYears(s, from, fast);
  const out: DateMention[] = [];
  const instant = refInstant(ref);
  const [ry, rm, rd] = ref.day.split('-').map(Number) as [number, number, number];
  const parser = chronoDayParser();
  let results: Chrono.ParsedResult[] = [];
  try {
    results = parser.parse(s, { instant, timezone: ref.tzMinutes }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    // "held a peaceful march", "they may return": a month's name in lower case is the noun or verb.
    if (LOWER_MONTH_WORD.test(r.text)) continue;
    // Forms chrono misreads ("17 April, 11 people", "08, December 2018", "03/03"): read again.
    const again = rereadDay(s, r.index, r.text, ref.day);
    if (again) {
      const date = ymd(again.y, again.m, again.d);
      const endDate = again.lastDay ? ymd(again.y, again.m, again.lastDay) : date;
      if (date <= ref.day) out.push({ start: from + again.start, end: from + again.end, text: s.slice(again.start, again.end), date, endDate, precision: again.lastDay ? 2 : 1, yearOnly: false });
      continue;
    }
    const c = r.start;
    // Times alone ("at 1pm", "evening") say nothing about the day.
    if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !c.isCertain('year')
      && !/\b(?:yesterday|today|tonight|last|ago|this|earlier)\b/i.test(r.text)) continue;
    let y = c.get('year') ?? ry, m = c.get('month') ?? rm, d = c.get('day') ?? rd;
    let precision: DateMention['precision'] = 1;
    let endY = y, endM = m, endD = d;
    let yearOnly = false;
    const lower = r.text.toLowerCase();
    if (namesOnlyYear(lower)) {
      // "last year", "the end of last year", "earlier this year": the year is all that is known.
      precision = 5; m = 1; d = 1; endY = y; endM = 12; endD = 31; yearOnly = true;
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      // The most recent such weekday on or before publication (chrono.ts's refiner put it there).
    } else if (!c.isCertain('day') && (c.isCertain('month') || /\bmonth\b/.test(lower))) {
      if (/\bweek\b/.test(lower)) { precision = 3; }
      else { precision = 4; d = 1; endY = y; endM = m; endD = daysIn(y, m); }
    } else if (!c.isCertain('day') && /\bweek\b/.test(lower)) {
      precision = 3;
    } else if ((!c.isCertain('day') || /\byear\b/.test(lower)) && !c.isCertain('month') && (c.isCertain('year') || /\byear\b/.test(lower))) {
      precision = 5; m = 1; d = 1; endM = 12; endD = 31; yearOnly = true;
    }
    // A month and day without a year ("November 16" in a report of 2021-11-17): chrono.ts's refiner
    // made it the past occurrence, not next year's.
    if (r.end) {
      const e = r.end;
      if (e.isCertain('day')) { endY = e.get('year') ?? y; endM = e.get('month') ?? m; endD = e.get('day')!; precision = Math.max(precision, 2) as DateMention['precision']; }
    }
    const date = ymd(y, m, d);
    if (date > ref.day && precision === 1) continue; // a future day is a plan, not an event date
    out.push({ start: from + r.index, end: from + r.index + r.text.length, text: r.text, date, endDate: ymd(endY, endM, endD), precision, yearOnly });
  }
  return withBareYears(s, from, out);
}

/** Adds "in 2020", "since 2004", "in the early 1990s" (chrono does not read bare years). */
function withBareYears(s: string, from: number, out: DateMention[]): DateMention[] {
  BARE_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_YEAR.exec(s)) !== null) {
    const at = from + m.index + m[0].indexOf(m[2]!);
    if (out.some((o) => at >= o.start && at < o.end)) continue;
    const y = Number(m[2]);
    if (m[3]) {
      out.push({ start: at, end: at + 5, text: m[2]! + 's', date: ymd(y, 1, 1), endDate: ymd(y + 9, 12, 31), precision: 5, yearOnly: true });
    } else {
      out.push({ start: at, end: at + 4, text: m[2]!, date: ymd(y, 1, 1), endDate: ymd(y, 12, 31), precision: 5, yearOnly: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
