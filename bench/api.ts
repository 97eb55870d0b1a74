/**
 * API latency: p50 / p99 of GET /api/events (and the other read endpoints) over HTTP on loopback,
 * with 100,000 events stored in the embedded database.
 *
 *   node --import tsx bench/api.ts [--events 100000] [--db DIR] [--requests 300]
 *
 * The events are generated (varied dates, places, types and claims) and stored through the store's
 * ingest, as hand-built records, so the run measures the API, not the extractor. With --db DIR the
 * database is kept and a second run skips the fill. Requests are sent one at a time (latency, not
 * throughput) after a warm-up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Event } from '../src/record/schema.ts';
import { ACLED_TYPES } from '../src/record/taxonomy.ts';
import { startServer } from '../src/serve/server.ts';
import { open } from '../src/store/index.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('--events', '100000'));
const REQUESTS = Number(opt('--requests', '300'));
const dir = opt('--db', mkdtempSync(join(tmpdir(), 'fogwatch-bench-api-')));

/** A deterministic pseudo-random sequence, so two runs store the same data. */
let seed = 20211116;
/** mulberry32: 32-bit integer steps (Math.imul), no loss of precision. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const COUNTRIES = [
  ['Armenia', 'ARM', 40.2, 44.5], ['Azerbaijan', 'AZE', 40.4, 49.9], ['Ukraine', 'UKR', 48.5, 35.0], ['Mali', 'MLI', 14.5, -4.0],
  ['Burkina Faso', 'BFA', 12.3, -1.5], ['Niger', 'NER', 13.5, 2.1], ['Somalia', 'SOM', 2.0, 45.3], ['Kenya', 'KEN', -1.3, 36.8],
  ['Nigeria', 'NGA', 9.1, 7.5], ['Sudan', 'SDN', 15.5, 32.5], ['Myanmar', 'MMR', 19.7, 96.1], ['Colombia', 'COL', 4.6, -74.1],
] as const;
const TYPES = Object.entries(ACLED_TYPES).flatMap(([t, subs]) => subs.map((s) => [t, s] as const));
const range = (n: number | null) => ({ low: n, best: n, high: n });
/** Made-up place names from random syllables: generated reports share no rare words, so they merge only when date and place say so. */
const SYL = ['ka', 'lo', 'mi', 'ra', 'tu', 'ne', 'sa', 'vo', 'di', 'ba', 'ze', 'gu', 'pe', 'ho', 'ya', 'ri', 'mo', 'ta', 'li', 'fa'];
const word = () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(SYL)).join('');

