/**
 * One new feed item, all the way: marked pending, its linked article fetched and read (the same
 * reader, caps and address checks as `extract`), extracted and stored with the normal merge
 * (`Store.ingestArticles`), each event it touched compared with what was last alerted of it, the
 * alerts given, and then — in one transaction — the events' new digests and the item marked done.
 * A stop before the article is read leaves the item pending (fetched again at the next start); from
 * the moment it is read, the item is seen through.
 */
import { ingestOne } from '../ingest.ts';
import type { Fetched } from '../read/fetch.ts';
import { readFetched } from '../read/inputs.ts';
import type { ReadOptions } from '../read/types.ts';
import type { Article, Event } from '../record/schema.ts';
import type { ItemState } from '../store/feeds.ts';
import type { Store } from '../store/types.ts';
import { asDigest, changeReasons, digestOf, digestWithout } from './alerts.ts';
import type { WatchItem } from './items.ts';
import type { Alert } from './types.ts';

/** Attempts at fetching an item's article before its own text in the feed is taken instead (or it is given up). */
export const ITEM_ATTEMPTS = 3;

export interface ItemContext {
  store: Store;
  read: ReadOptions;
  /** GET through robots.txt, the host's rate limit and the watcher's stop signal; throws with a reason. */
  fetch(url: string): Promise<Fetched>;
  /** True once the watcher is stopping: nothing new is started. */
  stopping(): boolean;
  extract(article: Article): Promise<Event[]>;
  /** Runs `fn` when no other item is being stored and alerted: digests compare with the previous item's result. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Every new or changed event (reasons may be empty: another report that changed nothing of note). */
  publish(alert: Alert): void;
  log(msg: string): void;
}

/** The linked page's article; the feed's metadata fills what the page does not say. */
async function readLinked(ctx: ItemContext, item: WatchItem, link: string): Promise<Article> {
  const fetched = await ctx.fetch(link);
  let failure = 'the page holds no article';
  for await (const r of readFetched(link, fetched, { ...ctx.read, inputFormat: undefined })) {
    if (!r.ok) {
      failure = r.error;
      continue;
    }
    const own = item.own();
    if (own.ok) {
      r.article.published ??= own.article.published;
      r.article.byline ??= own.article.byline;
      r.article.title ??= own.article.title;
    }
    return r.article;
  }
  throw new Error(failure);
}

type Outcome = { article: Article } | { retry: string } | { failed: string };

async function articleOf(ctx: ItemContext, item: WatchItem, attempts: number): Promise<Outcome> {
  if (!item.link) {
    const own = item.own();
    return own.ok ? { article: own.article } : { failed: own.error };
  }
  try {
    return { article: await readLinked(ctx, item, item.link) };
  } catch (e) {
    const reason = `${item.link}: ${(e as Error).message}`;
    if (ctx.stopping()) return { retry: reason };
    const refused = /robots\.txt .*disallows/.test(reason);
    if (!refused && attempts < ITEM_ATTEMPTS) return { retry: reason };
    // The publisher's own summary in the feed is better than nothing, and needs no request.
    const own = item.own();
    if (own.ok && own.article.text.length > (own.article.title?.length ?? 0)) {
      ctx.log(`${reason}; reading the item's text in the feed instead`);
      return { article: own.article };
    }
    return { failed: reason };
  }
}

/**
 * Takes one item of `feedUrl`. `known` is what the database held of it. Returns the item's new
 * state (already saved).
 */
export async function takeItem(ctx: ItemContext, feedUrl: string, item: WatchItem, known: ItemState | undefined): Promise<ItemState> {
  // Pending before this attempt with the same content: a run stopped or killed while taking it, which
  // may have stored it without alerting.
  const resumed = known?.status === 'pending' && known.fingerprint === item.fingerprint;
  const state: ItemState = {
    key: item.key, fingerprint: item.fingerprint, link: item.link, status: 'pending',
    attempts: (resumed ? known!.attempts : 0) + 1, articleId: known?.articleId ?? null, lastError: null,
  };
  await ctx.store.feeds.saveItems(feedUrl, [state]);
  const got = await articleOf(ctx, item, state.attempts);
  if (!('article' in got)) {
    const failed = 'failed' in got;
    const next: ItemState = { ...state, status: failed ? 'failed' : 'pending', lastError: failed ? got.failed : got.retry };
    await ctx.store.feeds.saveItems(feedUrl, [next]);
    if (failed || !ctx.stopping()) ctx.log(`${feedUrl}: ${next.lastError}${failed ? ' (given up)' : ` (attempt ${state.attempts} of ${ITEM_ATTEMPTS})`}`);
    return next;
  }
  // From here on the item is seen through, stopping or not: stored, alerted and marked together.
  return ctx.exclusive(() => commit(ctx, feedUrl, item, state, got.article, resumed));
}

async function commit(ctx: ItemContext, feedUrl: string, item: WatchItem, state: ItemState, article: Article, resumed: boolean): Promise<ItemState> {
  const result = await ingestOne(ctx.store, article, ctx.extract);
  if (result.status === 'failed') {
    const next: ItemState = { ...state, status: 'failed', articleId: article.id, lastError: `not stored: ${result.error}` };
    await ctx.store.feeds.saveItems(feedUrl, [next]);
    ctx.log(`${feedUrl}: ${item.link ?? item.key}: ${next.lastError}`);
    return next;
  }
  const alerted = await ctx.store.feeds.eventStates(result.eventIds);
  const digests: { id: string; digest: unknown }[] = [];
  for (const id of result.eventIds) {
    const detail = await ctx.store.getEvent(id);
    if (!detail) continue;
    const event = detail.event;
    const digest = digestOf(event);
    digests.push({ id, digest });
    const before = asDigest(alerted.get(id));
    // Stored unchanged by someone else (an `ingest` run, another feed's item), never by this item: nothing new to tell.
    if (!before && result.status === 'unchanged' && !resumed) continue;
    const alone = event.articles.length === 1 && event.articles[0] === article.id;
    const kind = !before && alone ? 'new' : 'changed';
    const reasons = kind === 'new'
      ? [{ code: 'new_event' as const, text: `first reported${article.outlet ? ` by ${article.outlet}` : ''}${article.title ? `: ${article.title}` : ''}` }]
      : changeReasons(before ?? digestWithout(event, article.id), digest);
    ctx.publish({ kind, reasons, event, feed: feedUrl, article: { id: article.id, title: article.title, url: article.url } });
  }
  const done: ItemState = { ...state, status: 'done', articleId: article.id, lastError: null };
  await ctx.store.feeds.finishItem(feedUrl, done, digests);
  return done;
}
