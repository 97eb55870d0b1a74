import type { Event } from '../record/schema.ts';

/**
 * Per-field agreement of extracted events with ACLED-format rows, the way ../shared/eval/score.py's
 * `acled` mode counts it: the primary event (first not background) against the row's event_type,
 * sub_event_type, event_date, admin1 and fatalities (rows whose notes say a figure was "coded as",
 * "split" or "unknown fatalities" are left out of the fatalities count).
 */
export interface AcledRow {
  notes: string;
  event_type: string;
  sub_event_type: string;
  event_date: string;
  admin1?: string;
  fatalities?: string;
  timestamp?: string;
}

export interface Agreement {
  n: number;
  noEvent: number;
  eventType: number;
  subEventType: number;
  date: number;
  admin1: number;
  fatalities: number;
  fatalitiesN: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ACLED's dates: "31-December-2019", "31-Dec-19", "31-12-19", "31 December 2019", "2019-12-31", "31/12/2019". */
export function acledDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[-/ ]([A-Za-z]+|\d{1,2})[-/ ](\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  const mon = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  if (mon < 1 || mon > 12) return null;
  let y = Number(m[3]);
  if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
  return `${y}-${String(mon).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The day a row was published, as score.py gives it: the upload timestamp, else the event date. */
export function rowPublished(r: AcledRow): string | null {
  if (r.timestamp && /^\d+$/.test(r.timestamp)) return new Date(Number(r.timestamp) * 1000).toISOString().slice(0, 10);
  return acledDate(r.event_date);
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function emptyAgreement(): Agreement {
  return { n: 0, noEvent: 0, eventType: 0, subEventType: 0, date: 0, admin1: 0, fatalities: 0, fatalitiesN: 0 };
}

/** Adds one row's comparison to the running counts. */
export function addRow(acc: Agreement, row: AcledRow, events: Event[]): void {
  acc.n++;
  const e = events.find((x) => !x.background);
  if (!e) { acc.noEvent++; return; }
  if (norm(e.eventType) === norm(row.event_type)) acc.eventType++;
  if (norm(e.subEventType) === norm(row.sub_event_type)) acc.subEventType++;
  if (e.date.start && e.date.start === acledDate(row.event_date)) acc.date++;
  if (row.admin1 && norm(e.location?.admin1) === norm(row.admin1)) acc.admin1++;
  const notes = row.notes.toLowerCase();
  if (/^\d+$/.test(row.fatalities ?? '') && !['coded as', 'split', 'unknown fatalities'].some((w) => notes.includes(w))) {
    acc.fatalitiesN++;
    if ((e.fatalities ?? 0) === Number(row.fatalities)) acc.fatalities++;
  }
}

export function rates(a: Agreement): Record<string, number> {
  const r = (x: number, n: number) => Math.round((x / Math.max(1, n)) * 10_000) / 10_000;
  return {
    n: a.n, no_event: a.noEvent, event_type: r(a.eventType, a.n), sub_event_type: r(a.subEventType, a.n),
    date: r(a.date, a.n), admin1: r(a.admin1, a.n), fatalities_exact: r(a.fatalities, a.fatalitiesN),
  };
}
