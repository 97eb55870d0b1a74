// Which code fogwatch runs: the compiled JavaScript in dist/ (`npm run build`; what the package
// ships), or, in a clone whose src/ changed since that build, or with FOGWATCH_DEV=1, the
// TypeScript sources themselves through tsx (a development dependency): an edit takes effect
// without a build, and stack traces name the source files. `npm run build` (or `npm test`) makes
// dist/ current again. Plain JavaScript: it runs before anything can load TypeScript.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Written by scripts/build.mjs once dist/ is complete, dated when that build began. */
const STAMP = join(ROOT, 'dist', '.built');

function newerThan(dir, t) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() ? newerThan(p, t) : statSync(p).mtimeMs > t) return true;
  }
  return false;
}

/** True when the sources run (through tsx) instead of dist/. */
function sourcesRun() {
  // FOGWATCH_NO_BUNDLE: the name this switch had while bin/fogwatch ran esbuild bundles.
  if (process.env.FOGWATCH_DEV || process.env.FOGWATCH_NO_BUNDLE) return true;
  const src = join(ROOT, 'src');
  if (!existsSync(src)) return false; // an installed package: dist/ only
  return !existsSync(STAMP) || newerThan(src, statSync(STAMP).mtimeMs);
}

let fromSources = null;

/** A module of fogwatch by its path under src/ without the extension ('cli/main'). */
export async function load(path) {
  fromSources ??= sourcesRun();
  if (!fromSources) return import(new URL(`../dist/${path}.js`, import.meta.url).href);
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    throw new Error('dist/ is missing or older than src/, and tsx (a development dependency) is not installed: run `npm run build`');
  }
  tsx.register();
  return import(new URL(`../src/${path}.ts`, import.meta.url).href);
}
