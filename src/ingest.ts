/**
 * The library's ingest: articles (read from files, folders, URLs, or given as records) through the
 * pipeline into a store, in batches of one transaction each, as `fogwatch ingest` does but in
 * this thread (the CLI adds worker threads and a progress display). Each article is stored whole
 * or not at all; one that fails to read, extract or store is named in `errors` and the rest go on.
 */
import { processArticle } from './pipeline.ts';
import { readInputs } from './read/inputs.ts';
import { normalizeArticle } from './read/normalize.ts';
import type { ReadOptions } from './read/types.ts';
import type { Article, Event } from './record/schema.ts';
import type { IngestItem, IngestResult, Store } from './store/types.ts';
import { notStoredYet } from './store/not-stored.ts';
import { withoutDocFiles } from './util/doc-files.ts';

export interface IngestOptions extends ReadOptions {
  /** Most events kept per article (default 50). */
  maxEvents?: number;
  /** Extract articles again even when stored unchanged (after an upgrade of the extractor). */
  reprocess?: boolean;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Told of each input or article that failed, as it happens. */
  onError?: (source: string, reason: string) => void;
  /** Told of what was changed in an article on the way in (control characters removed, a non-http URL dropped). */
  onWarning?: (source: string, warning: string) => void;
  /** Told of each README/LICENSE-like file of a folder left out. */
  onSkip?: (source: string) => void;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  eventsNew: number;
  eventsMerged: number;
  /** Files of folders left out as not articles (README, LICENSE…). */
  skipped: string[];
  /** Each failure: the input (or article id) and the reason. */
  errors: { source: string; error: string }[];
  /** What the boundary changed in stored articles (read/normalize.ts), per input. */
  warnings: { source: string; warning: string }[];
}

type Input = { ok: true; source: string; article: Article; warnings?: string[] } | { ok: false; source: string; error: string };

/**
 * Articles given as records pass the same boundary as those a reader makes (read/normalize.ts):
 * control characters removed, a URL that is not http(s) dropped, each change a warning.
 */
async function* fromArticles(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<Input> {
  let n = 0;
  for await (const given of articles) {
    n++;
    if (given === null || typeof given !== 'object' || typeof given.id !== 'string' || typeof given.text !== 'string') {
      const id = given && typeof given === 'object' && typeof given.id === 'string' ? given.id : `article #${n}`;
      yield { ok: false, source: id.slice(0, 200), error: 'not an article record: it needs a string id and a string text' };
      continue;
    }
    const { article, warnings } = normalizeArticle(given);
    yield { ok: true, source: article.id, article, ...(warnings.length ? { warnings } : {}) };
  }
}

/**
 * Reads `inputs` (paths, folders, URLs, '-' — as readInputs), or takes the articles given, extracts
 * their events and stores them, merging reports of one event (the store's merge engine).
 */
export async function ingest(store: Store, inputs: readonly string[] | AsyncIterable<Article> | Iterable<Article>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const sum: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, eventsNew: 0, eventsMerged: 0, skipped: [], errors: [], warnings: [] };
  const fail = (source: string, error: string) => {
    sum.failed++;
    sum.errors.push({ source, error });
    opts.onError?.(source, error);
  };
  const paths = Array.isArray(inputs) && inputs.every((i) => typeof i === 'string') ? (inputs as readonly string[]) : null;
  const source: AsyncIterable<Input> = paths
    ? withoutDocFiles(readInputs([...paths], opts), paths, (s) => { sum.skipped.push(s); opts.onSkip?.(s); })
    : fromArticles(inputs as AsyncIterable<Article> | Iterable<Article>);
  const size = Math.max(1, opts.batchSize ?? 200);
  let batch: { source: string; article: Article }[] = [];
  const flush = async () => {
    const items = batch;
    batch = [];
    const { todo, unchanged } = await notStoredYet(store, items, opts.reprocess);
    sum.unchanged += unchanged;
    const work: { source: string; item: IngestItem }[] = [];
    for (const { source: src, article } of todo) {
      try {
        work.push({ source: src, item: { article, events: processArticle(article, { maxEvents: opts.maxEvents }) } });
      } catch (e) {
        fail(src, `extraction failed: ${(e as Error).message}`);
      }
    }
    const results = await store.ingestArticles(work.map((w) => w.item));
    results.forEach((r, i) => {
      if (r.status === 'failed') return fail(work[i].source, r.error ?? 'not stored');
      sum[r.status]++;
      sum.eventsNew += r.eventsNew;
      sum.eventsMerged += r.eventsMerged;
    });
  };
  for await (const r of source) {
    if (!r.ok) { fail(r.source, r.error); continue; }
    for (const warning of r.warnings ?? []) {
      sum.warnings.push({ source: r.source, warning });
      opts.onWarning?.(r.source, warning);
    }
    batch.push({ source: r.source, article: r.article });
    if (batch.length >= size) await flush();
  }
  if (batch.length) await flush();
  return sum;
}

/**
 * One article into the store, as a live path takes it (the API's POST, `watch`): stored exactly so
 * already, it is reported unchanged and not extracted again; otherwise `extract` gives its events
 * (in this thread or a worker's) and the store ingests it. Batches go through `ingest`, which asks
 * the store once per batch.
 */
export async function ingestOne(store: Store, article: Article, extract: (a: Article) => Event[] | Promise<Event[]> = processArticle): Promise<IngestResult> {
  if (await store.isStored(article)) {
    const stored = await store.getArticle(article.id);
    return { articleId: article.id, status: 'unchanged', eventsNew: 0, eventsMerged: 0, eventIds: stored?.eventIds ?? [] };
  }
  const [result] = await store.ingestArticles([{ article, events: await extract(article) }]);
  return result!;
}
