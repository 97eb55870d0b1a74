import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'fogwatch');
export const SEED = join(ROOT, '..', 'shared', 'seed', 'border-clash-2021-11-17.txt');
/** Tests that read ../shared skip when it is absent, as the eval README asks. */
export const HAVE_SHARED = existsSync(SEED);

export function fixture(...parts: string[]): string {
  return join(ROOT, 'test', 'fixtures', ...parts);
}

/**
 * A fresh directory under the system's temp folder, removed when the test process exits (each test
 * file is its own process): runs of the suite leave nothing behind (a database folder or a packed
 * copy of the project is hundreds of megabytes).
 */
export function tempDir(prefix = 'fogwatch-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* a file still open on another platform: left to the OS */ }
  }
});

/** Runs the CLI as a user would, with its real exit code and streams. */
export function cli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines(s: string): any[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
