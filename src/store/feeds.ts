/**
 * The state of `fogwatch watch` (docs/watch.md), kept beside the events it feeds: each feed's
 * validators and health, the items taken from each feed, and the last alerted state of each event.
 * Feed rows are written in batches (one statement for many feeds); an item is marked done in the
 * same transaction as the event states it alerted, so a restart repeats neither.
 */
import type { Db, Queryable } from './db.ts';
import { iso, json } from './rows.ts';

/** One feed as the watcher keeps it. Times are ISO strings. */
export interface FeedState {
  url: string;
  intervalS: number;
  active: boolean;
  /** 'RSS 2.0', 'Atom', 'JSON Feed', 'page'… once known. */
  kind: string | null;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** A plain page's text hash: a new one means the page changed. */
  fingerprint: string | null;
  lastPoll: string | null;
  lastSuccess: string | null;
  lastChange: string | null;
  nextPoll: string | null;
  lastStatus: number | null;
  /** Consecutive failed polls (0 after a success). */
  errors: number;
  totalErrors: number;
  lastError: string | null;
  lastErrorAt: string | null;
  polls: number;
}

export type ItemStatus = 'pending' | 'done' | 'failed' | 'skipped';

/**
 * One item of a feed: `pending` from just before its article is first fetched until it is stored and
 * alerted (also while it waits for a retry, `lastError` saying why); `failed` once given up;
 * `skipped` for a new feed's backlog beyond what the watcher takes.
 */
export interface ItemState {
  key: string;
  fingerprint: string;
  link: string | null;
  status: ItemStatus;
  attempts: number;
  articleId: string | null;
  lastError: string | null;
}

/** A feed's health as GET /api/feeds shows it. */
export interface FeedHealth extends FeedState {
  /** Items taken from the feed and stored. */
  itemsStored: number;
  /** Items that could not be fetched or read (given up after their attempts). */
  itemsFailed: number;
  /** Items waiting for a retry. */
  itemsPending: number;
}

export interface FeedStateStore {
  /** Every feed ever watched in this database, active or not. */
  feeds(): Promise<FeedState[]>;
  /** Writes these feeds' states (one statement). */
  saveFeeds(states: FeedState[]): Promise<void>;
  /** What is known of these items of one feed. */
  items(feedUrl: string, keys: string[]): Promise<Map<string, ItemState>>;
  saveItems(feedUrl: string, items: ItemState[]): Promise<void>;
  /** Forgets items done long ago that the feed no longer lists (it keeps its last few dozen). */
  pruneItems(feedUrl: string, keep: string[], olderThanDays: number): Promise<number>;
  /** The last alerted state of these events. */
  eventStates(ids: string[]): Promise<Map<string, unknown>>;
  /** In one transaction: the events' new states and the item's final state. */
  finishItem(feedUrl: string, item: ItemState, states: { id: string; digest: unknown }[]): Promise<void>;
  /** Every feed with its item counts, active ones first. */
  health(): Promise<FeedHealth[]>;
}

interface FeedRow {
  url: string; interval_s: number; active: boolean; kind: string | null; title: string | null; etag: string | null; last_modified: string | null;
  fingerprint: string | null; last_poll: Date | string | null; last_success: Date | string | null; last_change: Date | string | null;
  next_poll: Date | string | null; last_status: number | null; errors: number; total_errors: number | string; last_error: string | null;
  last_error_at: Date | string | null; polls: number | string;
}

/** PostgreSQL's json refuses the NUL character; article text may hold one. */
const noNul = (json: string) => json.replace(/\\u0000/g, '');

const time = (d: Date | string | null): string | null => (d === null ? null : iso(d));

function fromRow(r: FeedRow): FeedState {
  return {
    url: r.url, intervalS: Number(r.interval_s), active: r.active, kind: r.kind, title: r.title, etag: r.etag, lastModified: r.last_modified,
    fingerprint: r.fingerprint, lastPoll: time(r.last_poll), lastSuccess: time(r.last_success), lastChange: time(r.last_change),
    nextPoll: time(r.next_poll), lastStatus: r.last_status, errors: r.errors, totalErrors: Number(r.total_errors), lastError: r.last_error,
    lastErrorAt: time(r.last_error_at), polls: Number(r.polls),
  };
}

const FEED_COLUMNS = `url, interval_s, active, kind, title, etag, last_modified, fingerprint, last_poll, last_success, last_change, next_poll,
  last_status, errors, total_errors, last_error, last_error_at, polls`;
const FEED_FIELDS = `url text, interval_s double precision, active boolean, kind text, title text, etag text, last_modified text, fingerprint text,
  last_poll timestamptz, last_success timestamptz, last_change timestamptz, next_poll timestamptz, last_status int, errors int, total_errors bigint,
  last_error text, last_error_at timestamptz, polls bigint`;

