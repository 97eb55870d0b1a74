import type { Article, Event } from '../record/schema.ts';

/**
 * Places stage: gives each event the place where it happened, resolved offline to coordinates,
 * admin-1 and country, with UCDP precision. Takes the events of one article, returns them located.
 */
export function locateEvents(article: Article, events: Event[]): Event[] {
  void article;
  return events;
}
