/**
 * The demo corpus (examples/) into a store, as `npm start` does: the same reader, pipeline and
 * store calls as `fogwatch ingest` (the library's `ingest`). Idempotent: an unchanged report is left as it is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest.ts';
import type { IngestStatus, Store } from '../store/types.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

export interface ExamplesSummary extends Record<IngestStatus | 'failed', number> {
  errors: string[];
}

/** The report files of the folder (examples/README.md is documentation, not a report). */
export function exampleFiles(dir: string = EXAMPLES_DIR): string[] {
  return readdirSync(dir).filter((f) => /\.(jsonl|json|txt|html)$/i.test(f)).sort().map((f) => join(dir, f));
}

export async function ingestExamples(store: Store, dir: string = EXAMPLES_DIR): Promise<ExamplesSummary> {
  const sum = await ingest(store, exampleFiles(dir));
  return { new: sum.new, updated: sum.updated, unchanged: sum.unchanged, failed: sum.failed, errors: sum.errors.map((e) => `${e.source}: ${e.error}`) };
}
