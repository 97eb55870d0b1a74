/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom → articles, one per item, each item's HTML through the same
 * extraction as a page. fast-xml-parser with entity processing OFF: a DOCTYPE's entities are
 * never expanded (no billion laughs); we decode only the five XML entities and character
 * references ourselves, once. Loaded lazily by inputs.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normalizeDate } from './dates.ts';
import { decodeHtmlEntities as decodeEntities } from './entities.ts';
import { articleFromHtml } from './html.ts';
import { articleId } from './identity.ts';
import { absoluteHttpUrl, normalizeLanguage, outletFromUrl } from './meta.ts';
import { DEFAULT_MAX_FEED_ITEMS, type ArticleDefaults, type ReadResult } from './types.ts';

export interface FeedContext {
  explicit?: ArticleDefaults;
  /** The feed's own URL (fetched), for relative links. */
  baseUrl?: string | null;
  maxItems?: number;
  maxTextChars?: number;
}

type Node = string | { [k: string]: unknown } | undefined;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  cdataPropName: '#cdata',
  textNodeName: '#text',
  trimValues: true,
  // Content elements are kept raw: their HTML (escaped, in CDATA, or inline XHTML) is read as HTML.
  stopNodes: ['*.content', '*.summary', '*.description', '*.encoded'],
});

/** A bare "&" is the commonest feed error; escaping it keeps a whole feed from being refused for it. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,30};)/g, '&amp;');
}

/** The raw inside of a content element → HTML: CDATA taken literally, escaped HTML decoded, inline XHTML kept. */
function rawToHtml(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    const chunk = start < 0 ? raw.slice(i) : raw.slice(i, start);
    out += chunk.includes('<') ? chunk : decodeEntities(chunk);
    if (start < 0) break;
    const end = raw.indexOf(']]>', start + 9);
    out += raw.slice(start + 9, end < 0 ? raw.length : end);
    i = end < 0 ? raw.length : end + 3;
  }
  return out;
}

/** The text of an element that holds plain text (title, pubDate, guid). */
function textOf(n: unknown): string | null {
  if (n === undefined || n === null) return null;
  if (typeof n === 'string' || typeof n === 'number') {
    const t = decodeEntities(String(n)).replace(/\s+/g, ' ').trim();
    return t || null;
  }
  if (Array.isArray(n)) return textOf(n[0]);
  if (typeof n === 'object') {
    const o = n as Record<string, unknown>;
    const parts = [o['#cdata'], o['#text']].flat().filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => (x === o['#cdata'] ? String(x) : decodeEntities(String(x))));
    const t = parts.join(' ').replace(/\s+/g, ' ').trim();
    return t || null;
  }
  return null;
}

/** The HTML of a content element (stop node), or of a title with type="html". */
function htmlOf(n: unknown): string | null {
  if (n === undefined || n === null) return null;
  if (Array.isArray(n)) return htmlOf(n[0]);
  const raw = typeof n === 'object' ? (n as Record<string, unknown>)['#text'] : n;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const type = typeof n === 'object' ? String((n as Record<string, unknown>)['@_type'] ?? '') : '';
  const html = type === 'text' ? escapeHtml(decodeEntities(String(raw))) : rawToHtml(String(raw));
  return html.trim() ? html : null;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n{2,}/g, '<p>');
}

const asList = (n: unknown): unknown[] => (n === undefined || n === null ? [] : Array.isArray(n) ? n : [n]);

/** The link of an Atom entry: rel="alternate" (or no rel) first. */
function atomLink(n: unknown): string | null {
  const links = asList(n).filter((l): l is Record<string, unknown> => !!l && typeof l === 'object');
  const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const href = alt?.['@_href'];
  return typeof href === 'string' ? decodeEntities(href) : textOf(n);
}

function personNames(n: unknown): string | null {
  const names = asList(n).slice(0, 6).map((p) => (p && typeof p === 'object' && 'name' in (p as object) ? textOf((p as Record<string, unknown>).name) : textOf(p))).filter((x): x is string => !!x);
  // RSS <author> is "email (Name)" by the spec.
  const cleaned = names
    .map((s) => s.slice(0, 300))
    .map((s) => /^[^\s@()]+@[^\s@()]+\s+\((.+)\)$/.exec(s)?.[1] ?? s)
    .filter((s) => !/^[^\s@]+@[^\s@]+$/.test(s));
  return cleaned.length ? cleaned.join(', ') : null;
}

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  byline: string | null;
  html: string | null;
  language: string | null;
}

