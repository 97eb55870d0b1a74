/**
 * The HTTP API's request and response shapes (docs/api.md). Type-only, so the dashboard imports
 * it too and the browser build carries none of the server's code.
 */
import type { Article, Contradiction, Span } from '../record/schema.ts';
import type { ArticleSummary, ClaimGroup, EventSort, IngestResult, ListedEvent, Stats, StoredClaim, StoredEvent, Summary, SummaryPoint, TotalsRule } from '../store/types.ts';
import type { FeedHealth } from '../store/feeds.ts';
import type { LiveMessage } from '../watch/hub.ts';

export type { ArticleSummary, ClaimGroup, EventSort, FeedHealth, IngestResult, ListedEvent, StoredClaim, StoredEvent, SummaryPoint, TotalsRule };

/** GET /api/summary query parameters: the filters of /api/stats and `subType`, `background`, the map's zoom and box. */
export interface SummaryQuery {
  since?: string;
  until?: string;
  country?: string;
  type?: string;
  subType?: string;
  background?: 'include' | 'exclude';
  /** 0–22: the cell is 2^(5 − zoom) degrees. */
  zoom: number;
  /** "west,south,east,north" in degrees. */
  bbox?: string;
}

/** GET /api/summary: the events of the filters on a grid of cells (at most 5,000, the fullest). */
export type SummaryResponse = Summary;

/** Every error: a JSON body with a message, and the HTTP status that says what went wrong. */
export interface ApiError {
  error: { message: string; status: number };
}

/** GET /api/events query parameters (all optional). */
export interface EventQuery {
  since?: string;
  until?: string;
  country?: string;
  type?: string;
  subType?: string;
  q?: string;
  background?: 'include' | 'exclude';
  sort?: EventSort;
  limit?: number;
  cursor?: string;
  rule?: TotalsRule;
  /** ISO time: only events changed after it. */
  updatedSince?: string;
  view?: 'full' | 'list';
}

/** GET /api/events (`ListedEvent` under view=list) */
export interface EventListResponse<E extends ListedEvent = StoredEvent> {
  events: E[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** GET /api/events/:id */
export interface EventDetailResponse {
  event: StoredEvent;
  /** Claims of the event, one group per party and outcome, every claimant side by side. */
  claimGroups: ClaimGroup[];
  /** Groups where claimants disagree (e.g. the two defence ministries on one clash). */
  contradictions: Contradiction[];
  articles: ArticleSummary[];
}

/** A stretch of the article text to highlight: the quote of one or more claims, or event evidence. */
export interface HighlightSpan {
  start: number;
  end: number;
  kind: 'claim' | 'evidence';
  /** The claims whose quote this span is (empty for evidence). */
  claimIds: string[];
}

/** GET /api/articles/:id */
export interface ArticleResponse {
  article: Article;
  eventIds: string[];
  claims: StoredClaim[];
  evidence: Span[];
  /** Claim quotes and evidence, sorted by start and never overlapping, ready to highlight. */
  spans: HighlightSpan[];
  ingestedAt: string;
}

/** GET /api/stats */
export interface StatsResponse extends Stats {
  /** Events per day and event type, oldest day first: the timeline's bars. */
  byDayType: { day: string; eventType: string; events: number }[];
}

/** POST /api/articles */
export interface IngestResponse {
  results: IngestResult[];
  /** Parts of the body that could not be read as an article (a bad JSONL line, an empty text). */
  failed: { source: string; error: string }[];
  /** One entry per part of the body, in order: what became of it. Nothing is left out. */
  items: IngestItemResult[];
}

/** What became of one article of a POST body. `not_processed`: the database failed on an earlier one. */
export interface IngestItemResult {
  source: string;
  articleId?: string;
  status: IngestResult['status'] | 'failed' | 'not_processed';
  error?: string;
  /** What the readers normalised (control characters removed, a URL dropped). */
  warnings?: string[];
}

/** GET /api/feeds */
export interface FeedListResponse {
  /** True when this server runs a watcher (`serve --watch`). */
  watching: boolean;
  feeds: FeedHealth[];
}

/** The data of a `new` or `changed` message of GET /api/stream. */
export type StreamChange = LiveMessage['data'];
