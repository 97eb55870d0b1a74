/**
 * The HTTP API and the dashboard's files as one Hono app (docs/api.md). Handlers validate every
 * input, call the store, and answer JSON; failures are `{error:{message,status}}`.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ingestOne } from '../ingest.ts';
import { StoreError } from '../store/errors.ts';
import type { Store } from '../store/types.ts';
import type { ArticleResponse, EventDetailResponse, EventListResponse, IngestResponse, StatsResponse } from './api-types.ts';
import { errorBody, errorResponse, HttpError } from './errors.ts';
import { DEFAULT_MAX_BODY_BYTES, formatOfContentType, readBodyCapped } from './ingest-body.ts';
import { PostWorker } from './post-worker-pool.ts';
import { openApiDocument } from './openapi.ts';
import {
  describeZodError, EventDetailQuerySchema, EventQuerySchema, IdSchema, IngestQuerySchema, ParamError, queryObject,
  StatsQuerySchema, toEventFilters,
} from './params.ts';
import { hostGuard, noStore, originGuard, securityHeaders, tokenGuard } from './guards.ts';
import { requestLog, type RequestLogSink } from './request-log.ts';
import { SECURITY_HEADERS } from './security.ts';
import { mountLiveRoutes, type LiveOptions } from './live-routes.ts';
import { mountSummaryRoutes, SUMMARY_PATH } from './summary-routes.ts';
import { highlightSpans } from './spans.ts';
import { StaticRoot } from './static.ts';
import { LruCache, statsWithDays } from './stats.ts';

export interface AppOptions {
  store: Store;
  /** When set, every /api request must carry it. */
  token?: string | null;
  /** The dashboard's build folder; null serves the API alone. */
  staticDir?: string | null;
  maxBodyBytes?: number;
  /** Most articles one POST /api/articles may carry; a body with more is refused whole (413). */
  maxArticles?: number;
  /** The thread that reads and extracts posted bodies (one is started on the first post when not given). */
  postWorker?: PostWorker;
  /** True when the server listens on loopback only: then a foreign Host header is refused (DNS rebinding). */
  loopbackOnly?: boolean;
  /** Where unexpected errors are written (stderr by default). */
  log?: (msg: string) => void;
  /** Where one line per request is written (request-log.ts); none when not given. */
  requestLog?: RequestLogSink | null;
  /** The watcher's live changes and feed health (GET /api/stream, /api/feeds). */
  live?: LiveOptions;
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, describeZodError(r.error));
  return r.data;
}

function query(c: Context): Record<string, string> {
  try {
    return queryObject(new URL(c.req.url));
  } catch (e) {
    if (e instanceof ParamError) throw new HttpError(400, e.message);
    throw e;
  }
}

/**
 * A store error about the request (a stale or forged cursor) is the client's; the rest is ours.
 * A forged cursor can be well-formed and still hold a value PostgreSQL cannot compare (a "date"
 * that is no date): a data exception (SQLSTATE class 22) while a cursor was given is the cursor's fault.
 */
async function fromStore<T>(p: Promise<T>, cursor?: string | null): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof StoreError && e.code === 'input') throw new HttpError(400, e.message);
    if (cursor && /^22/.test(String((e as { code?: unknown }).code ?? ''))) throw new HttpError(400, 'cursor: not a cursor this server gave out');
    throw e;
  }
}

/** Distinct stats queries cached at most: a client varying its query string must not grow the server's memory. */
export const STATS_CACHE_ENTRIES = 64;
export const DEFAULT_MAX_ARTICLES = 100;

