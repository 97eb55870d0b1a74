/**
 * Fetching an article URL without opening a door (SSRF): only http and https; the host's
 * addresses are resolved first and every one is checked, and the connection goes to the
 * address that was checked (no second DNS answer can slip in); private, loopback, link-local
 * and unique-local addresses are refused before any connection unless allowed; redirects are
 * followed by hand, a bounded number of times, each hop checked again. One deadline covers the
 * whole fetch, and the body is counted as it arrives (after decompression) against the cap.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { privateAddressReason } from './address.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, type FetchOptions } from './types.ts';

export const USER_AGENT = 'fogwatch/0.1.0 (conflict-news reader; +https://github.com/fogwatch/fogwatch)';

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  /** The final response's headers (ETag, Last-Modified for conditional requests). */
  headers: http.IncomingHttpHeaders;
}

/** A fetch that failed, with a reason fit for the one error line the user sees. */
export class FetchError extends Error {
  /** The HTTP status and Retry-After header when the server answered with an error status. */
  constructor(message: string, readonly status: number | null = null, readonly retryAfter: string | null = null) {
    super(message);
  }
}

/** Is `url` one we may fetch at all? Returns the reason when not. */
export function unsupportedUrlReason(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`;
  return null;
}

function addressAllowed(address: string, opts: FetchOptions): string | null {
  const reason = privateAddressReason(address);
  if (!reason || opts.allowPrivate) return null;
  if (opts.allowAddresses?.some((a) => a.replace(/^\[|\]$/g, '') === address)) return null;
  return `refused to connect to ${address}: ${reason} (pass --allow-private to allow)`;
}

/** Resolve a host and check every address; returns the one to connect to. */
async function resolveChecked(url: URL, opts: FetchOptions): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  if (literal) {
    const refused = addressAllowed(host, opts);
    if (refused) throw new FetchError(refused);
    return { address: host, family: literal };
  }
  let found: { address: string; family: number }[];
  try {
    found = opts.lookup ? await opts.lookup(host) : await dnsLookup(host, { all: true, verbatim: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FetchError(code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `host ${host} not found` : `looking up ${host} failed: ${(e as Error).message}`);
  }
  if (!found.length) throw new FetchError(`host ${host} has no address`);
  // Every answer is checked: a name that resolves to one public and one private address is refused.
  for (const a of found) {
    const refused = addressAllowed(a.address, opts);
    if (refused) throw new FetchError(`${host} resolves to ${a.address}; ${refused}`);
  }
  return found[0];
}

function describeSocketError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': return 'connection reset by the server';
    case 'EHOSTUNREACH': case 'ENETUNREACH': return 'host unreachable';
    case 'HPE_INVALID_CONSTANT': case 'HPE_INVALID_HEADER_TOKEN': return 'the server sent a malformed HTTP response';
    default: return e.message;
  }
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
  req: http.ClientRequest;
}

/** One request to a checked address; resolves when the headers arrive. */
function request(url: URL, target: { address: string; family: number }, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const mod = url.protocol === 'https:' ? https : http;
  // Connect to the address we checked, whatever DNS would say now.
  const pinned: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: 'GET',
      lookup: pinned,
      signal,
      headers: {
        ...opts.headers,
        'User-Agent': opts.userAgent ?? USER_AGENT,
        Accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
        'Accept-Encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, req }));
    req.on('error', (e) => reject(e));
    req.end();
  });
}

/** Read a body, decompressing, and stop as soon as it passes `max` bytes. */
async function readBody(hop: Hop, max: number): Promise<Buffer> {
  const declared = Number(hop.headers['content-length']);
  const enc = String(hop.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (enc === 'identity' && Number.isFinite(declared) && declared > max) {
    hop.req.destroy();
    throw new FetchError(`response is ${declared} bytes, over the limit of ${max} (--fetch-max-bytes)`);
  }
  let stream: Readable = hop.body;
  if (enc === 'gzip' || enc === 'x-gzip') stream = hop.body.pipe(createGunzip());
  else if (enc === 'deflate') stream = hop.body.pipe(createInflate());
  else if (enc === 'br') stream = hop.body.pipe(createBrotliDecompress());
  else if (enc !== 'identity' && enc !== '') {
    hop.req.destroy();
    throw new FetchError(`unsupported content encoding "${enc}"`);
  }
  hop.body.on('error', (e) => stream.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) {
        hop.req.destroy();
        stream.destroy();
        throw new FetchError(`response is larger than the limit of ${max} bytes (--fetch-max-bytes)`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR__ERROR_FORMAT_PADDING_1') throw new FetchError(`the compressed response is corrupt (${enc})`);
    throw e;
  }
  return Buffer.concat(chunks);
}

/**
 * GET an http(s) URL under the limits of `opts`. Throws FetchError with a clear reason:
 * a refused address, too many redirects, a timeout, an HTTP error status, an oversize body.
 */
export async function fetchUrl(input: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const stop = () => controller.abort();
  if (opts.signal?.aborted) controller.abort();
  else opts.signal?.addEventListener('abort', stop, { once: true });
  const timedOut = () => new FetchError(opts.signal?.aborted ? 'stopped before the fetch finished' : `timed out after ${timeoutMs / 1000} s (--fetch-timeout)`);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    clearTimeout(timer);
    throw new FetchError('not a valid URL');
  }
  try {
    for (let hops = 0; ; hops++) {
      const bad = unsupportedUrlReason(url);
      if (bad) throw new FetchError(hops ? `redirected to ${url.href}: ${bad}` : bad);
      let target;
      try {
        target = await resolveChecked(url, opts);
      } catch (e) {
        if (hops && e instanceof FetchError) throw new FetchError(`redirected to ${url.href}: ${e.message}`);
        throw e;
      }
      if (controller.signal.aborted) throw timedOut();
      let hop: Hop;
      try {
        hop = await request(url, target, opts, controller.signal);
      } catch (e) {
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError(describeSocketError(e as NodeJS.ErrnoException));
      }
      if (hop.status >= 300 && hop.status < 400 && hop.headers.location) {
        hop.req.destroy();
        if (hops >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects (--max-redirects)`);
        try {
          url = new URL(hop.headers.location, url);
        } catch {
          throw new FetchError(`redirect to an invalid URL: ${String(hop.headers.location).slice(0, 200)}`);
        }
        continue;
      }
      if (hop.status >= 400 || hop.status < 200) {
        hop.req.destroy();
        const retryAfter = hop.headers['retry-after'];
        throw new FetchError(`HTTP ${hop.status}${hop.body && (hop.body as http.IncomingMessage).statusMessage ? ' ' + (hop.body as http.IncomingMessage).statusMessage : ''}`,
          hop.status, typeof retryAfter === 'string' ? retryAfter : null);
      }
      let bytes: Buffer;
      try {
        bytes = await readBody(hop, maxBytes);
      } catch (e) {
        if (controller.signal.aborted) throw timedOut();
        if (e instanceof FetchError) throw e;
        throw new FetchError(describeSocketError(e as NodeJS.ErrnoException));
      }
      const ct = hop.headers['content-type'];
      return { url: url.href, status: hop.status, contentType: typeof ct === 'string' ? ct : null, bytes, headers: hop.headers };
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', stop);
  }
}
