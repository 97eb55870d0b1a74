import { createHash } from 'node:crypto';

/**
 * A stable article id: the caller's id, else the canonical URL, else a hash of the text.
 * The same article read twice gets the same id, so storage can be idempotent.
 */
export function articleId(explicit: unknown, url: string | null | undefined, text: string): string {
  if (typeof explicit === 'string' && explicit.trim()) return explicit.trim();
  if (typeof explicit === 'number' && Number.isFinite(explicit)) return String(explicit);
  if (url) return 'url:' + createHash('sha256').update(normalizeUrl(url)).digest('hex').slice(0, 24);
  return 'sha:' + createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 24);
}

/** Lower-case scheme and host, no fragment, no trailing slash, no tracking parameters. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|ocid$)/i.test(k)) u.searchParams.delete(k);
    let s = u.toString();
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}
