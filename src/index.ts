/**
 * fogwatch as a library: the stages the CLI runs, typed (docs/library.md).
 *
 *   import { openStore, ingest, exportEvents } from 'fogwatch';
 *   const store = await openStore('./fogwatch-data');          // or 'postgres://…'
 *   await ingest(store, ['reports/']);                          // read, extract, store, merge
 *   for await (const e of store.iterateEvents({ country: 'ARM' })) console.log(e.eventType, e.totals.killed);
 *   await store.close();
 *
 * Importing this module loads no database: openStore loads PGlite or pg when it is called.
 */
import type { OpenStoreOptions } from './store/index.ts';
import { DEFAULT_DB, type Store } from './store/types.ts';

// The records every stage passes on, as zod schemas and as types.
export * from './record/schema.ts';
export { ACLED_TYPES, DIPLOMACY_SUB_TYPES, DIPLOMACY_TYPE, disorderTypeOf, EVENT_TYPES, eventTypeOf, SUB_EVENT_TYPES, type AcledEventType, type EventType } from './record/taxonomy.ts';

// Read: files, folders, standard input, URLs, feeds → articles.
export { readInputs } from './read/inputs.ts';
export { articleFromText } from './read/text.ts';
export { INPUT_FORMATS, type ArticleDefaults, type FetchOptions, type InputFormat, type ReadOptions, type ReadResult } from './read/types.ts';

// Extract: one article → its events (actors, date, place, sourced claims).
export { processArticle, type PipelineOptions } from './pipeline.ts';

// Store, ingest, query: reports of one event are merged as they are stored.
export { DEFAULT_DB };
export { StoreError } from './store/errors.ts';
export type {
  ArticleDetail, ArticleSummary, ClaimGroup, EventDetail, EventFilters, EventPage, EventSort, IngestItem, IngestResult, IngestStatus,
  OpenOptions, Stats, Store, StoredClaim, StoredEvent, TotalsRule,
} from './store/types.ts';
export type { OpenStoreOptions } from './store/index.ts';
export { ingest, type IngestOptions, type IngestSummary } from './ingest.ts';

// Merge and reconcile without a store: reports known to tell one event, claims side by side.
export { mergeReports, type Report } from './resolve/merge.ts';
export { contradictionsOf, totalsOf, type ClaimLike } from './resolve/reconcile.ts';

// Export: JSON, JSONL, ACLED CSV, UCDP GED CSV, GeoJSON (docs/export.md).
export {
  ACLED_COLUMNS, acledRow, DIPLOMACY_MODES, EXPORT_FORMATS, exportEvents, GED_COLUMNS, GEOJSON_PROPERTIES, geojsonFeature, safeCell,
  UCDP_COLUMNS, ucdpRow, type AcledRow, type DiplomacyMode, type EventFeature, type ExportFormat, type ExportOptions, type ExportSummary,
  type GedRow,
} from './export/index.ts';

/**
 * Opens a store: a data folder for the embedded database (PGlite; made when missing) or a
 * `postgres://` URL for a PostgreSQL server. One writer per data folder at a time (a lock file);
 * close it when done.
 */
export async function openStore(location: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  const { open } = await import('./store/index.ts');
  return open(location, options);
}
