import type { Article } from '../record/schema.ts';

/** What a reader gives back for one input: an article, or an error that names the input and why. */
export type ReadResult =
  | { ok: true; source: string; article: Article }
  | { ok: false; source: string; error: string };

/** Values the caller knows better than the input (`--published`, an id from a JSONL line). */
export interface ArticleDefaults {
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
}

export interface ReadOptions {
  /** Overrides detection by extension and content. */
  inputFormat?: InputFormat;
  defaults?: ArticleDefaults;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

export type InputFormat = 'text' | 'jsonl' | 'json' | 'html' | 'feed';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
