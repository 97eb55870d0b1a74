import { stringify } from 'csv-stringify/sync';
import type { StoredEvent, TotalsRule } from '../store/types.ts';
import { ACLED_COLUMNS, UCDP_COLUMNS } from './columns.ts';
import { acledRow, ucdpRow } from './rows.ts';

export { ACLED_COLUMNS, UCDP_COLUMNS } from './columns.ts';
export { acledRow, ucdpRow } from './rows.ts';

export const EXPORT_FORMATS = ['json', 'jsonl', 'acled-csv', 'ucdp-csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  events: number;
  /** Events left out of GeoJSON because they have no coordinates. */
  withoutPoint: number;
}

/**
 * Streams events out in one of the export formats, a chunk at a time through `write` (which should
 * respect back-pressure), so a large database never sits in memory whole.
 */
export async function exportEvents(events: AsyncIterable<StoredEvent>, format: ExportFormat, write: (chunk: string) => Promise<void>, rule: TotalsRule = 'conservative'): Promise<ExportSummary> {
  const sum: ExportSummary = { events: 0, withoutPoint: 0 };
  let first = true;
  switch (format) {
    case 'jsonl':
      for await (const e of events) { sum.events++; await write(JSON.stringify(e) + '\n'); }
      return sum;
    case 'json':
      await write('[');
      for await (const e of events) { sum.events++; await write((first ? '\n' : ',\n') + JSON.stringify(e)); first = false; }
      await write(first ? ']\n' : '\n]\n');
      return sum;
    case 'acled-csv':
      await write(stringify([ACLED_COLUMNS as unknown as string[]]));
      for await (const e of events) {
        sum.events++;
        const r = acledRow(e);
        await write(stringify([ACLED_COLUMNS.map((c) => r[c])]));
      }
      return sum;
    case 'ucdp-csv':
      await write(stringify([UCDP_COLUMNS as unknown as string[]]));
      for await (const e of events) {
        sum.events++;
        const r = ucdpRow(e, rule);
        await write(stringify([UCDP_COLUMNS.map((c) => r[c])]));
      }
      return sum;
    case 'geojson':
      await write('{"type":"FeatureCollection","features":[');
      for await (const e of events) {
        sum.events++;
        const loc = e.location;
        if (!loc || loc.latitude === null || loc.longitude === null) { sum.withoutPoint++; continue; }
        const { claims: _c, evidence: _e, ...props } = e;
        void _c; void _e;
        const feature = { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [loc.longitude, loc.latitude] }, properties: props };
        await write((first ? '\n' : ',\n') + JSON.stringify(feature));
        first = false;
      }
      await write(first ? ']}\n' : '\n]}\n');
      return sum;
    default:
      throw new Error(`unknown export format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
}
