/**
 * One at a time. `serializedWrites`: merging a report into the stored events must see the previous
 * report's result, so `serve --watch` hands one wrapped store to both the HTTP API
 * (POST /api/articles) and the watcher, and their writes queue behind each other instead of
 * interleaving in the merge index.
 */
import type { Store } from '../store/types.ts';

/** A queue: each function given runs after the previous one has finished (whether it failed or not). */
export function oneAtATime(): <T>(fn: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => {});
    return run;
  };
}

export function serializedWrites(store: Store): Store {
  const queued = oneAtATime();
  return {
    ...store,
    ingestArticle: (...a) => queued(() => store.ingestArticle(...a)),
    ingestArticles: (...a) => queued(() => store.ingestArticles(...a)),
  };
}
