/**
 * One worker thread for POST /api/articles (post-worker.ts), started on the first post. Bodies
 * are handled one at a time, in order; a worker that dies (out of memory on a hostile body)
 * fails that body alone and is started again for the next.
 */
import { Worker } from 'node:worker_threads';
import type { Event } from '../record/schema.ts';
import type { InputFormat, ReadResult } from '../read/types.ts';
import type { BodyDefaults } from './ingest-body.ts';

export interface PostRequest { id: number; bytes: Uint8Array; format: InputFormat; defaults: BodyDefaults; maxBytes: number; maxArticles: number }
export interface PostItem { read: ReadResult; events?: Event[]; extractError?: string }
export interface PostReply { id: number; items: PostItem[]; tooMany?: number; error?: { message: string; status: number } }

/** The compiled worker beside this module in dist/, else (sources through tsx) post-worker.mjs, which registers tsx first. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './post-worker.mjs' : './post-worker.js', import.meta.url);
/** A body's reading and extraction may hold this much; past it the worker dies alone. */
const WORKER_HEAP_MB = 512;

export class PostWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: PostReply) => void }>();

  private start(): Worker {
    const w = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.unref(); // an idle worker must not keep the server's process alive
    w.on('message', (m: PostReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      p.resolve(m);
    });
    const fail = (why: string) => {
      if (this.worker === w) this.worker = null;
      for (const [id, p] of this.pending) p.resolve({ id, items: [], error: { message: `the body could not be read: the reader stopped (${why})`, status: 422 } });
      this.pending.clear();
    };
    w.on('error', (e) => fail(e.message));
    w.on('exit', (code) => fail(`exit code ${code}`));
    return w;
  }

  run(req: Omit<PostRequest, 'id'>): Promise<PostReply> {
    this.worker ??= this.start();
    const id = this.nextId++;
    const w = this.worker;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      w.postMessage({ ...req, id } satisfies PostRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
