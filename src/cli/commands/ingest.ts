import { Command } from 'commander';
import { parseSeconds, wholeNumber } from '../option-parsers.ts';
import { inputBytes, readInputs } from '../../read/inputs.ts';
import type { Article } from '../../record/schema.ts';
// The store (PGlite's modules) is imported when the action runs, after a large input's workers are
// started: they load the pipeline meanwhile.
import { StoreError } from '../../store/errors.ts';
import { DEFAULT_DB, type IngestItem, type Store } from '../../store/types.ts';
import { notStoredYet } from '../../store/not-stored.ts';
import { reportError, reportSkipped } from '../output.ts';
import { inputOptions, maxEventsOption, readOptionsFrom, type InputFlags } from '../input-options.ts';
import { Progress } from '../progress.ts';
import { estimateArticles } from '../progress-total.ts';
import { withoutDocFiles } from '../../util/doc-files.ts';
import { defaultJobs, ExtractPool, runOne, type ArticleResult } from '../worker-pool.ts';

interface Flags extends InputFlags {
  db: string;
  jobs?: number;
  wait: number;
  maxEvents?: number;
  reprocess?: boolean;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .description('Read articles, extract their events and store them, merging reports of the same event.')
    .argument('[inputs...]', 'files, folders (recursively) or - for stdin', ['-'])
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0)
    .addOption(maxEventsOption())
    .option('--reprocess', 're-extract articles already stored unchanged (after an upgrade of the extractor)')
    .option('--jobs <n>', `threads: the main one writes the database while n - 1 workers extract the next batch (1: all in-process; inputs under ${BATCH} articles always run in-process) (default: one per core, here ${defaultJobs()})`, wholeNumber(1, 64));
  inputOptions(cmd);
  cmd.action(async (inputs: string[], flags: Flags) => {
    const opts = readOptionsFrom(flags);
    const maxEvents = Math.max(1, Number(flags.maxEvents) || 50);
    const jobs = flags.jobs ?? defaultJobs();
    // A large input starts its extraction workers now: they load while PostgreSQL starts. Otherwise
    // the pipeline's modules load here meanwhile (much of both is waiting: on tsx's loader thread,
    // on WebAssembly compilation), for a small input extracted in-process.
    let extractor: Extractor | null = jobs > 1 && (await inputBytes(inputs, LARGE_INPUT)) >= LARGE_INPUT ? new Extractor(jobs, maxEvents) : null;
    if (!extractor) import('../../pipeline.ts').catch(() => {}); // a failure shows where it is imported for use
    // With workers started, reading and extracting begin while the database opens (about a second
    // of the workers' time otherwise lost); until it is open, a batch is extracted without first
    // skipping the articles stored unchanged (storing recognises them anyway).
    let store = null as Store | null;
    let openError: unknown = null;
    let open: typeof import('../../store/index.ts').open;
    try {
      ({ open } = await import('../../store/index.ts'));
    } catch (e) {
      await extractor?.close(); // its workers would keep the process alive
      throw e;
    }
    const opened = open(flags.db, { waitSeconds: flags.wait }).then((s) => (store = s), (e) => { openError = e; return null; });
    if (!extractor && !await opened) throw openError;
    const n = { new: 0, updated: 0, unchanged: 0, failed: 0, eventsNew: 0, eventsMerged: 0 };
    const progress = new Progress(process.stderr, () =>
      `ingest: ${n.new + n.updated + n.unchanged + n.failed} articles (${n.new} new, ${n.updated} updated, ${n.failed} failed), ${n.eventsNew} events`,
      { total: () => estimateArticles(inputs), quiet: flags.quiet });
    // Ctrl-C: finish the article in hand, close the database cleanly, print the summary.
    let stop = false;
    const onSignal = () => { stop = true; };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let fatal: Error | null = null;
    let batch: { source: string; article: Article }[] = [];
    // With workers started early, the first batches are smaller (25, 50, 100, then 200 articles):
    // the writer waits for the first batch's extraction, and a small one comes back sooner.
    const rampUp = extractor !== null;
    let flushes = 0;
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
        const target = await opened;
        if (fatal || !target) return;
        try {
          await storeBatch(target, await prepared.extracted(), n, fail);
        } catch (e) {
          if (e instanceof StoreError) fatal = e;
          else throw e;
        }
        progress.tick(items.length);
      })();
    };
    try {
      for await (const r of withoutDocFiles(readInputs(inputs, opts), inputs, (s) => { progress.clear(); if (!flags.quiet) reportSkipped(s); })) {
        if (stop || fatal || openError) break;
        if (!r.ok) {
          n.failed++;
          progress.clear();
          reportError(r.source, r.error);
          continue;
        }
        if (r.warnings && !flags.quiet) {
          progress.clear();
          for (const w of r.warnings) reportError(r.source, `warning: ${w}`);
        }
        batch.push({ source: r.source, article: r.article });
        if (batch.length >= (rampUp ? Math.min(BATCH, FIRST_BATCH << flushes) : BATCH)) {
          flushes++;
          await flush(true);
        }
      }
      if (batch.length && !fatal && !openError) await flush(false);
      await writing;
    } finally {
      await writing.catch(() => {});
      await (extractor as Extractor | null)?.close();
      progress.done();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await (await opened)?.close();
    }
    const done = await opened;
    if (!done) throw openError;
    if (!flags.quiet) process.stderr.write(
      `fogwatch: ingest into ${done.location}: articles ${n.new} new, ${n.updated} updated, ${n.unchanged} unchanged, ${n.failed} failed; ` +
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
const FIRST_BATCH = 25;
/** Articles per message to an extraction worker. */
const CHUNK = 25;

/** Files and folders of at least this many bytes in all make an input large enough for workers from the start. */
const LARGE_INPUT = 1 << 20;

/**
 * Extraction off the main thread: the main thread writes the database (PGlite runs in-process)
 * while `jobs - 1` worker threads extract the next batches (on two cores, one worker and the
 * writer). The main thread does not extract beside them: on two cores both are busy, and loading
 * the pipeline there too (lexicons, gazetteer) cost more than the batches it took.
 */
export class Extractor {
  private pool: ExtractPool | null;
  private processArticle: typeof import('../../pipeline.ts').processArticle | null = null;
  constructor(jobs: number, private readonly maxEvents: number) {
    // Two batches ahead per worker: the writer turns the event loop only between statements, and a
    // worker that ran dry while a batch is written would wait for it.
    this.pool = jobs > 1 ? new ExtractPool({ jobs: jobs - 1, maxEvents, output: 'ingest', perWorker: (2 * BATCH) / CHUNK }) : null;
  }
  private async here(): Promise<typeof import('../../pipeline.ts').processArticle> {
    return (this.processArticle ??= (await import('../../pipeline.ts')).processArticle);
  }
  /** Starts extracting; the returned function waits for the results, in order. */
  async start(articles: Article[]): Promise<() => Promise<ArticleResult[]>> {
    if (!this.pool) {
      const process = await this.here();
      const results = articles.map((a) => runOne(process, a, this.maxEvents, 'ingest'));
      return async () => results;
    }
    // In chunks, so that several workers share a batch.
    const chunks: Promise<ArticleResult[]>[] = [];
    for (let i = 0; i < articles.length; i += CHUNK) chunks.push(this.pool.run(articles.slice(i, i + CHUNK)));
    return async () => (await Promise.all(chunks)).flat();
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

interface Prepared { extracted(): Promise<{ source: string; item: IngestItem }[]> }

/** Skips the articles stored unchanged (when the store is open) and starts extracting the others. */
async function prepareBatch(store: Store | null, extractor: Extractor, items: { source: string; article: Article }[], reprocess: boolean,
  n: Counts, fail: (source: string, reason: string) => void): Promise<Prepared> {
  const { todo, unchanged } = await notStoredYet(store, items, reprocess);
  n.unchanged += unchanged;
  const results = await extractor.start(todo.map((t) => t.article));
  return {
    async extracted() {
      const out: { source: string; item: IngestItem }[] = [];
      (await results()).forEach((r, i) => {
        const { source, article } = todo[i];
        if (r.ok) out.push({ source, item: { article, events: r.events ?? [], terms: r.terms, hash: r.hash } });
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
