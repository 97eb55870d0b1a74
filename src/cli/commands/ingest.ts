import { Command, InvalidArgumentError } from 'commander';
import { processArticle } from '../../pipeline.ts';
import { readInputs } from '../../read/inputs.ts';
import type { Article } from '../../record/schema.ts';
import { DEFAULT_DB, open, StoreError, type IngestItem, type Store } from '../../store/index.ts';
import { reportError } from '../output.ts';
import { inputOptions, readOptionsFrom, type InputFlags } from '../input-options.ts';
import { Progress } from '../progress.ts';

interface Flags extends InputFlags {
  db: string;
  wait: number;
  maxEvents?: string;
  reprocess?: boolean;
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds, 0 or more');
  return n;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .description('Read articles, extract their events and store them, merging reports of the same event.')
    .argument('[inputs...]', 'files, folders (recursively) or - for stdin', ['-'])
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0)
    .option('--max-events <n>', 'most events kept per article', '50')
    .option('--reprocess', 're-extract articles already stored unchanged (after an upgrade of the extractor)');
  inputOptions(cmd);
  cmd.action(async (inputs: string[], flags: Flags) => {
    const opts = readOptionsFrom(flags);
    const maxEvents = Math.max(1, Number(flags.maxEvents) || 50);
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
    const flush = async () => {
      const items = batch;
      batch = [];
      try {
        await ingestBatch(store, items, maxEvents, !!flags.reprocess, n, (source, reason) => { progress.clear(); reportError(source, reason); });
      } catch (e) {
        if (e instanceof StoreError) fatal = e;
        else throw e;
      }
      progress.tick(items.length);
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
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length && !fatal) await flush();
    } finally {
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
 * Articles are stored a batch per transaction (each article in its own savepoint): far fewer commits,
 * and a run killed mid-batch loses only that batch, which the next run stores again.
 */
const BATCH = 200;

async function ingestBatch(store: Store, items: { source: string; article: Article }[], maxEvents: number, reprocess: boolean,
  n: Counts, fail: (source: string, reason: string) => void): Promise<void> {
  const skip = reprocess ? new Set<string>() : await store.storedUnchanged(items.map((i) => i.article));
  const work: { source: string; item: IngestItem }[] = [];
  const seen = new Set<string>();
  for (const { source, article } of items) {
    // The same article twice in one batch: the second is the newer version, stored after the first.
    if (skip.has(article.id) && !seen.has(article.id)) {
      n.unchanged++;
      continue;
    }
    seen.add(article.id);
    try {
      work.push({ source, item: { article, events: processArticle(article, { maxEvents }) } });
    } catch (e) {
      n.failed++;
      fail(source, `extraction failed: ${(e as Error).message}`);
    }
  }
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
