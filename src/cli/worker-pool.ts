/**
 * Parallel extraction: a pool of worker threads, each running src/pipeline.ts processArticle on
 * batches of articles, and an ordered stream on top of it (results come out in input order).
 *
 * Why threads and not processes: articles and events cross by structured clone (or as a JSON
 * string), with no serialization protocol of our own. Each worker loads the pipeline and its
 * data (lexicons, gazetteer) itself, so memory grows by one pipeline per worker (~130 MB). With
 * `jobs` = 2, extractInOrder runs the stages in two halves, the first here and the second in one
 * worker (inHalves); with N > 2, N - 1 workers run whole articles and the main thread extracts
 * too. Small inputs stay in-process (a one-article run pays no worker start, ~1.8 s of CPU: tsx,
 * module loading, lexicons, gazetteer).
 *
 * `extract` uses extractInOrder; `ingest` uses ExtractPool directly (output 'ingest'), its main
 * thread busy writing the database.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Event } from '../record/schema.ts';
import { extractTerms } from '../resolve/terms.ts';
import { contentHash } from '../store/rows.ts';

/** What came of one article: its events (or their JSON text), or the reason it failed. */
export type ArticleResult =
  | { ok: true; events: Event[] | null; json: string | null; terms?: string[]; hash?: string }
  | { ok: false; error: string };

export interface PoolOptions {
  /** Worker threads; default one per core. */
  jobs?: number;
  maxEvents?: number;
  /** 'json': each result carries JSON.stringify(events) made in the worker (cheaper to move and
   *  print); 'events': the event objects; 'ingest': the event objects, the article's distinctive
   *  terms for merging and its content hash (work taken off the thread that writes the database). */
  output?: Output;
  /** Batches sent to a worker ahead (default 2): more when the caller's thread is busy for long
   *  stretches (writing a database) and cannot hand out the next batch meanwhile. */
  perWorker?: number;
}

/** Messages between the pool and its workers. */
export type Output = 'events' | 'json' | 'ingest';
export interface BatchRequest {
  id: number; articles: Article[]; maxEvents: number; output: Output;
  /** The events of each article after the first half of the stages (pipeline.ts startArticle), in
   *  this thread: the worker runs the second half on them (finishArticle), not the whole pipeline. */
  started?: Event[][];
}
export interface BatchReply { id: number; results: ArticleResult[] }
/** A worker's first message: its pipeline is loaded, batches sent now start at once. */
export const WORKER_READY = 'ready';

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A smaller young generation than V8's default (up to 48 MB per thread): scavenges are cheap for
 *  this short-lived garbage, and every worker's heap counts toward the process's memory. */
const YOUNG_MB = 16;
/** A cap on a worker's old generation: V8 otherwise lets it grow to ~3x the live data (~50 MB)
 *  before collecting. A worker that runs out dies alone; its batch is retried (see fail()). */
const OLD_MB = 128;
/** The compiled worker beside this module in dist/, else (sources run through tsx) extract-worker.mjs, which registers tsx first. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.mjs' : './extract-worker.js', import.meta.url);

interface Task { req: BatchRequest; resolve: (r: ArticleResult[]) => void; retried?: boolean }

/** A worker and the batches sent to it, oldest first: `perWorker` at a time, so that it never
 *  waits for the main thread (busy with its own batch) to send the next. Nothing is sent before the
 *  worker is `ready` (its start costs about a second of loading): until then the batches stay
 *  queued, for the main thread to take (takeQueued) if it would otherwise wait. */
