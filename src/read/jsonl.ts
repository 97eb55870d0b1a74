import type { Article } from '../record/schema.ts';
import { normalizeDate } from './dates.ts';
import { articleId } from './identity.ts';
import type { ArticleDefaults, ReadResult } from './types.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * One JSON object → an Article. Accepts the scorer's contract ({id,title,text,published})
 * and common aliases (body, content, date, link, source). Throws with the reason when unusable.
 */
export function articleFromObject(o: unknown, defaults: ArticleDefaults = {}): Article {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
  const r = o as Record<string, unknown>;
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  if (text === null) throw new Error('no "text" field (or it is empty)');
  const url = str(r.url) ?? str(r.link) ?? defaults.url ?? null;
  const published = normalizePublished(str(r.published) ?? str(r.date) ?? str(r.datePublished)) ?? defaults.published ?? null;
  return {
    id: articleId(r.id, url, text),
    title: str(r.title) ?? defaults.title ?? null,
    url,
    published,
    outlet: str(r.outlet) ?? str(r.source) ?? defaults.outlet ?? null,
    byline: str(r.byline) ?? str(r.author) ?? defaults.byline ?? null,
    text,
    language: str(r.language) ?? defaults.language ?? null,
  };
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
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      yield { ok: false, source: where, error: `line ${i + 1} is not JSON (${(e as Error).message})` };
      continue;
    }
    try {
      yield { ok: true, source: where, article: articleFromObject(o, defaults) };
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
      yield { ok: true, source: where, article: articleFromObject(items[i], defaults) };
    } catch (e) {
      yield { ok: false, source: where, error: `item ${i}: ${(e as Error).message}` };
    }
  }
}
