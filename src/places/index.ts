import { annotate, Doc } from '../annotate/doc.ts';
import type { Article, Event } from '../record/schema.ts';
import { articleMentions, locateEventDetailed } from './locate.ts';

/**
 * Places stage: gives each event the place where it happened, resolved offline to coordinates,
 * admin-1 and country, with UCDP precision. Takes the events of one article (its Doc), returns them located.
 * The article's place mentions are found once and shared by its events; each event picks among
 * them by its own evidence sentences (src/places/locate.ts). The index loads on first use.
 */
export function locateEvents(source: Doc | Article, events: Event[]): Event[] {
  if (events.length === 0) return events;
  // The pipeline passes its Doc; a caller with an article alone (benches, tests) gets one made.
  const doc = source instanceof Doc ? source : annotate(source);
  const article = doc.article;
  const ctx = articleMentions(doc);
  const found = events.map((e) => locateEventDetailed(article, e, ctx));
  // An event whose own sentences name no place happened where the story's main event did (the
  // first current event placed by its own evidence), not at whatever place the article names.
  const main = found.find((f, i) => f.fromEvidence && !events[i]!.background && f.place);
  // Talks and statements without a place of their own keep what extraction gave (their country),
  // or, when it gave none, the story's place as any event does; background events keep their own reading.
  return events.map((e, i) => {
    const f = found[i]!;
    const location = f.fromEvidence || e.background ? f.place
      : e.eventType === 'Diplomacy' && e.location ? e.location
        : main ? main.place : f.place; // no event placed by its own sentences: the article's best place
    return location === e.location ? e : { ...e, location };
  });
}

export { admin1At } from './reverse.ts';
export { placeKey } from './normalize.ts';
