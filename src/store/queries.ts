import type { Article, Contradiction, Span } from '../record/schema.ts';
import { groupClaims, type ClaimLike } from '../resolve/reconcile.ts';
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { iso, json, type EventRow } from './rows.ts';
import { LIST_OMITS } from './types.ts';
import type { ArticleDetail, ClaimGroup, EventDetail, EventFilters, EventPage, EventSort, Stats, StoredClaim, StoredEvent, TotalsRule } from './types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: Record<EventSort, { expr: string; dir: 'asc' | 'desc'; cast: string }> = {
  date_desc: { expr: `coalesce(sort_date, date '0001-01-01')`, dir: 'desc', cast: 'date' },
  date_asc: { expr: `coalesce(sort_date, date '9999-12-31')`, dir: 'asc', cast: 'date' },
  updated_desc: { expr: 'updated_at', dir: 'desc', cast: 'timestamptz' },
  articles_desc: { expr: 'article_count', dir: 'desc', cast: 'int' },
  fatalities_desc: { expr: 'coalesce(fatalities, -1)', dir: 'desc', cast: 'int' },
};
export const MAX_LIMIT = 10_000;

/** Builds the WHERE clause of the filters; every value is a parameter. */
export function whereOf(f: EventFilters, params: unknown[]): string[] {
  const where: string[] = ['article_count > 0'];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (f.since !== undefined) {
    if (!DAY.test(f.since)) throw new StoreError(`since: expected YYYY-MM-DD, got ${JSON.stringify(f.since)}`, 'input');
    where.push(`coalesce(date_end, date_start) >= ${p(f.since)}::date`);
  }
  if (f.until !== undefined) {
    if (!DAY.test(f.until)) throw new StoreError(`until: expected YYYY-MM-DD, got ${JSON.stringify(f.until)}`, 'input');
    where.push(`coalesce(date_start, date_end) <= ${p(f.until)}::date`);
  }
  if (f.country) {
    const v = p(f.country.trim().toLowerCase());
    where.push(`(lower(country) = ${v} or lower(iso3) = ${v})`);
  }
  if (f.type) where.push(`event_type = ${p(f.type)}`);
  if (f.subType) where.push(`sub_event_type = ${p(f.subType)}`);
  if (f.text) where.push(...textConditions(f.text, params));
  if (f.articleId) where.push(`exists (select 1 from reports r where r.event_id = events.id and r.article_id = ${p(f.articleId)})`);
  if (f.includeBackground === false) where.push('background = false');
  if (f.updatedSince !== undefined) {
    if (Number.isNaN(Date.parse(f.updatedSince))) throw new StoreError(`updatedSince: expected an ISO time, got ${JSON.stringify(f.updatedSince)}`, 'input');
    where.push(`updated_at > ${p(f.updatedSince)}::timestamptz`);
  }
  return where;
}

/**
 * A word search's conditions: each word as it is written, somewhere in the search text (LIKE), and
 * each of its parts with a letter as the start of a word of the event (index events_k_words):
 * "al-shabaab" needs "al-shabaab" in the text and words beginning with "al" and "shabaab". Parts are
 * letters and digits only: safe in a tsquery. The LIKE conditions come first (cheap, and a filter
 * for the word index's test, which parses the text).
 */
function textConditions(text: string, params: unknown[]): string[] {
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  const like: string[] = [], words: string[] = [];
  for (const w of text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10)) {
    like.push(`search_text like ${p('%' + w.replace(/[\\%_]/g, (c) => '\\' + c) + '%')} escape '\\'`);
    const parts = w.split(/[^\p{L}\p{N}]+/u).filter((t) => /\p{L}/u.test(t));
    if (parts.length) words.push(`to_tsvector('simple', search_text) @@ to_tsquery('simple', ${p(parts.map((t) => `${t}:*`).join(' & '))})`);
  }
  return [...like, ...words];
}

/**
 * A word search first walks this many events of the page's order (an ordered index scan, newest
 * first by default) and keeps those that match: a common word fills its page within the walk and
 * stops there, instead of reading and sorting its every match through the word index. A word too
 * rare to fill the page in the walk has few matches: those the word index reads and sorts. (An
 * object, that a test can shorten the walk.)
 */
export const WORD_WALK = { rows: 20_000 };

function encodeCursor(v: unknown, seq: number): string {
  return Buffer.from(JSON.stringify([v, seq])).toString('base64url');
}

function decodeCursor(s: string): [string | number, number] {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && (typeof v[0] === 'string' || typeof v[0] === 'number') && Number.isInteger(v[1])) return v as [string | number, number];
  } catch { /* fall through */ }
  throw new StoreError('cursor: not a cursor this server gave out', 'input');
}

export function toStoredEvent(row: EventRow, rule: TotalsRule): StoredEvent {
  const ev = json<StoredEvent>(row.record);
  if (rule === 'best') ev.totals = json(row.totals_best);
  ev.articleCount = row.article_count;
  ev.createdAt = iso(row.created_at);
  ev.updatedAt = iso(row.updated_at);
  return ev;
}

