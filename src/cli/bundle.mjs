// The CLI and its extraction worker as one JavaScript file each, for bin/fogwatch. Plain JavaScript,
// like extract-worker.mjs: it runs before anything can load TypeScript.
//
// Why: tsx compiles and resolves each TypeScript module on load through a loader thread of its own,
// in the main thread and again in every worker. One file made by esbuild (the compiler tsx runs,
// with the same transform) loads without it: `ingest` and `extract` of the GVA set take about 5 %
// less time and CPU (docs/benchmarks.md). The files are made on first use (about 0.1 s) and kept in
// the cache folder (node_modules/.cache/fogwatch, or FOGWATCH_CACHE_DIR) under a key of the path,
// size and modification time of every file under src/ and data/, of tsconfig.json, package.json
// and the lock files, and of the esbuild version: an edit or a reinstall makes new ones. When they
// cannot be made (no esbuild, a read-only install, a source that does not compile, a bundle folder
// this user does not own alone) or FOGWATCH_NO_BUNDLE is set, bundles() gives null and the caller
// runs the sources through tsx, which then reports any error itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDir, ROOT } from '../util/cache-dir.mjs';

const ENTRIES = { main: 'src/cli/main.ts', 'extract-worker': 'src/cli/extract-worker.ts' };
const PREFIX = 'bundle-';
/** Bundles of other keys are removed once unused this long: a process started on one may still start workers from it. */
const KEEP_OLD_MS = 3_600_000;

/** Where the worker pool finds the bundled worker (set by bin/fogwatch before it loads the bundled CLI). */
export const WORKER_BUNDLE = Symbol.for('fogwatch.workerBundle');

/** Every file under dir, as path, size and modification time, in a stable order. */
function addTree(dir, hash) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) addTree(p, hash);
    else hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
  }
}

/** Files outside src/ and data/ that change what a bundle holds: packages are imported by their resolved paths. */
const INSTALL_FILES = ['tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

function keyOf(esbuildVersion) {
  const hash = createHash('sha256').update(esbuildVersion).update('\0');
  addTree(join(ROOT, 'src'), hash);
  addTree(join(ROOT, 'data'), hash);
  for (const f of INSTALL_FILES) {
    const p = join(ROOT, f);
    const s = existsSync(p) ? statSync(p) : null;
    hash.update(`${f}\0${s?.size}\0${s?.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Only files this user made and nobody else can change are run: the cache folder may be shared. */
function ownedOnly(paths) {
  const uid = process.getuid?.();
  return paths.every((p) => {
    const s = statSync(p);
    return (uid === undefined || s.uid === uid) && (s.mode & 0o022) === 0;
  });
}

/**
 * Each module keeps its own import.meta.url (data files are found relative to the source file), and
 * packages stay outside the bundle, loaded from this install's node_modules as before (by their
 * resolved URLs: the bundle may be kept anywhere).
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      return { path: import.meta.resolve(args.path), external: true };
    });
    build.onLoad({ filter: /\.(?:ts|mjs)$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

/** The bundled entries' URLs, made when missing; null when they cannot be had (see above). */
export async function bundles() {
  if (process.env.FOGWATCH_NO_BUNDLE) return null;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild');
    const dir = join(cacheDir(), PREFIX + keyOf(esbuild.version));
    const urls = Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, pathToFileURL(join(dir, `${name}.mjs`))]));
    const usable = () => existsSync(dir) && ownedOnly([dir, ...readdirSync(dir).map((n) => join(dir, n))])
      && Object.keys(ENTRIES).every((name) => existsSync(join(dir, `${name}.mjs`)));
    if (usable()) {
      // Marked as used: bundles of other keys are removed by the time since their last use.
      const now = new Date();
      utimesSync(dir, now, now);
      return urls;
    }
    if (existsSync(dir)) return null; // someone else's, or damaged: not run
    // Made apart and renamed into place whole: another process may be making the same ones.
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    await esbuild.build({
      entryPoints: Object.entries(ENTRIES).map(([name, src]) => ({ in: join(ROOT, src), out: name })),
      outdir: tmp, outExtension: { '.js': '.mjs' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20',
      // Each command's modules (and packages: PGlite, pg, Hono) in chunks loaded when the command
      // is, as the sources' dynamic imports intend: `extract` does not load the database.
      splitting: true, chunkNames: 'chunk-[hash]',
      logLevel: 'silent', plugins: [keepModuleUrls],
    });
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // made meanwhile by another process
      if (!usable()) return null;
    }
    const now = Date.now();
    for (const name of readdirSync(cacheDir())) {
      const p = join(cacheDir(), name);
      if (name.startsWith(PREFIX) && p !== dir && now - statSync(p).mtimeMs > KEEP_OLD_MS) rmSync(p, { recursive: true, force: true });
    }
    return urls;
  } catch {
    return null;
  }
}
