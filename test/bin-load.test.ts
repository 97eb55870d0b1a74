import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers.ts';

/**
 * bin/load.mjs in a scratch install: a module with a compiled copy in dist/ that says "dist" and a
 * TypeScript source that says "src", to see which one each situation runs.
 */
function install(): string {
  const dir = tempDir('fogwatch-load-');
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  copyFileSync(join(ROOT, 'bin', 'load.mjs'), join(dir, 'bin', 'load.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  writeFileSync(join(dir, 'src', 'cli', 'probe.ts'), 'export const from: string = "src";\n');
  writeFileSync(join(dir, 'dist', 'cli', 'probe.js'), 'export const from = "dist";\n');
  return dir;
}

const at = (path: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, t, t);
};

function which(dir: string, env: NodeJS.ProcessEnv = {}): string {
  const code = `const { load } = await import(${JSON.stringify(pathToFileURL(join(dir, 'bin', 'load.mjs')).href)}); process.stdout.write((await load('cli/probe')).from);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, FOGWATCH_DEV: '', FOGWATCH_NO_BUNDLE: '', ...env } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('a build newer than every source runs dist/', () => {
  const dir = install();
  at(join(dir, 'src', 'cli', 'probe.ts'), 60);
  writeFileSync(join(dir, 'dist', '.built'), '');
  assert.equal(which(dir), 'dist');
  assert.equal(which(dir, { FOGWATCH_DEV: '1' }), 'src', 'FOGWATCH_DEV=1 runs the sources');
});

test('a source edited since the build, or no build stamp, runs the sources through tsx', () => {
  const dir = install();
  writeFileSync(join(dir, 'dist', '.built'), '');
  at(join(dir, 'dist', '.built'), 60);
  assert.equal(which(dir), 'src');
  rmSync(join(dir, 'dist', '.built'));
  at(join(dir, 'src', 'cli', 'probe.ts'), 120);
  assert.equal(which(dir), 'src', 'an interrupted build leaves no stamp');
});

test('an installed package (no src/) runs dist/', () => {
  const dir = install();
  rmSync(join(dir, 'src'), { recursive: true });
  assert.equal(which(dir), 'dist');
});
