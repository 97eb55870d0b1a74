/**
 * Validation of every input the API takes: query strings and path ids. Strict: an unknown
 * parameter is an error too (a typo such as `?contry=` must not silently return everything).
 */
import { z } from 'zod';
import { stripControls } from '../read/normalize.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES, eventTypeOf } from '../record/taxonomy.ts';
import type { EventFilters } from '../store/types.ts';

const day = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'not a calendar date');

/** Letters (any script), spaces and the punctuation of country names ("Côte d'Ivoire", "Guinea-Bissau"). */
const country = z.string().min(1).max(80).regex(/^[\p{L}\p{M} .,'’()-]+$/u, 'expected a country name or ISO3 code');

/** Store cursors are opaque; they are printable ASCII and short. The store checks what they hold. */
const cursor = z.string().min(1).max(1000).regex(/^[\x21-\x7e]+$/, 'not a cursor returned by this API');

export const EventQuerySchema = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  country: country.optional(),
  type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
  subType: z.enum(SUB_EVENT_TYPES as [string, ...string[]]).optional(),
  q: z.string().min(1).max(200).optional(),
  background: z.enum(['include', 'exclude']).default('include'),
  sort: z.enum(['date_desc', 'date_asc', 'updated_desc', 'articles_desc', 'fatalities_desc']).default('date_desc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: cursor.optional(),
  rule: z.enum(['conservative', 'best']).default('conservative'),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
  view: z.enum(['full', 'list']).default('full'),
}).superRefine((v, ctx) => {
  if (v.since && v.until && v.since > v.until) ctx.addIssue({ code: 'custom', path: ['since'], message: `since (${v.since}) is after until (${v.until})` });
  if (v.type && v.subType && eventTypeOf(v.subType) !== v.type) {
    ctx.addIssue({ code: 'custom', path: ['subType'], message: `"${v.subType}" is a sub-type of "${eventTypeOf(v.subType)}", not of "${v.type}"` });
  }
});

export type EventQueryParsed = z.infer<typeof EventQuerySchema>;

export const StatsQuerySchema = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  country: country.optional(),
  type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
});

export const EventDetailQuerySchema = z.strictObject({
  rule: z.enum(['conservative', 'best']).default('conservative'),
});

/** Ids are stored strings (article ids may be "url:…" or "sha:…" or the caller's own). */
export const IdSchema = z.string().min(1).max(512).regex(/^[^\x00-\x1f\x7f]+$/, 'control characters in id');

/** Defaults a caller can give for a posted text or HTML body, through the query string. */
export const IngestQuerySchema = z.strictObject({
  title: z.string().min(1).max(500).optional(),
  published: day.optional(),
  outlet: z.string().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  id: z.string().min(1).max(512).regex(/^[^\x00-\x1f\x7f]+$/).optional(),
});

/**
 * The query string as a plain object; a parameter given twice is an error, not a silent pick.
 * Values go through the readers' normalisation (control characters removed: PostgreSQL refuses
 * NUL in text), so `q=%00` is an empty, refused value, never a database error.
 */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (Object.hasOwn(out, k)) throw new ParamError(`parameter "${k}" is given more than once`);
    out[k] = stripControls(v).text;
  }
  return out;
}

export class ParamError extends Error {}

/** The first issue, worded for a person: "since: expected a date as YYYY-MM-DD". */
export function describeZodError(e: z.ZodError): string {
  const issue = e.issues[0];
  if (!issue) return 'invalid input';
  if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  const where = issue.path.length ? issue.path.join('.') + ': ' : '';
  return where + issue.message;
}

/** API query → the store's filters. */
export function toEventFilters(q: EventQueryParsed): EventFilters {
  return {
    since: q.since,
    until: q.until,
    country: q.country,
    type: q.type,
    subType: q.subType,
    text: q.q,
    includeBackground: q.background !== 'exclude',
    sort: q.sort,
    cursor: q.cursor ?? null,
    limit: q.limit,
    rule: q.rule,
    updatedSince: q.updatedSince,
    view: q.view,
  };
}
