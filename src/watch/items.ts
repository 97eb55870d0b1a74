/**
 * A polled response → the items it holds. A feed (RSS, Atom, JSON Feed) gives one item per entry,
 * keyed by its guid (else its link, else its title); a plain page is one item, keyed by its URL,
 * whose fingerprint is its text: when the page's words change, it is read again.
 */
import { createHash } from 'node:crypto';
import { charsetFromContentType, decodeBytes } from '../read/decode.ts';
import type { Fetched } from '../read/fetch.ts';
import { itemArticle, parseFeed, type FeedShape } from '../read/feed.ts';
import { sniffFormat } from '../read/format.ts';
import { readFetched } from '../read/inputs.ts';
import { DEFAULT_MAX_FEED_ITEMS, type ReadOptions, type ReadResult } from '../read/types.ts';
import type { Article } from '../record/schema.ts';
import { contentHash } from '../store/rows.ts';
import { isJsonFeed, jsonFeedShape } from './json-feed.ts';
import type { FeedKind } from './types.ts';

export interface WatchItem {
  /** Stable within its feed: guid, else link, else title. */
  key: string;
  /** Changes when the item's title, date or content change: then its article is read again. */
  fingerprint: string;
  /** The article to fetch; null when the item carries its whole text. */
  link: string | null;
  title: string | null;
  /** The item's own text as an article (its content in the feed, or the page itself). */
  own(): ReadResult;
}

export interface PolledSource {
  /** 'RSS 2.0', 'RSS 1.0', 'Atom', 'JSON Feed' or 'page'. */
  kind: string;
  title: string | null;
  /** Oldest first, so that alerts come in the order of the news. */
  items: WatchItem[];
  /** Items past --max-feed-items, left out. */
  leftOut: number;
}

const hash = (...parts: (string | null)[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

function feedItems(shape: FeedShape, source: string, opts: ReadOptions): PolledSource {
  const max = opts.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS;
  const taken = shape.items.slice(0, max);
  const ctx = { baseUrl: source, maxTextChars: opts.maxTextChars, explicit: opts.defaults };
  const items = taken.map((it, i): WatchItem => ({
    key: (it.guid ?? it.link ?? (it.title ? 'title:' + it.title : 'item:' + hash(it.html))).slice(0, 2000),
    fingerprint: hash(it.title, it.published, it.html),
    link: it.link,
    title: it.title,
    own: () => itemArticle(shape, it, i, source, ctx),
  }));
  // Feeds list their newest entries first.
  return { kind: shape.kind, title: shape.title, items: items.reverse(), leftOut: shape.items.length - taken.length };
}

async function pageItem(source: string, fetched: Fetched, opts: ReadOptions): Promise<PolledSource | string> {
  let result: ReadResult | null = null;
  for await (const r of readFetched(source, fetched, opts)) {
    result = r;
    break;
  }
  if (!result) return 'the page holds nothing to read';
  if (!result.ok) return result.error;
  const article: Article = result.article;
  const own = result;
  return {
    kind: 'page',
    title: article.title,
    items: [{ key: fetched.url, fingerprint: contentHash(article), link: null, title: article.title, own: () => own }],
    leftOut: 0,
  };
}

/** The items of one polled response, or the reason it holds none that can be read. */
export async function itemsOf(source: string, fetched: Fetched, kind: FeedKind, opts: ReadOptions): Promise<PolledSource | string> {
  if (kind === 'page') return pageItem(source, fetched, opts);
  if (!fetched.bytes.length) return 'empty response';
  const { text } = await decodeBytes(fetched.bytes, charsetFromContentType(fetched.contentType));
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(head);
    } catch (e) {
      return `not JSON: ${(e as Error).message.slice(0, 200)}`;
    }
    if (!isJsonFeed(doc)) return 'JSON that is not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")';
    const shape = jsonFeedShape(doc, fetched.url);
    return typeof shape === 'string' ? shape : feedItems(shape, fetched.url, opts);
  }
  if (sniffFormat(head.slice(0, 1024)) === 'feed') {
    const shape = parseFeed(text, fetched.url);
    return typeof shape === 'string' ? shape : feedItems(shape, fetched.url, opts);
  }
  if (kind === 'feed') return 'not a feed (expected RSS, Atom or JSON Feed)';
  return pageItem(source, fetched, opts);
}
