/**
 * Runs fuzz cases through the readers and then the per-article pipeline, in a worker thread so
 * the test's main thread can act as a watchdog: a case that hangs (synchronously, too) is caught.
 * Each stage of each case is reported with its own outcome, so a failure says whose it is.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle } from '../src/pipeline.ts';
import { readInputs } from '../src/read/inputs.ts';
import { Article } from '../src/record/schema.ts';
import { generateCases } from './read-fuzz-cases.ts';

const { dir, count, seed } = workerData as { dir: string; count: number; seed: number };
const port = parentPort!;

// Module loading (linkedom, Readability, fast-xml-parser, iconv-lite) is start-up, not a case.
const warm = join(dir, 'warm-up.html');
writeFileSync(warm, '<html><head><meta charset="koi8-r"></head><body><p>Warm up.</p></body></html>');
for await (const _ of readInputs([warm, join(dir, 'warm-up-missing.xml')])) void _;
writeFileSync(join(dir, 'warm-up.xml'), '<rss><channel><item><title>w</title></item></channel></rss>');
for await (const _ of readInputs([join(dir, 'warm-up.xml')])) void _;

for (const [i, c] of generateCases(count, seed).entries()) {
  const path = join(dir, c.file);
  writeFileSync(path, c.bytes);
  const info = { i, name: c.name, file: c.file };
  port.postMessage({ type: 'start', stage: 'read', ...info });
  const articles: Article[] = [];
  let errors = 0;
  let t = performance.now();
  try {
    for await (const r of readInputs([path], { fetch: { timeoutMs: 1 } })) {
      if (r.ok) {
        // Whatever came in, what comes out must honour the record contract.
        const valid = Article.safeParse(r.article);
        if (!valid.success) throw new Error(`article breaks the schema: ${valid.error.message.slice(0, 300)}`);
        articles.push(r.article);
      } else {
        errors++;
        if (!r.error || !r.source.startsWith(path)) throw new Error(`error result without a reason or naming the wrong input: ${JSON.stringify(r).slice(0, 300)}`);
      }
    }
    port.postMessage({ type: 'done', stage: 'read', ms: performance.now() - t, articles: articles.length, errors, ...info });
  } catch (e) {
    port.postMessage({ type: 'crash', stage: 'read', error: (e as Error).stack ?? String(e), ...info });
    rmSync(path, { force: true });
    continue;
  }
  rmSync(path, { force: true }); // the corpus holds megabyte cases: keep the temp folder small
  port.postMessage({ type: 'start', stage: 'pipeline', ...info });
  t = performance.now();
  try {
    for (const a of articles) processArticle(a);
    port.postMessage({ type: 'done', stage: 'pipeline', ms: performance.now() - t, ...info });
  } catch (e) {
    port.postMessage({ type: 'crash', stage: 'pipeline', error: (e as Error).stack ?? String(e), ...info });
  }
}
port.postMessage({ type: 'finished' });
