/**
 * Listens: the app of app.ts on a host and port, loopback unless told otherwise. Serving beyond
 * loopback without a token is refused, since anyone who can reach the port could write.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { isLoopbackHost } from './security.ts';

/** dashboard/dist of this checkout: where `vite build dashboard` writes. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

export interface ServeOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string | null;
  /** The dashboard build; defaults to dashboard/dist when it holds an index.html. */
  staticDir?: string | null;
  maxBodyBytes?: number;
  log?: (msg: string) => void;
  live?: import('./live-routes.ts').LiveOptions;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export class ServeConfigError extends Error {}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? null;
  const loopback = isLoopbackHost(host);
  if (!loopback && !token) {
    throw new ServeConfigError(`serving on ${host} (beyond this machine) needs a token: give --token or set FOGWATCH_TOKEN`);
  }
  if (token !== null && token.length < 12) throw new ServeConfigError('the token is too short: use at least 12 characters');
  let staticDir = opts.staticDir === undefined ? DEFAULT_STATIC_DIR : opts.staticDir;
  if (staticDir && !existsSync(join(staticDir, 'index.html'))) {
    (opts.log ?? ((m: string) => process.stderr.write(m + '\n')))(`fogwatch serve: no dashboard build in ${staticDir} (in a clone: \`npm run build\`); serving the API only`);
    staticDir = null;
  }
  const app = createApp({ store: opts.store, token, staticDir, maxBodyBytes: opts.maxBodyBytes, loopbackOnly: loopback, log: opts.log, live: opts.live });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    host,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive connections would hold close() open; end them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