export interface FeedShape {
  kind: 'RSS 2.0' | 'RSS 1.0' | 'Atom' | 'JSON Feed';
  title: string | null;
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

function rssItem(it: Record<string, unknown>, base: string | null): FeedItem {
  const guid = textOf(it.guid);
  return {
    title: textOf(it.title),
    link: absoluteHttpUrl(textOf(it.link), base) ?? absoluteHttpUrl(textOf(it['@_about']), base) ?? (guid && /^https?:\/\//i.test(guid) ? guid : null),
    guid,
    published: normalizeDate(textOf(it.pubDate)) ?? normalizeDate(textOf(it.date)) ?? normalizeDate(textOf(it.issued)) ?? normalizeDate(textOf(it.created)),
    byline: personNames(it.creator) ?? personNames(it.author),
    html: htmlOf(it.encoded) ?? htmlOf(it.description) ?? htmlOf(it.content),
    language: normalizeLanguage(textOf(it.language)),
  };
}

/** Map the parsed XML to one feed shape, or say what the document is instead. */
function shapeOf(doc: Record<string, unknown>, base: string | null): FeedShape | string {
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (asList(rss.channel)[0] ?? {}) as Record<string, unknown>;
    const link = absoluteHttpUrl(textOf(ch.link), base);
    return { kind: 'RSS 2.0', title: textOf(ch.title), link, language: normalizeLanguage(textOf(ch.language)), items: asList(ch.item).filter((x) => x && typeof x === 'object').map((it) => rssItem(it as Record<string, unknown>, link ?? base)) };
  }
  const rdf = doc.RDF as Record<string, unknown> | undefined;
  if (rdf && typeof rdf === 'object') {
    const ch = (asList(rdf.channel)[0] ?? {}) as Record<string, unknown>;
    const link = absoluteHttpUrl(textOf(ch.link), base);
    // RSS 1.0 items are siblings of the channel; some producers nest them anyway.
    const items = [...asList(rdf.item), ...asList(ch.item)].filter((x) => x && typeof x === 'object' && !('li' in (x as object)));
    return { kind: 'RSS 1.0', title: textOf(ch.title), link, language: normalizeLanguage(textOf(ch.language)), items: items.map((it) => rssItem(it as Record<string, unknown>, link ?? base)) };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed && typeof feed === 'object') {
    const link = absoluteHttpUrl(atomLink(feed.link), base);
    const lang = normalizeLanguage(textOf(feed['@_lang']));
    const feedAuthor = personNames(feed.author);
    const items = asList(feed.entry).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object').map((e): FeedItem => {
      const id = textOf(e.id);
      const titleNode = e.title as Record<string, unknown> | string | undefined;
      const titleIsHtml = !!titleNode && typeof titleNode === 'object' && (titleNode['@_type'] === 'html' || titleNode['@_type'] === 'xhtml');
      const title = titleIsHtml ? textOf(decodeEntities(String((titleNode as Record<string, unknown>)['#text'] ?? '')).replace(/<[^>]{0,500}>/g, ' ')) : textOf(titleNode);
      return {
        title,
        link: absoluteHttpUrl(atomLink(e.link), link ?? base) ?? (id && /^https?:\/\//i.test(id) ? id : null),
        guid: id,
        published: normalizeDate(textOf(e.published)) ?? normalizeDate(textOf(e.issued)) ?? normalizeDate(textOf(e.updated)),
        byline: personNames(e.author) ?? feedAuthor,
        html: htmlOf(e.content) ?? htmlOf(e.summary),
        language: normalizeLanguage(textOf(e['@_lang'])) ?? lang,
      };
    });
    return { kind: 'Atom', title: textOf(feed.title), link, language: lang, items };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  return root ? `XML is not a feed (root element <${root}>, expected <rss>, <rdf:RDF> or <feed>)` : 'XML holds no elements';
}

/** Where a validation error sits, as "line L, column C". */
function where(err: { line?: number; col?: number }): string {
  return err.line ? `line ${err.line}${err.col ? `, column ${err.col}` : ''}` : 'unknown place';
}

export { decodeEntities };

/** A feed's XML → its shape (channel and items), or the reason it is not a readable feed. */
export function parseFeed(xml: string, base: string | null): FeedShape | string {
  const body = escapeBareAmpersands(xml.replace(/^\uFEFF/, ''));
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (valid !== true) return `malformed XML at ${where(valid.err)}: ${valid.err.msg}`;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    return `malformed XML: ${(e as Error).message.split('\n')[0]}`;
  }
  return shapeOf(doc, base);
}

/** One item of a parsed feed → its article (the item's own content, cleaned like a page), or why it has none. */
export function itemArticle(shape: FeedShape, it: FeedItem, i: number, source: string, ctx: FeedContext = {}): ReadResult {
  const base = ctx.baseUrl ?? null;
  const explicit = ctx.explicit ?? {};
  const outlet = shape.title ?? outletFromUrl(shape.link ?? base);
  const at = `${source}#item${i + 1}`;
  if (!it.html && !it.title) return { ok: false, source: at, error: `item ${i + 1} has neither content nor title` };
  const article = articleFromHtml(it.html ?? '', {
    explicit,
    preferred: { title: it.title, url: it.link, published: it.published, byline: it.byline, outlet, language: it.language ?? shape.language },
    baseUrl: it.link ?? shape.link ?? base,
    maxTextChars: ctx.maxTextChars,
    fragment: true,
  });
  if (!article.text.trim()) {
    if (!it.title) return { ok: false, source: at, error: `item ${i + 1} has no text` };
    // A headline-only item still reports something ("Gunmen kill five in ..."): its title is its text.
    article.text = it.title;
    article.id = articleId(explicit.id, article.url, article.text);
  }
  return { ok: true, source: at, article };
}

/** A feed → one result per item, in feed order; a broken feed → one error naming the reason. */
export function* readFeed(source: string, xml: string, ctx: FeedContext = {}): Generator<ReadResult> {
  const shape = parseFeed(xml, ctx.baseUrl ?? null);
  if (typeof shape === 'string') {
    yield { ok: false, source, error: shape };
    return;
  }
  if (!shape.items.length) {
    yield { ok: false, source, error: `${shape.kind} feed holds no items` };
    return;
  }
  const max = ctx.maxItems ?? DEFAULT_MAX_FEED_ITEMS;
  for (let i = 0; i < Math.min(shape.items.length, max); i++) yield itemArticle(shape, shape.items[i], i, source, ctx);
  if (shape.items.length > max) {
    yield { ok: false, source, error: `feed has ${shape.items.length} items; read the first ${max} (--max-feed-items)` };
  }
}
