/**
 * Responsiveness under hostile posts (issue 21): the p50 / p99 / max latency of GET /api/events
 * while four hostile 2 MB bodies are posted to POST /api/articles at once, against the same
 * GETs with no posts. Target: p99 under 500 ms.
 *
 *   node --import tsx bench/api-hostile.ts [--rounds 3]
 *
 * The bodies: one element with 180,000 attributes; 400,000 `&amp;`; 60,000 sibling paragraphs
 * of news-like text; a JSON array of 18,000 tiny articles (over the per-request limit, refused whole).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/serve/server.ts';
import { open } from '../src/store/index.ts';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 3);
const TEXT = 'Two soldiers were killed and five wounded when their patrol was ambushed near the river crossing on Monday, the army said.';

const BODIES: { name: string; type: string; body: string }[] = [
  { name: 'attributes', type: 'text/html', body: `<html><body><div ${Array.from({ length: 180_000 }, (_, i) => `a${i}="x"`).join(' ')}>${TEXT}</div></body></html>` },
  { name: 'entities', type: 'text/html', body: `<html><body><p>${TEXT} ${'&amp;'.repeat(400_000)}</p></body></html>` },
  { name: 'siblings', type: 'text/html', body: `<html><body>${`<p>${TEXT}</p>`.repeat(15_000)}</body></html>` },
  { name: 'many-articles', type: 'application/json', body: JSON.stringify(Array.from({ length: 18_000 }, (_, i) => ({ id: `t${i}`, text: `x${i} ${TEXT}`.slice(0, 60) }))) },
];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const dir = mkdtempSync(join(tmpdir(), 'fogwatch-bench-hostile-'));
const store = await open(join(dir, 'db'));
const server = await startServer({ store, port: 0, staticDir: null, log: () => {} });
const base = server.url.replace(/\/$/, '');

async function getLoop(until: () => boolean): Promise<number[]> {
  const lat: number[] = [];
  while (!until()) {
    const t0 = performance.now();
    await (await fetch(`${base}/api/events?limit=20`)).arrayBuffer();
    lat.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return lat;
}

for (const b of BODIES) process.stdout.write(`${b.name}: ${(b.body.length / 1e6).toFixed(2)} MB\n`);
// Warm-up (the first queries plan and cache), then the same GETs for 3 s with nothing else running.
for (let i = 0; i < 5; i++) await (await fetch(`${base}/api/events?limit=20`)).arrayBuffer();
const t0 = Date.now();
const idle = await getLoop(() => Date.now() - t0 > 3000);
const busy: number[] = [];
const postMs: string[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let done = false;
  const posts = Promise.all(BODIES.map(async (b) => {
    const s = performance.now();
    const r = await fetch(`${base}/api/articles?id=hostile-${b.name}-${round}`.replace(/\?id=.*/, b.type === 'application/json' ? '' : `?id=hostile-${b.name}-${round}`), { method: 'POST', headers: { 'content-type': b.type }, body: b.body });
    await r.arrayBuffer();
    postMs.push(`${b.name} ${r.status} ${Math.round(performance.now() - s)} ms`);
  })).then(() => { done = true; });
  busy.push(...await getLoop(() => done));
  await posts;
}
const fmt = (xs: number[]) => `n=${xs.length} p50=${percentile(xs, 50).toFixed(0)} ms p99=${percentile(xs, 99).toFixed(0)} ms max=${Math.max(...xs).toFixed(0)} ms`;
process.stdout.write(`GET /api/events idle:   ${fmt(idle)}\nGET /api/events during posts: ${fmt(busy)}\n${postMs.join('\n')}\n`);
await server.close();
await store.close();
