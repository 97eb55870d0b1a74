/**
 * The date of an event (docs/extraction.md, "Date"): the date nearest the trigger in the event's
 * sentences (day-precise first, then one that names its month or year before one relative to
 * publication), not one after "since" and not a recalled year; else the lead's first date; else the
 * publication day with week precision.
 */
import type { DateMention } from '../../annotate/dates.ts';
import type { Doc } from '../../annotate/doc.ts';
import type { EventDate } from '../../record/schema.ts';
import { backgroundAt } from '../background.ts';
import { toEventDate, type Draft } from './draft.ts';

/** The date of a draft: where it is told, else the lead's, else the publication day. */
export function eventDate(doc: Doc, d: Draft): EventDate {
  return dateOf(doc, d) ?? firstDate(doc, d);
}

/** The date in sentence si nearest to offset `at`, not a "since …" comparison and not a recalled past. */
function dateNear(doc: Doc, si: number, at: number, background: boolean): DateMention | null {
  const ds = doc.dates(si);
  if (!ds.length) return null;
  const text = doc.text;
  const ok = ds.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 20), d.start).toLowerCase();
    if (/since\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$/.test(before)) return false;
    if (!background && doc.ref && d.yearOnly && Number(d.date.slice(0, 4)) < Number(doc.ref.day.slice(0, 4))) return false;
    return true;
  });
  if (!ok.length) return null;
  // Day-precise first; a date that names its month or year ("27 September 2018") before one
  // relative to publication ("the day before"); a day given with its year ("2 May 2020") before a bare
  // day and month, which may be a name ("the 7 July district"); then the nearest to the event's words.
  const relative = (d: DateMention) => (/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(d.text) ? 0 : 1);
  const yearless = (d: DateMention) => (/\b(?:1[89]|20)\d\d\b/.test(d.text) ? 0 : 1);
  ok.sort((a, b) => (a.precision - b.precision) * 100000 + (relative(a) - relative(b)) * 10000 + (yearless(a) - yearless(b)) * 5000 + Math.abs(a.start - at) - Math.abs(b.start - at));
  return ok[0]!;
}

/** The first date given where the event is told, day-precise ones first. */
function dateOf(doc: Doc, d: Draft): EventDate | null {
  let best: DateMention | null = null;
  for (const a of d.anchors) {
    const dm = dateNear(doc, a.si, a.at, d.background);
    if (dm && (!best || dm.precision < best.precision)) best = dm;
    if (best?.precision === 1) break;
  }
  return best ? toEventDate(best) : null;
}

function firstDate(doc: Doc, d: Draft): EventDate {
  if (!d.background) {
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
