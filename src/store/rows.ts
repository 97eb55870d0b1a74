import { createHash, randomBytes } from 'node:crypto';
import type { Article, Event } from '../record/schema.ts';
import { normalizeUrl } from '../read/identity.ts';

/** What makes two versions of an article the same: every field the reader gave us. */
export function contentHash(a: Article): string {
  const fields = [a.title, a.url, a.published, a.outlet, a.byline, a.language ?? null, a.dateline ?? null, a.text];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}

export function urlKey(url: string | null): string | null {
  return url ? normalizeUrl(url) : null;
}

/** Random bytes for event ids, drawn a few kB at a time (one call per id cost more than the rest of making one). */
let pool = Buffer.alloc(0);
let used = 0;

/** Event ids are random (an event outlives the report that started it): `ev_` and 16 hex digits. */
export function newEventId(): string {
  if (used + 8 > pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  used += 8;
  return 'ev_' + pool.toString('hex', used - 8, used);
}

export function reportId(articleId: string, idx: number): string {
  return `${articleId}#${idx}`;
}

export function claimId(articleId: string, eventIdx: number, claimIdx: number): string {
  return `${articleId}#${eventIdx}.${claimIdx}`;
}

/** The event as one article reports it, without its claims (stored apart, one row each). */
export function reportRecord(e: Event): Omit<Event, 'claims'> {
  const { claims: _claims, ...rest } = e;
  void _claims;
  return rest;
}

/** JSON columns come back parsed from PGlite and pg alike; strings only from odd drivers. */
export function json<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

export interface EventRow {
  id: string;
  seq: number;
  record: unknown;
  totals_best: unknown;
  article_count: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

