import type { Article, Event } from '../record/schema.ts';
import { mergeReports, type Report } from '../resolve/merge.ts';
import { chooseEvent, dateReach, distinctiveTerms, MERGE, pubReach } from '../resolve/match.ts';
import { eventSignature, reportSignature, termCounts, type EventSignature, type ReportSignature } from '../resolve/signature.ts';
import { extractTerms } from '../resolve/terms.ts';
import { totalsOf, type ClaimLike } from '../resolve/reconcile.ts';
import type { Queryable } from './db.ts';
import { claimId, contentHash, json, newEventId, reportId, reportRecord, urlKey } from './rows.ts';
import { LIST_OMITS, type IngestResult } from './types.ts';
import type { MergeIndex } from './merge-index.ts';

/*
 * Statements, not rows, are what costs in PGlite (each one crosses into WASM, is parsed, planned
 * and its result turned back into JavaScript), so a batch is written with one statement: articles,
 * their new or merged events (each once, in its final state), reports and claims are collected in
 * a `PendingWrites` while the batch is merged in memory, and written together before the batch's
 * transaction commits. The stored versions of a whole batch are looked up at once (by the caller);
 * term counts and candidate events come from the merge index; the members of the events an article
 * joins come from a `MemberCache` (events written in this batch are only there until the batch is
 * written), and are read from the database only for events the cache does not hold.
 */

/** Search text of an event: place, actors, type, notes and its articles' titles, lower-cased. */
function searchText(ev: Event, titles: string[]): string {
  const parts = [ev.eventType, ev.subEventType, ev.location?.name, ev.location?.admin1, ev.location?.country,
    ev.actor1?.name, ev.actor2?.name, ...ev.associatedActors.map((a) => a.name), ev.notes, ...titles];
  return parts.filter(Boolean).join(' \u2022 ').toLowerCase().slice(0, 4000);
}

interface MemberReport { articleId: string; record: Event; signature: ReportSignature; title: string | null; outlet: string | null }
/** `counts`: termCounts of the reports' signatures, kept up to date in the cache as reports join. */
interface Members { reps: MemberReport[]; claims: ClaimLike[]; counts?: Map<string, number> }

/**
 * The reports and claims of recently merged events, by event id, least recently used first out.
 * It must hold every event changed by writes not yet flushed (the database does not have them
 * yet): `capacity` only ever evicts events whose writes are flushed. Cleared whenever the database
 * may differ from it (a rollback, a removal, another writer on a server).
 */
export class MemberCache {
  private map = new Map<string, Members>();
  private pinned = new Set<string>();
  constructor(private readonly capacity: number) {}
  get(id: string): Members | undefined {
    const m = this.map.get(id);
    if (m) {
      this.map.delete(id);
      this.map.set(id, m);
    }
    return m;
  }
  /** `pinned`: changed by a pending write, kept until the writes are flushed. */
  set(id: string, m: Members, pinned: boolean): void {
    this.map.delete(id);
    this.map.set(id, m);
    if (pinned) this.pinned.add(id);
    if (this.map.size > this.capacity) {
      for (const k of this.map.keys()) {
        if (this.map.size <= this.capacity) break;
        if (!this.pinned.has(k)) this.map.delete(k);
      }
    }
  }
  get size(): number {
    return this.map.size;
  }
  flushed(): void {
    this.pinned.clear();
  }
  clear(): void {
    this.map.clear();
    this.pinned.clear();
  }
}

/** Rows collected for one batch statement; `events` holds each event once, in its latest state. */
export class PendingWrites {
  articles: Record<string, unknown>[] = [];
  events = new Map<string, Record<string, unknown>>();
  reports: Record<string, unknown>[] = [];
  claims: Record<string, unknown>[] = [];
  constructor(readonly cache: MemberCache) {}
  get empty(): boolean {
    return !this.articles.length && !this.events.size;
  }
  /** Writes everything collected, in one statement. */
  async flush(tx: Queryable): Promise<void> {
    if (this.empty) return;
    await tx.query(WRITE_BATCH, [JSON.stringify(this.articles), JSON.stringify([...this.events.values()]),
      JSON.stringify(this.reports), JSON.stringify(this.claims)]);
    this.articles = [];
    this.events.clear();
    this.reports = [];
    this.claims = [];
    this.cache.flushed();
  }
}

/** A stored article with the same id, looked up for a whole batch at once. */
export interface KnownArticle { id: string; content_hash: string; event_ids: string[] | null }

/**
 * The stored articles with these ids (one query for a batch). An article is its id: two ids that
 * share a normalized URL ("…/story" and "…/story#update", given distinct ids by their source) are
 * two articles, both kept. Replacing one by the other would flip at every run of the same input.
 * (Without an explicit id, the reader makes the id from the normalized URL: the same page is the same id.)
 */
