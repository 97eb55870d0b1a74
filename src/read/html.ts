/**
 * HTML → Article: Mozilla Readability over linkedom for the body, our own reading of <meta>,
 * JSON-LD, <link rel=canonical>, <time> and bylines for the metadata. Loaded lazily by
 * inputs.ts, so a JSONL run never pays for the DOM.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article } from '../record/schema.ts';
import { isBoilerplateLine, isSectionEnd } from './boilerplate.ts';
import { parseBylineLine, wireDateline, type BylineInfo } from './byline.ts';
import { dayInText, normalizeDate } from './dates.ts';
import { articleId } from './identity.ts';
import { absoluteHttpUrl, normalizeLanguage, outletFromUrl, pageMeta } from './meta.ts';
import { decodeHtmlEntities } from './entities.ts';
import { capText, trimNavigation } from './text.ts';
import { DEFAULT_MAX_TEXT_CHARS, type ArticleDefaults } from './types.ts';

export interface HtmlContext {
  /** The caller's values: they win over everything the page says. */
  explicit?: ArticleDefaults;
  /** Values that beat the page's own metadata (a feed item's title, link and date). */
  preferred?: ArticleDefaults;
  /** Values used when the page says nothing (the URL it was fetched from). */
  fallback?: ArticleDefaults;
  /** For resolving relative canonical links. */
  baseUrl?: string | null;
  maxTextChars?: number;
  /** A fragment (feed item content): no page furniture to find, so Readability is skipped. */
  fragment?: boolean;
}

/** Past this many elements Readability is skipped for plain block text (a big news page has 3,000). */
const MAX_ELEMENTS = 8_000;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'picture', 'img', 'figcaption', 'button', 'select', 'input', 'textarea', 'head', 'title', 'meta', 'link']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'figure', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'body', 'html',
]);

/** Page furniture removed before Readability sees the page: it rarely scores them away on its own. */
const FURNITURE_SELECTOR = [
  'script:not([type="application/ld+json"])', 'style', 'noscript', 'template', 'iframe', 'svg', 'form', 'button', 'nav', 'aside', 'footer', 'dialog', 'figcaption',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[role="search"]', '[role="menu"]', '[role="menubar"]', '[role="toolbar"]',
  '[aria-modal="true"]', '[hidden]', '[aria-hidden="true"]',
].join(',');
/** class/id words of cookie banners, share bars, related links, comments and ads (whole dash/underscore-separated words). */
const FURNITURE_NAME = /(?:^|[-_\s])(?:cookies?|consent|gdpr|cmp|share|sharing|sharebar|social|related|recommended|recommendations?|comments?|disqus|newsletter|subscribe|subscription|promo|advert|adverts|ads?|adslot|sponsor|sponsored|popup|modal|paywall|breadcrumbs?|tags|most-read|mostread|trending|outbrain|taboola|banner|toolbar|masthead|site-header|menu)(?:$|[-_\s])/i;
const KEEP = new Set(['html', 'body', 'main', 'article']);

function tagOf(n: Element): string {
  return n.tagName.toLowerCase();
}

/** Remove furniture, but never an element holding the article (an <article>, <main>, or most of the text). */
function removeFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const total = (body.textContent ?? '').length || 1;
  const holdsArticle = (el: Element) => KEEP.has(tagOf(el)) || !!el.querySelector('article, main, [itemprop="articleBody"]') || (el.textContent ?? '').length > total * 0.4;
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_SELECTOR))) {
    if (el.isConnected !== false && !holdsArticle(el)) el.remove();
  }
  // A site header (outside the article) carries the logo, menus and sign-in links.
  for (const el of Array.from(doc.querySelectorAll('header'))) {
    if (!el.closest('article, main') && !holdsArticle(el)) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (name.length < 300 && FURNITURE_NAME.test(name) && !holdsArticle(el)) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') && !holdsArticle(el)) el.remove();
  }
}

/**
 * The text of an element as paragraphs: block elements and <br> break lines, inline elements
 * join. Walks the tree with pointers, not recursion, so a page nested 100,000 deep is no danger.
 */
