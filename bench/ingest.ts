/**
 * Ingest speed into the embedded database, in one process: extraction alone, store + merge alone
 * (from the extracted events), and the two overlapped as `fogwatch ingest` runs them (worker
 * threads extract the next batch while the main thread writes this one).
 *
 *   node --import tsx bench/ingest.ts [FILE.jsonl] [--limit N] [--db DIR] [--jobs N]
 *
 * FILE defaults to ../shared/eval/gva/documents.jsonl; without it, a synthetic batch is generated.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processArticle } from '../src/pipeline.ts';
import { articleFromObject } from '../src/read/jsonl.ts';
import type { Article } from '../src/record/schema.ts';
import { open } from '../src/store/index.ts';
import { Extractor } from '../src/cli/commands/ingest.ts';
import { defaultJobs } from '../src/cli/worker-pool.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'gva', 'documents.jsonl');
const limit = Number(opt('--limit') ?? Infinity);

function synthetic(n: number): Article[] {
  const cities = ['Dayton', 'Fresno', 'Tulsa', 'Mobile', 'Akron', 'Macon', 'Flint', 'Gary', 'Camden', 'Toledo'];
  return Array.from({ length: n }, (_, i) => {
    const city = cities[i % cities.length];
    const day = `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    return {
      id: `syn-${i}`, title: `Man shot on ${city} street ${i % 50}`, url: null, published: day, outlet: null, byline: null,
      text: `A ${20 + (i % 40)}-year-old man was shot and killed Saturday night on Elm Street in ${city}, police said. ` +
        `Officers found him at the 1${i % 9}00 block. ${i % 3} other people were wounded. No arrests have been made.`,
    };
  });
}

const articles: Article[] = existsSync(file)
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => articleFromObject(JSON.parse(l)))
  : synthetic(Math.min(limit, 2000));
const jobs = Number(opt('--jobs') ?? defaultJobs());
const BATCH = 200;
const s = (ms: number) => (ms / 1000).toFixed(2);
const rate = (ms: number) => (articles.length / (ms / 1000)).toFixed(0);

// 1. Extraction alone, in-process.
let t = performance.now();
let extractFailed = 0;
const items = articles.map((a) => {
  try {
    return { article: a, events: processArticle(a) };
  } catch {
    extractFailed++; // counted, and stored without events
    return { article: a, events: [] };
  }
});
const extractMs = performance.now() - t;

// 2. Store + merge alone, from the extracted events, into a new data folder.
const dir = opt('--db') ?? mkdtempSync(join(tmpdir(), 'fogwatch-bench-'));
t = performance.now();
let store = await open(join(dir, 'a'));
const openMs = performance.now() - t;
t = performance.now();
let events = 0;
for (let b = 0; b < items.length; b += BATCH) for (const r of await store.ingestArticles(items.slice(b, b + BATCH))) events += r.eventsNew;
const storeMs = performance.now() - t;
t = performance.now();
const again = await store.ingestArticles(items.slice(0, BATCH));
const againMs = performance.now() - t;
await store.close();

// 3. What `ingest` does: batch k+1 is extracted in worker threads while batch k is written.
t = performance.now();
store = await open(join(dir, 'b'));
const extractor = new Extractor(jobs, 50);
let writing: Promise<unknown> = Promise.resolve();
for (let b = 0; b < articles.length; b += BATCH) {
  const batch = articles.slice(b, b + BATCH);
  const results = await extractor.start(batch);
  await writing;
  writing = results().then((rs) => store.ingestArticles(rs.map((r, i) => ({ article: batch[i], events: r.ok ? r.events ?? [] : [] }))));
}
await writing;
await extractor.close();
await store.close();
const pipeMs = performance.now() - t;

console.log(`${articles.length} articles (${existsSync(file) ? file : 'synthetic'}) → ${events} events; extraction failed on ${extractFailed}`);
console.log(`extraction alone (in-process): ${s(extractMs)} s = ${rate(extractMs)} articles/s`);
console.log(`store + merge alone: ${s(storeMs)} s = ${rate(storeMs)} articles/s (open ${s(openMs)} s); the first ${again.length} again (unchanged): ${s(againMs)} s`);
console.log(`pipeline (open, ${jobs > 1 ? `${jobs - 1} extraction worker(s)` : 'in-process extraction'} overlapping the writes, close): ${s(pipeMs)} s = ${rate(pipeMs)} articles/s`);
if (!opt('--db')) rmSync(dir, { recursive: true, force: true });
