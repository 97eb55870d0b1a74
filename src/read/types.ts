import type { Article } from '../record/schema.ts';

/** What a reader gives back for one input: an article, or an error that names the input and why. */
export type ReadResult =
  | { ok: true; source: string; article: Article; warnings?: string[] }
  | { ok: false; source: string; error: string };

/**
 * Values the caller knows better than the input (`--published`, an id from a JSONL line).
 * For documents whose metadata is inferred (HTML, plain text, feed items) these win over what
 * the document says; for JSONL/JSON records, the record's own fields are the caller's word and
 * these fill in only what a record lacks.
 */
export interface ArticleDefaults {
  id?: string | null;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  language?: string | null;
}

/** How URLs are fetched. Every field has a safe default (see fetch.ts). */
export interface FetchOptions {
  /** Whole request, redirects included, in milliseconds. */
  timeoutMs?: number;
  /** Largest response body accepted (after decompression), in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Allow private, loopback, link-local and unique-local addresses (off by default: SSRF). */
  allowPrivate?: boolean;
  /** Exact addresses allowed even though private ("127.0.0.1"); narrower than allowPrivate. */
  allowAddresses?: string[];
  userAgent?: string;
  /** Extra request headers (a watcher's If-None-Match, If-Modified-Since); they never replace User-Agent or Accept-Encoding. */
  headers?: Record<string, string>;
  /** Abandons the fetch when aborted (a watcher stopping); the error says it was stopped. */
  signal?: AbortSignal;
  /** DNS lookup to use instead of the system's (tests inject one; same shape as dns.lookup with all: true). */
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>;
}

export interface ReadOptions {
  /** Overrides detection by extension and content. */
  inputFormat?: InputFormat;
  defaults?: ArticleDefaults;
  /** Largest input accepted, in bytes (files, stdin; URLs use fetch.maxBytes, which defaults to this). */
  maxBytes?: number;
  /** Most items read from one feed. */
  maxFeedItems?: number;
  /** Longest article text kept, in characters; longer texts are cut at a paragraph end. */
  maxTextChars?: number;
  fetch?: FetchOptions;
}

export type InputFormat = 'text' | 'jsonl' | 'json' | 'html' | 'feed';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl', 'json', 'html', 'feed'];

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_FEED_ITEMS = 1000;
export const DEFAULT_MAX_TEXT_CHARS = 1_000_000;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
