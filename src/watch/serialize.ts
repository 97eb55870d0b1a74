/**
 * One writer at a time: merging a report into the stored events must see the previous report's
 * result. `serve --watch` hands this wrapper to both the HTTP API (POST /api/articles) and the
 * watcher, so their writes queue behind each other instead of interleaving in the merge index.
 */
import type { Store } from '../store/types.ts';

export function serializedWrites(store: Store): Store {
  let chain: Promise<unknown> = Promise.resolve();
  const queued = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => {});
    return run;
  };
  return {
    ...store,
    ingestArticle: (...a) => queued(() => store.ingestArticle(...a)),
    ingestArticles: (...a) => queued(() => store.ingestArticles(...a)),
  };
}
