import { annotate } from '../src/annotate/doc.ts';
import type { EventMention } from '../src/extract/mention.ts';
import { detectEventMentions } from '../src/extract/typing/index.ts';

/** The typed event mentions of a text written for the tests, read as the pipeline reads it (its real sentence splitter and token layer). */
export function mentionsOf(text: string): EventMention[] {
  return detectEventMentions(annotate({ id: 't', title: null, url: null, published: '2021-11-17', outlet: null, byline: null, text }));
}
