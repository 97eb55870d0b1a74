import type { Article } from '../record/schema.ts';
import { normalizeDate } from './dates.ts';
import { articleId } from './identity.ts';
import { stripControls } from './normalize.ts';
import type { ArticleDefaults, ReadResult } from './types.ts';


/**
 * One JSON object → an Article. Accepts the scorer's contract ({id,title,text,published})
 * and common aliases (body, content, date, link, source). Throws with the reason when unusable.
 */
export function articleFromObject(o: unknown, defaults: ArticleDefaults = {}, warnings?: string[]): Article {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
  const r = o as Record<string, unknown>;
  // Every field read is normalised as it is read (normalize.ts), so a date or id with a NUL in it is read, not lost.
  const removed: string[] = [];
  const str = (v: unknown, field?: string): string | null => {
    if (typeof v !== 'string') return null;
    const { text, removed: n } = stripControls(v);
    if (n && field) removed.push(`${n} in ${field}`);
    return text.trim() ? text : null;
  };
  const text = str(r.text, 'text') ?? str(r.body, 'body') ?? str(r.content, 'content');
  if (text === null) throw new Error('no "text" field (or it is empty)');
  const url = str(r.url, 'url') ?? str(r.link, 'link') ?? defaults.url ?? null;
  const published = normalizePublished(str(r.published, 'published') ?? str(r.date, 'date') ?? str(r.datePublished, 'datePublished')) ?? defaults.published ?? null;
  const article: Article = {
    id: articleId(typeof r.id === 'string' ? str(r.id, 'id') : r.id, url, text),
    title: str(r.title, 'title') ?? defaults.title ?? null,
    url,
    published,
    outlet: str(r.outlet, 'outlet') ?? str(r.source, 'source') ?? defaults.outlet ?? null,
    byline: str(r.byline, 'byline') ?? str(r.author, 'author') ?? defaults.byline ?? null,
    text,
    language: str(r.language, 'language') ?? defaults.language ?? null,
  };
  if (removed.length) warnings?.push(`control characters removed (${removed.join(', ')})`);
  return article;
}

/** YYYY-MM-DD or ISO time kept; RFC 822 and written-out dates turned into them; junk → null (see dates.ts). */
export function normalizePublished(s: string | null): string | null {
  return normalizeDate(s);
}

/** JSONL: each line its own article; a bad line is an error naming its line number, the rest goes on. */
export function* readJsonl(source: string, content: string, defaults: ArticleDefaults = {}): Generator<ReadResult> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    // Raw control bytes (never valid inside JSON text) are removed and counted, as every field's are (normalize.ts).
    const { text: clean, removed } = stripControls(line);
    let o: unknown;
    try {
      o = JSON.parse(clean);
    } catch (e) {
      yield { ok: false, source: where, error: `line ${i + 1} is not JSON (${(e as Error).message})` };
      continue;
    }
    try {
      const warnings: string[] = removed ? [`${removed} raw control bytes removed from line ${i + 1}`] : [];
      const article = articleFromObject(o, defaults, warnings);
      yield warnings.length ? { ok: true, source: where, article, warnings } : { ok: true, source: where, article };
    } catch (e) {
      yield { ok: false, source: where, error: `line ${i + 1}: ${(e as Error).message}` };
    }
  }
}

/** A JSON array of articles (or one article object). */
export function* readJsonArray(source: string, content: string, defaults: ArticleDefaults = {}): Generator<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    yield { ok: false, source, error: `not valid JSON (${(e as Error).message})` };
    return;
  }
  const items = Array.isArray(data) ? data : [data];
  for (let i = 0; i < items.length; i++) {
    const where = `${source}[${i}]`;
    try {
      const warnings: string[] = [];
      const article = articleFromObject(items[i], defaults, warnings);
      yield warnings.length ? { ok: true, source: where, article, warnings } : { ok: true, source: where, article };
    } catch (e) {
      yield { ok: false, source: where, error: `item ${i}: ${(e as Error).message}` };
    }
  }
}
