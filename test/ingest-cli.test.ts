import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPglite } from '../src/store/pglite-db.ts';
import { BIN, cli, fixture, HAVE_SHARED, jsonLines, ROOT, SEED, tempDir } from './helpers.ts';

const CITIES = ['Dayton', 'Fresno', 'Tulsa', 'Mobile', 'Akron', 'Macon', 'Flint', 'Camden', 'Toledo', 'Reno', 'Waco', 'Provo'];
const STREETS = ['Maple', 'Linden', 'Harbor', 'Quarry', 'Juniper', 'Orchard', 'Copper', 'Willow', 'Cedar', 'Birch', 'Aspen', 'Elm', 'Laurel'];
const NAMES = ['Hollin', 'Varga', 'Okafor', 'Lindqvist', 'Marchetti', 'Duarte', 'Kowalski', 'Abernathy', 'Castellano', 'Nakamura', 'Whitfield'];

/** A batch of distinct shooting reports, written for these tests. */
function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const city = CITIES[i % CITIES.length], street = STREETS[(i * 7) % STREETS.length], name = NAMES[(i * 5) % NAMES.length];
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 2).toISOString().slice(0, 10);
    const killed = 1 + (i % 3), wounded = i % 4;
    lines.push(JSON.stringify({
      id: `kill-${i}`, published: day,
      title: `${killed} killed, ${wounded} wounded in ${street} Street shooting in ${city}`,
      text: `${killed} people were killed and ${wounded} others were wounded in a shooting on ${street} Street in ${city} on Saturday night, police said. ` +
        `Officers identified one of the victims as Jordan ${name}${i}, ${18 + (i % 40)}. No arrests had been made by Sunday.`,
    }));
  }
  return lines.join('\n') + '\n';
}

/** Invariants of a consistent database, checked with SQL straight on the data folder. */
async function check(dir: string, n: number): Promise<void> {
  const db = await openPglite(join(dir, 'pg'));
  try {
    const one = async (sql: string) => Number(Object.values((await db.query<Record<string, unknown>>(sql))[0])[0]);
    assert.equal(await one('select count(*) from articles'), n, 'every article exactly once');
    assert.equal(await one('select count(distinct id) from articles'), n);
    assert.equal(await one('select count(*) from claims c left join reports r on r.id = c.report_id where r.id is null'), 0, 'no orphan claim');
    assert.equal(await one('select count(*) from claims c left join articles a on a.id = c.article_id where a.id is null'), 0);
    assert.equal(await one('select count(*) from reports r left join events e on e.id = r.event_id where e.id is null'), 0, 'no report without its event');
    assert.equal(await one(`select count(*) from events e where article_count <> (select count(distinct article_id) from reports r where r.event_id = e.id)`), 0, 'event article counts hold');
    assert.equal(await one(`select count(*) from events e where not exists (select 1 from reports r where r.event_id = e.id)`), 0, 'no empty event');
    assert.equal(await one(`select count(*) from claims c join reports r on r.id = c.report_id where r.event_id <> c.event_id`), 0, 'claims count for their report\'s event');
  } finally {
    await db.close();
  }
}

