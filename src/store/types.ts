/**
 * The typed API of the store: what `ingest`, `events`, the HTTP API and the dashboard code against.
 * Records are the ones of `src/record/schema.ts`; the store adds ids, provenance and paging.
 */
import type { Article, Claim, Contradiction, Event, Outcome, Span, Totals } from '../record/schema.ts';
import type { FeedStateStore } from './feeds.ts';
import type { Summary, SummaryQuery } from './summary.ts';
import type { TotalsRule } from '../resolve/reconcile.ts';

/** The data folder used when no --db is given. */
export const DEFAULT_DB = './fogwatch-data';

/** How `totals` are derived from the claims of an event: defined where totals are made. */
export type { TotalsRule } from '../resolve/reconcile.ts';

export interface OpenOptions {
  /** Seconds to wait for another process holding an embedded data folder; 0 stops at once with a clear message. */
  waitSeconds?: number;
  /** Open without taking the writer lock and without running migrations (fails if the schema is older). */
  readOnly?: boolean;
  /** Events whose signatures merging holds in memory at most (default 120,000); older days are read again when needed. */
  mergeHeld?: number;
}

/** A claim as stored: always tied to the article that made it and the event it counts for. */
export interface StoredClaim extends Claim {
  id: string;
  articleId: string;
  eventId: string;
}

/** An event as stored: the merged record of every report of it. `articles` lists article ids. */
export interface StoredEvent extends Event {
  /** How many articles report it (articles.length). */
  articleCount: number;
  /** The outlets of its articles, in article order (ACLED's `source`). */
  sources?: string[];
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
}

/**
 * An event as a list shows it (`view: 'list'`): the stored record without its claims, evidence
 * spans and article ids, the bulk of a much-reported event (tens of kB), which a list row never
 * shows; `getEvent` gives them.
 */
export type ListedEvent = Omit<StoredEvent, 'claims' | 'evidence' | 'articles'> & Partial<Pick<StoredEvent, 'claims' | 'evidence' | 'articles'>>;

/** The fields `view: 'list'` leaves out. */
export const LIST_OMITS = ['claims', 'evidence', 'articles'] as const;

export type EventSort = 'date_desc' | 'date_asc' | 'updated_desc' | 'articles_desc' | 'fatalities_desc';

export interface EventFilters {
  /** Events whose date range reaches this day or later, YYYY-MM-DD. */
  since?: string;
  /** Events whose date range begins on or before this day, YYYY-MM-DD. */
  until?: string;
  /** Country name or ISO3 code, case-insensitive. */
  country?: string;
  /** ACLED event type, exact ("Battles"). */
  type?: string;
  /** ACLED sub-event type, exact ("Armed clash"). */
  subType?: string;
  /** Words searched in the location, actors, notes and titles of the event's articles: each as written, and each of its parts at the start of a word ("shabaab" finds "al-shabaab", "abaab" does not). */
  text?: string;
  /** Only events that list this article. */
  articleId?: string;
  /** Only events changed after this time (ISO 8601). */
  updatedSince?: string;
  /** Background events (past events recalled as context) are included unless false. Default true. */
  includeBackground?: boolean;
  sort?: EventSort;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size; default 100, at most 10000. Ignored by `iterateEvents`. */
  limit?: number;
  /** Rule used for `totals` and `fatalities`; default 'conservative'. */
  rule?: TotalsRule;
  /** 'list': the events without claims, evidence and article ids (ListedEvent); default 'full'. */
  view?: 'full' | 'list';
}

export interface EventPage {
  events: StoredEvent[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The claims of one event about one party and outcome, every claimant side by side. */
export interface ClaimGroup {
  party: string;
  outcome: Outcome;
  claims: StoredClaim[];
  /** The reconciled range for this party and outcome under the rule asked for. */
  range: { low: number | null; best: number | null; high: number | null };
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
}

export interface EventDetail {
  event: StoredEvent;
  claimGroups: ClaimGroup[];
  contradictions: Contradiction[];
  articles: ArticleSummary[];
}

export interface ArticleDetail {
  article: Article;
  /** Ids of the stored events this article reports. */
  eventIds: string[];
  /** Every claim of the article, with its quote span into `article.text`. */
  claims: StoredClaim[];
  /** Evidence spans of the article's reports (the words that gave the event). */
  evidence: Span[];
  ingestedAt: string;
}

export interface Stats {
  articles: number;
  events: number;
  claims: number;
  /** Events per day (event date), oldest first; events without a date are left out. */
  byDay: { day: string; events: number }[];
  byType: { eventType: string; subEventType: string; events: number }[];
  byCountry: { country: string | null; events: number }[];
}

export type IngestStatus = 'new' | 'updated' | 'unchanged' | 'failed';

export interface IngestResult {
  articleId: string;
  status: IngestStatus;
  /** Events this article started. */
  eventsNew: number;
  /** Reports of this article that joined an existing event. */
  eventsMerged: number;
  /** The stored events that list this article. */
  eventIds: string[];
  /** Why it failed (status 'failed', from ingestArticles only): nothing of it was stored. */
  error?: string;
}

export interface IngestItem {
  article: Article;
  /** The events extracted from the article (processArticle's output). */
  events: Event[];
  /** The article's distinctive terms (resolve/terms.ts extractTerms), when already computed (by an extraction worker). */
  terms?: string[];
  /** The article's contentHash (store/rows.ts), when already computed (by an extraction worker). */
  hash?: string;
}

export interface Store {
  /** 'pglite' for a data folder, 'postgres' for a server. */
  readonly kind: 'pglite' | 'postgres';
  /** Where it is: the data folder or the server URL without its password. */
  readonly location: string;
  /** True when this exact article (same id, same content) is already stored: ingest can skip extracting it. */
  isStored(article: Article): Promise<boolean>;
  /** The ids of those articles already stored exactly so (one query for a batch). */
  storedUnchanged(articles: Article[]): Promise<Set<string>>;
  /** Stores one article and its events, and merges them, in one transaction: all or nothing. */
  ingestArticle(article: Article, events: Event[]): Promise<IngestResult>;
  /**
   * Several articles in one transaction (much faster than one each), each inside its own savepoint:
   * an article that fails is rolled back alone and comes back with status 'failed'. A crash before
   * the commit leaves none of the batch stored; running it again stores it all.
   */
  ingestArticles(items: IngestItem[]): Promise<IngestResult[]>;
  listEvents(filters?: EventFilters): Promise<EventPage>;
  /** Every event matching the filters, page by page, without holding them all in memory. */
  iterateEvents(filters?: EventFilters): AsyncGenerator<StoredEvent>;
  getEvent(id: string, opts?: { rule?: TotalsRule }): Promise<EventDetail | null>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  stats(filters?: Pick<EventFilters, 'since' | 'until' | 'country' | 'type' | 'includeBackground'>): Promise<Stats>;
  /** Events aggregated on a grid for the map at a zoom (store/summary.ts). */
  summary(q: SummaryQuery): Promise<Summary>;
  /** The state of `fogwatch watch`: feeds, their items, alerted event states (store/feeds.ts). */
  readonly feeds: FeedStateStore;
  /** What the merging state holds in memory now (counts of entries): for benchmarks of memory. */
  mergeHeld(): Record<string, number>;
  close(): Promise<void>;
}

export type { Totals };
export type { Summary, SummaryPoint, SummaryQuery } from './summary.ts';
