import type { Article } from '../record/schema.ts';
import type { Store } from './types.ts';

/**
 * The articles of a batch still to extract: not those stored exactly so already (unless
 * `reprocess`). The same article twice in one batch keeps its second copy, the newer version, which
 * is stored after the first.
 */
export async function notStoredYet<T extends { article: Article }>(store: Store | null, items: readonly T[], reprocess = false): Promise<{ todo: T[]; unchanged: number }> {
  const skip = reprocess || !store ? new Set<string>() : await store.storedUnchanged(items.map((i) => i.article));
  const todo: T[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const it of items) {
    if (skip.has(it.article.id) && !seen.has(it.article.id)) { unchanged++; continue; }
    seen.add(it.article.id);
    todo.push(it);
  }
  return { todo, unchanged };
}
