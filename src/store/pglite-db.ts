import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

/** The embedded engine: real PostgreSQL compiled to WASM, its files in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
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