interface Slot { worker: Worker; tasks: Task[]; ready: boolean }
const PER_WORKER = 2;
/** Lets the event loop run (a worker's finished batch is taken and the next one sent), unlike `await Promise.resolve()`. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Fixed-size pool; batches queue until a worker is free. Failures stay per article. */
export class ExtractPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private crashes = 0;
  private closed = false;
  readonly jobs: number;
  private readonly maxEvents: number;
  private readonly output: Output;
  private readonly perWorker: number;

  constructor(opts: PoolOptions = {}) {
    this.jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
    this.maxEvents = opts.maxEvents ?? 50;
    this.output = opts.output ?? 'events';
    this.perWorker = Math.max(1, Math.floor(opts.perWorker ?? PER_WORKER));
    // Workers start now: their start (tsx, lexicons) overlaps with the caller reading its input.
    for (let i = 0; i < this.jobs; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // execArgv: [] so that a parent run under `node --import tsx` does not register tsx twice.
    const worker = new Worker(WORKER_URL, { execArgv: [], stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
    const slot: Slot = { worker, tasks: [], ready: false };
    worker.on('message', (m: BatchReply | typeof WORKER_READY) => {
      if (m === WORKER_READY) {
        slot.ready = true;
        this.pump();
        return;
      }
      const t = slot.tasks[0];
      if (!t || t.req.id !== m.id) return;
      slot.tasks.shift();
      t.resolve(m.results);
      this.pump();
    });
    const fail = (why: string) => {
      const lost = slot.tasks.splice(0);
      const i = this.slots.indexOf(slot);
      if (i < 0) { // closed or already replaced
        for (const t of lost) t.resolve(t.req.articles.map(() => ({ ok: false, error: `extraction worker stopped: ${why}` })));
        return;
      }
      // The batches it held go back to the queue once, split into one-article batches: a worker
      // killed by one article (out of memory) fails that article alone, the others are redone.
      for (const t of lost) this.retry(t, why);
      if (this.closed) return;
      this.crashes++;
      // A worker that cannot even start (broken install) would crash again: after a few tries the
      // queued batches fail with the reason instead of respawning forever.
      if (this.crashes > this.jobs * 3) {
        this.slots.splice(i, 1);
        if (!this.slots.length) for (const q of this.queue.splice(0)) q.resolve(q.req.articles.map(() => ({ ok: false, error: `extraction worker stopped: ${why}` })));
      } else {
        this.slots[i] = this.spawn();
      }
      this.pump();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }

  private retry(t: Task, why: string): void {
    if (t.retried || this.closed) {
      t.resolve(t.req.articles.map(() => ({ ok: false, error: `extraction worker stopped: ${why}` })));
      return;
    }
    const parts = t.req.articles.map((a, i) => new Promise<ArticleResult[]>((resolve) => {
      const started = t.req.started && [t.req.started[i]!];
      this.queue.unshift({ req: { ...t.req, id: this.nextId++, articles: [a], started }, resolve, retried: true });
    }));
    void Promise.all(parts).then((rs) => t.resolve(rs.map((r) => r[0]!)));
  }

  private pump(): void {
    for (let round = 0; round < this.perWorker; round++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.tasks.length > round || !this.queue.length) continue;
        const t = this.queue.shift()!;
        slot.tasks.push(t);
        slot.worker.postMessage(t.req);
      }
    }
  }

  /** The oldest batch no worker has taken yet, for the caller to extract itself; null when none. */
  takeQueued(): { articles: Article[]; resolve: (r: ArticleResult[]) => void } | null {
    const t = this.queue.shift();
    return t ? { articles: t.req.articles, resolve: t.resolve } : null;
  }

  /** Extracts one batch, or finishes it when `started` gives each article's first-half events; the
   *  promise never rejects (a failed article is a failed result). */
  run(articles: Article[], started?: Event[][]): Promise<ArticleResult[]> {
    if (this.closed) return Promise.resolve(articles.map(() => ({ ok: false, error: 'extraction pool closed' })));
    if (!articles.length) return Promise.resolve([]);
    if (!this.slots.length) return Promise.resolve(articles.map(() => ({ ok: false, error: 'extraction workers failed to start' })));
    return new Promise((resolve) => {
      this.queue.push({ req: { id: this.nextId++, articles, maxEvents: this.maxEvents, output: this.output, started }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const q of this.queue.splice(0)) q.resolve(q.req.articles.map(() => ({ ok: false, error: 'extraction pool closed' })));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

export function runOne(process: (a: Article, o: { maxEvents: number }) => Event[], article: Article, maxEvents: number, output: Output): ArticleResult {
  try {
    const events = process(article, { maxEvents });
    if (output === 'ingest') return { ok: true, events, json: null, terms: extractTerms(article.title, article.text), hash: contentHash(article) };
    return output === 'json' ? { ok: true, events: null, json: JSON.stringify(events) } : { ok: true, events, json: null };
  } catch (e) {
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

export interface OrderedOptions extends PoolOptions {
  /** Fewer articles than this in the whole input: extracted in-process (no worker start). */
  minParallel?: number;
  /** Articles per message to a worker. */
  batchSize?: number;
  /** Longest wait for the first minParallel articles before deciding to stay in-process (ms). */
  headWaitMs?: number;
}

/** The promise's value, or null when the deadline passes first (the promise stays usable). */
async function beforeDeadline<V>(p: Promise<V>, deadline: number): Promise<V | null> {
  const left = deadline - Date.now();
  if (left <= 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), left); });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Extracts the articles of a stream and yields every item with its result, in input order.
 * `articleOf` picks the article of an item, or null for items that carry none (a read error):
 * those pass through with a null result, still in order. Up to jobs × 4 batches are in flight, so
 * a large input is never held in memory whole.
 */
export async function* extractInOrder<T>(source: AsyncIterable<T>, articleOf: (item: T) => Article | null, opts: OrderedOptions = {}):
  AsyncGenerator<{ item: T; result: ArticleResult | null }> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const maxEvents = opts.maxEvents ?? 50;
  const output = opts.output ?? 'events';
  const minParallel = opts.minParallel ?? 50;
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  const it = source[Symbol.asyncIterator]();

  // Read ahead until it is clear whether the input is large enough for workers. A slow stream (a
  // feed piped in as it grows) is not held back: past headWaitMs it is extracted in-process, each
  // article as it comes.
  const head: T[] = [];
  let ended = false;
  let slow = false;
  let pending: Promise<IteratorResult<T>> | null = null;
  if (jobs > 1) {
    const deadline = Date.now() + (opts.headWaitMs ?? 1000);
    let n = 0;
    while (n < minParallel) {
      pending ??= it.next();
      const r = await beforeDeadline(pending, deadline);
      if (!r) { slow = true; break; }
      pending = null;
      if (r.done) { ended = true; break; }
      head.push(r.value);
      if (articleOf(r.value)) n++;
    }
  }
  if (jobs <= 1 || ended || slow) {
    const { processArticle } = await import('../pipeline.ts');
    const one = (item: T) => {
      const a = articleOf(item);
      return { item, result: a ? runOne(processArticle, a, maxEvents, output) : null };
    };
    for (const item of head) yield one(item);
    if (!ended) for (let r = await (pending ?? it.next()); !r.done; r = await it.next()) yield one(r.value);
    return;
  }
  if (jobs === 2) {
    yield* inHalves(head, it, articleOf, maxEvents, output, batchSize);
    return;
  }

  // The main thread works too: jobs - 1 workers, and the main thread extracts the batches no
  // worker has taken yet whenever it would otherwise wait. One pipeline less in memory than
  // jobs workers, and useful work while the workers start.
  const pool = new ExtractPool({ jobs: jobs - 1, maxEvents, output }); // first: its start overlaps the import below
  const { processArticle } = await import('../pipeline.ts');
  const workHere = (): boolean => {
    const t = pool.takeQueued();
    if (!t) return false;
    t.resolve(t.articles.map((a) => runOne(processArticle, a, maxEvents, output)));
    return true;
  };
  type Pending = { items: T[]; results: ArticleResult[] | null; promise: Promise<ArticleResult[]> };
  const inFlight: Pending[] = [];
  const limit = jobs * 4;
  let items: T[] = [];
  let articles: Article[] = [];
  const send = () => {
    if (!items.length) return;
    const p: Pending = { items, results: null, promise: pool.run(articles) };
    p.promise.then((r) => { p.results = r; });
    inFlight.push(p);
    items = [];
    articles = [];
  };
  function* emit(p: Pending, results: ArticleResult[]) {
    let k = 0;
    for (const item of p.items) yield { item, result: articleOf(item) ? results[k++]! : null };
  }
  /** The front batch's results: extracting queued batches here until it is done or none is left. */
  const front = async (): Promise<ArticleResult[]> => {
    const p = inFlight[0]!;
    while (!p.results && workHere()) await turn(); // the resolved promise lands, workers' replies are taken
    return p.results ?? await p.promise;
  };
  try {
    const add = (item: T) => {
      items.push(item);
      const a = articleOf(item);
      if (a) articles.push(a);
      if (articles.length >= batchSize) send();
    };
    for (const item of head) add(item);
    head.length = 0;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      add(r.value);
      // Yield what is already done at the front; work or wait when too much is in flight.
      while (inFlight.length && (inFlight[0]!.results || inFlight.length > limit)) {
        const results = await front();
        yield* emit(inFlight.shift()!, results);
      }
    }
    send();
    while (inFlight.length) {
      const results = await front();
      yield* emit(inFlight.shift()!, results);
    }
  } finally {
    await pool.close();
  }
}

/** Batches sent to the worker of inHalves ahead of the one it works on, and most batches in flight. */
const HALF_BATCHES_AHEAD = 4;
const HALF_IN_FLIGHT = 64;

/**
 * Two threads in a pipeline: this one runs the first half of each article's stages (reading and
 * extraction: pipeline.ts startArticle), one worker the second (places, sides, repeated figures:
 * finishArticle) and the JSON of the result, batch after batch, in input order. Unlike two threads
 * each running whole articles, neither thread compiles and warms up the other's code, and the
 * gazetteer is loaded once: on two cores, where V8's compiler threads take a third of the CPU,
 * this is what makes the second core pay (docs/benchmarks.md). The first half weighs more (about
 * three fifths of an article's CPU); handing the worker whole batches whenever it was about to run
 * dry gained nothing measurable on two shared cores (stops 47 and 48), so the split stays fixed.
 */
async function* inHalves<T>(head: T[], it: AsyncIterator<T>, articleOf: (item: T) => Article | null, maxEvents: number, output: Output, batchSize: number):
  AsyncGenerator<{ item: T; result: ArticleResult | null }> {
  const pool = new ExtractPool({ jobs: 1, maxEvents, output, perWorker: HALF_BATCHES_AHEAD }); // first: its start overlaps the import below
  const { startArticle } = await import('../pipeline.ts');
  /** A batch: its items; the result of each article whose first half failed, by its place among the
   *  batch's articles (those are not sent); the worker's results for the others. */
  type Pending = { items: T[]; failed: Map<number, ArticleResult>; results: ArticleResult[] | null; promise: Promise<ArticleResult[]> };
  const inFlight: Pending[] = [];
  let items: T[] = [], articles: Article[] = [], started: Event[][] = [], failed = new Map<number, ArticleResult>(), n = 0;
  const send = () => {
    if (!items.length) return;
    const p: Pending = { items, failed, results: null, promise: pool.run(articles, started) };
    p.promise.then((r) => { p.results = r; });
    inFlight.push(p);
    items = []; articles = []; started = []; failed = new Map(); n = 0;
  };
  const add = (item: T) => {
    items.push(item);
    const a = articleOf(item);
    if (!a) return;
    try {
      started.push(startArticle(a, { maxEvents }).events);
      articles.push(a);
    } catch (e) {
      failed.set(n, { ok: false, error: (e as Error)?.message ?? String(e) });
    }
    if (++n >= batchSize) send();
  };
  function* emit(p: Pending, results: ArticleResult[]) {
    let k = 0, j = 0;
    for (const item of p.items) yield { item, result: articleOf(item) ? p.failed.get(k++) ?? results[j++]! : null };
  }
  try {
    for (const item of head) add(item);
    head.length = 0;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      const sent = inFlight.length;
      add(r.value);
      if (inFlight.length > sent) await turn(); // the worker's finished batches are taken and the next sent
      while (inFlight.length && (inFlight[0]!.results || inFlight.length > HALF_IN_FLIGHT)) {
        const p = inFlight.shift()!;
        yield* emit(p, p.results ?? await p.promise);
      }
    }
    send();
    while (inFlight.length) {
      const p = inFlight.shift()!;
      yield* emit(p, p.results ?? await p.promise);
    }
  } finally {
    await pool.close();
  }
}