/**
 * Events spanning more than this many days are read apart by a date filter: every other event
 * matching `since` starts at most this many days before it, a bound the order's index can use.
 * The literal is the one of the partial index events_k_long_date (migration 6).
 */
const LONG_SPAN_DAYS = 31;
const SPAN = 'coalesce(date_end, date_start) - coalesce(date_start, date_end)';

/**
 * The conditions that split one page query into disjoint parts, each an ordered index scan that
 * stops after `limit` rows (PostgreSQL cannot merge two indexes' orders under an OR):
 * - a country matches by ISO3 code or by name: the rows of the code, then those of the name that
 *   are not of the code;
 * - under a date order with `since`, events of at most LONG_SPAN_DAYS days (bounded below by
 *   since − LONG_SPAN_DAYS on the order's key), then the longer ones.
 * `until` needs no split: a matching event's sort_date is on or before it, a bound on the key.
 */
function branchesOf(f: EventFilters, sortName: EventSort, expr: string, params: unknown[]): string[][] {
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  let parts: string[][] = [[]];
  const split = (alternatives: string[][]) => { parts = parts.flatMap((b) => alternatives.map((a) => [...b, ...a])); };
  if (f.country) {
    const v = p(f.country.trim().toLowerCase());
    split([[`lower(iso3) = ${v}`], [`lower(country) = ${v}`, `lower(iso3) is distinct from ${v}`]]);
  }
  const dated = sortName === 'date_desc' || sortName === 'date_asc';
  if (dated && f.until !== undefined) parts.forEach((b) => b.push(`${expr} <= ${p(f.until)}::date`));
  if (dated && f.since !== undefined) {
    const since = p(f.since);
    // Long events are few: they are read through their own index (events_k_long_date), the country
    // tested in a form no country index serves: else the planner, taking a third of the events to
    // be long, walks the whole country's index to find none (100 ms at 240k events).
    const unindexed = (c: string) => c.replace(/^lower\((iso3|country)\) = /, "coalesce(lower($1), '') = ");
    parts = parts.flatMap((b) => [[...b, `${SPAN} <= ${LONG_SPAN_DAYS}`, `${expr} >= ${since}::date - ${LONG_SPAN_DAYS}`], [...b.map(unindexed), `${SPAN} > ${LONG_SPAN_DAYS}`]]);
  }
  return parts;
}

export async function listEvents(db: Queryable, f: EventFilters = {}): Promise<EventPage> {
  const sortName = f.sort ?? 'date_desc';
  const sort = SORTS[sortName];
  if (!sort) throw new StoreError(`sort: expected one of ${Object.keys(SORTS).join(', ')}`, 'input');
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(f.limit ?? 100)));
  const params: unknown[] = [];
  // The country is matched by the branches below, not by one OR.
  const where = whereOf({ ...f, country: undefined, text: undefined }, params);
  const text = f.text ? textConditions(f.text, params) : [];
  if (f.cursor) {
    const [v, seq] = decodeCursor(f.cursor);
    params.push(v, seq);
    const op = sort.dir === 'desc' ? '<' : '>';
    where.push(`(${sort.expr}, seq) ${op} ($${params.length - 1}::${sort.cast}, $${params.length}::bigint)`);
    // The same bound on the key alone, which the planner can estimate from the index's statistics
    // (it guesses a row comparison matches little, and then reads and sorts the whole filter).
    where.push(`${sort.expr} ${op}= $${params.length - 1}::${sort.cast}`);
  }
  const branches = branchesOf(f, sortName, sort.expr, params);
  params.push(limit + 1);
  const n = `$${params.length}`;
  const order = `order by k_sort ${sort.dir}, seq ${sort.dir} limit ${n}`;
  // A list's view: the record without the fields a list never shows, written beside it (migration
  // 10); rows written before are cut by the database (a parse of the whole record there).
  const record = f.view === 'list' ? `coalesce(list_record, (record::jsonb ${LIST_OMITS.map((k) => `- '${k}'`).join(' ')})::json) as record` : 'record';
  const columns = `id, seq, ${record}, totals_best, article_count, created_at, updated_at, ${sort.expr} as k_sort, (${sort.expr})::text as k`;
  const select = (conds: string[]) => `select ${columns} from events where ${[...where, ...text, ...conds].join(' and ')} ${order}`;
  let rows: (EventRow & { k: unknown })[] = [];
  if (text.length && branches.length === 1) {
    // The walk (WORD_WALK): the first events of the order under the other filters, then the words.
    // A page it fills is the page the whole search gives (same order, same conditions); short of a
    // full page, the whole search below decides.
    rows = await db.query<EventRow & { k: unknown }>(
      `select id, seq, record, totals_best, article_count, created_at, updated_at, k_sort, k from (select ${columns}, search_text from events where ${[...where, ...branches[0]].join(' and ')}
         order by ${sort.expr} ${sort.dir}, seq ${sort.dir} limit ${Math.max(1, Math.floor(WORD_WALK.rows))}) as walk
       where ${text.join(' and ')} ${order}`, params);
  }
  if (rows.length <= limit) {
    const sql = branches.length === 1 ? select(branches[0])
      : `select * from (${branches.map((b) => `(${select(b)})`).join(' union all ')}) as page ${order}`;
    rows = await db.query<EventRow & { k: unknown }>(sql, params);
  }
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    events: page.map((r) => toStoredEvent(r, f.rule ?? 'conservative')),
    nextCursor: more && last ? encodeCursor(String(last.k), Number(last.seq)) : null,
  };
}

