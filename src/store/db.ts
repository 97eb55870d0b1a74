/**
 * One SQL dialect (PostgreSQL) over two engines: PGlite in a data folder, or a server through `pg`.
 * Everything above this file sees only `Db`: parameterized queries and transactions.
 */
export interface Queryable {
  /** Parameterized SQL only: values go in `params` ($1, $2 …), never into the SQL text. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
