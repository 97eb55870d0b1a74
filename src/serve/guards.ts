/**
 * The checks every request passes before a handler runs, as Hono middleware factories: each takes
 * its setting once and returns the middleware (`app.use('*', hostGuard({ loopbackOnly }))`).
 * The checks themselves, and why, are in security.ts and docs/security.md.
 */
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { checkHost, checkOrigin, checkToken, requestToken, SECURITY_HEADERS } from './security.ts';

/** The security headers on every answer, a handler's or an error's. */
export function securityHeaders(): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    try {
      await next();
    } finally {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
    }
  });
}

/** On a loopback-only server, a foreign Host header (DNS rebinding) is refused. */
export function hostGuard(opts: { loopbackOnly: boolean }): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    checkHost(c.req.header('host'), opts.loopbackOnly);
    await next();
  });
}

/** With a token configured, every request must carry it; without one, nothing is asked. */
export function tokenGuard(token: string | null): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    checkToken(requestToken(c.req.header('authorization'), c.req.header('x-fogwatch-token')), token);
    await next();
  });
}

/** Writes (anything but GET and HEAD) from a page of another origin are refused. */
export function originGuard(): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') checkOrigin(c.req.header('origin'), c.req.url);
    await next();
  });
}

/** API answers are live data: never cached by a browser or a proxy. */
export function noStore(): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
}
