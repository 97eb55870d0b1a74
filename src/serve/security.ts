/**
 * What every response carries and what every request must show, before any handler runs.
 * The reasons are in docs/security.md.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { HttpError } from './errors.ts';

/**
 * No inline script or style, nothing from another origin. MapLibre's worker is a same-origin
 * module file (setWorkerUrl), so `worker-src 'self'` is enough: no blob: workers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1';
  return false;
}

/**
 * When the server listens on loopback only, a request whose Host is some other name came through
 * DNS rebinding (a web page whose name resolves to 127.0.0.1): it is refused.
 */
export function checkHost(hostHeader: string | undefined, listeningOnLoopback: boolean): void {
  if (!listeningOnLoopback) return;
  if (!hostHeader) throw new HttpError(400, 'missing Host header');
  const m = /^(\[[0-9a-f:.]+\]|[^:]+)(?::\d+)?$/i.exec(hostHeader.trim());
  if (!m || !isLoopbackHost(m[1])) throw new HttpError(403, `Host "${hostHeader.slice(0, 100)}" is not this loopback server`);
}

/**
 * A write from a page of another origin (a form or fetch a hostile site aims at 127.0.0.1) is
 * refused: browsers send Origin on every cross-origin POST, and on same-origin POSTs it matches.
 */
export function checkOrigin(origin: string | undefined, requestUrl: string): void {
  if (!origin) return; // curl, scripts and the CLI send none
  let ok = false;
  try {
    // Scheme, host and port: an http:// page is not the https:// server of the same name.
    ok = new URL(origin).origin === new URL(requestUrl).origin;
  } catch {
    ok = false;
  }
  if (!ok) throw new HttpError(403, `writes from another origin (${origin.slice(0, 100)}) are refused`);
}

/** The token a request carries: `Authorization: Bearer T` or `X-Fogwatch-Token: T`. */
export function requestToken(authorization: string | undefined, custom: string | undefined): string | null {
  if (custom) return custom;
  const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return m ? m[1] : null;
}

/** Constant-time comparison (hashes first, so lengths leak nothing either). */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function checkToken(given: string | null, expected: string | null): void {
  if (expected === null) return;
  if (given === null) throw new HttpError(401, 'this server needs a token: send "Authorization: Bearer <token>"', { 'WWW-Authenticate': 'Bearer realm="fogwatch"' });
  if (!tokenMatches(given, expected)) throw new HttpError(401, 'wrong token', { 'WWW-Authenticate': 'Bearer realm="fogwatch", error="invalid_token"' });
}
