import { extractEvents, type ExtractOptions } from './extract/index.ts';
import { locateEvents } from './places/index.ts';
import type { Article, Event } from './record/schema.ts';

export type PipelineOptions = ExtractOptions;

/**
 * One article through the per-article stages: annotate and extract (events, actors, dates,
 * claims), then locate (places). Resolution against stored events happens in `resolve/`.
 */
export function processArticle(article: Article, opts: PipelineOptions = {}): Event[] {
  return locateEvents(article, extractEvents(article, opts));
}