function spawnIngest(args: string[]) {
  return spawn(process.execPath, [BIN, 'ingest', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Like helpers' cli() with more time: a loaded two-core machine can take minutes over a few hundred articles. */
function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 500_000, maxBuffer: 1 << 28 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('ingest killed with SIGKILL at several points, then run again: every article exactly once, no orphan claim', { timeout: 600_000 }, async () => {
  const dir = tempDir();
  const input = join(dir, 'batch.jsonl');
  const N = 450;
  writeFileSync(input, batch(N));
  const db = join(dir, 'db');
  // Early kills land in start-up or the first migration, later ones in the middle of a batch transaction.
  for (const delay of [1500, 5000, 9000, 14000]) {
    const child = spawnIngest(['--db', db, input]);
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await sleep(delay);
    child.kill('SIGKILL');
    const code = await exited;
    assert.ok(code === null || code === 0, `ingest ended with ${code}: ${stderr}`);
    // Articles are committed a batch of 200 at a time: a kill leaves whole batches, never a part of one.
    if (existsSync(join(db, 'pg'))) {
      const pgdb = await openPglite(join(db, 'pg'));
      const [{ n }] = await pgdb.query<{ n: number }>('select count(*)::int as n from articles');
      await pgdb.close();
      assert.ok(n % 200 === 0 || n === N, `after a kill at ${delay} ms: ${n} articles`);
    }
  }
  const r = run(['ingest', '--db', db, input]);
  assert.equal(r.code, 0, `${r.code} ${r.signal}: ${r.stderr}`);
  assert.match(r.stderr, /articles \d+ new, 0 updated, \d+ unchanged, 0 failed/);
  await check(db, N);
  // And once more: nothing changes.
  const again = run(['ingest', '--db', db, input]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`articles 0 new, 0 updated, ${N} unchanged, 0 failed; events 0 new, 0 merged`));
  const ev = run(['events', '--db', db, '--format', 'jsonl']);
  assert.equal(ev.code, 0, ev.stderr);
  const listed = new Map<string, number>();
  for (const e of jsonLines(ev.stdout)) {
    assert.ok(Array.isArray(e.articles) && e.articles.length > 0);
    for (const a of e.articles) listed.set(a, (listed.get(a) ?? 0) + 1);
  }
  for (const [a, k] of listed) assert.ok(/^kill-\d+$/.test(a) && k >= 1, `${a} listed ${k} times`);
});

test('a second ingest on a data folder in use stops with a clear message; a stale lock is taken over', { timeout: 300_000 }, async () => {
  const dir = tempDir();
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, batch(1500));
  const db = join(dir, 'db');
  const first = spawnIngest(['--db', db, input]);
  const exited = new Promise((r) => first.on('exit', r));
  const lock = join(db, 'fogwatch.lock');
  for (let i = 0; i < 600 && !existsSync(join(db, 'pg')); i++) await sleep(100);
  assert.ok(existsSync(lock), 'the first run holds the lock');
  const second = cli(['ingest', '--db', db, input]);
  assert.equal(second.code, 1);
  assert.match(second.stderr, new RegExp(`in use by another fogwatch process \\(PID ${first.pid}`));
  const reader = cli(['events', '--db', db]);
  assert.equal(reader.code, 1);
  assert.match(reader.stderr, /in use by another fogwatch process/);
  first.kill('SIGKILL');
  await exited;
  assert.ok(existsSync(lock), 'the killed run left its lock behind');
  assert.equal(JSON.parse(readFileSync(lock, 'utf8')).pid, first.pid);
  const small = join(dir, 'small.jsonl');
  writeFileSync(small, batch(5));
  const third = run(['ingest', '--db', db, small]);
  assert.equal(third.code, 0, third.stderr);
  assert.ok(!existsSync(lock), 'the lock is released at the end');
});

test('a folder that cannot be written, or that is not a data folder, gives a clear error', () => {
  const dir = tempDir();
  const input = join(dir, 'one.jsonl');
  writeFileSync(input, batch(1));
  // /sys is mounted read-only; as root a chmod-ed folder would still be writable.
  const ro = cli(['ingest', '--db', '/sys/fogwatch-test-db', input]);
  assert.equal(ro.code, 1);
  assert.match(ro.stderr, /cannot use data folder \/sys\/fogwatch-test-db: (permission denied|the folder is on a read-only file system)/);
  writeFileSync(join(dir, 'notes.txt'), 'not a database');
  const other = cli(['ingest', '--db', dir, input]);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /is not a fogwatch data folder/);
  const none = cli(['events', '--db', join(dir, 'nothing-here')]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no fogwatch database in .*nothing-here/);
});

