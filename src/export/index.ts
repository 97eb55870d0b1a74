/**
 * Exports of stored events: JSON and JSONL (the records as stored), ACLED's CSV, UCDP GED's CSV and
 * GeoJSON. Each format is written a chunk at a time, so a large database never sits in memory
 * whole. docs/export.md describes every column.
 */
import type { StoredEvent, TotalsRule } from '../store/types.ts';
import { acledRow } from './acled.ts';
import { ACLED_COLUMNS, GED_COLUMNS } from './columns.ts';
import { csvLine } from './csv.ts';
import { geojsonFeature } from './geojson.ts';
import { ucdpRow, violenceType } from './ucdp.ts';

export { ACLED_COLUMNS, GED_COLUMNS, UCDP_COLUMNS, type AcledRow, type GedRow } from './columns.ts';
export { ACLED_INTER_NAMES, acledRow, interactionOf, TAG_BACKGROUND, TAG_DIPLOMACY } from './acled.ts';
export { priogridCell, ucdpRow, violenceType } from './ucdp.ts';
export { GEOJSON_PROPERTIES, geojsonFeature, type EventFeature } from './geojson.ts';
export { csvLine, safeCell } from './csv.ts';

export const EXPORT_FORMATS = ['json', 'jsonl', 'acled-csv', 'ucdp-csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to do with Diplomacy events in the ACLED CSV: ACLED has no such event type. */
export const DIPLOMACY_MODES = ['exclude', 'flag', 'only'] as const;
export type DiplomacyMode = (typeof DIPLOMACY_MODES)[number];

export interface ExportOptions {
  /** How the UCDP CSV splits the dead by side and gives best, low and high (default 'conservative', ACLED's). */
  rule?: TotalsRule;
  /**
   * Background events (past events recalled as context) in acled-csv, ucdp-csv and geojson, which
   * leave them out by default (in acled-csv they are tagged). json and jsonl carry every event,
   * with its `background` flag.
   */
  background?: boolean;
  /** Diplomacy events in acled-csv: left out ('exclude', the default), kept and tagged ('flag'), or alone ('only': a file of their own). */
  diplomacy?: DiplomacyMode;
}

export interface ExportSummary {
  /** Events read. */
  events: number;
  /** Events written. */
  written: number;
  /** Background events left out (see ExportOptions.background). */
  background: number;
  /** Diplomacy events left out of (or, with 'only', the other events left out of) the ACLED CSV. */
  diplomacy: number;
  /** Events left out of the UCDP CSV: not organised violence that killed someone. */
  notGed: number;
  /** Events left out of GeoJSON because they have no coordinates. */
  withoutPoint: number;
}

type Row = (e: StoredEvent) => string | null;

function rows(format: ExportFormat, opts: ExportOptions, sum: ExportSummary): { head: string; row: Row; tail: string; sep: string } {
  const rule = opts.rule ?? 'conservative';
  const diplomacy = opts.diplomacy ?? 'exclude';
  const current = (e: StoredEvent) => {
    if (e.background && !opts.background) sum.background++;
    return !e.background || !!opts.background;
  };
  switch (format) {
    case 'jsonl':
      return { head: '', row: (e) => JSON.stringify(e) + '\n', tail: '', sep: '' };
    case 'json':
      return { head: '[', row: (e) => JSON.stringify(e), tail: ']\n', sep: ',\n' };
    case 'acled-csv':
      return {
        head: csvLine(ACLED_COLUMNS), tail: '', sep: '',
        row: (e) => {
          if (!current(e)) return null;
          const isDiplomacy = e.eventType === 'Diplomacy';
          if ((diplomacy === 'exclude' && isDiplomacy) || (diplomacy === 'only' && !isDiplomacy)) { sum.diplomacy++; return null; }
          const r = acledRow(e);
          return csvLine(ACLED_COLUMNS.map((c) => r[c]));
        },
      };
    case 'ucdp-csv':
      return {
        head: csvLine(GED_COLUMNS), tail: '', sep: '',
        row: (e) => {
          if (!current(e)) return null;
          // GED's events: organised violence that killed at least one person.
          if (violenceType(e) === null || (e.totals.killed.best ?? 0) < 1) { sum.notGed++; return null; }
          const r = ucdpRow(e, rule);
          return csvLine(GED_COLUMNS.map((c) => r[c]));
        },
      };
    case 'geojson':
      return {
        head: '{"type":"FeatureCollection","features":[', tail: ']}\n', sep: ',\n',
        row: (e) => {
          if (!current(e)) return null;
          const f = geojsonFeature(e);
          if (!f) { sum.withoutPoint++; return null; }
          return JSON.stringify(f);
        },
      };
    default:
      throw new Error(`unknown export format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
}

/**
 * Streams events out in one of the export formats through `write` (which should respect
 * back-pressure), and tells how many were written and why the others were left out.
 */
export async function exportEvents(events: AsyncIterable<StoredEvent> | Iterable<StoredEvent>, format: ExportFormat,
  write: (chunk: string) => Promise<void> | void, opts: ExportOptions = {}): Promise<ExportSummary> {
  const sum: ExportSummary = { events: 0, written: 0, background: 0, diplomacy: 0, notGed: 0, withoutPoint: 0 };
  const { head, row, tail, sep } = rows(format, opts, sum);
  const lists = sep !== '';
  await write(head);
  for await (const e of events) {
    sum.events++;
    const text = row(e);
    if (text === null) continue;
    await write(lists ? (sum.written ? sep : '\n') + text : text);
    sum.written++;
  }
  await write(lists && sum.written ? '\n' + tail : tail);
  return sum;
}
