/**
 * chrono-node set up as chrono intends it to be customised: an explicit list of its English day
 * parsers (no time-of-day parsers: event dates need days, and the time expression parser is most of
 * chrono's cost, 0.27 → 0.04 ms a sentence measured here; "at 1pm local time on November 16" still
 * gives November 16), its casual refiners, and one refiner of fogwatch's: news reports the past, so a
 * weekday or a month-day without a year is the most recent such day on or before publication.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Chrono from 'chrono-node';
import { escapeRegex, loadData } from '../util/data-file.ts';

type ParserClass = new (flag?: boolean) => Chrono.Parser;

/**
 * chrono's casual English parsers in chrono's own order, less ENTimeExpressionParser,
 * ENTimeUnitLaterFormatParser and ENEndOfCurrentMonthParser; `flag` is the argument chrono's casual
 * configuration gives each (strict mode, little-endian order: false).
 */
const DAY_PARSERS: [file: string, flag?: boolean][] = [
  ['locales/en/parsers/ENYearMonthDayParser.js', false],
  ['common/parsers/ISOFormatParser.js'],
  ['common/parsers/SlashDateFormatParser.js', false],
  ['locales/en/parsers/ENTimeUnitWithinFormatParser.js', false],
  ['locales/en/parsers/ENMonthNameLittleEndianParser.js'],
  ['locales/en/parsers/ENMonthNameMiddleEndianParser.js', false],
  ['locales/en/parsers/ENWeekdayParser.js'],
  ['locales/en/parsers/ENSlashMonthFormatParser.js'],
  ['locales/en/parsers/ENTimeUnitAgoFormatParser.js', false],
  ['locales/en/parsers/ENYearMonthNameParser.js'],
  ['locales/en/parsers/ENCasualDateParser.js'],
  ['locales/en/parsers/ENCasualTimeParser.js'],
  ['locales/en/parsers/ENMonthNameParser.js'],
  ['locales/en/parsers/ENRelativeDateFormatParser.js'],
  ['locales/en/parsers/ENTimeUnitCasualRelativeFormatParser.js'],
];

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A month's name or abbreviation, one capture group (the one pattern of dates.ts and day-forms.ts). */
export const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** The month number (1–12) of a name or abbreviation MONTH matched. */
export const monthOf = (m: string) => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m.slice(0, 3).toLowerCase()) + 1;
export const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The most recent `weekday` (0 Sunday … 6 Saturday) on or before the day `pub` (a UTC midnight); `last`: strictly before ("last Tuesday"). */
export function recentWeekday(pub: number, weekday: number, last = false): Date {
  let back = (new Date(pub).getUTCDay() - weekday + 7) % 7;
  if (last && back === 0) back = 7;
  return new Date(pub - back * DAY);
}

/** A text that names only a year ("last year", "earlier this year"), not a month of it. */
export const namesOnlyYear = (lower: string) => /\byear\b/.test(lower) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(lower);

/**
 * How many days after publication a month-day without a year is still this year's: a plan ("talks on
 * February 4" in a report of February 1) or an account written days after its dateline, never the
 * same day a year before. Such a day is later than publication, so it dates no event.
 */
const AHEAD_DAYS = 7;

/**
 * The year of a month-day without one in a report of `pubDay`: the past occurrence, unless it is at
 * most a week ahead, also across the new year ("January 3" in a report of December 29 is next year's).
 */
export function yearOfMonthDay(year: number, month: number, day: number, pubDay: string): number {
  const pub = Date.UTC(+pubDay.slice(0, 4), +pubDay.slice(5, 7) - 1, +pubDay.slice(8, 10));
  const ahead = (y: number) => (Date.UTC(y, month - 1, day) - pub) / DAY;
  for (const y of [year, year + 1]) if (ahead(y) > 0 && ahead(y) <= AHEAD_DAYS) return y;
  return ymd(year, month, day) <= pubDay ? year : year - 1;
}

/**
 * The year of a month named without one ("in March", "last December", "December last year") in a
 * report of month `pubMonth` of `pubYear`: the year the words after it name, else the most recent
 * such month on or before publication (news reports the past), except one after words of a plan
 * ("ahead of the December vote", "scheduled for March", "next March": dates.json `planBefore`).
 */
