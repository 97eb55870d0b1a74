/**
 * The watcher: each feed polled on its own timer (its interval after a success; jittered
 * exponential backoff after failures, or the server's Retry-After), with conditional requests,
 * robots.txt and the per-host rate limit; new items taken one at a time per feed (take-item.ts).
 * Feed states live in memory and are written to the database every few seconds and at stop;
 * items and alerted events are written as they are taken. `stop()` ends cleanly: timers cleared,
 * fetches abandoned, an item being stored seen through, states written.
 */
import { FetchError, fetchUrl, type Fetched } from '../read/fetch.ts';
import type { ReadOptions } from '../read/types.ts';
import type { Article, Event } from '../record/schema.ts';
import type { FeedState } from '../store/feeds.ts';
import type { Store } from '../store/types.ts';
import { backoffMs, retryAfterMs } from './backoff.ts';
import { itemsOf, type WatchItem } from './items.ts';
import { HostGate, RobotsCache, type HostGateOptions } from './politeness.ts';
import { oneAtATime } from './serialize.ts';
import { takeItem, type ItemContext } from './take-item.ts';
import type { Alert, FeedSpec } from './types.ts';

export interface WatcherOptions {
  store: Store;
  read?: ReadOptions;
  gate?: HostGateOptions;
  /** Items taken from a feed's first poll (its backlog); older ones are marked skipped. Default 50. */
  backlog?: number;
  /** Fetches in flight at once, all hosts together. Default 16. */
  concurrency?: number;
  /** Longest wait between polls of a failing feed, in seconds (default 3600, or its interval if longer). */
  maxBackoffS?: number;
  /** Seconds between writes of the feeds' states (default 2). */
  flushS?: number;
  /** Every new or changed event, reasons or not. */
  onChange(alert: Alert): void;
  log?(msg: string): void;
  /** Extraction (default: processArticle of src/pipeline.ts, loaded at start). */
  extract?(article: Article): Promise<Event[]>;
}

interface Running {
  spec: FeedSpec;
  state: FeedState;
  timer: NodeJS.Timeout | null;
  busy: Promise<void> | null;
  removed: boolean;
  /** Items left pending by the last poll (their article could not be fetched yet): retried even when the feed answers 304. */
  retry: WatchItem[];
  /** The first poll of this run asks unconditionally: items left pending by an earlier run are seen again. */
  fresh: boolean;
}

const newState = (spec: FeedSpec): FeedState => ({
  url: spec.url, intervalS: spec.intervalS, active: true, kind: null, title: null, etag: null, lastModified: null, fingerprint: null,
  lastPoll: null, lastSuccess: null, lastChange: null, nextPoll: null, lastStatus: null, errors: 0, totalErrors: 0, lastError: null, lastErrorAt: null, polls: 0,
});

const header = (f: Fetched, name: string): string | null => {
  const v = f.headers[name];
  return typeof v === 'string' ? v.slice(0, 1000) : null;
};

export class Watcher {
  private readonly feeds = new Map<string, Running>();
  private readonly stopper = new AbortController();
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  private readonly dirty = new Set<string>();
  private flushTimer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private readonly slots: (() => void)[] = [];
  private known = new Map<string, FeedState>();
  private readonly item: ItemContext;
  private started = false;

  constructor(private readonly opts: WatcherOptions) {
    this.gate = new HostGate(opts.gate);
    this.robots = new RobotsCache(async (url) => {
      try {
        const f = await this.get(url, { maxBytes: 512 * 1024 }, false);
        return { status: f.status, text: f.bytes.toString('utf8') };
      } catch (e) {
        if (e instanceof FetchError && e.status) return { status: e.status, text: '' };
        throw e;
      }
    }, this.gate);
    let extractor: Promise<(a: Article) => Event[]> | null = null;
    const extract = opts.extract ?? (async (a: Article) => (await (extractor ??= import('../pipeline.ts').then((m) => m.processArticle)))(a));
    this.item = {
      store: opts.store,
      read: opts.read ?? {},
      fetch: (url) => this.get(url, {}, true),
      stopping: () => this.stopper.signal.aborted,
      exclusive: oneAtATime(),
      extract,
      publish: (a) => opts.onChange(a),
      log: (m) => this.log(m),
    };
  }

  private log(msg: string): void {
    (this.opts.log ?? ((m: string) => process.stderr.write(`fogwatch watch: ${m}\n`)))(msg);
  }

  /** A slot among the fetches in flight. */
  private async slot(): Promise<() => void> {
    const max = this.opts.concurrency ?? 16;
    if (this.inFlight >= max) await new Promise<void>((r) => this.slots.push(r));
    this.inFlight++;
    return () => {
      this.inFlight--;
      this.slots.shift()?.();
    };
  }

