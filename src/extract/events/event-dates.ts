/**
 * The date of an event (docs/extraction.md, "Date"): the date nearest the trigger in the event's
 * sentences (day-precise first, then one that names its month or year before one relative to
 * publication), not one after "since" and not a recalled year; else the lead's first date; else the
 * publication day with week precision.
 */
import { MONTH } from '../../annotate/chrono.ts';
import type { DateMention } from '../../annotate/dates.ts';
import type { Doc } from '../../annotate/doc.ts';
import type { EventDate } from '../../record/schema.ts';
import { backgroundAt } from '../background.ts';
import { toEventDate, type Draft } from './draft.ts';
import { EVENT_WORDS as W, isVerbForm } from './lexicon.ts';
import { TYPING_WORDS as TW } from '../typing/words.ts';

/** The date of a draft: where it is told, else the lead's, else the publication day. */
export function eventDate(doc: Doc, d: Draft): EventDate {
  return dateOf(doc, d) ?? firstDate(doc, d);
}

/** A date in the clause that tells a body found: "his body was found in the mortuary on", "was found dead on". */
const BODY_FOUND = new RegExp(`\\b(?:${W.bodyNounPattern})\\b[^.;:!?]{0,40}\\b(?:was|were|been)\\s+(?:found|discovered|recovered|retrieved|exhumed)\\b[^.;:!?]{0,60}$`, 'i');
const FOUND_DEAD = /\b(?:found|discovered)\s+(?:dead|murdered|lifeless|(?:fatally\s+)?(?:shot|stabbed|strangled|hanged|killed))\b[^.;:!?]{0,50}$/i;
const foundOn = (doc: Doc, d: DateMention) => {
  const before = doc.text.slice(Math.max(0, d.start - 110), d.start);
  return BODY_FOUND.test(before) || FOUND_DEAD.test(before);
};
/** A date that names its month or day ("30 January", "June 3"), not one told from the publication day. */
const NAMED = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DAY = 86_400_000;

/**
 * The day a body was found tells when a killing was learnt of, not when it was done: a day-precise
 * date of the event's sentences up to two months earlier ("abducted on 30 January … found dead on
 * 4 February") is its date, if it names its month (a weekday is counted back from the publication
 * day, which may put a later day before the finding). Later ones are when it was told ("police said").
 */
function beforeFound(doc: Doc, best: DateMention, all: () => DateMention[]): DateMention {
  if (best.precision !== 1 || !foundOn(doc, best)) return best;
  const found = Date.parse(best.date);
  const earlier = all().filter((d) => d.precision === 1 && NAMED.test(d.text) && !foundOn(doc, d) && Date.parse(d.date) < found && found - Date.parse(d.date) <= 60 * DAY);
  return earlier[0] ?? best;
}

/**
 * A date that names its month and qualifies another event's noun ("to uphold the 30 July poll", "his
 * May 3 election win", "rigging the 22 March polls") is that event's day. Not a weekday ("Sunday's
 * poll", "Monday despite the ceasefire": when the act was done), not one told as when something was
 * done ("on" before it, a verb or a preposition between: "16 March burnt ballot papers", "5 June after
 * the vote"), nor one after "during" ("clashed during the 30 December election").
 */
function otherEventsDay(text: string, d: DateMention): boolean {
  if (!MONTH_NAMED.test(d.text)) return false;
  const m = W.otherEventAfter.exec(text.slice(d.end, d.end + 60));
  if (!m) return false;
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  if (W.sameDayBefore.test(before) || /\bon\s+(?:the\s+)?$/i.test(before)) return false;
  const between = m[0].trim().split(/\s+/).slice(0, -1).map((w) => w.toLowerCase());
  return !between.some((w) => w.startsWith("'") || isVerbForm(w) || W.prepositions.has(w) || W.timeClauseLeads.has(w) || W.notDateModifiers.has(w));
}
/**
 * A dateline's date ("BISHKEK, Sept 17 (Reuters) -", "GOMA, Congo, March 3 —"): the day the report was
 * filed, not the day of anything it tells.
 */
function inDateline(text: string, d: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  return DATELINE_BEFORE.test(text.slice(lineStart, d.start)) && DATELINE_AFTER.test(text.slice(d.end, d.end + 40));
}
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’\/-]{1,40},\s*(?:\p{Lu}[\p{L} .'’-]{1,30},\s*)?$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-—–:]/;

/**
 * A day told with a verb of saying ("the army said on Friday", "officials on Monday said") is when it
 * was said: any other day the sentence gives is the act's ("said on Friday it had repelled an attack
 * on Sunday").
 */
function saidOn(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 24), d.start).toLowerCase().split(/\s+/).filter(Boolean);
  if (before[before.length - 1] === 'on') before.pop();
  if (before[before.length - 1] === 'late' || before[before.length - 1] === 'early') before.pop();
  const after = text.slice(d.end, d.end + 16).toLowerCase().split(/\s+/).filter(Boolean)[0] ?? '';
  return TW.speechVerbs.has(before[before.length - 1] ?? '') || TW.speechVerbs.has(after);
}