/** Lets other requests run between two pieces of a long POST (reading, each article's extraction). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const token = opts.token ?? null;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const staticRoot = opts.staticDir ? new StaticRoot(opts.staticDir) : null;
  const app = new Hono();

  // Writes are serialized: merging a new report into stored events must see the previous one's result.
  let writeChain: Promise<unknown> = Promise.resolve();
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = writeChain.then(fn, fn);
    writeChain = run.catch(() => {});
    return run;
  };
  // /api/stats walks every event: cached until the next write, the most recently used few only.
  const statsCache = new LruCache<string, Promise<StatsResponse>>(STATS_CACHE_ENTRIES);
  const maxArticles = opts.maxArticles ?? DEFAULT_MAX_ARTICLES;
  const postWorker = opts.postWorker ?? new PostWorker();

  // Errors thrown before a middleware's `next()` (a bad Host, a missing token) skip its `finally`: set the headers here too.
  app.onError((e, c) => {
    const res = errorResponse(c, e, log);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
    res.headers.set('Cache-Control', 'no-store');
    return res;
  });

  if (opts.requestLog) app.use('*', requestLog(opts.requestLog));
  app.use('*', securityHeaders());
  app.use('*', hostGuard({ loopbackOnly: opts.loopbackOnly ?? false }));
  app.use('/api/*', noStore(), tokenGuard(token), originGuard());

  app.get('/api/events', async (c) => {
    const q = parse(EventQuerySchema, query(c));
    const page = await fromStore(store.listEvents(toEventFilters(q)), q.cursor);
    return c.json({ events: page.events, nextCursor: page.nextCursor } satisfies EventListResponse);
  });

  app.get('/api/events/:id', async (c) => {
    const id = parse(IdSchema, c.req.param('id'));
    const q = parse(EventDetailQuerySchema, query(c));
    const detail = await fromStore(store.getEvent(id, { rule: q.rule }));
    if (!detail) throw new HttpError(404, `no event with id "${id.slice(0, 200)}"`);
    return c.json(detail satisfies EventDetailResponse);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = parse(IdSchema, c.req.param('id'));
    parse(z.strictObject({}), query(c));
    const a = await fromStore(store.getArticle(id));
    if (!a) throw new HttpError(404, `no article with id "${id.slice(0, 200)}"`);
    const body: ArticleResponse = { ...a, spans: highlightSpans(a.article.text.length, a.claims, a.evidence) };
    return c.json(body);
  });

  app.get('/api/stats', async (c) => {
    const q = parse(StatsQuerySchema, query(c));
    const key = JSON.stringify(q) + (opts.live?.hub?.published ?? '');
    let p = statsCache.get(key);
    if (!p) {
      p = fromStore(statsWithDays(store, q));
      statsCache.set(key, p);
      p.catch(() => statsCache.delete(key));
    }
    return c.json(await p);
  });

  app.post('/api/articles', async (c) => {
    const format = formatOfContentType(c.req.header('content-type'));
    const defaults = parse(IngestQuerySchema, query(c));
    const bytes = await readBodyCapped(c.req.raw, maxBody);
    // Reading and extraction run in the worker thread: this thread keeps answering other requests.
    const reply = await postWorker.run({ bytes, format, defaults, maxBytes: maxBody, maxArticles });
    if (reply.error) {
      if (reply.error.status >= 500) throw new Error(reply.error.message);
      throw new HttpError(reply.error.status as 400, reply.error.message);
    }
    // The limit is checked before anything is stored: a body over it is refused whole, never cut.
    if (reply.tooMany) throw new HttpError(413, `the body holds ${reply.tooMany} articles, over the limit of ${maxArticles} per request; send them in several requests`);
    const response: IngestResponse = { results: [], failed: [], items: [] };
    let fault: unknown = null;
    for (const { read: r, events, extractError } of reply.items) {
      if (!r.ok) {
        response.failed.push({ source: r.source, error: r.error });
        response.items.push({ source: r.source, status: 'failed', error: r.error });
        continue;
      }
      if (fault) {
        // The database failed on an earlier article: this one is named as not stored, never dropped silently.
        response.items.push({ source: r.source, articleId: r.article.id, status: 'not_processed', error: 'not processed: the database failed on an earlier article' });
        continue;
      }
      if (extractError !== undefined || !events) {
        const error = `extraction failed: ${extractError ?? 'no result'}`;
        response.failed.push({ source: r.source, error });
        response.items.push({ source: r.source, articleId: r.article.id, status: 'failed', error });
        continue;
      }
      try {
        await turn();
        // Unchanged articles are skipped as `ingest` skips them (ingestOne); the events come from the worker.
        const result = await serialized(() => ingestOne(store, r.article, () => events));
        if (result.status === 'failed') {
          // The store refused this article alone (and rolled it back): the article's result, not the
          // server's fault. The database's words (its location, its schema) stay in the server log.
          log(`fogwatch serve: POST /api/articles: ${r.source}: not stored: ${result.error ?? 'no reason given'}`);
          const error = 'not stored: the database refused this article (see the server log)';
          response.failed.push({ source: r.source, error });
          response.items.push({ source: r.source, articleId: r.article.id, status: 'failed', error });
          continue;
        }
        response.results.push(result);
        response.items.push({ source: r.source, articleId: result.articleId, status: result.status, ...(r.warnings ? { warnings: r.warnings } : {}) });
      } catch (e) {
        // The database's fault, not the article's: its message stays in the server log, never in the answer.
        log(`fogwatch serve: POST /api/articles: ${r.source}: ${(e as Error)?.stack ?? String(e)}`);
        fault = e;
        response.items.push({ source: r.source, articleId: r.article.id, status: 'failed', error: 'internal error storing this article (see the server log)' });
      }
    }
    statsCache.clear();
    if (fault) return c.json({ ...response, error: { message: 'the database failed; the articles before the failure are stored (see items)', status: 500 } }, 500);
    if (response.results.length === 0) {
      const why = response.failed.map((f) => `${f.source}: ${f.error}`).join('; ');
      throw new HttpError(400, `no article could be read from the body (${why.slice(0, 500)})`);
    }
    return c.json(response, 201);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  mountLiveRoutes(app, store, opts.live);
  mountSummaryRoutes(app, store);

  app.all('/api/*', (c) => {
    const known = ['/api/events', '/api/stats', '/api/articles', '/api/openapi.json', SUMMARY_PATH];
    const path = new URL(c.req.url).pathname;
    const isKnown = known.includes(path) || /^\/api\/(events|articles)\/[^/]+$/.test(path);
    if (isKnown) return c.json(errorBody(405, `${c.req.method} is not allowed on ${path}`), 405);
    return c.json(errorBody(404, `no API endpoint ${path.slice(0, 200)}`), 404);
  });

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const path = new URL(c.req.url).pathname;
    if (!staticRoot) return c.text('the dashboard is not built: run `npm start` (or `npx vite build dashboard`)', 404);
    const file = await staticRoot.get(path);
    if (!file) return c.text('not found', 404);
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (c.req.method === 'HEAD') return c.body(null);
    return c.body(new Uint8Array(file.body));
  });

  app.all('*', (c) => c.text('method not allowed', 405));

  return app;
}
