import pg from 'pg';
import type { Db, Queryable } from './db.ts';

/** Parses int8 (counts) as numbers: our counts stay far below 2^53. */
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * Session settings of every connection. No JIT compilation: fogwatch's reads are short index scans
 * that stop at a page, but a branch the planner cannot bound (long events under a date filter) is
 * costed above `jit_above_cost`, and compiling its expressions took 24 ms of a 25 ms page at a
 * million events (the scan itself 0.3 ms). PGlite has no JIT, so this also makes both backends alike.
 */
const SESSION = '-c jit=off';

/**
 * A PostgreSQL server. `schema` (from the URL parameter `schema=`) keeps fogwatch's tables in their
 * own namespace, created when missing, so tests and several databases can share one server.
 */
export async function openPostgres(url: string, schema: string | null): Promise<Db> {
  const base = { connectionString: url, max: 4, connectionTimeoutMillis: 10_000, options: SESSION };
  if (!schema) return openPostgresPool(new pg.Pool(base));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}: lower-case letters, digits and _ only`);
  const client = new pg.Client(base);
  await client.connect();
  try {
    // The name was checked above against a strict pattern, so it can go into the SQL text (identifiers cannot be parameters).
    await client.query(`create schema if not exists ${schema}`);
  } finally {
    await client.end();
  }
  return openPostgresPool(new pg.Pool({ ...base, options: `${SESSION} -c search_path=${schema}` }));
}

function openPostgresPool(pool: pg.Pool): Db {
  pool.on('error', () => {});
  const q = (runner: { query: pg.Pool['query'] }): Queryable['query'] =>
    async <T>(sql: string, params: unknown[] = []) => (await runner.query(sql, params as any[])).rows as T[];
  return {
    kind: 'postgres',
    query: q(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: a lost connection would be an unhandled 'error'
      // event (a crash with a stack trace). Here it only marks the client broken; the query in
      // flight fails with the reason, and the error reaches the caller as a StoreError.
      let broken: Error | null = null;
      const onError = (e: Error) => {
        broken = e;
      };
      client.on('error', onError);
      try {
        await client.query('begin');
        const r = await fn({ query: q(client as unknown as { query: pg.Pool['query'] }) });
        await client.query('commit');
        return r;
      } catch (e) {
        if (!broken) await client.query('rollback').catch(() => {});
        throw e;
      } finally {
        client.off('error', onError);
        // A broken client is destroyed, not returned to the pool.
        client.release(broken ?? undefined);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