export async function knownArticles(tx: Queryable, articles: Article[]): Promise<KnownArticle[]> {
  return tx.query<KnownArticle>(
    `select id, content_hash, (select array_agg(distinct event_id) from reports where article_id = articles.id) as event_ids
     from articles where id = any($1::text[])`, [articles.map((a) => a.id)]);
}

interface Planned { eventId: string; isNew: boolean; idx: number; ev: Event; sig: ReportSignature; claims: ClaimLike[] }

/**
 * Stores one article with its events and merges them into stored events. Runs inside the caller's
 * transaction: the article is stored whole or not at all. An unchanged article is a no-op.
 * `known`: the stored articles sharing its id or URL when the caller looked them up for a batch;
 * `given`: the article's distinctive terms and content hash when already computed (by an extraction worker).
 */
export async function ingestInTx(tx: Queryable, index: MergeIndex, w: PendingWrites, article: Article, events: Event[], known?: KnownArticle[],
  given?: { terms?: string[]; hash?: string }): Promise<IngestResult> {
  const hash = given?.hash ?? contentHash(article);
  const key = urlKey(article.url);
  // Without `known` (the article's id came earlier in this batch), the database must show the pending writes first.
  if (!known) await w.flush(tx);
  const existing = (known ?? await knownArticles(tx, [article])).filter((k) => k.id === article.id);
  if (existing.length === 1 && existing[0].id === article.id && existing[0].content_hash === hash) {
    return { articleId: article.id, status: 'unchanged', eventsNew: 0, eventsMerged: 0, eventIds: existing[0].event_ids ?? [] };
  }
  const status = existing.length ? 'updated' : 'new';
  if (existing.length) {
    // Replacing is rare: it reads and rewrites stored events, so what is pending goes first.
    await w.flush(tx);
    w.cache.clear();
    await removeArticles(tx, index, existing.map((r) => r.id));
  }

  const terms = given?.terms ?? extractTerms(article.title, article.text);
  const stats = await index.addTerms(tx, terms, 1);
  const sigs = events.map((ev) => reportSignature(article, ev, terms));
  const pool = await index.candidates(tx, sigs, distinctiveTerms(terms, stats), MERGE.minRareShared);

  // Decide first (in memory), then read the members of the events joined and write everything at once.
  const plan: Planned[] = [];
  for (let i = 0; i < events.length; i++) {
    const sig = sigs[i];
    // A report never joins an event this article already reports: two events of one article are two events.
    const candidates = pool.filter((c) => c.sig.background === sig.background && !plan.some((p) => p.eventId === c.id));
    const chosen = chooseEvent(sig, candidates, stats);
    const claims: ClaimLike[] = (events[i].claims ?? []).map((c, j) => ({ ...c, id: claimId(article.id, i, j), articleId: article.id }));
    plan.push({ eventId: chosen ? chosen.best.id : newEventId(), isNew: !chosen, idx: i, ev: events[i], sig, claims });
  }
  const stored = new Map<string, Members>();
  for (const p of plan) {
    const m = p.isNew ? undefined : w.cache.get(p.eventId);
    if (m) stored.set(p.eventId, m);
  }
  const joined = plan.filter((p) => !p.isNew && !stored.has(p.eventId)).map((p) => p.eventId);
  if (joined.length) {
    const rows = await tx.query<{ id: string; reps: unknown; claims: unknown }>(
      `select e.id,
         (select json_agg(json_build_object('articleId', r.article_id, 'record', r.record, 'signature', r.signature::jsonb || jsonb_build_object('terms', a.terms), 'title', a.title, 'outlet', a.outlet) order by r.seq)
          from reports r join articles a on a.id = r.article_id where r.event_id = e.id) as reps,
         (select json_agg(c.record::jsonb || jsonb_build_object('id', c.id, 'articleId', c.article_id) order by r.seq, c.idx)
          from claims c join reports r on r.id = c.report_id where c.event_id = e.id) as claims
       from events e where e.id = any($1::text[])`, [joined]);
    for (const r of rows) stored.set(r.id, { reps: json<MemberReport[] | null>(r.reps) ?? [], claims: json<ClaimLike[] | null>(r.claims) ?? [] });
  }
  w.articles.push({ id: article.id, url: article.url, url_key: key, title: article.title, published: article.published, outlet: article.outlet,
    byline: article.byline, language: article.language ?? null, dateline: article.dateline ?? null, body: article.text, content_hash: hash, terms });
  for (const p of plan) {
    const me: MemberReport = { articleId: article.id, record: reportRecord(p.ev) as Event, signature: p.sig, title: article.title, outlet: article.outlet };
    const before = stored.get(p.eventId) ?? { reps: [], claims: [] };
    // `before` leaves the cache now, so its counts are taken over rather than copied.
    const counts = termCounts([me.signature], before.counts ?? termCounts(before.reps.map((r) => r.signature)));
    const after: Members = { reps: [...before.reps, me], claims: [...before.claims, ...p.claims], counts };
    const { row, sig } = eventRow(p.eventId, after.reps, after.claims, counts);
    w.events.delete(p.eventId); // re-inserted last: its latest state, written once
    w.events.set(p.eventId, row);
    w.cache.set(p.eventId, after, true);
    index.eventChanged(p.eventId, sig);
    const rid = reportId(article.id, p.idx);
    // The report's terms are the article's, stored once in articles.terms and joined back when read.
    w.reports.push({ id: rid, article_id: article.id, event_id: p.eventId, idx: p.idx, record: me.record, signature: { ...p.sig, terms: undefined } });
    p.claims.forEach((c, j) => w.claims.push({
      id: c.id, report_id: rid, article_id: article.id, event_id: p.eventId, idx: j, outcome: c.outcome, low: c.low, high: c.high, qualifier: c.qualifier,
      party_name: c.party?.name ?? 'unknown', claimed_by_name: c.claimedBy?.name ?? null, record: c,
    }));
  }
  const newCount = plan.filter((p) => p.isNew).length;
  return { articleId: article.id, status, eventsNew: newCount, eventsMerged: plan.length - newCount, eventIds: plan.map((p) => p.eventId) };
}

