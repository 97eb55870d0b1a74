/**
 * JSON Feed (https://jsonfeed.org, versions 1 and 1.1) → the same feed shape as RSS and Atom
 * (src/read/feed.ts), so its items are read and taken the same way. Only the fields an article
 * needs are read; everything is checked for its type, nothing is trusted.
 */
import type { FeedItem, FeedShape } from '../read/feed.ts';
import { normalizeDate } from '../read/dates.ts';
import { absoluteHttpUrl, normalizeLanguage } from '../read/meta.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Is this text a JSON Feed? Checked on the parsed object's `version`. */
export function isJsonFeed(doc: unknown): doc is Record<string, unknown> {
  return !!doc && typeof doc === 'object' && !Array.isArray(doc) && /^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(String((doc as Record<string, unknown>).version ?? ''));
}

function authorNames(v: unknown): string | null {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names = list.slice(0, 6).map((a) => (a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : null)).filter((x): x is string => !!x);
  return names.length ? names.join(', ').slice(0, 300) : null;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n{2,}/g, '<p>');
}

/** A parsed JSON Feed → its shape; the reason when its items are not a list. */
export function jsonFeedShape(doc: Record<string, unknown>, base: string | null): FeedShape | string {
  if (!Array.isArray(doc.items)) return 'JSON Feed has no "items" list';
  const link = absoluteHttpUrl(str(doc.home_page_url), base);
  const language = normalizeLanguage(str(doc.language));
  const feedAuthor = authorNames(doc.authors ?? doc.author);
  const items: FeedItem[] = doc.items.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)).map((it) => {
    const html = str(it.content_html) ?? (str(it.content_text) ? escapeText(str(it.content_text)!) : null) ?? (str(it.summary) ? escapeText(str(it.summary)!) : null);
    const id = it.id === undefined || it.id === null ? null : String(it.id).slice(0, 2000);
    return {
      title: str(it.title)?.replace(/\s+/g, ' ') ?? null,
      link: absoluteHttpUrl(str(it.url), base) ?? absoluteHttpUrl(str(it.external_url), base) ?? (id && /^https?:\/\//i.test(id) ? id : null),
      guid: id,
      published: normalizeDate(str(it.date_published)) ?? normalizeDate(str(it.date_modified)),
      byline: authorNames(it.authors ?? it.author) ?? feedAuthor,
      html,
      language: normalizeLanguage(str(it.language)) ?? language,
    };
  });
  return { kind: 'JSON Feed', title: str(doc.title), link, language, items };
}
