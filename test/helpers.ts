import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

export function tempDir(prefix = 'fogwatch-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI as a user would, with its real exit code and streams. */
export function cli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines(s: string): any[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