function toRow(s: FeedState): Record<string, unknown> {
  return {
    url: s.url, interval_s: s.intervalS, active: s.active, kind: s.kind, title: s.title, etag: s.etag, last_modified: s.lastModified,
    fingerprint: s.fingerprint, last_poll: s.lastPoll, last_success: s.lastSuccess, last_change: s.lastChange, next_poll: s.nextPoll,
    last_status: s.lastStatus, errors: s.errors, total_errors: s.totalErrors, last_error: s.lastError, last_error_at: s.lastErrorAt, polls: s.polls,
  };
}

async function upsertItems(q: Queryable, feedUrl: string, items: ItemState[]): Promise<void> {
  if (!items.length) return;
  const rows = items.map((i) => ({ item_key: i.key, fingerprint: i.fingerprint, link: i.link, status: i.status, attempts: i.attempts, article_id: i.articleId, last_error: i.lastError }));
  await q.query(`insert into watch_items (feed_url, item_key, fingerprint, link, status, attempts, article_id, last_error)
    select $1, item_key, fingerprint, link, status, attempts, article_id, last_error
    from json_to_recordset($2::json) as x(item_key text, fingerprint text, link text, status text, attempts int, article_id text, last_error text)
    on conflict (feed_url, item_key) do update set fingerprint = excluded.fingerprint, link = excluded.link, status = excluded.status,
      attempts = excluded.attempts, article_id = excluded.article_id, last_error = excluded.last_error, updated_at = now()`,
  [feedUrl, noNul(JSON.stringify(rows))]);
}

export function feedStateStore(db: Db): FeedStateStore {
  return {
    async feeds() {
      return (await db.query<FeedRow>(`select ${FEED_COLUMNS} from watch_feeds order by url`)).map(fromRow);
    },
    async saveFeeds(states) {
      if (!states.length) return;
      const set = FEED_COLUMNS.split(',').map((c) => c.trim()).filter((c) => c !== 'url').map((c) => `${c} = excluded.${c}`).join(', ');
      await db.query(`insert into watch_feeds (${FEED_COLUMNS}) select ${FEED_COLUMNS} from json_to_recordset($1::json) as x(${FEED_FIELDS})
        on conflict (url) do update set ${set}`, [noNul(JSON.stringify(states.map(toRow)))]);
    },
    async items(feedUrl, keys) {
      const out = new Map<string, ItemState>();
      if (!keys.length) return out;
      const rows = await db.query<{ item_key: string; fingerprint: string; link: string | null; status: ItemStatus; attempts: number; article_id: string | null; last_error: string | null }>(
        `select item_key, fingerprint, link, status, attempts, article_id, last_error from watch_items where feed_url = $1 and item_key = any($2::text[])`, [feedUrl, keys]);
      for (const r of rows) out.set(r.item_key, { key: r.item_key, fingerprint: r.fingerprint, link: r.link, status: r.status, attempts: r.attempts, articleId: r.article_id, lastError: r.last_error });
      return out;
    },
    saveItems: (feedUrl, items) => upsertItems(db, feedUrl, items),
    async pruneItems(feedUrl, keep, olderThanDays) {
      const rows = await db.query(`delete from watch_items where feed_url = $1 and not (item_key = any($2::text[]))
        and updated_at < now() - make_interval(days => $3::int) returning 1`, [feedUrl, keep, olderThanDays]);
      return rows.length;
    },
    async eventStates(ids) {
      const out = new Map<string, unknown>();
      if (!ids.length) return out;
      const rows = await db.query<{ event_id: string; digest: unknown }>('select event_id, digest from watch_event_state where event_id = any($1::text[])', [ids]);
      for (const r of rows) out.set(r.event_id, json(r.digest));
      return out;
    },
    async finishItem(feedUrl, item, states) {
      await db.transaction(async (tx) => {
        if (states.length) {
          await tx.query(`insert into watch_event_state (event_id, digest) select id, digest from json_to_recordset($1::json) as x(id text, digest json)
            on conflict (event_id) do update set digest = excluded.digest, alerted_at = now()`, [noNul(JSON.stringify(states))]);
        }
        await upsertItems(tx, feedUrl, [item]);
      });
    },
    async health() {
      const rows = await db.query<FeedRow & { stored: number; failed: number; pending: number }>(
        `select ${FEED_COLUMNS.split(',').map((c) => 'f.' + c.trim()).join(', ')},
           coalesce(i.stored, 0)::int as stored, coalesce(i.failed, 0)::int as failed, coalesce(i.pending, 0)::int as pending
         from watch_feeds f left join (
           select feed_url, count(*) filter (where status = 'done') as stored, count(*) filter (where status = 'failed') as failed,
             count(*) filter (where status = 'pending') as pending
           from watch_items group by feed_url) i on i.feed_url = f.url
         order by f.active desc, f.url`);
      return rows.map((r) => ({ ...fromRow(r), itemsStored: r.stored, itemsFailed: r.failed, itemsPending: r.pending }));
    },
  };
}
