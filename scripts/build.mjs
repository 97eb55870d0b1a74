#!/usr/bin/env node
// `npm run build`, and `prepare` (which npm runs on `npm install` in a clone and on `npm pack`):
//  1. the library and the CLI compiled to JavaScript with their type declarations in dist/
//     (tsc -p tsconfig.build.json), then dist/.built, dated when the build began: bin/load.mjs
//     runs dist/ only while no file under src/ is newer than that;
//  2. the dashboard into dashboard/dist (Vite), which `fogwatch serve` serves.
// Each step runs only when its sources are newer than its output, unless --clean is given (prepare:
// a package must not carry files of modules since removed).
// Plain JavaScript, so that it runs with nothing compiled yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built');
const DASHBOARD = join(ROOT, 'dashboard');
const say = (s) => process.stderr.write(`fogwatch build: ${s}\n`);

/** The newest modification time of a file or of anything under a folder (0 when missing). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const age = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** dist/: compiled when src/ or a tsconfig changed since the last complete build. */
export function buildLibrary({ clean = false } = {}) {
  const sources = Math.max(newest(join(ROOT, 'src')), age(join(ROOT, 'tsconfig.json')), age(join(ROOT, 'tsconfig.build.json')));
  if (!clean && age(STAMP) >= sources) return false;
  const started = new Date();
  if (clean) rmSync(DIST, { recursive: true, force: true });
  else rmSync(STAMP, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`tsc failed (exit ${r.status ?? r.signal}); dist/ is left without its stamp, so bin/fogwatch runs the sources`);
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
  return true;
}

/** dashboard/dist: built by Vite when its sources changed since. */
export async function buildDashboard({ clean = false, onStart = () => {} } = {}) {
  const built = join(DASHBOARD, 'dist', 'index.html');
  const sources = Math.max(newest(join(DASHBOARD, 'src')), age(join(DASHBOARD, 'index.html')), age(join(DASHBOARD, 'vite.config.ts')));
  if (!clean && age(built) >= sources) return false;
  onStart();
  const { build } = await import('vite');
  await build({ root: DASHBOARD, configFile: join(DASHBOARD, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const clean = process.argv.includes('--clean');
  try {
    if (buildLibrary({ clean })) say('dist/ compiled');
    if (await buildDashboard({ clean })) say('dashboard/dist built');
  } catch (e) {
    say(e.message);
    process.exit(1);
  }
}
