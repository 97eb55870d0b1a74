/** An error the user can act on: it names the database and the reason, no stack needed. */
export class StoreError extends Error {
  constructor(message: string, readonly code: 'locked' | 'readonly' | 'full' | 'open' | 'schema' | 'input' | 'lost' = 'open') {
    super(message);
    this.name = 'StoreError';
  }
}

/** Turns a low-level failure (file system, PGlite, server) into a clear message about `where`. */
export function describeStoreFailure(e: unknown, where: string): StoreError {
  if (e instanceof StoreError) return e;
  const err = e as NodeJS.ErrnoException & { errno?: number };
  const msg = String(err?.message ?? e);
  const code = err?.code ?? '';
  if (code === 'ENOSPC' || code === '53100' || /no space left|ENOSPC|could not extend file/i.test(msg)) {
    return new StoreError(`${where}: the disk is full (no space left on device); free some space and run again — nothing was half-written`, 'full');
  }
  if (code === 'EROFS' || /read-only file system|EROFS/i.test(msg)) {
    return new StoreError(`${where}: the folder is on a read-only file system; use --db with a writable folder`, 'readonly');
  }
  if (code === 'EACCES' || code === 'EPERM' || /permission denied|EACCES/i.test(msg)) {
    return new StoreError(`${where}: permission denied; use --db with a folder you can write to`, 'readonly');
  }
  // The server went away mid-run (restarted, killed, the network cut): the open transaction is rolled
  // back by the server; the run stops rather than fail every remaining article one by one.
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === '57P01' || code === '57P02' || code === '57P03' || /Connection terminated|connection (?:was )?(?:lost|closed|ended)|ECONNRESET|terminating connection|Client has encountered a connection error|not queryable/i.test(msg)) {
    return new StoreError(`${where}: the connection to the PostgreSQL server was lost (${msg.split('\n')[0].slice(0, 120)}); the unfinished batch was rolled back — run again when the server is back`, 'lost');
  }
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(msg)) {
    return new StoreError(`${where}: no PostgreSQL server answers there (connection refused)`, 'open');
  }
  return new StoreError(`${where}: ${msg}`, 'open');
}
