// Where fogwatch keeps what it makes once and reuses: the template of new data folders
// (src/store/cluster-template.ts) and the bundles of the CLI (src/cli/bundle.mjs). Plain JavaScript:
// bin/fogwatch needs it before anything can load TypeScript (types in cache-dir.d.mts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this install (package.json, src/, node_modules/). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** FOGWATCH_CACHE_DIR, else node_modules/.cache/fogwatch of this install. */
export function cacheDir() {
  return process.env.FOGWATCH_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'fogwatch');
}
