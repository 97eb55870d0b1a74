import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { runFuzzWorker, type FuzzOutcome } from './fuzz-kit.ts';
import { tempDir } from './helpers.ts';

/** The bound for one input, per stage. */
const CASE_LIMIT_MS = Number(process.env.FOGWATCH_FUZZ_CASE_MS ?? 1000);
/** A stage still running after this long is a hang: the worker is stopped. */
const HANG_MS = 30_000;
const COUNT = 1000;

/** One run of the corpus, shared by the tests below (machinery in fuzz-kit.ts). */
async function runCorpus(): Promise<FuzzOutcome> {
  const dir = tempDir('fogwatch-fuzz-');
  try {
    return await runFuzzWorker({ entry: new URL('./read-fuzz-worker.ts', import.meta.url), workerData: { dir, count: COUNT, seed: 20261125 }, caseLimitMs: CASE_LIMIT_MS, hangMs: HANG_MS });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let corpus: Promise<FuzzOutcome> | null = null;
const outcome = () => (corpus ??= runCorpus());

test(`${COUNT} generated hostile inputs through readInputs: no crash, no hang, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.read ?? [], []);
  assert.deepEqual(o.slow.read ?? [], []);
  assert.equal(o.done.read, COUNT);
  // The corpus must exercise both paths, or it proves little.
  const { articles = 0, errors = 0 } = o.counts;
  assert.ok(articles > 100 && errors > 100, `articles ${articles}, errors ${errors}`);
});

test(`the articles read from them through processArticle (the extract pipeline): no crash, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.pipeline ?? [], []);
  assert.deepEqual(o.slow.pipeline ?? [], []);
});
