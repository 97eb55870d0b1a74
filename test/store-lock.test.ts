import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeStoreFailure } from '../src/store/errors.ts';
import { acquireFolderLock, LOCK_FILE } from '../src/store/lock.ts';
import { tempDir } from './helpers.ts';

/** The PID of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('the lock file holds our PID, refuses a second holder clearly, and is removed on release', async () => {
  const dir = tempDir();
  const release = await acquireFolderLock(dir);
  const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
  assert.equal(info.pid, process.pid);
  // Another live process holds it: a fake lock naming our parent (alive) stands for it.
  release();
  assert.ok(!existsSync(join(dir, LOCK_FILE)));
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-11-25T12:00:00Z' }));
  await assert.rejects(acquireFolderLock(dir), /in use by another fogwatch process \(PID \d+, since 2026-11-25T12:00:00Z\).*--wait/);
  const t0 = Date.now();
  await assert.rejects(acquireFolderLock(dir, 0.5), /in use/);
  assert.ok(Date.now() - t0 >= 400, 'it waited before giving up');
});

test('a stale lock (its process is gone) or a half-written old one is taken over', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: 'x' }));
  const release = await acquireFolderLock(dir);
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  release();
  writeFileSync(join(dir, LOCK_FILE), '{"pid": 12');
  const old = (Date.now() - 60_000) / 1000;
  utimesSync(join(dir, LOCK_FILE), old, old);
  const release2 = await acquireFolderLock(dir);
  release2();
});

test('low-level failures become messages that name the database and say what to do', () => {
  const full = describeStoreFailure(Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100' }), 'cannot store article a1 in /data');
  assert.equal(full.code, 'full');
  assert.match(full.message, /cannot store article a1 in \/data: the disk is full/);
  const enospc = describeStoreFailure(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 'x');
  assert.equal(enospc.code, 'full');
  const ro = describeStoreFailure(Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' }), 'cannot open data folder /mnt/ro');
  assert.equal(ro.code, 'readonly');
  assert.match(ro.message, /read-only file system; use --db with a writable folder/);
  const perm = describeStoreFailure(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), 'cannot use data folder /root/x');
  assert.match(perm.message, /permission denied/);
  const refused = describeStoreFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' }), 'cannot open database postgres://h:5999/x');
  assert.match(refused.message, /no PostgreSQL server answers/);
});

test('many processes taking over one stale lock at the same instant: never two holders', async () => {
  const { spawn } = await import('node:child_process');
  const lockModule = new URL('../src/store/lock.ts', import.meta.url).href;
  for (let round = 0; round < 2; round++) {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: 'stale' }));
    const log = join(dir, 'holders.log');
    const goAt = Date.now() + 6000; // every child loads first, then all try at this instant
    const script = `
      import { appendFileSync, writeFileSync } from 'node:fs';
      const { acquireFolderLock } = await import(${JSON.stringify(lockModule)});
      while (Date.now() < ${goAt}) await new Promise((r) => setTimeout(r, 1));
      // Each holder leaves a stale lock behind (as a killed process would), so every turn is a takeover race.
      for (let turn = 0; turn < 4; turn++) {
        const release = await acquireFolderLock(${JSON.stringify(dir)}, 60);
        appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + ' ' + Date.now() + '\\n');
        await new Promise((r) => setTimeout(r, 20));
        appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + ' ' + Date.now() + '\\n');
        writeFileSync(${JSON.stringify(join(dir, LOCK_FILE))}, JSON.stringify({ pid: ${deadPid()}, host: ${JSON.stringify(hostname())}, since: 'stale' + turn + process.pid }));
        release();
      }`;
    const children = Array.from({ length: 12 }, () => new Promise<number | null>((resolve) => {
      const c = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
      c.on('close', resolve);
    }));
    assert.deepEqual(await Promise.all(children), Array(12).fill(0));
    const lines = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' '));
    let inside = 0;
    let max = 0;
    for (const [what] of lines) {
      inside += what === 'in' ? 1 : -1;
      max = Math.max(max, inside);
    }
    assert.equal(lines.length, 12 * 4 * 2, 'every process took the lock four times');
    assert.equal(max, 1, `holders at once: ${max}\n${lines.map((l) => l.join(' ')).join('\n')}`);
  }
});

test('a lock dies with its process: a SIGKILLed holder leaves nothing to take over', async () => {
  const { spawn } = await import('node:child_process');
  const dir = tempDir();
  const lockModule = new URL('../src/store/lock.ts', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const { acquireFolderLock } = await import(${JSON.stringify(lockModule)}); await acquireFolderLock(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.on('data', (d) => String(d).includes('held') && resolve()));
  await assert.rejects(acquireFolderLock(dir), /in use by another fogwatch process/);
  child.kill('SIGKILL');
  await new Promise((r) => child.on('close', r));
  const release = await acquireFolderLock(dir, 2);
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  release();
});
