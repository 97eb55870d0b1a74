import { Command, InvalidArgumentError } from 'commander';
import { parseBytes } from '../option-parsers.ts';
import { DEFAULT_DB, open } from '../../store/index.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../serve/ingest-body.ts';
import { ServeConfigError, startServer } from '../../serve/server.ts';

interface Flags {
  db: string;
  port: number;
  host: string;
  token?: string;
  maxBody?: number;
  dashboard?: string;
}

function parsePort(v: string): number {
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError('expected a port number, 0–65535');
  return Number(v);
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve(sig));
  });
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the HTTP API and the dashboard over a database (loopback only unless --host says otherwise).')
    .option('--db <dir|url>', 'data folder or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--token <token>', 'require this token on every /api request (safer: set FOGWATCH_TOKEN, which ps does not show)')
    .option('--max-body <size>', `largest POST /api/articles body (default ${DEFAULT_MAX_BODY_BYTES / 1024 / 1024}m)`, parseBytes)
    .option('--dashboard <dir>', 'folder of the built dashboard (default: the dashboard/dist shipped with fogwatch)')
    .action(async (flags: Flags) => {
      const token = flags.token ?? process.env.FOGWATCH_TOKEN ?? null;
      const store = await open(flags.db);
      let server;
      try {
        server = await startServer({ store, host: flags.host, port: flags.port, token: token || null, maxBodyBytes: flags.maxBody ?? DEFAULT_MAX_BODY_BYTES, staticDir: flags.dashboard });
      } catch (e) {
        await store.close();
        if (e instanceof ServeConfigError) {
          process.stderr.write(`fogwatch serve: ${e.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw new Error(`cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}`);
      }
      process.stdout.write(`fogwatch: serving ${store.location} at ${server.url}${token ? ' (token required)' : ''}\n`);
      await untilSignal();
      await server.close();
      await store.close();
    });
}
