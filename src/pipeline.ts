import { extractEvents, limitArticle, type ExtractOptions } from './extract/index.ts';
import { locateEvents } from './places/index.ts';
import type { Article, Event } from './record/schema.ts';

export type PipelineOptions = ExtractOptions;

/**
 * One article through the per-article stages: annotate and extract (events, actors, dates,
 * claims), then locate (places). Limits (article size, sentence length, events kept) are options
 * with defaults (ExtractOptions), so hostile input costs time in proportion to its size. Resolution against stored events happens in `resolve/`.
 */
export function processArticle(article: Article, opts: PipelineOptions = {}): Event[] {
  // Both stages read the same bounded text (ExtractOptions.maxArticleChars), so places are never
  // looked for past the part the events came from.
  const bounded = limitArticle(article, opts);
  return locateEvents(bounded, extractEvents(bounded, opts));
}
