import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

/**
 * Settings written to the folder's postgresql.conf at every start. Writing WAL was half of the cost
 * of storing a batch (docs/storage.md, "Speed"): an embedded database has no replica, so
 * `wal_level = minimal`; and full-page images only guard against pages torn by a power or OS crash,
 * which PGlite does not guard against anyway (it runs with fsync off), while a killed process
 * leaves no torn page. Crash recovery after a kill still replays the WAL.
 */
export const PGLITE_CONF = ['wal_level = minimal', 'max_wal_senders = 0', 'full_page_writes = off'].join('\n');

/** The embedded engine: real PostgreSQL compiled to WASM, its files in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir, { postgresqlconf: PGLITE_CONF });
  const q = (runner: { query: PGlite['query'] }): Queryable['query'] =>
    async <T>(sql: string, params: unknown[] = []) => (await runner.query<T>(sql, params as any[])).rows;
  return {
    kind: 'pglite',
    query: q(pg),
    async transaction(fn) {
      return pg.transaction((tx) => fn({ query: q(tx) }));
    },
    async exec(sql) {
      await pg.exec(sql);
    },
    async close() {
      await pg.close();
    },
  };
}
