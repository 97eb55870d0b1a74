/**
 * Faults of the storage layer (issue 21): a PostgreSQL server lost mid-ingest, and a disk that
 * fills up. Each must end the run within seconds, with one clear line and exit code 1, and leave
 * nothing half-written.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT, tempDir } from './helpers.ts';

function run(args: string[], env: NodeJS.ProcessEnv = {}, onStderr?: (s: string) => void): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr);
    });
    const kill = setTimeout(() => c.kill('SIGKILL'), 120_000);
    c.on('close', (code, signal) => {
      clearTimeout(kill);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** Many short wire-style reports, each its own event, so that ingest writes batch after batch. */
function corpus(n: number): string {
  const towns = ['Harrow Ford', 'Kelmont', 'Ossary', 'Brindle', 'Tavik', 'Morrow Bay', 'Quillan', 'Ebbsfield'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({
      id: `fault-${i}`,
      title: `${i % 9 + 2} killed in attack on ${town} market`,
      published: `2023-05-${day}`,
      text: `Gunmen killed ${i % 9 + 2} people at a market in ${town} on Tuesday, police said. Witnesses said the attackers arrived on motorcycles and fired on traders before fleeing into the bush. Report ${i}.`,
    }));
  }
  return lines.join('\n') + '\n';
}

const PG = process.env.FOGWATCH_TEST_PG;

test('PostgreSQL lost mid-ingest: one clear line, exit 1, the batch rolled back, a re-run completes', { skip: !PG && 'FOGWATCH_TEST_PG not set' }, async () => {
  const target = new URL(PG!);
  const sockets = new Set<Socket>();
  let cut = false;
  let bytes = 0;
  // A proxy between fogwatch and the server, cut once the writes have begun.
  const proxy = createServer((client) => {
    if (cut) return client.destroy();
    const server = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(server);
    client.on('data', (d) => {
      bytes += d.length;
      if (bytes > 60_000 && !cut) {
        cut = true;
        for (const s of sockets) s.destroy();
      }
    });
    client.pipe(server).pipe(client);
    client.on('error', () => {});
    server.on('error', () => {});
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const port = (proxy.address() as AddressInfo).port;
  const schema = `faults_${process.pid}`;
  const viaProxy = new URL(PG!);
  viaProxy.host = `127.0.0.1:${port}`;
  viaProxy.searchParams.set('schema', schema);
  const direct = new URL(PG!);
  direct.searchParams.set('schema', schema);
  const input = join(tempDir(), 'reports.jsonl');
  writeFileSync(input, corpus(500));
  try {
    const r = await run(['ingest', input, '--db', viaProxy.toString(), '--quiet', '--jobs', '1']);
    assert.ok(cut, 'the proxy was cut during the run');
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, no stack trace:\n${r.stderr}`);
    assert.match(lines[0], /connection to the PostgreSQL server was lost.*rolled back/);
    assert.doesNotMatch(r.stderr, /\n\s+at |Unhandled 'error' event/);
    // Nothing half-stored: the re-run stores exactly what is missing, and every article is there afterwards.
    const again = await run(['ingest', input, '--db', direct.toString(), '--jobs', '1']);
    assert.equal(again.code, 0, again.stderr);
    const ev = await run(['events', '--db', direct.toString(), '--format', 'jsonl', '--limit', '100000']);
    assert.equal(ev.code, 0, ev.stderr);
  } finally {
    for (const s of sockets) s.destroy();
    proxy.close();
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  }
});

test('a disk without room for PostgreSQL\'s log: ingest stops within seconds, exit 1; the folder reopens once there is room', async () => {
  const dir = tempDir();
  const db = join(dir, 'db');
  const input = join(dir, 'reports.jsonl');
  writeFileSync(input, corpus(60));
  // A folder made while there is room.
  const first = await run(['ingest', input, '--db', db, '--quiet', '--jobs', '1'], { FOGWATCH_DISK_RESERVE: '1' });
  assert.equal(first.code, 0, first.stderr);
  writeFileSync(input, corpus(120));
  // The disk "fills up": the reserve is set above what the disk has free (an injected failure of the space check).
  const full = await run(['ingest', input, '--db', db, '--quiet', '--jobs', '1'], { FOGWATCH_DISK_RESERVE: String(2 ** 60) });
  assert.equal(full.code, 1);
  assert.equal(full.stderr.trim().split('\n').length, 1, full.stderr);
  assert.match(full.stderr, /the disk is full \(\d+ MB free; fogwatch stops below \d+ MB.*nothing was half-written/);
  const readFull = await run(['events', '--db', db, '--format', 'jsonl'], { FOGWATCH_DISK_RESERVE: String(2 ** 60) });
  assert.equal(readFull.code, 1);
  assert.match(readFull.stderr, /the disk is full/);
  // Room again: the folder opens, nothing lost, and the rest is stored.
  const again = await run(['ingest', input, '--db', db, '--jobs', '1'], { FOGWATCH_DISK_RESERVE: '1' });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /60 new/);
});

/** A small tmpfs when this process may mount one (root in a container that allows it); null otherwise. */
function smallTmpfs(mb: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDir('fogwatch-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir]);
  return r.status === 0 ? dir : null;
}

test('a real full disk (a 100 MB tmpfs): ingest stops with the message, exit 1, no hang; events on the folder answers at once', async (t) => {
  const mnt = smallTmpfs(100);
  if (!mnt) return t.skip('cannot mount a tmpfs here');
  try {
    const input = join(tempDir(), 'big.jsonl');
    const towns = ['Harrow Ford', 'Kelmont', 'Ossary', 'Brindle'];
    let body = '';
    for (let i = 0; i < 3000; i++) {
      body += JSON.stringify({ id: `d${i}`, title: `Attack on ${towns[i % 4]} market ${i}`, published: `2023-05-0${1 + (i % 9)}`,
        text: `Gunmen killed ${(i % 9) + 2} people at a market in ${towns[i % 4]} on Tuesday, police said. `.repeat(30) + ` Report ${i}.` }) + '\n';
    }
    writeFileSync(input, body);
    const r = await run(['ingest', input, '--db', join(mnt, 'db'), '--quiet']);
    assert.equal(r.signal, null, 'it ended on its own');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /the disk is full/);
    const ev = await run(['events', '--db', join(mnt, 'db'), '--limit', '1']);
    assert.equal(ev.code, 1);
    assert.match(ev.stderr, /the disk is full/);
    assert.ok(ev.ms < 30_000);
  } finally {
    spawnSync('umount', [mnt]);
  }
});
