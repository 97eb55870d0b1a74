/**
 * Day forms chrono misreads, read again from the text around its result. Each names one day:
 *  - "17 April, 11 people": a day and month, then a count after a comma, not the year '11;
 *  - "9 April, 8 students": chrono's month-first "April, 8" after a day already given before the month;
 *  - "08, December 2018": a day, a comma, then the month and year (chrono reads only the month);
 *  - "03/03", "16/02": a slash date without a year is day/month or month/day by the outlet's habit, so
 *    the reading nearest before publication wins (a report tells of recent days).
 */
import { MONTH, monthOf, yearOfMonthDay, ymd } from './chrono.ts';

/** A day, its month, then a comma and a small number ending chrono's text. */
const DAY_MONTH_COUNT = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,\\s*\\d{1,2}$`, 'i');
/** chrono's "April, 8" (month, comma, number) right after a day number. */
const MONTH_COMMA_NUMBER = new RegExp(`^${MONTH}\\.?,\\s*\\d{1,2}$`, 'i');
const DAY_BEFORE = /(?:^|[^\d,.])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
/** chrono's "December 2018" after "08, " at the start of the text or after "on". */
const MONTH_YEAR = new RegExp(`^${MONTH}\\.?\\s+((?:19|20)\\d\\d)$`, 'i');
const DAY_COMMA_BEFORE = /(?:^|\bon\s+)(\d{1,2})(?:st|nd|rd|th)?,\s*$/i;
const SLASH = /^(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d\d))?$/;
/** Two days joined by "to", "and" or a dash before their month ("13 to 14 September"), ending the text. */
const DAY_SPAN = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|and|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?$`, 'i');


export interface DayReading { start: number; end: number; y: number; m: number; d: number; /** Last day of a span ("13 to 14 September"). */ lastDay?: number }

const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The day chrono's result at s[index, index + text.length) names when it is one of the forms above
 * (offsets into s), else null. `pubDay` is YYYY-MM-DD.
 */
export function rereadDay(s: string, index: number, text: string, pubDay: string): DayReading | null {
  const end = index + text.length;
  const year = +pubDay.slice(0, 4);
  const dayMonth = (at: number, day: number, month: number, y?: number): DayReading | null => {
    const yy = y ?? yearOfMonthDay(year, month, day, pubDay);
    return valid(yy, month, day) ? { start: at, end, y: yy, m: month, d: day } : null;
  };
  // "the night of 13 to 14 September": two days of one month that chrono reads as a time of day (no
  // day at all) are a span from the first, as its own "13-14 September" is. (Where chrono reads the
  // second day alone, "between 13 and 14 September", that day stays: ACLED, which codes a span day by
  // day, dates such notes by their last day as often as by their first.)
  const span = DAY_SPAN.exec(text);
  if (span && +span[1]! < +span[2]!) {
    const r = dayMonth(index + span.index, +span[1]!, monthOf(span[3]!));
    return r && valid(r.y, r.m, +span[2]!) ? { ...r, lastDay: +span[2]! } : null;
  }
  let x = DAY_MONTH_COUNT.exec(text);
  if (x) {
    const r = dayMonth(index + x.index, +x[1]!, monthOf(x[2]!));
    // The day-month part only: the count after the comma is not the date's.
    return r && { ...r, end: index + text.lastIndexOf(',') };
  }
  if ((x = MONTH_COMMA_NUMBER.exec(text))) {
    const before = DAY_BEFORE.exec(s.slice(Math.max(0, index - 12), index));
    if (before) {
      const r = dayMonth(index - before[0].length + before[0].indexOf(before[1]!), +before[1]!, monthOf(x[1]!));
      return r && { ...r, end: index + text.indexOf(',') };
    }
    return null;
  }
  if ((x = MONTH_YEAR.exec(text))) {
    const before = DAY_COMMA_BEFORE.exec(s.slice(Math.max(0, index - 10), index));
    if (before && (index - before[0].length <= 0 || s.slice(0, index - before[0].length).trim() === '' || /\bon\s/i.test(before[0]))) {
      return dayMonth(index - before[0].length + before[0].indexOf(before[1]!), +before[1]!, monthOf(x[1]!), +x[2]!);
    }
    return null;
  }
  if ((x = SLASH.exec(text))) {
    const a = +x[1]!, b = +x[2]!;
    const given = x[3] ? (x[3].length === 2 ? 2000 + +x[3] : +x[3]) : undefined;
    const readings = [dayMonth(index, a, b, given), dayMonth(index, b, a, given)]
      .filter((r): r is DayReading => r !== null)
      .map((r) => ({ r, day: ymd(r.y, r.m, r.d) }))
      .filter((o) => o.day <= pubDay)
      .sort((p, q) => (p.day < q.day ? 1 : -1));
    return readings[0]?.r ?? null;
  }
  return null;
}
