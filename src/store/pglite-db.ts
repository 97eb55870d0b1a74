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

/**
 * A batch's rows go in as one JSON text of megabytes. PGlite sizes a text parameter by walking it
 * character by character in JavaScript (a tenth of the time of writing a batch); given as UTF-8
 * bytes (encoded natively by Buffer.from), it is sent as is in binary format, which for the json
 * type is the same text. Only json parameters are passed through untouched (PostgreSQL type 114).
 */
const BIG = 1 << 14;
const isBig = (p: unknown): p is string => typeof p === 'string' && p.length > BIG;
/** Whether the statement casts parameter n to json (not jsonb: its binary format differs). */
const jsonParam = (sql: string, n: number) => new RegExp(`\\$${n}::json(?!b)`).test(sql);
const AS_BYTES = { serializers: { 114: (x: unknown) => x } } as unknown as Parameters<PGlite['query']>[2];

/** The embedded engine: real PostgreSQL compiled to WASM, its files in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Db> {
  const pg = await PGlite.create(dataDir, { postgresqlconf: PGLITE_CONF });
  const q = (runner: { query: PGlite['query'] }): Queryable['query'] =>
    async <T>(sql: string, params: unknown[] = []) => {
      const bytes = params.map((p, i) => isBig(p) && jsonParam(sql, i + 1));
      if (!bytes.includes(true)) return (await runner.query<T>(sql, params as any[])).rows;
      return (await runner.query<T>(sql, params.map((p, i) => (bytes[i] ? Buffer.from(p as string) : p)), AS_BYTES)).rows;
    };
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
