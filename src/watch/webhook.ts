/**
 * `--webhook URL`: each alert line POSTed as JSON, signed with HMAC-SHA256 over the exact body with
 * the secret of FOGWATCH_WEBHOOK_SECRET (`X-Fogwatch-Signature: sha256=<hex>`), one at a time, in
 * order. A failed delivery (no answer, a 5xx, 408 or 429) is retried with jittered exponential
 * backoff; other 4xx are the receiver's refusal and are not. The queue is bounded: when the receiver
 * is down long enough to fill it, the oldest alerts are dropped and counted, never memory.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { USER_AGENT } from '../read/fetch.ts';
import { backoffMs, sleep } from './backoff.ts';

export interface WebhookOptions {
  url: string;
  secret: string;
  /** Alerts waiting at most (default 1000). */
  maxQueue?: number;
  /** Attempts per alert (default 6). */
  attempts?: number;
  /** One attempt's deadline (default 10 s). */
  timeoutMs?: number;
  /** First retry delay (default 1 s), doubled each time. */
  retryBaseMs?: number;
  log?: (msg: string) => void;
}

/** The signature header's value for a body: what a receiver recomputes to check it. */
export function signature(secret: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export class Webhook {
  private readonly queue: { body: string; id: string }[] = [];
  private running: Promise<void> | null = null;
  private closing = false;
  private readonly wake = new AbortController();
  delivered = 0;
  dropped = 0;
  failed = 0;
  constructor(private readonly opts: WebhookOptions) {}

  get pending(): number {
    return this.queue.length;
  }

  /** Queues one alert line (its JSON text); drops the oldest when the queue is full. */
  send(body: string): void {
    if (this.closing) return;
    if (this.queue.length >= (this.opts.maxQueue ?? 1000)) {
      this.queue.shift();
      this.dropped++;
      this.log(`webhook: queue full (${this.opts.maxQueue ?? 1000}); dropped the oldest alert`);
    }
    this.queue.push({ body, id: randomUUID() });
    this.running ??= this.drain().finally(() => { this.running = null; });
  }

  private log(msg: string): void {
    (this.opts.log ?? ((m: string) => process.stderr.write(`fogwatch watch: ${m}\n`)))(msg);
  }

  private async attempt(body: string, id: string): Promise<'ok' | 'retry' | 'refused'> {
    // One deadline per attempt, and the close() that stops waiting for good.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.opts.timeoutMs ?? 10_000);
    const stop = () => deadline.abort();
    this.wake.signal.addEventListener('abort', stop, { once: true });
    try {
      const res = await fetch(this.opts.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': USER_AGENT,
          'X-Fogwatch-Signature': signature(this.opts.secret, body),
          'X-Fogwatch-Delivery': id,
        },
        body,
        redirect: 'error',
        signal: deadline.signal,
      });
      await res.arrayBuffer().catch(() => null);
      if (res.ok) return 'ok';
      this.log(`webhook ${this.opts.url}: HTTP ${res.status}`);
      return res.status >= 500 || res.status === 408 || res.status === 429 ? 'retry' : 'refused';
    } catch (e) {
      this.log(`webhook ${this.opts.url}: ${deadline.signal.aborted ? 'no answer in time' : (e as Error).message}`);
      return 'retry';
    } finally {
      clearTimeout(timer);
      this.wake.signal.removeEventListener('abort', stop);
    }
  }

  private async drain(): Promise<void> {
    const attempts = this.opts.attempts ?? 6;
    while (this.queue.length) {
      // Taken off the queue while in flight: a full queue drops the oldest waiting alert, never this one.
      const { body, id } = this.queue.shift()!;
      let outcome: 'ok' | 'retry' | 'refused' = 'retry';
      for (let n = 1; n <= attempts && !this.wake.signal.aborted; n++) {
        outcome = await this.attempt(body, id);
        if (outcome !== 'retry' || n === attempts) break;
        await sleep(backoffMs(n, this.opts.retryBaseMs ?? 1000, 60_000), this.wake.signal);
      }
      if (this.wake.signal.aborted && outcome !== 'ok') {
        this.queue.unshift({ body, id });
        return;
      }
      if (outcome === 'ok') this.delivered++;
      else this.failed++;
    }
  }

  /** Waits up to `graceMs` for the queue to empty, then gives up on what is left (counted in `pending`). */
  async close(graceMs = 3000): Promise<void> {
    this.closing = true;
    if (this.running) {
      const timer = setTimeout(() => this.wake.abort(), graceMs);
      await this.running;
      clearTimeout(timer);
    }
  }
}
