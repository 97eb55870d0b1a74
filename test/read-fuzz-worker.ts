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
import { reportStage } from './fuzz-kit.ts';
import { generateCases } from './read-fuzz-cases.ts';

const { dir, count, seed } = workerData as { dir: string; count: number; seed: number };
const port = parentPort!;

// Module loading (linkedom, Readability, fast-xml-parser, iconv-lite) is start-up, not a case.
const warm = join(dir, 'warm-up.html');
writeFileSync(warm, '<html><head><meta charset="koi8-r"></head><body><p>Warm up.</p></body></html>');
for await (const _ of readInputs([warm, join(dir, 'warm-up-missing.xml')])) void _;
writeFileSync(join(dir, 'warm-up.xml'), '<rss><channel><item><title>w</title></item></channel></rss>');
for await (const _ of readInputs([join(dir, 'warm-up.xml')])) void _;

const post = (m: unknown) => port.postMessage(m);
for (const [i, c] of generateCases(count, seed).entries()) {
  const path = join(dir, c.file);
  writeFileSync(path, c.bytes);
  const info = { i, name: c.name, file: c.file };
  let errors = 0;
  const articles = await reportStage(post, 'read', info, async () => {
    errors = 0; // the stage may run twice (see reportStage)
    const out: Article[] = [];
    for await (const r of readInputs([path], { fetch: { timeoutMs: 1 } })) {
      if (r.ok) {
        // Whatever came in, what comes out must honour the record contract.
        const valid = Article.safeParse(r.article);
        if (!valid.success) throw new Error(`article breaks the schema: ${valid.error.message.slice(0, 300)}`);
        out.push(r.article);
      } else {
        errors++;
        if (!r.error || !r.source.startsWith(path)) throw new Error(`error result without a reason or naming the wrong input: ${JSON.stringify(r).slice(0, 300)}`);
      }
    }
    return out;
  }, (v) => ({ articles: v.length, errors }));
  rmSync(path, { force: true }); // the corpus holds megabyte cases: keep the temp folder small
  if (!articles) continue;
  await reportStage(post, 'pipeline', info, () => {
    for (const a of articles) processArticle(a);
  });
}
post({ type: 'finished' });
