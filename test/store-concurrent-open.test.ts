/**
 * Several ingesters opening one new PostgreSQL schema at the same instant (what several machines do
 * on their first start): every DDL step runs under the migration lock, so none of them dies and
 * every article is stored exactly once. Needs a server: skipped without FOGWATCH_TEST_PG.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from './helpers.ts';

const URL_ = process.env.FOGWATCH_TEST_PG;
const PROCS = 3;
const ROUNDS = 4;
const PER = 20;
/** Each child's range overlaps the next one's by this many articles: the same article from two ingesters is stored once too. */
const OVERLAP = 5;

interface Child { done: Promise<{ code: number | null; out: string; err: string }>; ready: Promise<void>; go: () => void }

function child(spec: string, first: number): Child {
  const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'store-open-child.ts'), spec, String(first), String(PER)], { cwd: ROOT });
  let out = '', err = '';
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  p.stdout.on('data', (d) => { out += d; if (out.includes('ready\n')) readyResolve(); });
  p.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((r) => p.on('close', (code) => { readyResolve(); r({ code, out, err }); }));
  return { done, ready, go: () => p.stdin.write('go\n') };
}

test('three ingesters opening one new schema at once: none fails, every article stored exactly once', { skip: !URL_ && 'FOGWATCH_TEST_PG is not set', timeout: 300_000 }, async () => {
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `fw_race_${randomBytes(5).toString('hex')}`;
      const spec = `${URL_}${URL_!.includes('?') ? '&' : '?'}schema=${schema}`;
      try {
        const kids = Array.from({ length: PROCS }, (_, k) => child(spec, k * (PER - OVERLAP)));
        await Promise.all(kids.map((k) => k.ready));
        kids.forEach((k) => k.go());
        const results = await Promise.all(kids.map((k) => k.done));
        results.forEach((r, k) => assert.equal(r.code, 0, `round ${round}, ingester ${k} failed: ${r.err}`));
        const expected = PROCS * PER - (PROCS - 1) * OVERLAP;
        const { rows } = await admin.query(`select count(*)::int as n, count(distinct id)::int as d,
          (select count(*)::int from ${schema}.schema_migrations) as versions from ${schema}.articles where id like 'open-race-%'`);
        assert.deepEqual(rows[0], { n: expected, d: expected, versions: rows[0].versions }, `round ${round}`);
        const { rows: v } = await admin.query(`select max(version)::int as v, count(*)::int as n from ${schema}.schema_migrations`);
        assert.equal(v[0].n, v[0].v, 'each migration applied once');
      } finally {
        await admin.query(`drop schema if exists ${schema} cascade`);
      }
    }
  } finally {
    await admin.end();
  }
});
