import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';
import { StoreError } from './errors.ts';

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

/**
 * Space kept free on the data folder's disk. PostgreSQL in WebAssembly does not survive a full
 * disk: when the next WAL segment (16 MB) does not fit it spins forever, deaf to SIGTERM (the
 * JavaScript thread never gets control back). So the free space is checked before every statement
 * and before opening, and below this reserve the run stops with the disk-full message while
 * everything is still consistent. `FOGWATCH_DISK_RESERVE` (bytes) changes it.
 */
export const DEFAULT_DISK_RESERVE = 48 * 1024 * 1024;

function diskReserve(): number {
  const v = Number(process.env.FOGWATCH_DISK_RESERVE);
  return Number.isFinite(v) && v >= 0 ? v : DEFAULT_DISK_RESERVE;
}

/** Throws the disk-full StoreError when `dir`'s disk has less than the reserve free. */
export function checkFreeSpace(dir: string, reserve = diskReserve()): void {
  if (reserve === 0) return;
  let free: number;
  try {
    const st = statfsSync(dir);
    free = st.bavail * st.bsize;
  } catch {
    return; // no statfs here (or the folder is gone): PostgreSQL's own errors will tell
  }
  if (free < reserve) {
    const mb = (n: number) => `${Math.floor(n / 1024 / 1024)} MB`;
    throw new StoreError(`data folder ${dir}: the disk is full (${mb(free)} free; fogwatch stops below ${mb(reserve)}, the room PostgreSQL's log needs); ` +
      'free some space and run again — nothing was half-written', 'full');
  }
}

/** The embedded engine: real PostgreSQL compiled to WASM, its files in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Db> {
  checkFreeSpace(existsSync(dataDir) ? dataDir : dirname(dataDir));
  const pg = await PGlite.create(dataDir, { postgresqlconf: PGLITE_CONF });
  const q = (runner: { query: PGlite['query'] }): Queryable['query'] =>
    async <T>(sql: string, params: unknown[] = []) => {
      checkFreeSpace(dataDir);
      const bytes = params.map((p, i) => isBig(p) && jsonParam(sql, i + 1));
      if (!bytes.includes(true)) return (await runner.query<T>(sql, params as any[])).rows;
      return (await runner.query<T>(sql, params.map((p, i) => (bytes[i] ? Buffer.from(p as string) : p)), AS_BYTES)).rows;
    };
  return {
    kind: 'pglite',
    query: q(pg),
    async transaction(fn) {
      checkFreeSpace(dataDir);
      return pg.transaction((tx) => fn({ query: q(tx) }));
    },
    async exec(sql) {
      checkFreeSpace(dataDir);
      await pg.exec(sql);
    },
    async close() {
      await pg.close();
    },
  };
}
