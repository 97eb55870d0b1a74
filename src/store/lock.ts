import { closeSync, constants, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync, accessSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError, describeStoreFailure } from './errors.ts';

export const LOCK_FILE = 'fogwatch.lock';

interface LockInfo { pid: number; host: string; since: string }

/**
 * PGlite is one process's database: two processes writing one data folder would corrupt it.
 * A lock file (created exclusively, holding our PID) makes a second process wait or stop with a
 * clear message. A lock whose process is gone (killed, crashed) is stale and taken over.
 */
export async function acquireFolderLock(dir: string, waitSeconds = 0): Promise<() => void> {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw describeStoreFailure(e, `cannot use data folder ${dir}`);
  }
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + Math.max(0, waitSeconds) * 1000;
  for (;;) {
    const holder = tryCreate(path);
    if (holder === null) break;
    if (!isAlive(holder)) {
      // Stale: the process that held it is gone. Remove it, but only if it is still that same stale lock.
      const again = readLock(path);
      if (!again || again.pid === holder.pid) {
        try { unlinkSync(path); } catch { /* someone else removed it */ }
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StoreError(
        `data folder ${dir} is in use by another fogwatch process (PID ${holder.pid}, since ${holder.since}); ` +
        `wait for it to finish, or pass --wait SECONDS to wait for it`, 'locked');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const cur = readLock(path);
      if (cur && cur.pid === process.pid) unlinkSync(path);
    } catch { /* already gone */ }
  };
  process.once('exit', release);
  return release;
}

/** Creates the lock file; returns null when created, else who holds it. */
function tryCreate(path: string): LockInfo | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw describeStoreFailure(e, `cannot lock data folder (${path})`);
    const info = readLock(path);
    if (info) return info;
    // Unreadable: being written this instant (treat as held), or left half-written by a writer killed
    // between creating and writing it (stale once it is a few seconds old).
    let young = false;
    try { young = Date.now() - statSync(path).mtimeMs < 3000; } catch { /* gone */ }
    return { pid: young ? process.pid : -1, host: young ? 'unknown' : hostname(), since: 'unknown' };
  }
  try {
    const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(info) + '\n');
  } catch (e) {
    closeSync(fd);
    try { unlinkSync(path); } catch { /* ignore */ }
    throw describeStoreFailure(e, `cannot lock data folder (${path})`);
  }
  closeSync(fd);
  return null;
}

function readLock(path: string): LockInfo | null {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return Number.isInteger(o.pid) ? o : null;
  } catch {
    return null;
  }
}

/** A lock from another host cannot be checked: it is honoured. On this host, the PID must still run. */
function isAlive(info: LockInfo): boolean {
  if (info.pid <= 0) return false;
  if (info.host !== hostname()) return true;
  if (info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
