/**
 * New data folders from a template. Making a PostgreSQL cluster (initdb, in WebAssembly) and
 * migrating it costs about 2.5 s; copying the files of one made earlier costs about 0.1 s. The
 * template is an empty, migrated, cleanly closed cluster, kept in `node_modules/.cache/fogwatch/`
 * under a key of everything its files depend on (the PGlite version, the settings, the
 * migrations): a different key is a different template, and templates of other keys are removed.
 *
 * The template is an optimisation only: when it cannot be made or read (a read-only install, a
 * full disk), clusters are made from scratch as before.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir, ROOT } from '../util/cache-dir.ts';
import { MIGRATIONS } from './migrations.ts';
import { PGLITE_CONF } from './pglite-db.ts';

const PREFIX = 'pg-template-';

function pgliteVersion(): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version ?? '?';
  } catch {
    return '?';
  }
}

/** The folder of the template for this PGlite, these settings and these migrations. */
export function templateDir(): string {
  const h = createHash('sha256').update(pgliteVersion()).update('\0').update(PGLITE_CONF);
  for (const m of MIGRATIONS) h.update('\0').update(String(m.version)).update('\0').update(m.sql);
  return join(cacheDir(), PREFIX + h.digest('hex').slice(0, 16));
}

/**
 * Copies the template into `dest` (which must not exist); false when there is no usable template.
 * Asynchronous: the copy (tens of MB) runs on libuv's threads while this one loads the pipeline.
 */
export async function copyTemplate(dest: string): Promise<boolean> {
  const src = templateDir();
  if (!existsSync(join(src, 'PG_VERSION'))) return false;
  try {
    await cp(src, dest, { recursive: true });
    return true;
  } catch {
    rmSync(dest, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps a copy of `cluster` (empty, migrated, closed) as the template. Best effort: another
 * process may be saving the same template (the first rename wins), or the cache may not be
 * writable (then the next data folder is made from scratch again).
 */
export function saveTemplate(cluster: string): void {
  const dest = templateDir();
  if (existsSync(dest)) return;
  const cache = cacheDir();
  const tmp = `${dest}.tmp-${process.pid}`;
  try {
    mkdirSync(cache, { recursive: true });
    for (const n of readdirSync(cache)) {
      // Templates of other keys are out of date (an upgrade, a new migration); so is scratch of dead runs.
      if (n.startsWith(PREFIX) && join(cache, n) !== dest && !n.endsWith(`.tmp-${process.pid}`)) rmSync(join(cache, n), { recursive: true, force: true });
    }
    cpSync(cluster, tmp, { recursive: true });
    renameSync(tmp, dest);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Forgets the template (a cluster copied from it would not open): the next data folder makes a new one. */
export function dropTemplate(): void {
  rmSync(templateDir(), { recursive: true, force: true });
}
