/**
 * The demo corpus (examples/) into a store, as `npm start` does: the same reader, pipeline and
 * store calls as `fogwatch ingest`. Idempotent: an unchanged report is left as it is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../pipeline.ts';
import { readInputs } from '../read/inputs.ts';
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
  const sum: ExamplesSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
  for await (const r of readInputs(exampleFiles(dir), {})) {
    if (!r.ok) {
      sum.failed++;
      sum.errors.push(`${r.source}: ${r.error}`);
      continue;
    }
    try {
      // Already stored exactly so: skip the extraction too (a restart of `npm start` is quick).
      if (await store.isStored(r.article)) {
        sum.unchanged++;
        continue;
      }
      sum[(await store.ingestArticle(r.article, processArticle(r.article))).status]++;
    } catch (e) {
      sum.failed++;
      sum.errors.push(`${r.source}: ${(e as Error).message}`);
    }
  }
  return sum;
}
