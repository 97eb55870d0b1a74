/**
 * The store: articles, reports, claims and merged events in PostgreSQL — embedded (PGlite in a data
 * folder, the default) or a server (`postgres://…`). One SQL dialect, versioned migrations run on open.
 *
 *   const store = await open('./fogwatch-data');
 *   await store.ingestArticle(article, processArticle(article));
 *   const { events } = await store.listEvents({ since: '2021-11-01', country: 'ARM' });
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article, Event } from '../record/schema.ts';
import type { Db } from './db.ts';
import { StoreError, describeStoreFailure } from './errors.ts';
import { ingestInTx, knownArticles, MemberCache, PendingWrites } from './ingest.ts';
import { MemoryMergeIndex, type MergeIndex } from './merge-index.ts';
import { extractTerms } from '../resolve/terms.ts';
import { contentHash } from './rows.ts';
import { acquireFolderLock, LOCK_FILE } from './lock.ts';
import { copyTemplate, dropTemplate, saveTemplate } from './cluster-template.ts';
import { ensureSchema, migrate } from './migrations.ts';
import { collectIfGrown } from './heap-ceiling.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './postgres-db.ts';
import { getArticle, getEvent, iterateEvents, listEvents, stats } from './queries.ts';
import { feedStateStore } from './feeds.ts';
import { summary } from './summary.ts';
import { DEFAULT_DB, type IngestItem, type IngestResult, type OpenOptions, type Store } from './types.ts';

export * from './types.ts';
export { StoreError } from './errors.ts';

/** Events whose reports and claims stay in memory for merging (a few kB each): news of an event comes within days. */
const MEMBER_CACHE = 10_000;
/**
 * Batches after which a data folder's store asks for a checkpoint. Embedded PostgreSQL runs no
 * checkpointer of its own: without one its WAL only grew (2.1 GB of pg_wal beside 1.8 GB of data
 * after 120k events); a checkpoint lets it recycle the segments, and costs a flush of the pages
 * already written (no fsync in PGlite).
 */
const CHECKPOINT_EVERY = 20;
/** PostgreSQL's files live in `pg/` inside the data folder, beside the lock file. */
const PG_SUBDIR = 'pg';
const PG_VERSION_FILE = 'PG_VERSION';

/** Where a data folder keeps PostgreSQL's files, whether it has them, and whether it is someone else's folder. */
function dataLayout(dir: string): { pgDir: string; exists: boolean; foreign: boolean } {
  const pgDir = join(dir, PG_SUBDIR);
  if (existsSync(join(pgDir, PG_VERSION_FILE))) return { pgDir, exists: true, foreign: false };
  // Folders made before the pg/ layout hold PostgreSQL's files at the top.
  if (existsSync(join(dir, PG_VERSION_FILE))) return { pgDir: dir, exists: true, foreign: false };
  const entries = existsSync(dir) ? readdirSync(dir).filter((n) => n !== LOCK_FILE && !n.startsWith(INIT_PREFIX)) : [];
  return { pgDir, exists: false, foreign: entries.length > 0 };
}

const INIT_PREFIX = '.pg-init-';

/**
 * A new cluster is made in a scratch folder and renamed into place when complete and migrated: a
 * run killed while PostgreSQL initialises leaves no half-made database, only scratch that the next
 * run removes. It is a copy of the template when there is one (cluster-template.ts), and becomes
 * the template when there is none.
 */
async function createCluster(dir: string, useTemplate = true): Promise<boolean> {
  for (const n of readdirSync(dir)) if (n.startsWith(INIT_PREFIX)) rmSync(join(dir, n), { recursive: true, force: true });
  const tmp = join(dir, INIT_PREFIX + process.pid);
  const copied = useTemplate && await copyTemplate(tmp);
  if (!copied) {
    const db = await openPglite(tmp);
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    saveTemplate(tmp);
  }
  renameSync(tmp, join(dir, PG_SUBDIR));
  return copied;
}

/** Opens the cluster of a data folder, making it first when there is none. */
async function openCluster(dir: string, layout: { pgDir: string; exists: boolean }): Promise<Db> {
  if (layout.exists) return openPglite(layout.pgDir);
  const copied = await createCluster(dir);
  try {
    return await openPglite(layout.pgDir);
  } catch (e) {
    if (!copied) throw e;
    // A damaged template (a disk error, a hand edit): forget it and make this cluster from scratch.
    dropTemplate();
    rmSync(layout.pgDir, { recursive: true, force: true });
    await createCluster(dir, false);
    return openPglite(layout.pgDir);
  }
}

export function isServerSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export interface OpenStoreOptions extends OpenOptions {
  /** Create the data folder / schema when missing (default true); false for commands that only read. */
  create?: boolean;
}

export async function open(spec: string = DEFAULT_DB, opts: OpenStoreOptions = {}): Promise<Store> {
  let db: Db;
  let release: () => void = () => {};
  let location: string;
  if (isServerSpec(spec)) {
    const u = new URL(spec);
    const schema = u.searchParams.get('schema');
    u.searchParams.delete('schema');
    location = redact(spec);
    try {
      if (schema) await ensureSchema(u.toString(), schema);
      db = await openPostgres(u.toString(), schema);
      await db.query('select 1');
    } catch (e) {
      throw describeStoreFailure(e, `cannot open database ${location}`);
    }
  } else {
    const dir = resolve(spec);
    location = dir;
    const layout = dataLayout(dir);
    if (opts.create === false && !layout.exists) {
      throw new StoreError(`no fogwatch database in ${dir} (run \`fogwatch ingest --db ${spec}\` first)`, 'open');
    }
    if (layout.foreign) throw new StoreError(`${dir} is not a fogwatch data folder (it holds other files); choose an empty or new folder for --db`, 'open');
    release = await acquireFolderLock(dir, opts.waitSeconds ?? 0);
    try {
      db = await openCluster(dir, layout);
    } catch (e) {
      release();
      throw describeStoreFailure(e, `cannot open data folder ${dir}`);
    }
  }
  try {
    await migrate(db, opts.readOnly);
  } catch (e) {
    await db.close().catch(() => {});
    release();
    throw describeStoreFailure(e, `cannot prepare database ${location}`);
  }
  return makeStore(db, location, release, opts.mergeHeld);
}

