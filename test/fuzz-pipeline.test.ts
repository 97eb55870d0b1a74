import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFuzzWorker, type FuzzOutcome } from './fuzz-kit.ts';

/**
 * A fixed-seed corpus of hostile inputs (test/fuzz-cases.ts) through every reader and the extractor:
 * no crash, every record within the contract (checked in the worker), no case over the one
 * second per stage, no hang, the worker's heap capped. FOGWATCH_FUZZ_COUNT / _SEED / _CASE_MS widen
 * or vary the run; bench/fuzz.ts runs 100,000 cases.
 */
const COUNT = Number(process.env.FOGWATCH_FUZZ_COUNT ?? 2500);
const SEED = Number(process.env.FOGWATCH_FUZZ_SEED ?? 20261125);
const CASE_LIMIT_MS = Number(process.env.FOGWATCH_FUZZ_CASE_MS ?? 1000);
const HANG_MS = 30_000;
/** The worker's heap cap: past it the worker dies and the run fails (unbounded memory). */
const MAX_HEAP_MB = 1024;

let corpus: Promise<FuzzOutcome> | null = null;
const outcome = () => (corpus ??= runFuzzWorker({ entry: new URL('./fuzz-pipeline-worker.ts', import.meta.url), workerData: { count: COUNT, seed: SEED }, caseLimitMs: CASE_LIMIT_MS, hangMs: HANG_MS, maxHeapMb: MAX_HEAP_MB }));

test(`${COUNT} generated hostile inputs through every reader: no crash, articles within the schema, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async (t) => {
  const o = await outcome();
  for (const [stage, s] of Object.entries(o.slowest)) t.diagnostic(`slowest ${stage}: ${s.label} ${s.ms.toFixed(0)} ms`);
  t.diagnostic(`counts ${JSON.stringify(o.counts)}, peak heap ${o.peakHeapMb.toFixed(0)} MB`);
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.read ?? [], []);
  assert.deepEqual(o.slow.read ?? [], []);
  assert.equal(o.done.read, COUNT);
  // Both paths must be exercised, or the corpus proves little.
  const { articles = 0, errors = 0 } = o.counts;
  assert.ok(articles > COUNT / 3 && errors > COUNT / 20, `articles ${articles}, errors ${errors}`);
});

test(`their articles through processArticle: no crash, events within the schema with exact quotes, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.pipeline ?? [], []);
  assert.deepEqual(o.slow.pipeline ?? [], []);
  // The extractor must have had something to find: events (and their quotes) were checked.
  assert.ok((o.counts.events ?? 0) > COUNT / 10, `events ${o.counts.events}`);
});

test(`memory stays bounded: the worker ran under a ${MAX_HEAP_MB} MB heap cap`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.ok(o.peakHeapMb > 0 && o.peakHeapMb < MAX_HEAP_MB, `peak heap ${o.peakHeapMb.toFixed(0)} MB`);
});
