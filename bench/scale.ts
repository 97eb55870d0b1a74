/**
 * A million events (issue 17): ingest rate per tenth, peak RSS, database size, API p50/p99 and the dashboard's first render.
 *
 *   npm run bench -- scale [--backend pglite|postgres://…] [--events N] [--seed S] [--rounds R] [--no-browser]
 *                          [--dir DIR] [--keep] [--reads-only]
 *
 * `--dir` names the data folder (default a new temporary one), `--keep` leaves it (the server's
 * schema always stays); `--reads-only` skips the generation and ingest and measures the reads of
 * the store an earlier run left there (with the code of now: a million events takes an hour to
 * write here, a change to the reads minutes to measure).
 *
 * Reports come from bench/scale/generate.ts (deterministic: same seed, same reports) with the
 * event records extraction gives for them; they go through the store's real merge-and-write path
 * (`store.ingestArticles`, what `fogwatch ingest` calls after extraction) in batches of 200 as
 * `ingest` writes them. Extraction itself is measured apart on a sample of the same reports: at
 * its rate a million events would take hours on a 2-core machine (docs/scale.md).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { processArticle } from '../src/pipeline.ts';
import { extractTerms } from '../src/resolve/terms.ts';
import { contentHash } from '../src/store/rows.ts';
import { open } from '../src/store/index.ts';
import type { IngestItem } from '../src/store/types.ts';
import { generateReports } from './scale/generate.ts';
import { cursorOf, firstRender, timeRequests } from './scale/measure.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] ? args[i + 1]! : d; };
const N = Number(opt('--events', '1000000'));
const seed = Number(opt('--seed', '17'));
const backend = opt('--backend', 'pglite');
const rounds = Number(opt('--rounds', '200'));
const BATCH = 200;
const mb = (b: number) => Math.round(b / 2 ** 20);
const log = (s: string) => process.stdout.write(s + '\n');

let peakRss = 0;
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const rssTimer = setInterval(sampleRss, 200);

// The store: a new data folder, or a fresh schema on the server.
const schema = `fw_scale_${seed}`;
let spec: string;
let dir: string | null = null;
const readsOnly = args.includes('--reads-only');
if (backend === 'pglite') {
  dir = args.includes('--dir') ? opt('--dir', '') : mkdtempSync(join(tmpdir(), 'fogwatch-scale-'));
  if (readsOnly && !dir) throw new Error('--reads-only on PGlite needs --dir');
  spec = dir;
} else {
  if (!readsOnly) {
    const c = new pg.Client({ connectionString: backend });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  }
  spec = `${backend}${backend.includes('?') ? '&' : '?'}schema=${schema}`;
}
log(`scale: ${N} events, seed ${seed}, ${backend === 'pglite' ? `PGlite in ${dir}` : `PostgreSQL schema ${schema}`}; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);

// Extraction on a sample of the same reports: its rate, and whether it finds the generated events.
if (!readsOnly) {
  const sample = [...generateReports(seed, Math.min(N, 400))].slice(0, 300);
  const t = performance.now();
  let same = 0;
  for (const r of sample) {
    const ev = processArticle(r.article)[0];
    if (ev && ev.subEventType === r.events[0]!.subEventType && ev.location?.name === r.events[0]!.location?.name) same++;
  }
  const ms = performance.now() - t;
  log(`extraction (one thread, ${sample.length} generated reports): ${(sample.length / (ms / 1000)).toFixed(0)} reports/s; same sub-event type and town as generated: ${same}/${sample.length}`);
}

// Ingest: the store's merge-and-write path, timed per tenth (at most 100k events) of the events.
const store = await open(spec, { mergeHeld: args.includes('--merge-held') ? Number(opt('--merge-held', '0')) : undefined });
const slice = Math.min(100_000, Math.ceil(N / 10));
let batch: IngestItem[] = [];
let articles = 0, stored = 0, merged = 0, storeMs = 0, sliceMs = 0, sliceArticles = 0, generated = 0;
const rates: number[] = [];
const flush = async () => {
  const t = performance.now();
  for (const r of await store.ingestArticles(batch)) { stored += r.eventsNew; merged += r.eventsMerged; }
  const dt = performance.now() - t;
  storeMs += dt; sliceMs += dt; sliceArticles += batch.length; articles += batch.length;
  batch = [];
  sampleRss();
};
let lastEvent = -1;
for (const r of readsOnly ? [] : generateReports(seed, N)) {
  const i = Number(r.article.id.split('-')[2]);
  if (i !== lastEvent && i % slice === 0 && i > 0 && lastEvent !== i) {
    await flush();
    rates.push(slice / (sliceMs / 1000));
    log(`  events ${i - slice}–${i}: ${(slice / (sliceMs / 1000)).toFixed(0)} events/s (${(sliceArticles / (sliceMs / 1000)).toFixed(0)} reports/s), stored events ${stored}, RSS ${mb(process.memoryUsage().rss)} MB (JS heap ${mb(process.memoryUsage().heapUsed)} MB), held ${JSON.stringify(store.mergeHeld())}`);
    sliceMs = 0; sliceArticles = 0;
  }
  lastEvent = i;
  generated = i + 1;
  // Terms and hash are what the extraction workers hand over with the events (not timed here).
  batch.push({ ...r, terms: extractTerms(r.article.title, r.article.text), hash: contentHash(r.article) });
  if (batch.length === BATCH) await flush();
}
if (readsOnly) {
  log(`reads only: ${(await store.stats()).events} events stored`);
} else {
  await flush();
  rates.push((N - (rates.length * slice)) / (sliceMs / 1000));
  log(`  events ${rates.length * slice - slice}–${N}: ${rates[rates.length - 1]!.toFixed(0)} events/s`);
  const decline = rates.length > 1 ? 1 - rates[rates.length - 1]! / rates[0]! : 0;
  log(`ingest: ${generated} generated events in ${articles} reports → ${stored} stored events (${merged} reports merged into an existing event); ` +
    `${(generated / (storeMs / 1000)).toFixed(0)} events/s = ${(articles / (storeMs / 1000)).toFixed(0)} reports/s over ${(storeMs / 1000).toFixed(0)} s; ` +
    `first → last tenth ${rates[0]!.toFixed(0)} → ${rates[rates.length - 1]!.toFixed(0)} events/s (${(decline * 100).toFixed(1)} % decline)`);
}
const ingestPeak = peakRss;

// Database size.
if (dir) {
  const du = (p: string): number => statSync(p).isDirectory() ? readdirSync(p).reduce((s, n) => s + du(join(p, n)), 0) : statSync(p).size;
  log(`database: ${mb(du(dir))} MB on disk (data folder)`);
} else {
  const c = new pg.Client({ connectionString: backend });
  await c.connect();
  const [row] = (await c.query(`select sum(pg_total_relation_size(c.oid))::bigint as b from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`, [schema])).rows;
  await c.end();
  log(`database: ${mb(Number(row.b))} MB (tables, indexes and TOAST of schema ${schema})`);
}

// Reads: six dashboard filters, then the map's summary at several zooms, and the stats.
const COUNTRIES = ['SDN', 'Ukraine', 'MMR', 'Mali', 'NGA', 'Somalia', 'COD', 'Haiti'];
const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests'];
const WORDS = ['shabaab', 'rapid support', 'arakan', 'cartel', 'houthi', 'jnim', 'fano', 'eln'];
const month = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, '0')}`;
const cursors = new Map<number, string>();
const filters = [
  { name: 'country (8 countries, newest first)', url: (i: number) => `/api/events?country=${COUNTRIES[i % 8]}&background=exclude&limit=100` },
  { name: 'type (newest first)', url: (i: number) => `/api/events?type=${encodeURIComponent(TYPES[i % 4]!)}&background=exclude&limit=100` },
  { name: 'date range (one month)', url: (i: number) => `/api/events?since=${month(i)}-01&until=${month(i)}-28&background=exclude&limit=100` },
  { name: 'text (actor words)', url: (i: number) => `/api/events?q=${encodeURIComponent(WORDS[i % 8]!)}&background=exclude&limit=100` },
  { name: 'sort most killed / most reported', url: (i: number) => `/api/events?sort=${i % 2 ? 'articles_desc' : 'fatalities_desc'}&background=exclude&limit=100` },
  // The dashboard's list asks view=list (no claims, evidence, article ids): what its rows show.
  { name: 'the same sorts, view=list', url: (i: number) => `/api/events?sort=${i % 2 ? 'articles_desc' : 'fatalities_desc'}&background=exclude&limit=100&view=list` },
  {
    name: 'page 2 by keyset (country + date range)', url: async (i: number) => {
      const base = `/api/events?country=${COUNTRIES[i % 8]}&since=${month(i)}-01&background=exclude&limit=100`;
      // A small store may hold one page only: then page 2's cursor of the whole list.
      if (!cursors.has(i % 24)) cursors.set(i % 24, (await cursorOf(store, base) ?? await cursorOf(store, '/api/events?background=exclude&limit=100'))!);
      return `${base}&cursor=${cursors.get(i % 24)}`;
    },
  },
  { name: 'dashboard: all, newest first, 500', url: () => '/api/events?background=exclude&sort=date_desc&limit=500&view=list' },
  { name: 'stats (no filter)', url: () => '/api/stats' },
  { name: 'stats (country)', url: (i: number) => `/api/stats?country=${COUNTRIES[i % 8]}` },
  { name: 'summary zoom 1 (world)', url: () => '/api/summary?zoom=1&background=exclude' },
  { name: 'summary zoom 4 (region)', url: (i: number) => `/api/summary?zoom=4&bbox=${i % 2 ? '20,0,45,25' : '25,40,45,55'}&background=exclude` },
  { name: 'summary zoom 8 (province)', url: (i: number) => `/api/summary?zoom=8&bbox=${i % 2 ? '31,13,34,17' : '35,46,39,50'}&background=exclude` },
];
await timeRequests(store, filters, rounds, (t) => {
  log(`  ${t.name.padEnd(42)} p50 ${t.p50.toFixed(1).padStart(7)} ms  p99 ${t.p99.toFixed(1).padStart(7)} ms  (${t.n} requests, ${t.rows} rows each on average)`);
});

if (!args.includes('--no-browser')) {
  const r = await firstRender(store);
  log(`dashboard first render (chromium): overview ${r.overviewMs.toFixed(0)} ms, map drawn ${r.mapMs.toFixed(0)} ms, ${r.points} points${r.summary ? ' from /api/summary' : ''}`);
}
sampleRss();
clearInterval(rssTimer);
log(`peak RSS: ${readsOnly ? 'no ingest' : `${mb(ingestPeak)} MB while ingesting`}, ${mb(peakRss)} MB in all (with the queries and the dashboard's server; vite builds in a child process, chromium is its own)`);
await store.close();
if (dir && !args.includes('--keep') && !readsOnly && !args.includes('--dir')) rmSync(dir, { recursive: true, force: true });