export function blockText(root: Node): string[] {
  const paragraphs: string[] = [];
  let cur = '';
  const flush = () => {
    const lines = cur.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
    for (const l of lines) paragraphs.push(l);
    cur = '';
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      cur += node.nodeValue ?? '';
    } else if (node.nodeType === 1) {
      const tag = tagOf(node as Element);
      if (tag === 'br') cur += '\n';
      else if (tag === 'td' || tag === 'th') cur += ' ';
      if (!SKIP.has(tag)) {
        if (BLOCK.has(tag)) flush();
        descend = !!node.firstChild;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or climb until one exists; leaving a block ends its paragraph.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK.has(tagOf(node as Element))) flush();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return paragraphs;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Paragraphs → article text: a repeated title, a byline or bare date line near the top, and
 * page furniture anywhere are dropped; navigation lines at both ends too.
 */
function cleanParagraphs(paragraphs: string[], title: string | null): { text: string; info: BylineInfo | null } {
  let info: BylineInfo | null = null;
  const kept: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (title && same(p, title)) continue;
    if (i < 8 && p.length < 200) {
      const b: BylineInfo | null = !info ? parseBylineLine(p) : null;
      if (b) {
        info = b;
        continue;
      }
      if (kept.length < 3 && dayInText(p, true)) continue; // "Published November 17, 2021"
    }
    if (isBoilerplateLine(p) && !isSectionEnd(p)) continue;
    kept.push(p);
  }
  trimNavigation(kept);
  return { text: kept.join('\n\n'), info };
}

function parseDocument(html: string): Document {
  // linkedom needs a whole document: a bare fragment would lose its body.
  const whole = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/** The text of a page's body without Readability: the fallback for pages Readability rejects or is not given. */
function plainBodyParagraphs(doc: Document): string[] {
  removeFurniture(doc);
  const main = doc.querySelector('[itemprop="articleBody"], article, main') ?? doc.body;
  return main ? blockText(main) : [];
}

/** Past this many elements even building the DOM costs too much; the markup is read as text. */
const MAX_DOM_ELEMENTS = 12_000;
/** Readability over linkedom slows quadratically with the children of one parent; no article has this many. */
const MAX_SIBLINGS = 1000;

/** The most element children any one element has. */
function maxSiblings(doc: Document): number {
  let max = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    let n = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) n++;
    if (n > max) max = n;
  }
  return max;
}

/** Past this nesting depth the DOM route turns quadratic (linkedom's parse, Readability); no real page nests so deep. */
const MAX_DEPTH = 400;
/** Elements whose end tag is optional: they do not nest when left open. */
const SELF_CLOSING = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);

/**
 * Most attributes on one element. Building them costs the DOM far more than their bytes (one tag
 * with 800,000 attributes, 10 MB, took 76 s and 1.8 GB); a real element has a few dozen.
 */
export const MAX_ATTRIBUTES = 1_000;
/** Most `&` (character references at most) in one document: 3,000,000 `&amp;` took 48 s and 2.3 GB through the DOM. */
export const MAX_ENTITIES = 1_000_000;
/** Past this many character references the DOM's decoder costs more than the page is worth; the linear text route reads it. */
const MAX_DOM_ENTITIES = 50_000;

/** The shape of markup refused before any parsing, with the reason. */
export class HostileMarkupError extends Error {}

/** Attributes of one start tag, `html[from..to)` after its name: each run of non-space outside quotes that follows white space. */
function attributeCount(html: string, from: number, to: number): number {
  let n = 0;
  let quote = 0;
  let space = false;
  for (let j = from; j < to; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      space = true;
      continue;
    }
    if (space && c !== 47 && c !== 61) n++; // not "/" or "="
    space = false;
    if (c === 34 || c === 39) quote = c;
  }
  return n;
}

