import type { Article, Event } from '../record/schema.ts';

export interface ExtractOptions {
  /** Most events kept for one article (the main event first). */
  maxEvents?: number;
}

/** The events one article reports, its main event first. */
export function extractEvents(article: Article, opts: ExtractOptions = {}): Event[] {
  void article; void opts;
  return [];
}
