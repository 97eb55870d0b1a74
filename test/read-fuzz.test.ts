import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { tempDir } from './helpers.ts';

/** The bound for one input, per stage. */
const CASE_LIMIT_MS = Number(process.env.FOGWATCH_FUZZ_CASE_MS ?? 1000);
/** A stage still running after this long is a hang: the worker is stopped. */
const HANG_MS = 30_000;
const COUNT = 1000;

type Stage = 'read' | 'pipeline';
interface Outcome {
  hang: string | null;
  crashes: Record<Stage, string[]>;
  slow: Record<Stage, string[]>;
  done: Record<Stage, number>;
  articles: number;
  errors: number;
}

/** One run of the corpus, shared by the tests below. */
function runCorpus(): Promise<Outcome> {
  // A worker's entry cannot be TypeScript, so a small script registers tsx and imports it.
  const entry = new URL('./read-fuzz-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const dir = tempDir('fogwatch-fuzz-');
  const worker = new Worker(boot, { eval: true, workerData: { dir, count: COUNT, seed: 20261125 } });
  const out: Outcome = { hang: null, crashes: { read: [], pipeline: [] }, slow: { read: [], pipeline: [] }, done: { read: 0, pipeline: 0 }, articles: 0, errors: 0 };
  let current: { i: number; name: string; file: string; stage: Stage; at: number } | null = null;
  return new Promise((resolve) => {
    const finish = () => {
      clearInterval(watchdog);
      rmSync(dir, { recursive: true, force: true });
      resolve(out);
    };
    const watchdog = setInterval(() => {
      if (current && Date.now() - current.at > HANG_MS) {
        out.hang = `case ${current.i} (${current.name}, ${current.file}) hung in ${current.stage} for ${HANG_MS} ms`;
        void worker.terminate();
        finish();
      }
    }, 100);
    worker.on('message', (m) => {
      const label = `case ${m.i} (${m.name}, ${m.file})`;
      if (m.type === 'start') current = { ...m, at: Date.now() };
      else if (m.type === 'done') {
        out.done[m.stage as Stage]++;
        if (m.ms > CASE_LIMIT_MS) out.slow[m.stage as Stage].push(`${label}: ${Math.round(m.ms)} ms`);
        if (m.stage === 'read') {
          out.articles += m.articles;
          out.errors += m.errors;
        }
        current = null;
      } else if (m.type === 'crash') {
        out.crashes[m.stage as Stage].push(`${label}: ${m.error}`);
        current = null;
      } else if (m.type === 'finished') finish();
    });
    worker.on('error', (e) => {
      out.hang = `worker died: ${e.stack ?? e}`;
      finish();
    });
  });
}

let corpus: Promise<Outcome> | null = null;
const outcome = () => (corpus ??= runCorpus());

test(`${COUNT} generated hostile inputs through readInputs: no crash, no hang, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.read, []);
  assert.deepEqual(o.slow.read, []);
  assert.equal(o.done.read, COUNT);
  // The corpus must exercise both paths, or it proves little.
  assert.ok(o.articles > 100 && o.errors > 100, `articles ${o.articles}, errors ${o.errors}`);
});

test(`the articles read from them through processArticle (the extract pipeline): no crash, each under ${CASE_LIMIT_MS} ms`, { timeout: 900_000 }, async () => {
  const o = await outcome();
  assert.equal(o.hang, null, o.hang ?? '');
  assert.deepEqual(o.crashes.pipeline, []);
  assert.deepEqual(o.slow.pipeline, []);
});
