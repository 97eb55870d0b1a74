/**
 * The extract stage's steps (docs/extraction.md), run in order by the stage table of
 * src/pipeline.ts: the page body, typed event mentions (typing/), casualty claims (claims/), the
 * headline's figures, and event assembly (events/).
 */
import { annotate, type AnnotateOptions, type Doc } from '../annotate/doc.ts';
import type { Article } from '../record/schema.ts';
import { findClaims, type FoundClaim } from './claims/index.ts';
import { CONTEXT_WORDS } from './context-words.ts';
import type { EventMention } from './mention.ts';
import { detectEventMentions } from './typing/index.ts';
import { pageEndWords } from './words.ts';

export { assembleEvents } from './events/index.ts';

/** Which sentences are the article's own text. */
export interface Body {
  /** Sentences [0, end) come before the page furniture ("Related stories", "Copyright" …). */
  end: number;
  /** Lines repeated word for word (a scraped title shown twice): read once. */
  repeated: Set<number>;
  /** The sentences read for figures: the body less repeated lines and other stories' headlines. */
  read: number[];
}

/** A title longer than this is not a headline (a page's text in its <title>): not read for figures. */
const MAX_HEADLINE_CHARS = 1000;

export function readBody(doc: Doc): Body {
  let end = doc.sentences.length;
  for (let i = 3; i < doc.sentences.length; i++) if (isPageEnd(doc, i)) { end = i; break; }
  const seen = new Set<string>();
  const repeated = new Set<number>();
  for (let i = 0; i < end; i++) {
    const t = doc.sentences[i]!.text;
    if (seen.has(t)) repeated.add(i);
    seen.add(t);
  }
  const read: number[] = [];
  for (let i = 0; i < end; i++) if (!repeated.has(i) && !isStrayLine(doc, i)) read.push(i);
  return { end, repeated, read };
}

/** A short line that ends a news page's own text: "Related stories", "Copyright 2016 …". */
function isPageEnd(doc: Doc, si: number): boolean {
  const s = doc.sentences[si]!;
  if (s.text.length > 160 || !s.tokens.length) return false;
  const m = pageEndWords.matchAt(s.tokens, 0);
  // Only short lines: "Comments are closed." ends a page, "Comments by the mayor …" does not.
  return !!m && s.tokens.length <= m.end + 8;
}

/** A headline-like line (no closing punctuation) below the top of the page: another story's link. */
function isStrayLine(doc: Doc, si: number): boolean {
  if (si < 4) return false;
  const s = doc.sentences[si]!;
  return !/[.!?"”’')]$/.test(s.text);
}

/** The typed event mentions of the body, most important first (repeated lines left out). */
export function typedMentions(doc: Doc, body: Body): EventMention[] {
  return detectEventMentions(doc, body.end).filter((m) => m.sentenceIndex < body.end && !body.repeated.has(m.sentenceIndex));
}

/** The casualty claims of the body's sentences. */
export function bodyClaims(doc: Doc, body: Body, mentions: EventMention[]): FoundClaim[] {
  return findClaims(doc, body.read, { mentions });
}

/**
 * The headline's figures, when the title is not part of the text: they fill what the text leaves
 * out ("fatal shooting", "shooting death", "slaying": someone died, though it gives no count).
 */
export function headlineClaims(article: Article, doc: Doc, opts: AnnotateOptions): FoundClaim[] {
  const title = article.title?.trim();
  if (!title || title.length > MAX_HEADLINE_CHARS || doc.text.includes(title.slice(0, 60))) return [];
  const hd = annotate({ ...article, text: title }, opts);
  const claims = findClaims(hd, hd.sentences.map((s) => s.index), { headline: true }).filter((c) => !c.hedged);
  if (!claims.some((c) => c.outcome === 'killed') && CONTEXT_WORDS.headlineDeath.test(title)) {
    const s = hd.sentences[0]!;
    claims.push({
      outcome: 'killed', low: 1, high: 1, qualifier: 'at_least', party: { name: 'Unknown', kind: 'unknown', country: null },
      claimedBy: null, reportedBy: null, quote: { text: s.text, start: s.start, end: s.end }, sentenceIndex: 0, at: 0, partyKey: 'civilians',
    });
  }
  return claims;
}