function generated(i: number): { article: Article; events: Event[] } {
  const [country, iso3] = pick(COUNTRIES);
  const [eventType, subEventType] = pick(TYPES);
  const dayNo = Math.floor(rand() * 3650);
  const day = new Date(Date.UTC(2015, 0, 1) + dayNo * 86_400_000).toISOString().slice(0, 10);
  const place = word().replace(/^./, (c) => c.toUpperCase()) + ' ' + word();
  const killed = rand() < 0.5 ? Math.floor(rand() * 40) : 0;
  const text = `${word()} ${word()} near ${place} in ${country} on ${day}, ${word()} ${word()} ${word()}. Officials said ${killed} people were killed in ${place}.`;
  const qStart = text.indexOf('Officials said');
  const quote = text.slice(qStart);
  const party = { name: `Civilians (${country})`, kind: 'civilians' as const, country: iso3 };
  return {
    article: { id: `bench-${i}`, title: `${word()} near ${place}`, url: null, published: day, outlet: 'Bench desk', byline: null, text },
    events: [{
      id: 'x', eventType, subEventType, background: false,
      date: { start: day, end: day, precision: 1 },
      // Spread over the globe (not around the country's centre) so that few generated events merge.
      location: { name: place, admin1: null, country, iso3, latitude: rand() * 120 - 55, longitude: rand() * 360 - 180, precision: 1 + Math.floor(rand() * 4) },
      actor1: { name: `Military Forces of ${country}`, kind: 'military', country: iso3, inter: 1 },
      actor2: { name: `Group ${i}`, kind: 'rebel', country: iso3, inter: 2 },
      associatedActors: [],
      claims: [{ outcome: 'killed', low: killed, high: killed, qualifier: 'exact', party, claimedBy: { name: 'Officials', kind: 'official', country: iso3 }, reportedBy: null, quote: { text: quote, start: qStart, end: text.length } }],
      totals: { killed: range(killed), wounded: range(null), missing: range(null), captured: range(null) },
      fatalities: killed,
      evidence: [{ text: text.slice(0, qStart - 1), start: 0, end: qStart - 1 }],
      articles: [],
    }],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const store = await open(dir);
let stored = (await store.stats()).events;
let articles = (await store.stats()).articles;
if (stored < N) {
  // Until N events are stored: a few generated reports merge into earlier events.
  const t0 = performance.now();
  const BATCH = 500;
  for (let k = 0; stored < N; k++) {
    const items = [];
    const want = Math.min(BATCH, Math.max(50, N - stored));
    for (let j = 0; j < want; j++) items.push(generated(articles + j));
    for (const r of await store.ingestArticles(items)) stored += r.eventsNew;
    articles += items.length;
    if (k % 10 === 0) process.stderr.write(`\r${articles} articles → ${stored} events`);
  }
  process.stderr.write(`\n${articles} articles → ${stored} events in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

const server = await startServer({ store, port: 0, staticDir: null, log: () => {} });
const base = server.url.replace(/\/$/, '');
const first = (await (await fetch(`${base}/api/events?limit=1`)).json()) as { events: { id: string; articles: string[] }[] };
const page50 = await (async () => {
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r = (await (await fetch(`${base}/api/events?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json()) as { nextCursor: string | null };
    cursor = r.nextCursor;
  }
  return cursor;
})();

const QUERIES: [string, string][] = [
  ['/api/events (100, newest first)', '/api/events'],
  ['/api/events?limit=500', '/api/events?limit=500'],
  ['/api/events?country=UKR', '/api/events?country=UKR'],
  ['/api/events?type=Battles&since=2020-01-01&until=2020-12-31', '/api/events?type=Battles&since=2020-01-01&until=2020-12-31'],
  ['/api/events?q=kalomi (a word)', '/api/events?q=kalomi'],
  ['/api/events?sort=fatalities_desc', '/api/events?sort=fatalities_desc'],
  ['/api/events, page 51 (cursor)', `/api/events?cursor=${encodeURIComponent(page50 ?? '')}`],
  ['/api/events/:id', `/api/events/${encodeURIComponent(first.events[0].id)}`],
  ['/api/articles/:id', `/api/articles/${encodeURIComponent(first.events[0].articles[0])}`],
];

const lines: string[] = [];
for (const [name, path] of QUERIES) {
  for (let i = 0; i < 10; i++) await (await fetch(base + path)).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await fetch(base + path);
    await r.arrayBuffer();
    ms.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  }
  ms.sort((a, b) => a - b);
  lines.push(`| ${name} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 99).toFixed(1)} |`);
}
// /api/stats walks every event once, then is cached until the next write.
const t = performance.now();
await (await fetch(`${base}/api/stats`)).arrayBuffer();
const cold = performance.now() - t;
const warm: number[] = [];
for (let i = 0; i < 50; i++) {
  const t1 = performance.now();
  await (await fetch(`${base}/api/stats`)).arrayBuffer();
  warm.push(performance.now() - t1);
}
warm.sort((a, b) => a - b);
lines.push(`| /api/stats (first call: ${cold.toFixed(0)} ms; then cached) | ${percentile(warm, 50).toFixed(1)} | ${percentile(warm, 99).toFixed(1)} |`);

console.log(`${stored} events stored, ${REQUESTS} sequential requests per row after 10 warm-up requests\n`);
console.log('| request | p50 ms | p99 ms |\n| --- | --- | --- |');
for (const l of lines) console.log(l);
await server.close();
await store.close();
