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
import { PostWorker } from './post-worker-pool.ts';
import { isLoopbackHost, SECURITY_HEADERS } from './security.ts';

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
  /** One line per request (method, path, status, ms) to this sink; none when not given. */
  requestLog?: import('./request-log.ts').RequestLogSink | null;
  live?: import('./live-routes.ts').LiveOptions;
  /** Time for a client to send all its request headers (a slow drip is closed): default 10 s. */
  headersTimeoutMs?: number;
  /** Time for a client to send its whole request, body included: default 60 s. */
  requestTimeoutMs?: number;
  /** Most articles one POST /api/articles may carry (default 100). */
  maxArticles?: number;
}

export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Every response carries the security headers, whatever route (or Hono's HEAD handling) made it. */
function withSecurityHeaders(res: Response): Response {
  let out = res;
  try {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) out.headers.set(k, v);
  } catch {
    // Immutable headers (a Response.redirect): copy into a response we may change.
    out = new Response(res.body, res);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) out.headers.set(k, v);
  }
  return out;
}

/** The answer Node's HTTP parser gives on its own (431 for huge headers, 408, 400), with the security headers. */
function clientErrorResponse(err: NodeJS.ErrnoException): string {
  const [status, text] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
  const body = JSON.stringify({ error: { message: text.toLowerCase(), status } });
  const headers = { ...SECURITY_HEADERS, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', Connection: 'close' };
  return `HTTP/1.1 ${status} ${text}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
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
  const postWorker = new PostWorker();
  const app = createApp({ store: opts.store, token, staticDir, maxBodyBytes: opts.maxBodyBytes, maxArticles: opts.maxArticles, postWorker, loopbackOnly: loopback, log: opts.log, requestLog: opts.requestLog, live: opts.live });
  const headersTimeout = opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(headersTimeout, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  const fetch = async (req: Request, env: unknown) => withSecurityHeaders(await app.fetch(req, env));
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({
      fetch,
      hostname: host,
      port: opts.port ?? 8080,
      // A client that drips its headers (or its body) holds a connection: it is closed when the time is up.
      // Node checks the deadlines every connectionsCheckingInterval ms.
      serverOptions: { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout) },
    }, () => resolve(s));
    s.once('error', reject);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err));
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    host,
    close: () => new Promise<void>((resolve) => {
      server.close(() => void postWorker.close().then(() => resolve()));
      // Keep-alive connections would hold close() open; end them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
