/**
 * Places index: load time and memory of the whole index (gazetteer with the admin units, and the
 * admin-1 shapes), name lookups per second, reverse
 * (point -> admin-1) lookups per second, and events located per second on sentences written here.
 * Each figure runs in a fresh process state: run as `node --import tsx bench/places.ts`.
 * With ../shared present, also whole GVA news articles located per CPU second.
 * Accuracy on ACLED notes: bench/places-acled.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placesData, shapes, townsByKey } from '../src/places/data.ts';
import { locateEvents } from '../src/places/index.ts';
import { placeKey } from '../src/places/normalize.ts';
import { admin1At } from '../src/places/reverse.ts';
import type { Article, Event } from '../src/record/schema.ts';

const rss0 = process.memoryUsage().rss;
let t = performance.now();
const cpuLoad0 = process.cpuUsage();
const d = placesData();
shapes(); // the admin-1 shapes, read on the first point-in-polygon test: part of the index
const loadMs = performance.now() - t;
const cpuLoad = process.cpuUsage(cpuLoad0);
const rssLoad = process.memoryUsage().rss - rss0;

/** CPU milliseconds used by this process so far: the machine is shared, wall time is not ours. */
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

const names = ['Kismayo', 'Bakhmut', 'Kyiv', 'Avdiivka', 'Maarat al-Numan', 'Stepanakert', 'Tripoli', 'Nairobi', 'Idlib', 'Mandera', 'Nowhereville', 'Police'];
const keys = names.map(placeKey);
let n = 0, hits = 0;
t = cpuMs();
while (cpuMs() - t < 1000) {
  for (let i = 0; i < 100; i++) for (const k of keys) { hits += townsByKey(k).length; n++; }
}
const lookupsPerS = n / ((cpuMs() - t) / 1000);

t = performance.now();
admin1At(48.59, 38.0, null); // first call decodes the rings it touches
const firstReverseMs = performance.now() - t;
const pts: [number, number, string | null][] = [[48.59, 38.0, 'UA'], [35.65, 36.68, 'SY'], [-0.36, 42.55, 'SO'], [-1.28, 36.82, 'KE'], [39.82, 46.75, 'AZ'], [33.75, -84.39, 'US'], [14.5, -4.2, 'ML']];
let r = 0;
t = cpuMs();
while (cpuMs() - t < 1000) {
  // Jitter the points so that the reverse cache does not answer.
  for (let i = 0; i < 100; i++) {
    for (const [la, lo, cc] of pts) { admin1At(la + ((r % 300) - 150) * 1e-4, lo + ((Math.floor(r / 300) % 300) - 150) * 1e-4, cc); r++; }
  }
}
const reversePerS = r / ((cpuMs() - t) / 1000);

const sentences = [
  'Russian forces shelled Bakhmut overnight, the governor of Donetsk region said.',
  'Al-Shabaab fighters attacked a base near Kismaayo, Lower Juba, on Thursday, killing four soldiers.',
  'Air strikes hit a market in Maarat al-Numan in Idlib province on Wednesday, rescuers said.',
  'On 3 May, a man was killed by unidentified assailants in Baragoi, Samburu County. Police said the attackers fled.',
  'Azerbaijan said one of its soldiers was killed by sniper fire in the Tartar region near the line of contact.',
];
const empty = { low: null, best: null, high: null };
let events = 0;
t = cpuMs();
while (cpuMs() - t < 1000) {
  for (const text of sentences) {
    const article: Article = { id: String(events), title: null, url: null, published: null, outlet: null, byline: null, text };
    const ev: Event = {
      id: 'e', eventType: 'Battles', subEventType: 'Armed clash', background: false, date: { start: null, end: null, precision: 5 }, location: null,
      actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: empty, wounded: empty, missing: empty, captured: empty },
      fatalities: null, evidence: [{ text, start: 0, end: text.length }], articles: [article.id],
    };
    locateEvents(article, [ev]);
    events++;
  }
}
const eventsPerS = events / ((cpuMs() - t) / 1000);

// Whole news articles (~2 KB each) when ../shared is here: mentions over the whole text, one event
// whose evidence is the first sentence. CPU time, not wall time: the machine is shared.
const GVA = join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'eval', 'gva', 'documents.jsonl');
let articlesPerCpuS: number | null = null;
if (existsSync(GVA)) {
  const docs = readFileSync(GVA, 'utf8').split('\n').filter(Boolean).slice(0, 1500).map((l) => String(JSON.parse(l).text ?? ''));
  const c0 = process.cpuUsage();
  for (const text of docs) {
    const dot = text.indexOf('. ');
    const first = dot > 0 ? text.slice(0, dot + 1) : text;
    const article: Article = { id: 'g', title: null, url: null, published: null, outlet: null, byline: null, text };
    const ev: Event = {
      id: 'e', eventType: 'Battles', subEventType: 'Armed clash', background: false, date: { start: null, end: null, precision: 5 }, location: null,
      actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: empty, wounded: empty, missing: empty, captured: empty },
      fatalities: null, evidence: [{ text: first, start: 0, end: first.length }], articles: ['g'],
    };
    locateEvents(article, [ev]);
  }
  const c = process.cpuUsage(c0);
  articlesPerCpuS = docs.length / ((c.user + c.system) / 1e6);
}
const mem = process.memoryUsage();
console.log(JSON.stringify({
  load_ms: Math.round(loadMs), load_cpu_ms: Math.round((cpuLoad.user + cpuLoad.system) / 1000), load_rss_mb: Math.round(rssLoad / 1e6), rss_mb: Math.round(mem.rss / 1e6), heap_mb: Math.round(mem.heapUsed / 1e6),
  gazetteer_rows: d.gaz.nRows, gazetteer_keys: d.gaz.nKeys, units_from_row: d.gaz.unitsFrom,
  name_lookups_per_cpu_s: Math.round(lookupsPerS), lookup_hits: hits > 0, first_reverse_ms: Math.round(firstReverseMs),
  reverse_lookups_per_cpu_s: Math.round(reversePerS), events_located_per_cpu_s: Math.round(eventsPerS),
  gva_articles_per_cpu_s: articlesPerCpuS === null ? null : Math.round(articlesPerCpuS),
}));