/** How deep the tags nest and how many elements open, by one linear scan of the markup (no DOM). */
export function markupShape(html: string): { depth: number; tags: number; angles: number; maxAttributes: number; ampersands: number } {
  let ampersands = 0;
  for (let k = html.indexOf('&'); k !== -1; k = html.indexOf('&', k + 1)) ampersands++;
  let maxAttributes = 0;
  // Every "<" becomes a node or a parse attempt, tag or not ("<<<<" in text is slow to parse too).
  let angles = 0;
  for (let k = html.indexOf('<'); k !== -1; k = html.indexOf('<', k + 1)) angles++;
  let depth = 0;
  let max = 0;
  let tags = 0;
  let i = 0;
  let lower: string | null = null;
  while ((i = html.indexOf('<', i)) !== -1) {
    const end = html.indexOf('>', i + 1);
    if (end < 0) break;
    const closing = html.charCodeAt(i + 1) === 47;
    const m = /^[A-Za-z][A-Za-z0-9-]{0,30}/.exec(html.slice(i + (closing ? 2 : 1), i + 34));
    if (m) {
      const name = m[0].toLowerCase();
      if (!closing) {
        tags++;
        const attrs = attributeCount(html, i + 1 + m[0].length, end);
        if (attrs > maxAttributes) maxAttributes = attrs;
      }
      if (closing) {
        if (!SELF_CLOSING.has(name) && depth > 0) depth--;
      } else if (RAW_TEXT.has(name)) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        i = close < 0 ? html.length : close;
        continue;
      } else if (!SELF_CLOSING.has(name) && html.charCodeAt(end - 1) !== 47) {
        if (++depth > max) max = depth;
      }
    }
    i = end + 1;
  }
  return { depth: max, tags, angles, maxAttributes, ampersands };
}

/**
 * One HTML page (or feed item content) → an Article. Hostile markup is refused before parsing
 * (HostileMarkupError: an element with more than MAX_ATTRIBUTES attributes); markup too costly for
 * a DOM (deep nesting, too many elements or character references) is read by the linear text route.
 */
export function articleFromHtml(html: string, ctx: HtmlContext = {}): Article {
  const shape = markupShape(html);
  if (shape.maxAttributes > MAX_ATTRIBUTES) {
    throw new HostileMarkupError(`an element has ${shape.maxAttributes} attributes (the limit is ${MAX_ATTRIBUTES}): hostile or broken HTML, refused`);
  }
  if (shape.ampersands > MAX_ENTITIES) {
    throw new HostileMarkupError(`${shape.ampersands} character references or ampersands (the limit is ${MAX_ENTITIES}): hostile or broken HTML, refused`);
  }
  // Hostile nesting or size: the DOM would take seconds; the markup is read as text with its tags taken out.
  if (shape.depth > MAX_DEPTH || shape.tags > MAX_DOM_ELEMENTS || shape.angles > 3 * MAX_DOM_ELEMENTS || shape.ampersands > MAX_DOM_ENTITIES) return articleFromFlattened(html, ctx);
  const explicit = ctx.explicit ?? {};
  const preferred = ctx.preferred ?? {};
  const fallback = ctx.fallback ?? {};
  const baseUrl = ctx.baseUrl ?? fallback.url ?? null;
  const doc = parseDocument(html);
  const meta = pageMeta(doc, baseUrl);
  const title = explicit.title ?? preferred.title ?? meta.title ?? fallback.title ?? null;

  let paragraphs: string[] = [];
  let rd: { byline?: string | null; siteName?: string | null; lang?: string | null; title?: string | null } = {};
  if (ctx.fragment) {
    removeFurniture(doc);
    paragraphs = doc.body ? blockText(doc.body) : [];
  } else {
    removeFurniture(doc);
    let parsed: ReturnType<Readability<Node>['parse']> = null;
    // Readability's own element limit counts getElementsByTagName('*'), which linkedom leaves empty: ours counts the markup.
    const ran = shape.tags <= MAX_ELEMENTS && maxSiblings(doc) <= MAX_SIBLINGS;
    try {
      if (ran) parsed = new Readability<Node>(doc, { serializer: (el) => el, charThreshold: 250 }).parse();
    } catch {
      parsed = null; // too many elements, or a page Readability cannot walk
    }
    if (parsed?.content) {
      paragraphs = blockText(parsed.content);
      rd = parsed;
    }
    // Readability changes the document as it works: after a failed attempt, start from the markup again.
    if (!paragraphs.length) paragraphs = ran ? plainBodyParagraphs(parseDocument(html)) : plainBodyParagraphs(doc);
  }
  let { text, info } = cleanParagraphs(paragraphs, title ?? rd.title ?? null);
  if (!text && meta.articleBody) text = cleanParagraphs(meta.articleBody.split(/\n+/), title).text;
  text = capText(text, ctx.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS);

  const url = explicit.url ?? preferred.url ?? meta.url ?? absoluteHttpUrl(fallback.url, null) ?? null;
  const rdInfo = rd.byline ? parseBylineLine(/^by\b/i.test(rd.byline) ? rd.byline : 'By ' + rd.byline) : null;
  return {
    id: articleId(explicit.id, url, text),
    title: title ?? (rd.title || null),
    url,
    published: normalizeDate(explicit.published) ?? normalizeDate(preferred.published) ?? meta.published ?? info?.published ?? rdInfo?.published ?? normalizeDate(fallback.published) ?? null,
    outlet: explicit.outlet ?? preferred.outlet ?? meta.outlet ?? (rd.siteName || null) ?? fallback.outlet ?? outletFromUrl(url ?? baseUrl),
    byline: explicit.byline ?? preferred.byline ?? meta.byline ?? info?.byline ?? rdInfo?.byline ?? null,
    text,
    language: normalizeLanguage(explicit.language) ?? normalizeLanguage(preferred.language) ?? meta.language ?? normalizeLanguage(rd.lang) ?? normalizeLanguage(fallback.language),
    dateline: info?.dateline ?? meta.dateline ?? rdInfo?.dateline ?? wireDateline(text),
  };
}

