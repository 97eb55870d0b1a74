import { parseBylineLine } from './byline.ts';
import { normalizeDate } from './dates.ts';

/** What a page says about itself, each field from the first source that has it. */
export interface PageMeta {
  title: string | null;
  published: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  /** The place of a visible byline ("By Mara Lindqvist in Kharkiv"). */
  dateline: string | null;
  /** JSON-LD articleBody: a fallback when the page body yields nothing. */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Meta keys for the publication date, most specific first (Open Graph, schema.org microdata, Dublin Core, vendors). */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
  'publishdate', 'publish-date', 'pubdate', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'date', 'og:updated_time',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'];
const LANG_KEYS = ['content-language', 'dc.language', 'dcterms.language', 'language', 'og:locale', 'inlanguage'];
const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|WebPage)$/;

const clean = (s: string | null | undefined): string | null => {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** "en_US" → "en-US"; junk → null. */
export function normalizeLanguage(s: string | null | undefined): string | null {
  const t = clean(s);
  if (!t) return null;
  const first = t.split(/[,;\s]/)[0];
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/.test(first)) return null;
  const [lang, ...rest] = first.split(/[-_]/);
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

/** An absolute http(s) URL from a possibly relative one; anything else (javascript:, data:) → null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Every JSON-LD object on the page, flattened (arrays, @graph), bounded in depth and count. */
function jsonLdObjects(doc: Document): Obj[] {
  const out: Obj[] = [];
  const visit = (v: Json, depth: number) => {
    if (out.length > 200 || depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 100)) visit(x, depth + 1);
      return;
    }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20)) {
    const raw = s.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    try {
      visit(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json, 0);
    } catch {
      // Broken JSON-LD is common; the other sources still speak.
    }
  }
  return out;
}

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A name from a schema.org value: "Jane Doe", {name}, or a list of them. */
function names(v: Json | undefined, max = 6): string[] {
  if (typeof v === 'string') return clean(v) && !/^https?:/i.test(v) ? [clean(v)!] : [];
  if (Array.isArray(v)) return v.slice(0, max).flatMap((x) => names(x, 1));
  if (v && typeof v === 'object') return names(v.name ?? null);
  return [];
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' ? clean(v) : null);
const idOf = (v: Json | undefined): string | null => (typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) ? str(v['@id']) ?? str(v.url) : null);

/** The site part of "Headline | Outlet" or "Headline - Outlet" titles. */
export function stripSiteFromTitle(title: string, site: string | null): string {
  if (title.length > 500) return title;
  const parts = title.split(/\s+(?:\||–|—|-|::|·|•)\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const s = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== s);
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known site name, the last short part is taken to be it.
  const last = parts[parts.length - 1];
  if (last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').length > last.length) return parts.slice(0, -1).join(' - ');
  return title;
}

/** Collect a page's metadata from <meta>, JSON-LD, <link>, <time>, <html lang> and visible bylines. */
export function pageMeta(doc: Document, baseUrl: string | null): PageMeta {
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta')).slice(0, 500)) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = clean(m.getAttribute('content'));
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const meta = (keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v) ?? null;

  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && !/WebPage$/.test(t))) ?? ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const ldOrg = ld.find((o) => typesOf(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)));

  const siteName = meta(['og:site_name', 'application-name', 'twitter:site:name']) ?? (article ? names(article.publisher ?? null)[0] : null) ?? (ldOrg ? str(ldOrg.name) : null);

  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const title = (article ? str(article.headline) ?? str(article.name) : null) ?? meta(TITLE_KEYS) ?? h1 ?? (docTitle ? stripSiteFromTitle(docTitle, siteName) : null);

  const timeEl = doc.querySelector('time[pubdate], article time[datetime], main time[datetime], time[datetime]');
  const visibleByline = clean(doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name, .article-byline')?.textContent);
  const fromVisible = visibleByline ? parseBylineLine(/^by\b/i.test(visibleByline) ? visibleByline : 'By ' + visibleByline) : null;
  const published =
    normalizeDate(meta(DATE_KEYS)) ??
    (article ? normalizeDate(str(article.datePublished)) ?? normalizeDate(str(article.dateCreated)) : null) ??
    normalizeDate(timeEl?.getAttribute('datetime')) ??
    normalizeDate(clean(timeEl?.textContent)) ??
    fromVisible?.published ??
    null;

  const metaAuthor = meta(AUTHOR_KEYS);
  const byline =
    (article && names(article.author ?? null).length ? names(article.author ?? null).join(', ') : null) ??
    (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null) ??
    fromVisible?.byline ??
    null;

  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const ogUrl = absoluteHttpUrl(meta(['og:url', 'twitter:url']), baseUrl);
  // A saved page has no base URL of its own; its og:url can stand in for a relative canonical link.
  const url =
    absoluteHttpUrl(canonical, baseUrl ?? ogUrl) ??
    ogUrl ??
    (article ? absoluteHttpUrl(str(article.url) ?? idOf(article.mainEntityOfPage), baseUrl) : null);

  const language =
    normalizeLanguage(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLanguage(meta(LANG_KEYS)) ??
    (article ? normalizeLanguage(str(article.inLanguage)) : null);

  return {
    title,
    published,
    byline,
    outlet: siteName,
    url,
    language,
    dateline: fromVisible?.dateline ?? null,
    articleBody: article && typeof article.articleBody === 'string' && article.articleBody.trim() ? article.articleBody.trim() : null,
  };
}

/** "www.example.com" → "example.com": the outlet when a page names none. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}
