import { Command, InvalidArgumentError } from 'commander';
import { parseBytes, wholeNumber } from '../option-parsers.ts';
import { DEFAULT_DB, open } from '../../store/index.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../serve/ingest-body.ts';
import { DEFAULT_MAX_ARTICLES } from '../../serve/app.ts';
import { ServeConfigError, startServer } from '../../serve/server.ts';
import { LiveHub } from '../../watch/hub.ts';
import { serializedWrites } from '../../watch/serialize.ts';
import { startWatching, untilSignal, watchOptions, WatchUsageError, type Watching, type WatchFlags } from './watch.ts';

interface Flags extends WatchFlags {
  watch?: boolean;
  db: string;
  port: number;
  host: string;
  token?: string;
  maxBody?: number;
  maxArticles?: number;
  dashboard?: string;
  logRequests?: boolean;
}

function parsePort(v: string): number {
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError('expected a port number, 0–65535');
  return Number(v);
}

export function serveCommand(): Command {
  const cmd = new Command('serve')
    .description('Serve the HTTP API and the dashboard over a database (loopback only unless --host says otherwise).')
    .option('--db <dir|url>', 'data folder or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--token <token>', 'require this token on every /api request (safer: set FOGWATCH_TOKEN, which ps does not show)')
    .option('--max-body <size>', `largest POST /api/articles body (default ${DEFAULT_MAX_BODY_BYTES / 1024 / 1024}m)`, parseBytes)
    .option('--max-articles <n>', `most articles one POST /api/articles may carry (default ${DEFAULT_MAX_ARTICLES}); a body with more is refused whole`, wholeNumber(1, 100_000))
    .option('--dashboard <dir>', 'folder of the built dashboard (default: the dashboard/dist shipped with fogwatch)')
    .option('--log-requests', 'write one line per request to stderr: time, method, path (no query), status, milliseconds')
    .option('--watch', 'also follow the feeds of --feed/--feeds in this process (alerts on stdout; see `fogwatch watch --help`)');
  watchOptions(cmd);
  return cmd.action(async (flags: Flags) => {
    if (!flags.watch && (flags.feed || flags.feeds || flags.alert || flags.webhook)) {
      process.stderr.write('fogwatch serve: --feed, --feeds, --alert and --webhook need --watch\n');
      process.exitCode = 2;
      return;
    }
    const signal = untilSignal();
    const token = flags.token ?? process.env.FOGWATCH_TOKEN ?? null;
    const opened = await open(flags.db).catch((e) => { signal.cancel(); throw e; });
    // The API's writes and the watcher's queue behind each other.
    const store = flags.watch ? serializedWrites(opened) : opened;
    const hub = flags.watch ? new LiveHub() : null;
    let server;
    let watching: Watching | null = null;
    try {
      if (flags.watch) watching = await startWatching(store, flags, hub);
      const live = { hub, feeds: async () => { await watching?.watcher.flush(); return store.feeds.health(); } };
      server = await startServer({ store, host: flags.host, port: flags.port, token: token || null, maxBodyBytes: flags.maxBody ?? DEFAULT_MAX_BODY_BYTES, maxArticles: flags.maxArticles, staticDir: flags.dashboard, live, requestLog: flags.logRequests ? (line) => process.stderr.write(line + '\n') : null });
    } catch (e) {
      signal.cancel();
      await watching?.stop();
      await store.close();
      if (e instanceof WatchUsageError || e instanceof ServeConfigError) {
        process.stderr.write(`fogwatch serve: ${e.message}\n`);
        process.exitCode = 2;
        return;
      }
      throw new Error(`cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}`);
    }
    // With --watch, stdout holds alert lines only.
    (flags.watch ? process.stderr : process.stdout).write(`fogwatch: serving ${store.location} at ${server.url}${token ? ' (token required)' : ''}\n`);
    await signal.done;
    await server.close();
    await watching?.stop();
    await store.close();
  });
}
