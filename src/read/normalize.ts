/**
 * One normalisation of text at the boundary, for every field of every reader and every API
 * parameter. NUL and the other C0 control characters (and DEL) carry no meaning in news text, and
 * PostgreSQL refuses NUL in text outright ("unsupported Unicode escape sequence"): a record holding
 * one would be lost at storage, after all the work. They are removed here, except tab, line feed
 * and carriage return, and how many were removed is said in the result's warnings.
 * One URL policy too: an article's URL is kept only when it is an absolute http(s) URL (a
 * `javascript:` or `data:` URL in a record would reach exports and API clients verbatim).
 */
import type { Article } from '../record/schema.ts';

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** The text without C0 controls (tab, LF, CR kept) and DEL, and how many were removed. */
export function stripControls(s: string): { text: string; removed: number } {
  if (!HAS_CONTROL.test(s)) return { text: s, removed: 0 };
  let removed = 0;
  const text = s.replace(CONTROLS, () => {
    removed++;
    return '';
  });
  return { text, removed };
}

/** An absolute http or https URL (what every input path accepts as an article's URL). */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

const TEXT_FIELDS = ['id', 'title', 'url', 'published', 'outlet', 'byline', 'text', 'language', 'dateline'] as const;

/**
 * Every string field of an article normalised; a URL that is not http(s) dropped. Returns the
 * article (a copy when anything changed) and the warnings to report beside it.
 */
export function normalizeArticle(article: Article): { article: Article; warnings: string[] } {
  const warnings: string[] = [];
  let out: Article | null = null;
  const counts: string[] = [];
  for (const k of TEXT_FIELDS) {
    const v = article[k];
    if (typeof v !== 'string') continue;
    const { text, removed } = stripControls(v);
    if (!removed) continue;
    out ??= { ...article };
    (out as Record<string, unknown>)[k] = k === 'text' ? text : text.trim() || (k === 'id' ? text : null);
    counts.push(`${removed} in ${k}`);
  }
  if (counts.length) warnings.push(`control characters removed (${counts.join(', ')})`);
  const cur = out ?? article;
  if (cur.id === '' || (typeof cur.id === 'string' && !cur.id.trim())) {
    // An id made only of control characters: it cannot name the article; the reader's own rule gives one.
    out ??= { ...article };
    out.id = article.id.replace(CONTROLS, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'));
  }
  if (cur.url !== null && cur.url !== undefined && !isHttpUrl(cur.url)) {
    out ??= { ...article };
    warnings.push(`url dropped: only absolute http(s) URLs are kept (got "${cur.url.slice(0, 60)}")`);
    out.url = null;
  }
  return { article: out ?? article, warnings };
}