const EVENT_FIELDS = `id text, event_type text, sub_event_type text, background boolean, date_start date, date_end date, date_prec int,
  country text, iso3 text, admin1 text, location_name text, latitude double precision, longitude double precision, where_prec int,
  reach_lo int, reach_hi int, pub_lo int, pub_hi int, record json, totals_best jsonb, signature json, article_count int, fatalities int, search_text text, list_record json`;
const EVENT_COLUMNS = `id, event_type, sub_event_type, background, date_start, date_end, date_prec, country, iso3, admin1, location_name,
  latitude, longitude, where_prec, reach_lo, reach_hi, pub_lo, pub_hi, record, totals_best, signature, article_count, fatalities, search_text, list_record`;
const EVENT_CONFLICT = `on conflict (id) do update set event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
  background = excluded.background, date_start = excluded.date_start, date_end = excluded.date_end, date_prec = excluded.date_prec,
  country = excluded.country, iso3 = excluded.iso3, admin1 = excluded.admin1, location_name = excluded.location_name,
  latitude = excluded.latitude, longitude = excluded.longitude, where_prec = excluded.where_prec, reach_lo = excluded.reach_lo,
  reach_hi = excluded.reach_hi, pub_lo = excluded.pub_lo, pub_hi = excluded.pub_hi, record = excluded.record, totals_best = excluded.totals_best, signature = excluded.signature,
  article_count = excluded.article_count, fatalities = excluded.fatalities, search_text = excluded.search_text, list_record = excluded.list_record,
  sort_date = excluded.sort_date, updated_at = now()`;
const UPSERT_EVENTS = (param: string) => `insert into events (${EVENT_COLUMNS}, sort_date)
  select ${EVENT_COLUMNS}, coalesce(date_start, date_end) from json_to_recordset(${param}::json) as x(${EVENT_FIELDS})
  ${EVENT_CONFLICT}`;

/**
 * A batch's articles, events (new or merged), reports and claims: one statement, one round trip.
 * Foreign keys are checked at the end of the statement, when every row is in.
 */
export const WRITE_BATCH = `with a as (
    insert into articles (id, url, url_key, title, published, outlet, byline, language, dateline, body, content_hash, terms)
    select x.id, x.url, x.url_key, x.title, x.published, x.outlet, x.byline, x.language, x.dateline, x.body, x.content_hash, x.terms
    from json_to_recordset($1::json) as x(id text, url text, url_key text, title text, published text, outlet text, byline text,
      language text, dateline text, body text, content_hash text, terms jsonb) returning id),
  e as (${UPSERT_EVENTS('$2')} returning id),
  r as (insert into reports (id, article_id, event_id, idx, record, signature)
    select x.id, x.article_id, x.event_id, x.idx, x.record, x.signature
    from json_to_recordset($3::json) as x(id text, article_id text, event_id text, idx int, record json, signature json) returning id)
  insert into claims (id, report_id, article_id, event_id, idx, outcome, low, high, qualifier, party_name, claimed_by_name, record)
  select x.id, x.report_id, x.article_id, x.event_id, x.idx, x.outcome, x.low, x.high, x.qualifier, x.party_name, x.claimed_by_name, x.record
  from json_to_recordset($4::json) as x(id text, report_id text, article_id text, event_id text, idx int, outcome text, low int, high int,
    qualifier text, party_name text, claimed_by_name text, record json)`;

