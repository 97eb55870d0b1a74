import type { Article } from '../record/schema.ts';
import { articleId } from './identity.ts';
import type { ArticleDefaults } from './types.ts';

/** A line this short with no sentence punctuation, at the edges of a scraped page, is navigation. */
const NAV_LINE = /^[\p{L}\p{N}&'’ /|·•>-]{1,30}$/u;

/**
 * Plain text, possibly scraped from a page: the first short line is the title, an exact repeat
 * of it is dropped, and short navigation lines ("News", "Dismiss", "Share") at the top and the
 * bottom are dropped. The body keeps its paragraphs.
 */
export function articleFromText(content: string, defaults: ArticleDefaults = {}, hints: { id?: string; title?: string } = {}): Article {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = hints.title ?? null;
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  if (!title && i < lines.length) {
    const first = lines[i].trim();
    if (first.length <= 200 && !/[.!?]["”’]?$/.test(first) && lines.length > i + 1) {
      title = first;
      i++;
    }
  }
  const body: string[] = [];
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (title && t === title) continue; // a repeated title
    body.push(lines[i].replace(/\s+$/, ''));
  }
  trimNavigation(body);
  const text = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return {
    id: articleId(hints.id, defaults.url, text),
    title,
    url: defaults.url ?? null,
    published: defaults.published ?? null,
    outlet: defaults.outlet ?? null,
    byline: null,
    text,
  };
}

/** Drop short navigation-like lines from both ends (blank lines in between are kept). */
function trimNavigation(lines: string[]): void {
  const isNav = (s: string) => NAV_LINE.test(s.trim()) && s.trim().split(/\s+/).length <= 3;
  while (lines.length && (!lines[lines.length - 1].trim() || isNav(lines[lines.length - 1]))) lines.pop();
  while (lines.length && (!lines[0].trim() || isNav(lines[0]))) lines.shift();
}
