import { processArticle } from '../src/pipeline.ts';
import type { Event } from '../src/record/schema.ts';

/** The main event (the first not background) of an article whose whole text is `text`, or undefined. */
export function primaryEvent(text: string, published = '2024-02-08'): Event | undefined {
  return processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).find((x) => !x.background);
}
