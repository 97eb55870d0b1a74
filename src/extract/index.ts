import { annotate, type Doc } from '../annotate/doc.ts';
import type { Article, Event } from '../record/schema.ts';
import { findClaims, type FoundClaim } from './claims/index.ts';
import { assembleEvents, bodyEnd } from './events/index.ts';
import { detectEventMentions } from './typing/index.ts';
import { CONTEXT_WORDS } from './context-words.ts';
import { pageEndWords } from './words.ts';

export interface ExtractOptions {
  /** Most events kept for one article, the main event first (default 50). */
  maxEvents?: number;
  /** Offset of the outlet's time zone from UTC in minutes, for resolving "Tuesday" (default 0). */
  tzMinutes?: number;
  /** Longest article text read, in characters; the rest is ignored (default 100,000). */
  maxArticleChars?: number;
  /** Longest sentence kept whole, in characters; longer ones are cut at a clause break or space (default 2000). */
  maxSentenceChars?: number;
}

export const DEFAULT_MAX_EVENTS = 50;
/**
 * A news article is rarely over 30,000 characters; past 100,000 the text is a dump (listings, a
 * data file, junk), and every stage's work grows with it, so only its head is read.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 100_000;
/** A title longer than this is not a headline (a page's text in its <title>): not read for figures. */
const MAX_HEADLINE_CHARS = 1000;

/**
 * The article as the extractor reads it: text past `maxArticleChars` dropped, cut at the last
 * paragraph break (else space) in the final tenth, so offsets into it are offsets into the article.
 */
export function limitArticle(article: Article, opts: Pick<ExtractOptions, 'maxArticleChars'> = {}): Article {
  const max = Math.max(1, Math.floor(opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS));
  const text = article.text ?? '';
  if (text.length <= max) return article;
  const floor = max - Math.floor(max / 10);
  let cut = text.lastIndexOf('\n', max);
  if (cut < floor) cut = text.lastIndexOf(' ', max);
  if (cut < floor) {
    cut = max;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // not inside a surrogate pair
  }
  while (cut > 0 && /\s/.test(text[cut - 1]!)) cut--;
  return { ...article, text: text.slice(0, cut) };
}

/** A short line that ends a news page's own text: "Related stories", "Copyright 2016 …". */
function isPageEnd(doc: Doc, si: number): boolean {
  const s = doc.sentences[si]!;
  if (s.text.length > 160 || !s.tokens.length) return false;
  const m = pageEndWords.matchAt(s.tokens, 0);
  // Only short lines: "Comments are closed." ends a page, "Comments by the mayor …" does not.
  return !!m && s.tokens.length <= m.end - 0 + 8;
}

/** A headline-like line (no closing punctuation) below the top of the page: another story's link. */
function isStrayLine(doc: Doc, si: number): boolean {
  if (si < 4) return false;
  const s = doc.sentences[si]!;
  return !/[.!?"”’')]$/.test(s.text);
}


/** The events one article reports, its main event first. */
export function extractEvents(full: Article, opts: ExtractOptions = {}): Event[] {
  const article = limitArticle(full, opts);
  const doc = annotate(article, { tzMinutes: opts.tzMinutes, maxSentenceChars: opts.maxSentenceChars });
  if (!doc.sentences.length) return [];
  const end = bodyEnd(doc, (si) => isPageEnd(doc, si));
  // A line repeated word for word (a scraped title shown twice) is read once.
  const seen = new Set<string>();
  const repeated = new Set<number>();
  for (let i = 0; i < end; i++) {
    const t = doc.sentences[i]!.text;
    if (seen.has(t)) repeated.add(i);
    seen.add(t);
  }
  const mentions = detectEventMentions(doc, end).filter((m) => m.sentenceIndex < end && !repeated.has(m.sentenceIndex));
  const read: number[] = [];
  for (let i = 0; i < end; i++) if (!repeated.has(i) && !isStrayLine(doc, i)) read.push(i);
  const claims = findClaims(doc, read, { mentions });
  // The headline, when it is not part of the text, is read for figures the text leaves out.
  let headlineClaims: FoundClaim[] = [];
  const title = article.title?.trim();
  if (title && title.length <= MAX_HEADLINE_CHARS && !doc.text.includes(title.slice(0, 60))) {
    const hd = annotate({ ...article, text: title }, { tzMinutes: opts.tzMinutes, maxSentenceChars: opts.maxSentenceChars });
    headlineClaims = findClaims(hd, hd.sentences.map((s) => s.index), { headline: true }).filter((c) => !c.hedged);
    // "fatal shooting", "shooting death", "slaying": someone died, though the headline gives no count.
    if (!headlineClaims.some((c) => c.outcome === 'killed') && CONTEXT_WORDS.headlineDeath.test(title)) {
      const s = hd.sentences[0]!;
      headlineClaims.push({
        outcome: 'killed', low: 1, high: 1, qualifier: 'at_least', party: { name: 'Unknown', kind: 'unknown', country: null },
        claimedBy: null, reportedBy: null, quote: { text: s.text, start: s.start, end: s.end }, sentenceIndex: 0, at: 0, partyKey: 'civilians',
      });
    }
  }
  return assembleEvents({ doc, mentions, claims, articleId: article.id, maxEvents: Math.max(0, Math.floor(opts.maxEvents ?? DEFAULT_MAX_EVENTS)), headlineClaims, headline: title ?? null, bodySentences: end });
}
