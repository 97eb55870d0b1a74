// Where fogwatch keeps what it makes once and reuses: the template of new data folders
// (src/store/cluster-template.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this install (package.json, data/, node_modules/): two levels above this file, from src/util or dist/util. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** FOGWATCH_CACHE_DIR, else node_modules/.cache/fogwatch of this install. */
export function cacheDir(): string {
  return process.env.FOGWATCH_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'fogwatch');
}