export async function* iterateEvents(db: Queryable, f: EventFilters = {}): AsyncGenerator<StoredEvent> {
  let cursor = f.cursor ?? null;
  for (;;) {
    const page = await listEvents(db, { ...f, cursor, limit: 500 });
    yield* page.events;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

export async function getEvent(db: Queryable, id: string, rule: TotalsRule = 'conservative'): Promise<EventDetail | null> {
  const rows = await db.query<EventRow>(
    'select id, seq, record, totals_best, article_count, created_at, updated_at from events where id = $1 and article_count > 0', [id]);
  if (!rows.length) return null;
  const event = toStoredEvent(rows[0], rule);
  const claims = (event.claims as ClaimLike[]).map((c) => ({ ...c, eventId: id }) as StoredClaim);
  const claimGroups: ClaimGroup[] = groupClaims(claims, rule).map((g) => ({
    party: g.party, outcome: g.outcome, claims: g.claims as StoredClaim[], range: g.range,
  }));
  const arts = await db.query<{ id: string; title: string | null; url: string | null; published: string | null; outlet: string | null }>(
    'select id, title, url, published, outlet from articles where id = any($1::text[])', [event.articles]);
  const order = new Map(event.articles.map((a, i) => [a, i]));
  arts.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { event, claimGroups, contradictions: (event.contradictions ?? []) as Contradiction[], articles: arts };
}

export async function getArticle(db: Queryable, id: string): Promise<ArticleDetail | null> {
  const rows = await db.query<{ id: string; title: string | null; url: string | null; published: string | null; outlet: string | null;
    byline: string | null; language: string | null; dateline: string | null; body: string; ingested_at: Date | string }>(
    'select id, title, url, published, outlet, byline, language, dateline, body, ingested_at from articles where id = $1', [id]);
  if (!rows.length) return null;
  const a = rows[0];
  const article: Article = { id: a.id, title: a.title, url: a.url, published: a.published, outlet: a.outlet, byline: a.byline, text: a.body, language: a.language, dateline: a.dateline };
  const reps = await db.query<{ event_id: string; record: unknown }>('select event_id, record from reports where article_id = $1 order by idx', [id]);
  const claims = await db.query<{ id: string; event_id: string; record: unknown }>(
    'select id, event_id, record from claims where article_id = $1 order by report_id, idx', [id]);
  const evidence: Span[] = reps.flatMap((r) => json<{ evidence?: Span[] }>(r.record).evidence ?? []);
  return {
    article,
    eventIds: [...new Set(reps.map((r) => r.event_id))],
    claims: claims.map((c) => ({ ...json<StoredClaim>(c.record), id: c.id, articleId: id, eventId: c.event_id })),
    evidence,
    ingestedAt: iso(a.ingested_at),
  };
}

/**
 * Counts by day, type and country, summed from event_counts (migration 7: live events counted by
 * every key these filters and groups use, kept by triggers): a few rows per day and country
 * instead of every event. The filters are the events' own (whereOf), on the same column names.
 */
export async function stats(db: Queryable, f: Pick<EventFilters, 'since' | 'until' | 'country' | 'type' | 'includeBackground'> = {}): Promise<Stats> {
  const params: unknown[] = [];
  // whereOf's first condition (article_count > 0) holds of every counted event.
  const where = ['true', ...whereOf(f, params).slice(1)].join(' and ');
  const [counts] = await db.query<{ articles: number; claims: number }>(
    `select coalesce((select n from row_counts where name = 'articles'), 0)::int as articles, coalesce((select n from row_counts where name = 'claims'), 0)::int as claims`);
  const [ev] = await db.query<{ n: number }>(`select coalesce(sum(n), 0)::int as n from event_counts where ${where}`, params);
  const day = 'coalesce(date_start, date_end)';
  const byDay = await db.query<{ day: string; events: number }>(
    `select ${day}::text as day, sum(n)::int as events from event_counts where ${where} and ${day} is not null group by ${day} having sum(n) > 0 order by ${day}`, params);
  const byType = await db.query<{ event_type: string; sub_event_type: string; events: number }>(
    `select event_type, sub_event_type, sum(n)::int as events from event_counts where ${where} group by event_type, sub_event_type having sum(n) > 0 order by events desc, event_type, sub_event_type`, params);
  const byCountry = await db.query<{ country: string | null; events: number }>(
    `select country, sum(n)::int as events from event_counts where ${where} group by country having sum(n) > 0 order by events desc, country`, params);
  return {
    articles: counts.articles,
    events: ev.n,
    claims: counts.claims,
    byDay: byDay.map((r) => ({ day: r.day, events: r.events })),
    byType: byType.map((r) => ({ eventType: r.event_type, subEventType: r.sub_event_type, events: r.events })),
    byCountry: byCountry.map((r) => ({ country: r.country, events: r.events })),
  };
}
