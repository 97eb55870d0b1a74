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