  /** GET under every rule of politeness: robots.txt (unless it is robots.txt itself), the host's turn, a slot. */
  private async get(url: string, extra: { maxBytes?: number; headers?: Record<string, string> }, checkRobots: boolean): Promise<Fetched> {
    if (checkRobots) {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) throw new FetchError(verdict.reason);
    }
    const signal = this.stopper.signal;
    const release = await this.gate.acquire(new URL(url).host, signal);
    const free = await this.slot();
    try {
      if (signal.aborted) throw new FetchError('stopped before the fetch finished');
      const read = this.opts.read ?? {};
      return await fetchUrl(url, { maxBytes: read.maxBytes, ...read.fetch, ...extra, signal });
    } finally {
      free();
      release();
    }
  }

  /** Loads what the database knows of the feeds, then starts polling them. */
  async start(specs: FeedSpec[]): Promise<void> {
    this.known = new Map((await this.opts.store.feeds.feeds()).map((s) => [s.url, s]));
    this.started = true;
    this.setFeeds(specs);
    // Feeds no longer listed are shown as inactive.
    for (const s of this.known.values()) if (s.active && !this.feeds.has(s.url)) this.mark({ ...s, active: false });
    this.flushTimer = setInterval(() => void this.flush().catch((e) => this.log(`cannot save feed states: ${(e as Error).message}`)), (this.opts.flushS ?? 2) * 1000);
    this.flushTimer.unref();
  }

  private mark(state: FeedState): void {
    this.known.set(state.url, state);
    this.dirty.add(state.url);
  }

  /** The feeds to follow from now on: new ones start, removed ones stop after their current poll. */
  setFeeds(specs: FeedSpec[]): void {
    if (!this.started || this.stopper.signal.aborted) return;
    const wanted = new Map(specs.map((s) => [s.url, s]));
    for (const [url, r] of this.feeds) {
      if (wanted.has(url)) continue;
      r.removed = true;
      if (r.timer) clearTimeout(r.timer);
      this.feeds.delete(url);
      r.state = { ...r.state, active: false, nextPoll: null };
      this.mark(r.state);
    }
    for (const spec of wanted.values()) {
      const r = this.feeds.get(spec.url);
      if (r) {
        if (r.spec.intervalS !== spec.intervalS || r.spec.kind !== spec.kind) {
          r.spec = spec;
          r.state = { ...r.state, intervalS: spec.intervalS };
          this.mark(r.state);
          if (!r.busy && r.state.errors === 0) this.schedule(r, spec.intervalS * 1000);
        }
        continue;
      }
      const stored = this.known.get(spec.url);
      const state = { ...(stored ?? newState(spec)), intervalS: spec.intervalS, active: true };
      const run: Running = { spec, state, timer: null, busy: null, removed: false, retry: [], fresh: true };
      this.feeds.set(spec.url, run);
      this.mark(state);
      // A feed backing off before a restart keeps its wait; the others start within a second or their interval, spread out.
      const due = state.nextPoll ? Date.parse(state.nextPoll) - Date.now() : 0;
      this.schedule(run, due > 0 && state.errors > 0 ? due : Math.random() * Math.min(spec.intervalS, 10) * 1000 * (stored ? 1 : 0.1));
    }
  }

  private schedule(r: Running, ms: number): void {
    if (r.timer) clearTimeout(r.timer);
    if (r.removed || this.stopper.signal.aborted) return;
    r.state.nextPoll = new Date(Date.now() + ms).toISOString();
    this.dirty.add(r.spec.url);
    r.timer = setTimeout(() => {
      r.timer = null;
      // A failure of our own (the database, a reader bug) counts as a failed poll: logged, backed off, tried again.
      r.busy = this.poll(r).catch((e) => this.failed(r, `internal error: ${(e as Error).message}`, null, null)).finally(() => { r.busy = null; });
    }, Math.max(0, ms));
  }

  private failed(r: Running, reason: string, status: number | null, retryAfter: string | null): void {
    const s = r.state;
    s.errors++;
    s.totalErrors++;
    s.lastError = reason.slice(0, 1000);
    s.lastErrorAt = new Date().toISOString();
    s.lastStatus = status;
    const cap = Math.max(this.opts.maxBackoffS ?? 3600, r.spec.intervalS) * 1000;
    const wait = Math.min(6 * 3600_000, Math.max(backoffMs(s.errors, r.spec.intervalS * 1000, cap), retryAfterMs(retryAfter) ?? 0));
    this.log(`${r.spec.url}: ${reason} (${s.errors} failure${s.errors > 1 ? 's' : ''} in a row; next try in ${Math.round(wait / 100) / 10} s)`);
    this.schedule(r, wait);
  }

  private async poll(r: Running): Promise<void> {
    const s = r.state;
    if (this.stopper.signal.aborted || r.removed) return;
    s.lastPoll = new Date().toISOString();
    s.polls++;
    this.dirty.add(r.spec.url);
    const conditional: Record<string, string> = {};
    if (s.etag && !r.fresh) conditional['If-None-Match'] = s.etag;
    if (s.lastModified && !r.fresh) conditional['If-Modified-Since'] = s.lastModified;
    let fetched: Fetched;
    try {
      fetched = await this.get(r.spec.url, { headers: conditional }, true);
    } catch (e) {
      if (this.stopper.signal.aborted) return;
      const fe = e instanceof FetchError ? e : null;
      return this.failed(r, (e as Error).message, fe?.status ?? null, fe?.retryAfter ?? null);
    }
    s.lastStatus = fetched.status;
    r.fresh = false;
    if (fetched.status === 304) {
      if (r.retry.length) await this.takeNew(r, r.retry, false);
      return this.succeeded(r);
    }
    const parsed = await itemsOf(r.spec.url, fetched, r.spec.kind, this.opts.read ?? {});
    if (typeof parsed === 'string') return this.failed(r, parsed, fetched.status, null);
    s.kind = parsed.kind;
    s.title = parsed.title?.slice(0, 500) ?? null;
    s.etag = header(fetched, 'etag');
    s.lastModified = header(fetched, 'last-modified');
    const firstPoll = s.lastSuccess === null;
    await this.takeNew(r, parsed.items, firstPoll);
    if (parsed.leftOut) this.log(`${r.spec.url}: ${parsed.leftOut} items past --max-feed-items left out`);
    this.succeeded(r);
  }

  private succeeded(r: Running): void {
    const s = r.state;
    s.errors = 0;
    s.lastSuccess = new Date().toISOString();
    this.dirty.add(r.spec.url);
    this.schedule(r, r.spec.intervalS * 1000);
  }

  /** The items not yet taken (or changed since, or waiting for a retry), oldest first. */
  private async takeNew(r: Running, items: WatchItem[], firstPoll: boolean): Promise<void> {
    const url = r.spec.url;
    const known = await this.opts.store.feeds.items(url, items.map((i) => i.key));
    let todo = items.filter((it) => {
      const k = known.get(it.key);
      return !k || k.status === 'pending' || k.fingerprint !== it.fingerprint;
    });
    const backlog = this.opts.backlog ?? 50;
    if (firstPoll && known.size === 0 && todo.length > backlog) {
      const skipped = todo.slice(0, todo.length - backlog);
      todo = todo.slice(todo.length - backlog);
      await this.opts.store.feeds.saveItems(url, skipped.map((it) => ({ key: it.key, fingerprint: it.fingerprint, link: it.link, status: 'skipped', attempts: 0, articleId: null, lastError: null })));
      this.log(`${url}: first poll: taking the newest ${backlog} items, skipping ${skipped.length} older ones (--backlog)`);
    }
    if (todo.length) r.state.lastChange = new Date().toISOString();
    const retry: WatchItem[] = [];
    for (const it of todo) {
      if (this.stopper.signal.aborted || r.removed) return;
      const taken = await takeItem(this.item, url, it, known.get(it.key));
      if (taken.status === 'pending') retry.push(it);
    }
    r.retry = retry;
    if (todo.length) await this.opts.store.feeds.pruneItems(url, items.map((i) => i.key), 30);
  }

  /** Writes the states changed since the last write. */
  async flush(): Promise<void> {
    if (!this.dirty.size) return;
    const urls = [...this.dirty];
    this.dirty.clear();
    const states = urls.map((u) => this.feeds.get(u)?.state ?? this.known.get(u)).filter((s): s is FeedState => !!s);
    try {
      await this.opts.store.feeds.saveFeeds(states);
    } catch (e) {
      for (const u of urls) this.dirty.add(u);
      throw e;
    }
  }

  /** Stops: no new poll or item; fetches abandoned; an item being stored is finished; states written. */
  async stop(): Promise<void> {
    if (this.stopper.signal.aborted) return;
    this.stopper.abort();
    if (this.flushTimer) clearInterval(this.flushTimer);
    for (const r of this.feeds.values()) {
      if (r.timer) clearTimeout(r.timer);
      r.timer = null;
    }
    await Promise.all([...this.feeds.values()].map((r) => r.busy));
    for (const r of this.feeds.values()) this.dirty.add(r.spec.url);
    await this.flush();
  }

  /** The feeds being followed now, with their states in memory. */
  states(): FeedState[] {
    return [...this.feeds.values()].map((r) => ({ ...r.state }));
  }
}