/**
 * The text of markup too deeply nested for a DOM: tags dropped (block tags break paragraphs),
 * script and style bodies skipped, entities decoded. Linear in the input.
 */
function articleFromFlattened(html: string, ctx: HtmlContext): Article {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const m = /^\/?([A-Za-z][A-Za-z0-9-]{0,30})/.exec(html.slice(lt + 1, lt + 34));
    const name = m ? m[1].toLowerCase() : '';
    if (name && !html.startsWith('</', lt) && (RAW_TEXT.has(name) || SKIP.has(name))) {
      const close = lower.indexOf(`</${name}`, gt);
      i = close < 0 ? html.length : lower.indexOf('>', close) + 1 || html.length;
      continue;
    }
    if (BLOCK.has(name) || name === 'br') out += '\n';
    i = gt + 1;
  }
  const explicit = ctx.explicit ?? {};
  const preferred = ctx.preferred ?? {};
  const fallback = ctx.fallback ?? {};
  // The <head> alone is small enough for a DOM: the page's metadata survives its body.
  const headEnd = lower.indexOf('</head>');
  const headHtml = headEnd > 0 && headEnd < 1_000_000 ? html.slice(0, headEnd) + '</head><body></body></html>' : '';
  const meta = headHtml && markupShape(headHtml).tags < MAX_DOM_ELEMENTS ? pageMeta(parseDocument(headHtml), ctx.baseUrl ?? fallback.url ?? null) : null;
  const title = explicit.title ?? preferred.title ?? meta?.title ?? null;
  const paragraphs = decodeHtmlEntities(out).split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
  const { text, info } = cleanParagraphs(paragraphs, title);
  const capped = capText(text, ctx.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS);
  const url = explicit.url ?? preferred.url ?? meta?.url ?? absoluteHttpUrl(fallback.url, null) ?? null;
  return {
    id: articleId(explicit.id, url, capped),
    title,
    url,
    published: normalizeDate(explicit.published) ?? normalizeDate(preferred.published) ?? meta?.published ?? info?.published ?? null,
    outlet: explicit.outlet ?? preferred.outlet ?? meta?.outlet ?? outletFromUrl(url ?? ctx.baseUrl),
    byline: explicit.byline ?? preferred.byline ?? meta?.byline ?? info?.byline ?? null,
    text: capped,
    language: normalizeLanguage(explicit.language) ?? normalizeLanguage(preferred.language) ?? meta?.language ?? null,
    dateline: info?.dateline ?? wireDateline(capped),
  };
}
