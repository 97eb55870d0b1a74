import { Command } from 'commander';
import { parseSeconds, wholeNumber } from '../option-parsers.ts';
import { readInputs } from '../../read/inputs.ts';
import type { Article } from '../../record/schema.ts';
import { DEFAULT_DB, open, StoreError, type IngestItem, type Store } from '../../store/index.ts';
import { reportError } from '../output.ts';
import { inputOptions, readOptionsFrom, type InputFlags } from '../input-options.ts';
import { Progress } from '../progress.ts';
import { defaultJobs, ExtractPool, runOne, type ArticleResult } from '../worker-pool.ts';

interface Flags extends InputFlags {
  db: string;
  jobs?: number;
  wait: number;
  maxEvents?: string;
  reprocess?: boolean;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .description('Read articles, extract their events and store them, merging reports of the same event.')
    .argument('[inputs...]', 'files, folders (recursively) or - for stdin', ['-'])
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0)
    .option('--max-events <n>', 'most events kept per article', '50')
    .option('--reprocess', 're-extract articles already stored unchanged (after an upgrade of the extractor)')
    .option('--jobs <n>', `threads: the main one writes the database while n - 1 workers extract the next batch (1: all in-process; inputs under ${BATCH} articles always run in-process) (default: one per core, here ${defaultJobs()})`, wholeNumber(1, 64));
  inputOptions(cmd);
  cmd.action(async (inputs: string[], flags: Flags) => {
    const opts = readOptionsFrom(flags);
    const maxEvents = Math.max(1, Number(flags.maxEvents) || 50);
    // The pipeline's modules load while PostgreSQL starts: much of both is waiting (on tsx's loader
    // thread, on WebAssembly compilation), and they wait on different things.
    import('../../pipeline.ts').catch(() => {}); // a failure shows where it is imported for use
    const store = await open(flags.db, { waitSeconds: flags.wait });
    const n = { new: 0, updated: 0, unchanged: 0, failed: 0, eventsNew: 0, eventsMerged: 0 };
    const progress = new Progress(process.stderr, () =>
      `ingest: ${n.new + n.updated + n.unchanged + n.failed} articles (${n.new} new, ${n.updated} updated, ${n.failed} failed), ${n.eventsNew} events`);
    // Ctrl-C: finish the article in hand, close the database cleanly, print the summary.
    let stop = false;
    const onSignal = () => { stop = true; };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let fatal: Error | null = null;
    let batch: { source: string; article: Article }[] = [];
    const jobs = flags.jobs ?? defaultJobs();
    let extractor: Extractor | null = null;
    // The batch being written: the next one is read and extracted (in worker threads) meanwhile.
    let writing: Promise<void> = Promise.resolve();
    const fail = (source: string, reason: string) => { progress.clear(); reportError(source, reason); };
    const flush = async (full: boolean) => {
      const items = batch;
      batch = [];
      // Workers pay off from the first full batch on; a small input is extracted in-process.
      if (!extractor) extractor = new Extractor(full && jobs > 1 ? jobs : 1, maxEvents);
      const prepared = await prepareBatch(store, extractor, items, !!flags.reprocess, n, fail);
      await writing;
      writing = (async () => {
        if (fatal) return;
        try {
          await storeBatch(store, await prepared.extracted(), n, fail);
        } catch (e) {
          if (e instanceof StoreError) fatal = e;
          else throw e;
        }
        progress.tick(items.length);
      })();
    };
    try {
      for await (const r of readInputs(inputs, opts)) {
        if (stop || fatal) break;
        if (!r.ok) {
          n.failed++;
          progress.clear();
          reportError(r.source, r.error);
          continue;
        }
        batch.push({ source: r.source, article: r.article });
        if (batch.length >= BATCH) await flush(true);
      }
      if (batch.length && !fatal) await flush(false);
      await writing;
    } finally {
      await writing.catch(() => {});
      await (extractor as Extractor | null)?.close();
      progress.done();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
    process.stderr.write(
      `fogwatch: ingest into ${store.location}: articles ${n.new} new, ${n.updated} updated, ${n.unchanged} unchanged, ${n.failed} failed; ` +
      `events ${n.eventsNew} new, ${n.eventsMerged} merged${stop ? ' (interrupted)' : ''}\n`);
    if (fatal) throw fatal;
    if (n.failed) process.exitCode = 1;
    if (stop) process.exitCode = 130;
  });
  return cmd;
}

