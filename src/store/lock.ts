import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError, describeStoreFailure } from './errors.ts';

export const LOCK_FILE = 'fogwatch.lock';

interface LockInfo { pid: number; host: string; since: string }

/**
 * PGlite is one process's database: two processes writing one data folder would corrupt it.
 *
 * The lock itself is held by the operating system where it can be: on Linux, binding an abstract
 * Unix socket named after the folder's real path. Only one process can bind a name; the kernel
 * frees it the moment its process dies, however it dies. So a lock left by a killed process needs
 * no takeover at all, and processes starting at the same instant cannot both win (a stale lock
 * *file* taken over by unlink-and-recreate could give two holders: each removing the other's fresh
 * file). The lock file (`fogwatch.lock`, our PID) then only tells a waiting process who holds the
 * folder, and honours a live holder that does not bind (another host, an older fogwatch).
 * Elsewhere (no abstract sockets) the file alone is the lock, created exclusively, and a stale
 * one is taken over under a second exclusive file, so two takers never both remove a fresh lock.
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
  const key = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 40);
  for (;;) {
    const os = await tryOsLock(key);
    if (os === 'unsupported') return fileLock(dir, path, deadline);
    if (os !== 'held') {
      // Ours by the kernel's word; a lock file naming another live process (another host, an older fogwatch) is still honoured.
      const holder = readLock(path);
      if (!holder || !isAlive(holder)) {
        writeLockFile(path);
        return releaser(path, () => os.release());
      }
      os.release();
      await waitOrThrow(dir, holder, deadline);
      continue;
    }
    await waitOrThrow(dir, readLock(path) ?? { pid: 0, host: hostname(), since: 'unknown' }, deadline);
  }
}

/** Held locks of this process, by key: a second open of one folder in the same process shares it (as before). */
const heldHere = new Map<string, { server: Server; count: number }>();

/** Binds the folder's abstract socket: a release function, 'held' by another process, or 'unsupported' (not Linux). */
async function tryOsLock(key: string): Promise<{ release: () => void } | 'held' | 'unsupported'> {
  if (process.platform !== 'linux') return 'unsupported';
  const mine = heldHere.get(key);
  const release = () => {
    const h = heldHere.get(key);
    if (!h || --h.count > 0) return;
    heldHere.delete(key);
    h.server.close();
  };
  if (mine) {
    mine.count++;
    return { release };
  }
  const server = createServer();
  const outcome = await new Promise<'ok' | 'held' | 'unsupported'>((resolve) => {
    server.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'EADDRINUSE' ? 'held' : 'unsupported'));
    server.listen({ path: `\0fogwatch-lock-${key}`, exclusive: true }, () => resolve('ok'));
  });
  if (outcome !== 'ok') return outcome;
  server.unref(); // the lock must not keep the process alive
  heldHere.set(key, { server, count: 1 });
  return { release };
}

async function waitOrThrow(dir: string, holder: LockInfo, deadline: number): Promise<void> {
  if (Date.now() >= deadline) {
    throw new StoreError(
      `data folder ${dir} is in use by another fogwatch process (PID ${holder.pid}, since ${holder.since}); ` +
      `wait for it to finish, or pass --wait SECONDS to wait for it`, 'locked');
  }
  await new Promise((r) => setTimeout(r, 200));
}

/** Our PID in the lock file, written to a scratch file and renamed over it (readers never see half a file). */
function writeLockFile(path: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockInfo) + '\n');
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* ignore */ }
    throw describeStoreFailure(e, `cannot lock data folder (${path})`);
  }
}

function releaser(path: string, then: () => void = () => {}): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const cur = readLock(path);
      if (cur && cur.pid === process.pid) unlinkSync(path);
    } catch { /* already gone */ }
    then();
  };
  process.once('exit', release);
  return release;
}

/** The file-only lock (no abstract sockets): created exclusively; a stale one taken over under a takeover file. */
async function fileLock(dir: string, path: string, deadline: number): Promise<() => void> {
  for (;;) {
    const holder = tryCreate(path);
    if (holder === null) break;
    if (!isAlive(holder)) {
      takeOverStale(path, holder);
      continue;
    }
    await waitOrThrow(dir, holder, deadline);
  }
  return releaser(path);
}

/**
 * Removes a stale lock file, only while holding `fogwatch.lock.takeover` (created exclusively) and
 * only if the file is still the stale one seen: no taker can remove a lock another has just made.
 * A takeover file left by a process killed in these few microseconds is removed after 10 s.
 */
function takeOverStale(path: string, stale: LockInfo): void {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    try { if (Date.now() - statSync(guard).mtimeMs > 10_000) unlinkSync(guard); } catch { /* gone */ }
    return;
  }
  try {
    const again = readLock(path);
    if (again ? again.pid === stale.pid && again.since === stale.since : stale.pid === -1) unlinkSync(path);
  } catch { /* someone else removed it */ } finally {
    closeSync(fd);
    try { unlinkSync(guard); } catch { /* ignore */ }
  }
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
