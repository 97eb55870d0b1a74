/** Stored events for the export tests (not a test file itself): written for these tests. */
import { parse } from 'csv-parse/sync';
import { exportEvents, type ExportFormat, type ExportOptions, type ExportSummary } from '../src/export/index.ts';
import type { Actor, Event } from '../src/record/schema.ts';
import { mergeReports } from '../src/resolve/merge.ts';
import type { StoredEvent } from '../src/store/types.ts';
import { claim, event, SOTK } from './store-fixtures.ts';

export const ARM: Actor = { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM', inter: 1 };
export const AZE: Actor = { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE', inter: 1 };

/** The border clash of the seed's kind, two reports, each side's defence ministry with its own figure. */
export function clash(over: Partial<Event> = {}): StoredEvent {
  const claims = [
    { ...claim('15 servicemen, "including" officers, were killed', { low: 15, high: 15, party: { name: 'Armenian soldiers', kind: 'military', country: 'ARM' }, claimedBy: { name: 'Armenian defence ministry', kind: 'military', country: 'ARM' } }), articleId: 'arm-1' },
    { ...claim('seven of its soldiers had died', { low: 7, high: 7, party: { name: 'Azerbaijani soldiers', kind: 'military', country: 'AZE' }, claimedBy: { name: 'Baku', kind: 'government', country: 'AZE' } }), articleId: 'aze-1' },
  ];
  const ev = event({
    eventType: 'Battles', subEventType: 'Armed clash', date: { start: '2021-11-16', end: '2021-11-16', precision: 1 },
    location: { ...SOTK, mention: { text: 'near the village of Sotk', start: 10, end: 33 } }, actor1: AZE, actor2: ARM,
    notes: 'Fighting on the border, with "heavy" losses; a ceasefire followed,\nbrokered by Russia.', ...over,
  });
  const merged = mergeReports('ev_0011', [{ articleId: 'arm-1', event: ev }, { articleId: 'aze-1', event: ev }], claims);
  return { ...merged, background: ev.background, articleCount: 2, createdAt: '2021-11-17T10:00:00.000Z', updatedAt: '2021-11-17T12:00:00.000Z', sources: ['Armenpress', 'APA'] };
}

/** A stored event of any type with a given figure of the killed (best = low = high). */
export function stored(over: Partial<Event> = {}, killed: number | null = null): StoredEvent {
  const range = { low: killed, best: killed, high: killed };
  const none = { low: null, best: null, high: null };
  const e = event({ totals: { killed: range, wounded: none, missing: none, captured: none }, fatalities: killed, articles: ['a-1'], ...over });
  return { ...e, articleCount: e.articles.length, sources: ['Daily Ledger'], createdAt: '2016-05-15T08:00:00.000Z', updatedAt: '2016-05-15T09:30:00.000Z' };
}

export async function run(format: ExportFormat, events: StoredEvent[], opts: ExportOptions = {}): Promise<{ text: string; summary: ExportSummary }> {
  let text = '';
  const summary = await exportEvents(events, format, (s) => { text += s; }, opts);
  return { text, summary };
}

/** A real CSV reader, strict: every record must have exactly the header's columns. */
export function readCsv(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
}
