import type { Article } from '../record/schema.ts';
import { isBoilerplateLine, isNavigationLine, isSectionEnd } from './boilerplate.ts';
import { parseBylineLine, wireDateline } from './byline.ts';
import { articleId } from './identity.ts';
import { normalizeDate } from './dates.ts';
import { DEFAULT_MAX_TEXT_CHARS, type ArticleDefaults } from './types.ts';

/** How many lines after the title may still hold the byline ("By ... in Yerevan November 17, 2021"). */
const BYLINE_WINDOW = 8;

const sameLine = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Plain text, possibly scraped from a page: the first short line is the title and its repeats
 * are dropped; a byline line near the top gives byline, dateline place and date and leaves the
 * body; navigation lines ("News", "Dismiss", "Share") at both ends and page furniture anywhere
 * are dropped. The body keeps its paragraphs. `explicit` values (the caller's) win.
 */
export function articleFromText(content: string, explicit: ArticleDefaults = {}, maxTextChars = DEFAULT_MAX_TEXT_CHARS): Article {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = explicit.title ?? null;
  // Menu items above the headline ("Home", "World", "Europe") are skipped; one short line alone is a headline.
  const first = Math.max(0, lines.findIndex((l) => l.trim()));
  let i = lines.findIndex((l) => l.trim() && !isNavigationLine(l));
  if (i < 0) i = first;
  const menu = lines.slice(first, i).filter((l) => l.trim());
  if (menu.length === 1 && !isBoilerplateLine(menu[0])) i = first;
  if (!title && i < lines.length && isTitleLike(lines[i]) && lines.slice(i + 1).some((l) => l.trim())) {
    title = lines[i].trim();
    i++;
  } else if (title && i < lines.length && sameLine(lines[i], title)) {
    i++;
  }
  const body: string[] = [];
  let info: ReturnType<typeof parseBylineLine> = null;
  let seen = 0;
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (title && sameLine(t, title)) continue; // a repeated title
    if (t && !info && seen < BYLINE_WINDOW) {
      seen++;
      const b = parseBylineLine(t);
      if (b) {
        info = b;
        continue;
      }
    }
    if (t && isBoilerplateLine(t) && !isSectionEnd(t)) continue;
    body.push(lines[i].trimEnd());
  }
  trimNavigation(body);
  const text = capText(body.join('\n').replace(/\n{3,}/g, '\n\n').trim(), maxTextChars);
  const url = explicit.url ?? null;
  return {
    id: articleId(explicit.id, url, text),
    title,
    url,
    published: normalizeDate(explicit.published) ?? info?.published ?? null,
    outlet: explicit.outlet ?? null,
    byline: explicit.byline ?? info?.byline ?? null,
    text,
    language: explicit.language ?? null,
    dateline: info?.dateline ?? wireDateline(text),
  };
}

/** A first line that can be a headline: not too long, not a sentence, not page furniture. */
function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.length <= 200 && !/[.!?:;,]["”’)]?$/.test(t) && !isBoilerplateLine(t) && /\p{L}/u.test(t);
}

/** Past a "Related stories" or "Comments" heading, lines this long would be prose, not headlines. */
const TAIL_LINE_MAX = 200;

/**
 * Drop navigation-like lines from both ends (blank lines in between are kept), and a tail that
 * starts at a section-end heading and holds only headline-length lines.
 */
export function trimNavigation(lines: string[]): void {
  // The tail may start only after the last prose-length line.
  let lastLong = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim().length > TAIL_LINE_MAX) {
      lastLong = i;
      break;
    }
  }
  for (let i = Math.max(lastLong + 1, Math.floor(lines.length / 3)); i < lines.length; i++) {
    if (isSectionEnd(lines[i])) {
      lines.length = i;
      break;
    }
  }
  let w = 0;
  for (let r = 0; r < lines.length; r++) if (!(lines[r].trim() && isBoilerplateLine(lines[r]))) lines[w++] = lines[r];
  lines.length = w;
  while (lines.length && (!lines[lines.length - 1].trim() || isNavigationLine(lines[lines.length - 1]))) lines.pop();
  let head = 0;
  while (head < lines.length && (!lines[head].trim() || isNavigationLine(lines[head]))) head++;
  if (head) lines.splice(0, head);
}

/** Cut an over-long text at the last paragraph (else line, else space) before the limit. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = head.lastIndexOf(sep);
    if (at > max * 0.5) return head.slice(0, at).trimEnd();
  }
  return head;
}
