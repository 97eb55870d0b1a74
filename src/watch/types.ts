/**
 * The records of `fogwatch watch` (docs/watch.md): the feeds it follows and the alerts it gives.
 */
import type { StoredEvent } from '../store/types.ts';

/** How a URL is read: `feed` (RSS, Atom, JSON Feed), `page` (one page, re-read when it changes), or `auto` (by its content). */
export type FeedKind = 'auto' | 'feed' | 'page';

/** One source to follow, as the command line or the feeds file gives it. */
export interface FeedSpec {
  url: string;
  /** Seconds between polls. */
  intervalS: number;
  kind: FeedKind;
}

export type AlertKind = 'new' | 'changed';

export type ReasonCode = 'new_event' | 'revised_figure' | 'new_claimant' | 'new_contradiction' | 'later_date';

/** Why an event is alerted: a code to filter on and words for a person. */
export interface AlertReason {
  code: ReasonCode;
  text: string;
}

/** One alert line: `{"kind","reasons","event"}`, with where it came from. */
export interface Alert {
  kind: AlertKind;
  reasons: AlertReason[];
  /** The merged event as stored (docs/api.md), after the article joined it. */
  event: StoredEvent;
  /** The feed whose item brought the change, and the article read from it. */
  feed: string;
  article: { id: string; title: string | null; url: string | null };
}

/** Seconds: the default between polls of a feed, and the shortest allowed. */
export const DEFAULT_INTERVAL_S = 300;
export const MIN_INTERVAL_S = 1;
