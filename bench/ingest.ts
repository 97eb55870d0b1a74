/**
 * Ingest speed into the embedded database: articles per second through extraction, merging and
 * storage, in one process (the CLI adds about a second of start-up and opening the data folder).
 *
 *   node --import tsx bench/ingest.ts [FILE.jsonl] [--limit N] [--db DIR]
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
const dir = opt('--db') ?? mkdtempSync(join(tmpdir(), 'fogwatch-bench-'));
const t0 = performance.now();
const store = await open(dir);
const tOpen = performance.now();
let extractMs = 0, storeMs = 0, events = 0, extractFailed = 0;
const BATCH = 200;
for (let b = 0; b < articles.length; b += BATCH) {
  const items = [];
  const t = performance.now();
  for (const a of articles.slice(b, b + BATCH)) {
    let evs: ReturnType<typeof processArticle> = [];
    try {
      evs = processArticle(a);
    } catch {
      extractFailed++; // counted, and stored without events, as the CLI would report it
    }
    items.push({ article: a, events: evs });
  }
  const t2 = performance.now();
  extractMs += t2 - t;
  for (const r of await store.ingestArticles(items)) events += r.eventsNew;
  storeMs += performance.now() - t2;
}
const tIngest = performance.now();
const again = performance.now();
let unchanged = 0;
for (const a of articles) if (await store.isStored(a)) unchanged++;
const tAgain = performance.now();
await store.close();
const s = (ms: number) => (ms / 1000).toFixed(2);
console.log(`${articles.length} articles (${existsSync(file) ? file : 'synthetic'}) → ${events} events; extraction failed on ${extractFailed}`);
console.log(`open ${s(tOpen - t0)} s; ingest ${s(tIngest - tOpen)} s = ${(articles.length / ((tIngest - tOpen) / 1000)).toFixed(0)} articles/s ` +
  `(extract ${s(extractMs)} s, store+merge ${s(storeMs)} s = ${(articles.length / (storeMs / 1000)).toFixed(0)} articles/s)`);
console.log(`re-run check of ${unchanged} unchanged articles: ${s(tAgain - again)} s`);
if (!opt('--db')) rmSync(dir, { recursive: true, force: true });