test('ingest then events: formats, filters and the summary', { timeout: 300_000 }, () => {
  const dir = tempDir();
  const input = join(dir, 'b.jsonl');
  writeFileSync(input, batch(12) + '{"id": "broken", "text": \n');
  const db = join(dir, 'db');
  const r = cli(['ingest', '--db', db, input]);
  assert.equal(r.code, 1, 'a bad line makes the exit code 1');
  assert.match(r.stderr, /b\.jsonl:13: line 13 is not JSON/);
  assert.match(r.stderr, /articles 12 new, 0 updated, 0 unchanged, 1 failed/);
  const all = jsonLines(cli(['events', '--db', db]).stdout);
  assert.ok(all.length >= 1);
  const since = jsonLines(cli(['events', '--db', db, '--since', '2015-01-10']).stdout);
  assert.ok(since.every((e) => (e.date.end ?? e.date.start) >= '2015-01-10'));
  const csv = cli(['events', '--db', db, '--format', 'acled-csv']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.ok(csv.stdout.startsWith('event_id_cnty,event_date,year,time_precision,disorder_type,'));
  const bad = cli(['events', '--db', db, '--format', 'xml']);
  assert.equal(bad.code, 2);
});

test('the seed and two reports of the same clash, one from each side: one event, both sides\' claims, a contradiction', { skip: !HAVE_SHARED && 'no ../shared', timeout: 300_000 }, () => {
  const db = join(tempDir(), 'db');
  const r = cli(['ingest', '--db', db, '--published', '2021-11-17', SEED, fixture('store', 'clash-armenian-view.txt'), fixture('store', 'clash-azerbaijani-view.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const events = jsonLines(cli(['events', '--db', db, '--format', 'jsonl']).stdout).filter((e) => !e.background);
  // The ceasefire and Russia's mediation are reported by all three too; the fighting is one event.
  const withAll = events.filter((e) => e.articles.length === 3 && e.eventType === 'Battles');
  assert.equal(withAll.length, 1, `one battle lists all three articles; got ${JSON.stringify(events.map((e) => [e.subEventType, e.date.start, e.location?.name, e.articles.length]))}`);
  const ev = withAll[0];
  const countries = new Set(ev.claims.map((c: any) => c.party?.country));
  assert.ok(countries.has('ARM') && countries.has('AZE'), `claims about both sides: ${JSON.stringify(ev.claims.map((c: any) => [c.party?.name, c.low, c.claimedBy?.name]))}`);
  assert.ok(ev.contradictions.length >= 1, 'the two ministries\' figures for Armenian losses are flagged');
});

const OUTLETS = ['Valley Herald', 'Metro Wire', 'Evening Ledger'];

/** Incidents told by three outlets each, in their own words, on the day after: reports the store must merge. */
function reportedThrice(incidents: number): string {
  const lines: string[] = [];
  for (let i = 0; i < incidents; i++) {
    const city = CITIES[i % CITIES.length], street = STREETS[(i * 5) % STREETS.length];
    const day = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10);
    const killed = 2 + (i % 3), wounded = 1 + (i % 4);
    const texts = [
      `${killed} people were killed and ${wounded} wounded when gunmen opened fire on ${street} Street in ${city} on Friday night, police said.`,
      `Police in ${city} said a gunman shot dead ${killed} people and wounded ${wounded} others on ${street} Street late on Friday. No arrest has been made.`,
      `A shooting on ${street} Street in ${city} left ${killed} dead and ${wounded} injured on Friday, according to the city police department.`,
    ];
    texts.forEach((text, k) => lines.push(JSON.stringify({ id: `inc-${i}-${k}`, published: day, outlet: OUTLETS[k], title: `Shooting on ${street} Street in ${city}`, text })));
  }
  // Interleaved as feeds deliver them: one outlet's reports first, the others later.
  return [...lines.filter((_, j) => j % 3 === 0), ...lines.filter((_, j) => j % 3 !== 0)].join('\n') + '\n';
}

/** The events as sets of articles, one sorted line each: what merging decided, whatever the ids. */
function membership(db: string): string[] {
  const ev = run(['events', '--db', db, '--format', 'jsonl']);
  assert.equal(ev.code, 0, ev.stderr);
  return jsonLines(ev.stdout).map((e) => [...(e.articles as string[])].sort().join(' ')).sort();
}

test('a crash and a re-run, or a run split in two, give the same events as one uninterrupted run', { timeout: 600_000 }, async () => {
  const dir = tempDir();
  const input = join(dir, 'triples.jsonl');
  const text = reportedThrice(400);
  writeFileSync(input, text);
  const whole = join(dir, 'whole');
  assert.equal(run(['ingest', '--db', whole, '--jobs', '1', input]).code, 0);
  const reference = membership(whole);
  assert.ok(reference.some((m) => m.split(' ').length === 3), 'some incidents were merged across outlets');

  const crashed = join(dir, 'crashed');
  // Killed twice mid-run (batches of 25, 50, 100, 200 are committed as they go), then run to the end.
  for (const delay of [1500, 3000]) {
    const child = spawnIngest(['--db', crashed, '--jobs', '1', input]);
    const exited = new Promise((r) => child.on('exit', r));
    for (let i = 0; i < 600 && !existsSync(join(crashed, 'pg', 'PG_VERSION')); i++) await sleep(50);
    await sleep(delay);
    child.kill('SIGKILL');
    await exited;
  }
  const rerun = run(['ingest', '--db', crashed, '--jobs', '1', input]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.deepEqual(membership(crashed), reference, 'crash and re-run');

  const split = join(dir, 'split');
  const rows = text.trimEnd().split('\n');
  writeFileSync(join(dir, 'a.jsonl'), rows.slice(0, 500).join('\n') + '\n');
  writeFileSync(join(dir, 'b.jsonl'), rows.slice(500).join('\n') + '\n');
  for (const part of ['a.jsonl', 'b.jsonl']) assert.equal(run(['ingest', '--db', split, '--jobs', '1', join(dir, part)]).code, 0);
  assert.deepEqual(membership(split), reference, 'split in two runs');
});
