import { isIP } from 'node:net';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_FEED_ITEMS, DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_TEXT_CHARS, INPUT_FORMATS,
  type InputFormat, type ReadOptions,
} from '../read/types.ts';

/** The options every command that reads inputs shares (extract, ingest). */
export interface InputFlags {
  published?: string;
  outlet?: string;
  inputFormat?: InputFormat;
  maxBytes?: number;
  maxFeedItems?: number;
  maxText?: number;
  fetchTimeout?: number;
  fetchMaxBytes?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
  allowAddress?: string[];
}

/** A commander parser for YYYY-MM-DD options (also used by `events --since/--until`). */
export function parseDay(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return v;
}

export function parseBytes(v: string): number {
  const m = /^(\d{1,12})\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5000000, 500k or 20m');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * mult;
  if (n < 1) throw new InvalidArgumentError('expected a size above 0');
  return n;
}

/** "20" or "20s" (seconds), "500ms", "2m" → milliseconds. */
export function parseDuration(v: string): number {
  const m = /^(\d{1,9}(?:\.\d{1,3})?)\s*(ms|s|m)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a duration such as 20, 20s, 500ms or 2m');
  const ms = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm']);
  if (ms < 1) throw new InvalidArgumentError('expected a duration above 0');
  return ms;
}

function parseCount(max: number) {
  return (v: string): number => {
    if (!/^\d{1,9}$/.test(v.trim()) || Number(v) > max) throw new InvalidArgumentError(`expected a whole number from 0 to ${max}`);
    return Number(v);
  };
}

function parseAddress(v: string, prev: string[] = []): string[] {
  const a = v.trim().replace(/^\[|\]$/g, '');
  if (!isIP(a)) throw new InvalidArgumentError('expected an IP address such as 127.0.0.1 or ::1');
  return [...prev, a];
}

const mb = (n: number) => `${n / 1024 / 1024}m`;

export function inputOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD): wins over dates found in pages, texts and feeds; fills JSONL records that carry none', parseDay)
    .option('--outlet <name>', 'outlet name for every input (wins over og:site_name and the host)')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of detecting it').choices([...INPUT_FORMATS]))
    .option('--max-bytes <size>', `largest input accepted: file, stdin or URL body (default ${mb(DEFAULT_MAX_BYTES)})`, parseBytes)
    .option('--max-feed-items <n>', `most items read from one feed (default ${DEFAULT_MAX_FEED_ITEMS})`, parseCount(1_000_000))
    .option('--max-text <chars>', `longest article text kept, cut at a paragraph end (default ${DEFAULT_MAX_TEXT_CHARS})`, parseCount(100_000_000))
    .option('--fetch-timeout <duration>', `time allowed for fetching one URL, redirects included (default ${DEFAULT_FETCH_TIMEOUT_MS / 1000}s)`, parseDuration)
    .option('--fetch-max-bytes <size>', 'largest response body accepted from a URL (default: --max-bytes)', parseBytes)
    .option('--max-redirects <n>', `most redirects followed for one URL (default ${DEFAULT_MAX_REDIRECTS})`, parseCount(50))
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (refused by default)')
    .option('--allow-address <ip>', 'allow this one private address (repeatable), narrower than --allow-private', parseAddress);
}

export function readOptionsFrom(flags: InputFlags): ReadOptions {
  return {
    inputFormat: flags.inputFormat,
    maxBytes: flags.maxBytes,
    maxFeedItems: flags.maxFeedItems,
    maxTextChars: flags.maxText,
    defaults: { published: flags.published ?? null, outlet: flags.outlet ?? null },
    fetch: {
      timeoutMs: flags.fetchTimeout,
      maxBytes: flags.fetchMaxBytes ?? flags.maxBytes,
      maxRedirects: flags.maxRedirects,
      allowPrivate: flags.allowPrivate ?? false,
      allowAddresses: flags.allowAddress ?? [],
    },
  };
}