const PLAN_WORDS = loadData('lexicon/dates.json', (d) => ({ before: d.words('planBefore') }));
const phrase = (w: string) => escapeRegex(w).replace(/ /g, '\\s+');
/** "ahead of the December …", "scheduled for March": the month is a plan's. */
const PLAN_BEFORE = new RegExp(`\\b(?:${PLAN_WORDS.before.map(phrase).join('|')})\\s+(?:the\\s+)?$`, 'i');

export function yearOfMonth(month: number, pubYear: number, pubMonth: number, before: string, after: string): number {
  const year = /^\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(after)?.[1]?.toLowerCase();
  if (year) return pubYear + (year === 'last' ? -1 : year === 'next' ? 1 : 0);
  if (/\blast\s+$/i.test(before)) return month < pubMonth ? pubYear : pubYear - 1;
  const ahead = PLAN_BEFORE.test(before);
  if (ahead) return month > pubMonth ? pubYear : pubYear + 1;
  return month <= pubMonth ? pubYear : pubYear - 1;
}

/** fogwatch's refiner: weekdays and month-days without a year resolve to the most recent past one. */
const mostRecentPast: Chrono.Refiner = {
  refine(context, results) {
    // The publication day: the reference instant is noon of it in the outlet's zone.
    const local = new Date(context.reference.instant.getTime() + (context.reference.timezoneOffset ?? 0) * 60_000);
    const pub = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    const pubDay = ymd(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
    for (const r of results) {
      const c = r.start;
      if (namesOnlyYear(r.text.toLowerCase())) continue;
      if (c.isCertain('weekday') && !c.isCertain('day')) {
        const dt = recentWeekday(pub, c.get('weekday')!);
        c.imply('year', dt.getUTCFullYear()).imply('month', dt.getUTCMonth() + 1).imply('day', dt.getUTCDate());
      } else if (c.isCertain('month') && c.isCertain('day') && !c.isCertain('year')) {
        // "November 16" in a report of 2021-11-17: the past occurrence, not next year's.
        c.imply('year', yearOfMonthDay(c.get('year')!, c.get('month')!, c.get('day')!, pubDay));
      } else if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')) {
        const end = r.index + r.text.length;
        c.imply('year', yearOfMonth(c.get('month')!, local.getUTCFullYear(), local.getUTCMonth() + 1,
          context.text.slice(Math.max(0, r.index - 24), r.index), context.text.slice(end, end + 24)));
      }
    }
    return results;
  },
};

let dayParser: Chrono.Chrono | null = null;

/**
 * The day parser, made on first use: most sentences are read by dates.ts's fast path, and a run
 * that never needs chrono never loads it. chrono's CommonJS build (the same code as its ES modules)
 * is loaded with require: its 267 ES module files each pass through tsx's module hooks when imported
 * (~0.5 s of CPU at start-up), its CommonJS files do not, and require is synchronous. Only the files
 * used are loaded: the Chrono class and the English configuration (51 files, ~0.03-0.05 s of CPU),
 * not the package's index, which loads all sixteen locales (267 files, ~0.13-0.2 s in every process
 * and every worker that reads a date chrono must read).
 */
export function chronoDayParser(): Chrono.Chrono {
  if (dayParser) return dayParser;
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('chrono-node'));
  const ChronoClass = (require(join(dist, 'chrono.js')) as { Chrono?: typeof Chrono.Chrono }).Chrono;
  const English = (require(join(dist, 'locales/en/configuration.js')) as { default?: new () => { createCasualConfiguration(): { refiners: Chrono.Refiner[] } } }).default;
  if (typeof ChronoClass !== 'function' || typeof English !== 'function') throw new Error('chrono-node: expected chrono.js and locales/en/configuration.js; has the package changed?');
  const parsers = DAY_PARSERS.map(([file, flag]) => {
    let P: ParserClass | undefined;
    try {
      P = (require(join(dist, file)) as { default?: ParserClass }).default;
    } catch {
      P = undefined;
    }
    if (typeof P !== 'function') throw new Error(`chrono-node: expected its parser ${file}; has the package changed?`);
    return flag === undefined ? new P() : new P(flag);
  });
  // chrono.en.configuration.createCasualConfiguration(), without the index that holds it.
  const refiners = new English().createCasualConfiguration().refiners;
  dayParser = new ChronoClass({ parsers, refiners: [...refiners, mostRecentPast] });
  return dayParser;
}
