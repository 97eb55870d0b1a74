/**
 * The live side of watching: every new or changed event is published here, and GET /api/stream
 * passes it on to each open dashboard as a Server-Sent Event. The last few hundred messages are
 * kept, so a client that reconnects with Last-Event-ID gets what it missed (ids carry this process's
 * start, so an id from before a restart replays nothing: the client catches up with
 * GET /api/events?updatedSince= instead).
 */
import { randomBytes } from 'node:crypto';
import type { AlertKind, AlertReason } from './types.ts';
import type { StoredEvent } from '../store/types.ts';

export interface LiveMessage {
  /** "<process>-<n>", increasing within one process. */
  id: string;
  type: AlertKind;
  data: { kind: AlertKind; reasons: AlertReason[]; event: StoredEvent; feed?: string };
}

export class LiveHub {
  private readonly boot = randomBytes(4).toString('hex');
  private n = 0;
  private readonly recent: LiveMessage[] = [];
  private readonly listeners = new Set<(m: LiveMessage) => void>();
  constructor(private readonly keep = 500) {}

  publish(data: LiveMessage['data']): void {
    const m: LiveMessage = { id: `${this.boot}-${++this.n}`, type: data.kind, data };
    this.recent.push(m);
    if (this.recent.length > this.keep) this.recent.shift();
    for (const l of this.listeners) l(m);
  }

  /** Calls `fn` for each message from now on (and first for those after `lastEventId`, when this process gave it). */
  subscribe(fn: (m: LiveMessage) => void, lastEventId?: string | null): () => void {
    const m = lastEventId ? /^([0-9a-f]{8})-(\d{1,15})$/.exec(lastEventId) : null;
    if (m && m[1] === this.boot) for (const r of this.recent) if (Number(r.id.split('-')[1]) > Number(m[2])) fn(r);
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Messages published so far: a version of the data (the API's stats cache is keyed by it). */
  get published(): number {
    return this.n;
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}