function makeStore(db: Db, location: string, release: () => void, mergeHeld?: number): Store {
  let closed = false;
  // The data folder is this process's alone (lock file): merging state can live in memory across
  // batches. A server may have other writers: the index starts again at each batch (`shared`).
  const index: MergeIndex = new MemoryMergeIndex(undefined, db.kind === 'postgres', mergeHeld);
  // Members of recently merged events: kept across batches in a data folder (this process's alone),
  // and on a server as long as no other writer committed between this process's batches (the
  // index tells: `kept`).
  const members = new MemberCache(MEMBER_CACHE);
  const beginBatch = (kept: { kept: boolean }) => { if (!kept.kept) members.clear(); return new PendingWrites(members); };
  let batches = 0;
  const maintain = async () => {
    if (db.kind === 'pglite' && ++batches % CHECKPOINT_EVERY === 0) await db.query('checkpoint');
    collectIfGrown();
  };
  const guard = () => {
    if (closed) throw new StoreError(`database ${location} is closed`, 'open');
  };
  const ingestArticle = async (article: Article, events: Event[]): Promise<IngestResult> => {
    guard();
    try {
      return await db.transaction(async (tx) => {
        // One writer at a time on a server too: merging reads the events it may change.
        if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock(20211117)');
        const terms = extractTerms(article.title, article.text);
        const kept = await index.beginBatch(tx, terms);
        index.beginArticle();
        const w = beginBatch(kept);
        const r = await ingestInTx(tx, index, w, article, events, undefined, { terms });
        await w.flush(tx);
        await index.flush(tx);
        return r;
      });
    } catch (e) {
      index.rolledBack('batch');
      members.clear();
      throw describeStoreFailure(e, `cannot store article ${article.id} in ${location}`);
    }
  };
  return {
    kind: db.kind,
    location,
    ingestArticle,
    mergeHeld: () => ({ ...index.held(), members: members.size }),
    async isStored(article: Article) {
      guard();
      const rows = await db.query<{ content_hash: string }>('select content_hash from articles where id = $1', [article.id]);
      return rows.length === 1 && rows[0].content_hash === contentHash(article);
    },
    async storedUnchanged(articles: Article[]) {
      guard();
      if (!articles.length) return new Set<string>();
      const rows = await db.query<{ id: string; content_hash: string }>('select id, content_hash from articles where id = any($1::text[])', [articles.map((a) => a.id)]);
      const stored = new Map(rows.map((r) => [r.id, r.content_hash]));
      return new Set(articles.filter((a) => stored.has(a.id) && stored.get(a.id) === contentHash(a)).map((a) => a.id));
    },
    async ingestArticles(items: IngestItem[]) {
      guard();
      if (!items.length) return [];
      // One transaction for the batch. If an article fails, the batch is rolled back and stored again
      // one article per transaction, so that only the failing one is left out (savepoints would cost
      // two more round trips per article on the fast path).
      // Terms are the worker's when it computed them; computed here (outside the lock) otherwise.
      const given = items.map((it) => ({ terms: it.terms ?? extractTerms(it.article.title, it.article.text), hash: it.hash }));
      let done: IngestResult[] | null = null;
      try {
        done = await db.transaction(async (tx) => {
          if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock(20211117)');
          const kept = await index.beginBatch(tx, given.flatMap((g) => g.terms));
          const out: IngestResult[] = [];
          const w = beginBatch(kept);
          const known = await knownArticles(tx, items.map((i) => i.article));
          // Articles of this batch already written: what `known` says of their id is out of date.
          const touched = new Set<string>();
          for (const [i, it] of items.entries()) {
            index.beginArticle();
            const fresh = !touched.has(it.article.id);
            touched.add(it.article.id);
            out.push(await ingestInTx(tx, index, w, it.article, it.events, fresh ? known : undefined, given[i]));
          }
          await w.flush(tx);
          await index.flush(tx);
          return out;
        });
      } catch (e) {
        index.rolledBack('batch');
        members.clear();
        const err = describeStoreFailure(e, `cannot store a batch of ${items.length} articles in ${location}`);
        if (err.code !== 'open') throw err; // disk full, read-only: no use going on
      }
      if (done) {
        // Outside the batch: a failed checkpoint must not make the batch be stored again.
        try {
          await maintain();
        } catch (e) {
          throw describeStoreFailure(e, `cannot checkpoint ${location}`);
        }
        return done;
      }
      const out: IngestResult[] = [];
      for (const it of items) {
        try {
          out.push(await ingestArticle(it.article, it.events));
        } catch (e) {
          if (e instanceof StoreError && e.code !== 'open') throw e;
          out.push({ articleId: it.article.id, status: 'failed', eventsNew: 0, eventsMerged: 0, eventIds: [], error: (e as Error).message });
        }
      }
      return out;
    },
    listEvents: (f) => (guard(), listEvents(db, f)),
    iterateEvents: (f) => (guard(), iterateEvents(db, f)),
    getEvent: (id, o) => (guard(), getEvent(db, id, o?.rule)),
    getArticle: (id) => (guard(), getArticle(db, id)),
    stats: (f) => (guard(), stats(db, f)),
    summary: (q) => (guard(), summary(db, q)),
    feeds: feedStateStore(db),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