/** The record as a list shows it (migration 10, `view: 'list'`): without the fields LIST_OMITS names. */
function listRecord(ev: Event): Record<string, unknown> {
  const out: Record<string, unknown> = { ...ev };
  for (const k of LIST_OMITS) delete out[k];
  return out;
}

/** The row of an event merged from its member reports and claims. */
function eventRow(id: string, members: MemberReport[], claims: ClaimLike[], counts?: Map<string, number>): { row: Record<string, unknown>; sig: EventSignature } {
  const reports: Report[] = members.map((m) => ({ articleId: m.articleId, event: m.record }));
  const ev: Event & { sources?: string[] } = mergeReports(id, reports, claims, 'conservative');
  const outlets = members.map((m) => m.outlet).filter((o): o is string => !!o);
  if (outlets.length) ev.sources = [...new Set(outlets)];
  const sig = eventSignature(members.map((m) => m.signature), counts);
  const reach = dateReach(sig), pub = pubReach(sig);
  const loc = ev.location;
  return {
    sig,
    row: {
      id, event_type: ev.eventType, sub_event_type: ev.subEventType, background: ev.background,
      date_start: ev.date.start, date_end: ev.date.end, date_prec: ev.date.precision,
      country: loc?.country ?? null, iso3: loc?.iso3 ?? null, admin1: loc?.admin1 ?? null, location_name: loc?.name ?? null,
      latitude: loc?.latitude ?? null, longitude: loc?.longitude ?? null, where_prec: loc?.precision ?? null,
      reach_lo: reach?.[0] ?? null,
      reach_hi: reach?.[1] ?? null,
      pub_lo: pub?.[0] ?? null,
      pub_hi: pub?.[1] ?? null,
      record: ev, totals_best: totalsOf(claims, 'best'), signature: sig, article_count: ev.articles.length,
      fatalities: ev.fatalities, search_text: searchText(ev, members.map((m) => m.title ?? '')),
      list_record: listRecord(ev),
    },
  };
}

/** Removes the stored version of an article and re-merges the events it was part of. */
async function removeArticles(tx: Queryable, index: MergeIndex, ids: string[]): Promise<void> {
  const affected = await tx.query<{ event_id: string }>('select distinct event_id from reports where article_id = any($1::text[])', [ids]);
  const old = await tx.query<{ terms: unknown }>('select terms from articles where id = any($1::text[])', [ids]);
  for (const o of old) await index.addTerms(tx, json<string[]>(o.terms), -1);
  await tx.query('delete from claims where article_id = any($1::text[])', [ids]);
  await tx.query('delete from reports where article_id = any($1::text[])', [ids]);
  await tx.query('delete from articles where id = any($1::text[])', [ids]);
  for (const { event_id } of affected) await refreshEvent(tx, index, event_id);
}

/** Recomputes an event from its reports and claims; deletes it when no report is left. */
export async function refreshEvent(tx: Queryable, index: MergeIndex, id: string): Promise<void> {
  const reps = await tx.query<{ article_id: string; record: unknown; signature: unknown; title: string | null; outlet: string | null }>(
    `select r.article_id, r.record, r.signature::jsonb || jsonb_build_object('terms', a.terms) as signature, a.title, a.outlet from reports r join articles a on a.id = r.article_id
     where r.event_id = $1 order by r.seq`, [id]);
  if (!reps.length) {
    await tx.query('delete from events where id = $1', [id]);
    index.eventChanged(id, null);
    return;
  }
  const claimRows = await tx.query<{ record: unknown; article_id: string; id: string }>(
    'select c.record, c.article_id, c.id from claims c join reports r on r.id = c.report_id where c.event_id = $1 order by r.seq, c.idx', [id]);
  const claims: ClaimLike[] = claimRows.map((c) => ({ ...json<ClaimLike>(c.record), id: c.id, articleId: c.article_id }));
  const members: MemberReport[] = reps.map((r) => ({
    articleId: r.article_id, record: json<Event>(r.record), signature: json<ReportSignature>(r.signature), title: r.title, outlet: r.outlet,
  }));
  const { row, sig } = eventRow(id, members, claims);
  await tx.query(UPSERT_EVENTS('$1'), [JSON.stringify([row])]);
  index.eventChanged(id, sig);
}