type Counts = { new: number; updated: number; unchanged: number; failed: number; eventsNew: number; eventsMerged: number };

/**
 * Articles are stored a batch per transaction: far fewer commits, and a run killed mid-batch loses
 * only that batch, which the next run stores again.
 */
const BATCH = 200;
/** Articles per message to an extraction worker. */
const CHUNK = 25;

/**
 * Extraction off the main thread: the main thread writes the database (PGlite runs in-process)
 * while `jobs - 1` worker threads extract the next batch — the main thread is the jobs-th, busy
 * with the database (on two cores, one worker and the writer). When the main thread would only
 * wait (the first batch, while the workers start), it extracts queued work itself.
 */
export class Extractor {
  private pool: ExtractPool | null;
  private processArticle: typeof import('../../pipeline.ts').processArticle | null = null;
  constructor(jobs: number, private readonly maxEvents: number) {
    this.pool = jobs > 1 ? new ExtractPool({ jobs: jobs - 1, maxEvents, output: 'events' }) : null;
  }
  private async here(): Promise<typeof import('../../pipeline.ts').processArticle> {
    return (this.processArticle ??= (await import('../../pipeline.ts')).processArticle);
  }
  /** Starts extracting; the returned function waits for the results, in order. */
  async start(articles: Article[]): Promise<() => Promise<ArticleResult[]>> {
    const process = await this.here();
    if (!this.pool) {
      const results = articles.map((a) => runOne(process, a, this.maxEvents, 'events'));
      return async () => results;
    }
    const pool = this.pool;
    // In chunks: the main thread takes whole chunks no worker has started, so smaller ones share
    // the work more evenly between the writer and the workers.
    const chunks: Promise<ArticleResult[]>[] = [];
    let left = 0;
    for (let i = 0; i < articles.length; i += CHUNK) {
      left++;
      chunks.push(pool.run(articles.slice(i, i + CHUNK)).then((r) => (left--, r)));
    }
    return async () => {
      // Nothing else to do on this thread: take chunks no worker has started yet.
      while (left) {
        const t = pool.takeQueued();
        if (!t) break;
        t.resolve(t.articles.map((a) => runOne(process, a, this.maxEvents, 'events')));
        await Promise.resolve();
      }
      return (await Promise.all(chunks)).flat();
    };
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

interface Prepared { extracted(): Promise<{ source: string; item: IngestItem }[]> }

/** Skips the articles stored unchanged and starts extracting the others. */
async function prepareBatch(store: Store, extractor: Extractor, items: { source: string; article: Article }[], reprocess: boolean,
  n: Counts, fail: (source: string, reason: string) => void): Promise<Prepared> {
  const skip = reprocess ? new Set<string>() : await store.storedUnchanged(items.map((i) => i.article));
  const todo: { source: string; article: Article }[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    // The same article twice in one batch: the second is the newer version, stored after the first.
    if (skip.has(it.article.id) && !seen.has(it.article.id)) {
      n.unchanged++;
      continue;
    }
    seen.add(it.article.id);
    todo.push(it);
  }
  const results = await extractor.start(todo.map((t) => t.article));
  return {
    async extracted() {
      const out: { source: string; item: IngestItem }[] = [];
      (await results()).forEach((r, i) => {
        const { source, article } = todo[i];
        if (r.ok) out.push({ source, item: { article, events: r.events ?? [] } });
        else {
          n.failed++;
          fail(source, `extraction failed: ${r.error}`);
        }
      });
      return out;
    },
  };
}

async function storeBatch(store: Store, work: { source: string; item: IngestItem }[], n: Counts, fail: (source: string, reason: string) => void): Promise<void> {
  const results = await store.ingestArticles(work.map((w) => w.item));
  results.forEach((res, i) => {
    if (res.status === 'failed') {
      n.failed++;
      fail(work[i].source, res.error ?? 'not stored');
      return;
    }
    n[res.status]++;
    n.eventsNew += res.eventsNew;
    n.eventsMerged += res.eventsMerged;
  });
}
