/**
 * Being a polite client: a per-host rate limit (a token bucket: `rate` requests a second with a
 * burst of `burst`, and at most `perHost` requests at once), raised by a robots.txt Crawl-delay;
 * and robots.txt itself (RFC 9309), fetched once an hour per site and obeyed for the feeds and for
 * the articles they link to.
 */
import robotsParserModule from 'robots-parser';

interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// The package's types declare an ambient module beside its default export; its runtime export is the function.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotsRules;

/** The product token robots.txt rules name (`User-agent: fogwatch`). */
export const ROBOTS_AGENT = 'fogwatch';

class Stopped extends Error {
  constructor() {
    super('stopped');
  }
}

interface HostSlot {
  tokens: number;
  refilledAt: number;
  active: number;
  /** Seconds between requests asked by robots.txt (0: none). */
  crawlDelay: number;
  chain: Promise<void>;
  wake: (() => void) | null;
  usedAt: number;
}

export interface HostGateOptions {
  /** Requests a second to one host (default 2). */
  rate?: number;
  /** Requests that may go at once after a quiet spell (default 4). */
  burst?: number;
  /** Requests in flight to one host at once (default 2). */
  perHost?: number;
}

/** Waits its turn for a host: `acquire` resolves with a release function once a request may go. */
export class HostGate {
  private readonly hosts = new Map<string, HostSlot>();
  readonly rate: number;
  readonly burst: number;
  readonly perHost: number;
  constructor(opts: HostGateOptions = {}) {
    this.rate = opts.rate ?? 2;
    this.burst = Math.max(1, opts.burst ?? 4);
    this.perHost = Math.max(1, opts.perHost ?? 2);
  }

  private slot(host: string): HostSlot {
    let h = this.hosts.get(host);
    if (!h) {
      if (this.hosts.size > 4096) this.forgetIdle();
      h = { tokens: this.burst, refilledAt: Date.now(), active: 0, crawlDelay: 0, chain: Promise.resolve(), wake: null, usedAt: Date.now() };
      this.hosts.set(host, h);
    }
    return h;
  }

  /** Hosts not asked for in ten minutes are forgotten (their bucket would be full again anyway). */
  private forgetIdle(): void {
    const old = Date.now() - 600_000;
    for (const [k, h] of this.hosts) if (h.active === 0 && h.usedAt < old) this.hosts.delete(k);
  }

  /** A Crawl-delay from robots.txt: one request every `seconds`, no burst. */
  setCrawlDelay(host: string, seconds: number): void {
    const h = this.slot(host);
    h.crawlDelay = Math.min(Math.max(0, seconds), 3600);
    if (h.crawlDelay) h.tokens = Math.min(h.tokens, 1);
  }

  private refill(h: HostSlot, now: number): void {
    const perSecond = h.crawlDelay ? Math.min(this.rate, 1 / h.crawlDelay) : this.rate;
    const cap = h.crawlDelay ? 1 : this.burst;
    h.tokens = Math.min(cap, h.tokens + ((now - h.refilledAt) / 1000) * perSecond);
    h.refilledAt = now;
  }

  async acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    const h = this.slot(host);
    const turn = h.chain.then(async () => {
      for (;;) {
        if (signal?.aborted) throw new Stopped();
        const now = Date.now();
        this.refill(h, now);
        if (h.active < this.perHost && h.tokens >= 1) {
          h.tokens -= 1;
          h.active++;
          h.usedAt = now;
          return;
        }
        const perSecond = h.crawlDelay ? Math.min(this.rate, 1 / h.crawlDelay) : this.rate;
        const waitMs = h.active >= this.perHost ? 60_000 : Math.ceil(((1 - h.tokens) / perSecond) * 1000);
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            h.wake = null;
            resolve();
          };
          const timer = setTimeout(done, Math.max(1, waitMs));
          h.wake = done;
          signal?.addEventListener('abort', done, { once: true });
        });
      }
    });
    h.chain = turn.catch(() => {});
    await turn;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      h.active--;
      h.wake?.();
    };
  }
}

export type RobotsVerdict = { allowed: true } | { allowed: false; reason: string };

/** How robots.txt is fetched: its status and text, or a thrown error when the site did not answer. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string }>;

interface RobotsEntry {
  at: number;
  /** null: every path allowed (no robots.txt); a string: every path refused for that reason. */
  rules: RobotsRules | null | string;
}

/** robots.txt per site (scheme, host and port), kept an hour; a site that cannot answer is not crawled meanwhile. */
export class RobotsCache {
  private readonly sites = new Map<string, Promise<RobotsEntry>>();
  constructor(private readonly fetchRobots: RobotsFetch, private readonly gate: HostGate | null = null, private readonly ttlMs = 3_600_000,
    private readonly failureTtlMs = 300_000) {}

  private async load(origin: string): Promise<RobotsEntry> {
    const url = origin + '/robots.txt';
    try {
      const { status, text } = await this.fetchRobots(url);
      // RFC 9309 2.3.1: a 4xx means no rules; a 5xx means the site cannot say, so nothing is crawled.
      if (status >= 500) return { at: Date.now(), rules: `robots.txt answered HTTP ${status}; waiting for it before fetching from ${origin}` };
      if (status >= 400) return { at: Date.now(), rules: null };
      const rules = robotsParser(url, text);
      const delay = rules.getCrawlDelay(ROBOTS_AGENT);
      if (delay && this.gate) this.gate.setCrawlDelay(new URL(origin).host, delay);
      return { at: Date.now(), rules };
    } catch (e) {
      return { at: Date.now(), rules: `robots.txt could not be fetched (${(e as Error).message}); waiting for it before fetching from ${origin}` };
    }
  }

  async check(target: string): Promise<RobotsVerdict> {
    const origin = new URL(target).origin;
    let entry = this.sites.get(origin);
    if (entry) {
      const e = await entry;
      if (Date.now() - e.at > (typeof e.rules === 'string' ? this.failureTtlMs : this.ttlMs)) entry = undefined;
    }
    if (!entry) {
      entry = this.load(origin);
      this.sites.set(origin, entry);
      if (this.sites.size > 4096) this.sites.delete(this.sites.keys().next().value!);
    }
    const { rules } = await entry;
    if (rules === null) return { allowed: true };
    if (typeof rules === 'string') return { allowed: false, reason: rules };
    return rules.isAllowed(target, ROBOTS_AGENT) === false ? { allowed: false, reason: `robots.txt of ${origin} disallows ${new URL(target).pathname} for ${ROBOTS_AGENT}` } : { allowed: true };
  }
}
