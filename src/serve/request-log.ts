/**
 * One line per request: time, method, path, status, duration. The query string is left out (it may
 * hold a search term or, from a careless client, a token) and so are bodies and headers: the log
 * never repeats article text or credentials. Control characters in the path are escaped so that a
 * crafted URL cannot forge a log line.
 */
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';

export type RequestLogSink = (line: string) => void;

/** A path as it may be written to a log: at most 200 characters, control characters escaped. */
export function loggablePath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = '?';
  }
  // eslint-disable-next-line no-control-regex
  const safe = path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
}

/** Outermost middleware: it sees the final status, errors included (Hono's onError has answered by then). */
export function requestLog(sink: RequestLogSink, now: () => number = () => performance.now()): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    const t0 = now();
    try {
      await next();
    } finally {
      const ms = now() - t0;
      sink(`${new Date().toISOString()} ${c.req.method} ${loggablePath(c.req.url)} ${c.res.status} ${ms.toFixed(1)}ms`);
    }
  });
}