/**
 * A day told in a relative clause right after the event's word ("fighting that broke out on Wednesday",
 * "clashes which erupted late on Monday") is the event's own, before a nearer day of the sentence's
 * main verb ("traded accusations on Saturday over fighting that …"); not a clause of saying ("clashes
 * that officials said on Monday …").
 */
function inOwnClause(text: string, at: number, d: DateMention): boolean {
  if (d.start <= at || d.start - at > OWN_CLAUSE_REACH) return false;
  const m = OWN_CLAUSE.exec(text.slice(at, d.start));
  if (!m || !/^on\b/i.test(d.text) && !/\bon\s+$/i.test(m[1]!)) return false;
  return !m[1]!.toLowerCase().split(/\s+/).some((w) => TW.speechVerbs.has(w));
}
// The day is told with "on" (in the date's words or just before it), not a span ("clashes that
// went on from 2 to 5 June").
const OWN_CLAUSE = /^[\p{L}'’-]+\s+(?:that|which)\s+((?:[\p{L}'’-]+\s+){1,5})$/u;
const OWN_CLAUSE_REACH = 60;

/** A date that names its month ("30 July", "May 3"), not a weekday or a day told from publication. */
const MONTH_NAMED = new RegExp(MONTH, 'i');

/** The date in sentence si nearest to offset `at`, not a "since …" comparison and not a recalled past. */
function dateNear(doc: Doc, si: number, at: number, background: boolean): DateMention | null {
  return datesNear(doc, si, at, background)[0] ?? null;
}

/** The dates of sentence si that may be the event's, best first (see dateNear). */
function datesNear(doc: Doc, si: number, at: number, background: boolean): DateMention[] {
  const ds = doc.dates(si);
  if (!ds.length) return [];
  const text = doc.text;
  const ok = ds.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 20), d.start).toLowerCase();
    if (/since\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$/.test(before)) return false;
    if (otherEventsDay(text, d) || inDateline(text, d)) return false;
    if (!background && doc.ref && d.yearOnly && Number(d.date.slice(0, 4)) < Number(doc.ref.day.slice(0, 4))) return false;
    return true;
  });
  if (!ok.length) return [];
  // Day-precise first; a date that names its month or year ("27 September 2018") before one
  // relative to publication ("the day before"); a day given with its year ("2 May 2020") before a bare
  // day and month, which may be a name ("the 7 July district"); then the nearest to the event's words.
  const relative = (d: DateMention) => (NAMED.test(d.text) ? 0 : 2) + (saidOn(text, d) ? 1 : 0) - (inOwnClause(text, at, d) ? 4 : 0);
  const yearless = (d: DateMention) => (/\b(?:1[89]|20)\d\d\b/.test(d.text) ? 0 : 1);
  ok.sort((a, b) => (a.precision - b.precision) * 100000 + (relative(a) - relative(b)) * 10000 + (yearless(a) - yearless(b)) * 5000 + Math.abs(a.start - at) - Math.abs(b.start - at));
  return ok;
}

/** The first date given where the event is told, day-precise ones first. */
function dateOf(doc: Doc, d: Draft): EventDate | null {
  let best: DateMention | null = null;
  for (const a of d.anchors) {
    const dm = dateNear(doc, a.si, a.at, d.background);
    if (dm && (!best || dm.precision < best.precision)) best = dm;
    if (best?.precision === 1) break;
  }
  // A day heading the text ("07 October." alone before the story) dates what follows it: a month
  // told in the event's sentence is then another time, often the grievance's ("marched to denounce
  // the killings of late September").
  const heading = best && best.precision !== 1 && !d.background ? headingDate(doc) : null;
  if (heading) return toEventDate(heading);
  if (!best) return null;
  const all = () => d.anchors.flatMap((a) => datesNear(doc, a.si, a.at, d.background));
  return toEventDate(beforeFound(doc, best, all));
}

/** The day-precise date that makes up the whole first sentence ("07 October.", "12 March 2019:"), or null. */
function headingDate(doc: Doc): DateMention | null {
  const first = doc.sentences[0];
  if (!first) return null;
  const ds = doc.dates(0);
  if (ds.length !== 1 || ds[0]!.precision !== 1) return null;
  const rest = doc.text.slice(first.start, ds[0]!.start) + doc.text.slice(ds[0]!.end, first.end);
  return /^[\s.:,;\-–—]*$/.test(rest) ? ds[0]! : null;
}

function firstDate(doc: Doc, d: Draft): EventDate {
  if (!d.background) {
    // A dateline's day is the report's: what the report tells without a day of its own is of that day,
    // not of a day the lead gives another act ("On Monday, six policemen died in a separate blast …").
    const filed = doc.sentences.length ? doc.dates(0).find((x) => inDateline(doc.text, x)) : undefined;
    if (filed) return toEventDate(filed);
    // The lead's date (first sentences), then the publication day with week precision.
    for (let si = 0; si < Math.min(doc.sentences.length, 6); si++) {
      const dm = dateNear(doc, si, doc.sentences[si]!.start, false);
      if (dm && !backgroundAt(doc, si, 0).background) return toEventDate(dm);
    }
  }
  const pub = doc.ref?.day ?? null;
  if (d.background) return { start: null, end: null, precision: 5, mention: null };
  return { start: pub, end: pub, precision: pub ? 3 : 5, mention: null };
}
