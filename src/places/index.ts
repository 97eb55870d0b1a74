import type { Article, Event } from '../record/schema.ts';
import { articleMentions, locateEvent } from './locate.ts';

/**
 * Places stage: gives each event the place where it happened, resolved offline to coordinates,
 * admin-1 and country, with UCDP precision. Takes the events of one article, returns them located.
 * The article's place mentions are found once and shared by its events; each event picks among
 * them by its own evidence sentences (src/places/locate.ts). The index loads on first use.
 */
export function locateEvents(article: Article, events: Event[]): Event[] {
  if (events.length === 0) return events;
  const ctx = articleMentions(article);
  return events.map((e) => {
    const location = locateEvent(article, e, ctx);
    return location === e.location ? e : { ...e, location };
  });
}

export { admin1At } from './reverse.ts';
export { placeKey } from './normalize.ts';
