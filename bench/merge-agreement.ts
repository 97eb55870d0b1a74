/**
 * Whether merging gives the same events whatever the backend and the history: B-cubed between runs.
 *
 *   node --import tsx bench/merge-agreement.ts [FILE.jsonl] [--limit N] [--pg URL] [--runs pglite,postgres,split,reverse]
 *
 * The articles (default ../shared/eval/gva/documents.jsonl) are extracted once, then stored from
 * the same extracted events in batches of 200 by each run: `pglite` (a new data folder, one
 * session), `postgres` (a new schema on the server given by --pg or FOGWATCH_TEST_PG), `split`
 * (a data folder, the first half in one session and the second half in another, as after a crash
 * and re-run), `reverse` (the batches in reverse order). Each run's membership is read as report →
 * event (non-background reports), and every run is compared with the first by B-cubed F1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { processArticle } from '../src/pipeline.ts';
import { articleFromObject } from '../src/read/jsonl.ts';
import { open, type IngestItem } from '../src/store/index.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'gva', 'documents.jsonl');
const limit = Number(opt('--limit') ?? Infinity);
const pgUrl = opt('--pg') ?? process.env.FOGWATCH_TEST_PG;
const runs = (opt('--runs') ?? (pgUrl ? 'pglite,postgres,split' : 'pglite,split')).split(',');
const BATCH = 200;

if (!existsSync(file)) throw new Error(`no input ${file}`);
const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => articleFromObject(JSON.parse(l)));
const items: IngestItem[] = articles.map((a) => {
  try { return { article: a, events: processArticle(a) }; } catch { return { article: a, events: [] }; }
});
const batches = (xs: IngestItem[]) => Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, b) => xs.slice(b * BATCH, b * BATCH + BATCH));

type Membership = Map<string, string>;
const MEMBERSHIP = `select r.id, r.event_id from reports r join events e on e.id = r.event_id where not e.background`;

async function storeAll(spec: string, parts: IngestItem[][][]): Promise<number> {
  const t = performance.now();
  for (const part of parts) {
    const store = await open(spec);
    for (const b of part) await store.ingestArticles(b);
    await store.close();
  }
  return performance.now() - t;
}

async function pgliteRun(parts: IngestItem[][][]): Promise<{ m: Membership; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'fogwatch-agree-'));
  try {
    const ms = await storeAll(dir, parts);
    const db = await PGlite.create(join(dir, 'pg'));
    const rows = (await db.query<{ id: string; event_id: string }>(MEMBERSHIP)).rows;
    await db.close();
    return { m: new Map(rows.map((r) => [r.id, r.event_id])), ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(parts: IngestItem[][][]): Promise<{ m: Membership; ms: number }> {
  const schema = `fw_agree_${randomBytes(4).toString('hex')}`;
  const ms = await storeAll(`${pgUrl}${pgUrl!.includes('?') ? '&' : '?'}schema=${schema}`, parts);
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    await c.query(`set search_path = ${schema}`);
    const rows = (await c.query<{ id: string; event_id: string }>(MEMBERSHIP)).rows;
    return { m: new Map(rows.map((r) => [r.id, r.event_id])), ms };
  } finally {
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  }
}

/** B-cubed of `b` against `a` over the items both hold: precision, recall, F1. */
function bcubed(a: Membership, b: Membership): { p: number; r: number; f: number; n: number } {
  const groups = (m: Membership) => { const g = new Map<string, Set<string>>(); for (const [k, v] of m) if (a.has(k) && b.has(k)) (g.get(v) ?? g.set(v, new Set()).get(v)!).add(k); return g; };
  const ga = groups(a), gb = groups(b);
  let p = 0, r = 0, n = 0;
  for (const [k, va] of a) {
    const vb = b.get(k);
    if (vb === undefined) continue;
    const A = ga.get(va)!, B = gb.get(vb)!;
    let inter = 0;
    for (const x of B) if (A.has(x)) inter++;
    p += inter / B.size; r += inter / A.size; n++;
  }
  p /= n; r /= n;
  return { p, r, f: (2 * p * r) / (p + r), n };
}

const all = batches(items);
const half = Math.ceil(all.length / 2);
const plans: Record<string, () => Promise<{ m: Membership; ms: number }>> = {
  pglite: () => pgliteRun([all]),
  postgres: () => postgresRun([all]),
  split: () => pgliteRun([all.slice(0, half), all.slice(half)]),
  'postgres-split': () => postgresRun([all.slice(0, half), all.slice(half)]),
  reverse: () => pgliteRun([[...all].reverse()]),
};
let base: Membership | null = null;
console.log(`${items.length} articles (${file}), ${all.length} batches of ${BATCH}`);
for (const name of runs) {
  if (!plans[name]) throw new Error(`unknown run ${name} (one of ${Object.keys(plans).join(', ')})`);
  const { m, ms } = await plans[name]();
  const events = new Set(m.values()).size;
  const cmp = base ? bcubed(base, m) : null;
  console.log(`${name.padEnd(15)} ${m.size} reports in ${events} events, store ${(ms / 1000).toFixed(1)} s (${(items.length / (ms / 1000)).toFixed(0)} articles/s)` +
    (cmp ? `; against ${runs[0]}: B3 P=${cmp.p.toFixed(4)} R=${cmp.r.toFixed(4)} F1=${cmp.f.toFixed(4)}` : ''));
  base ??= m;
}
