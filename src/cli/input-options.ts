import { isIP } from 'node:net';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseBytes, parseDay, parseDuration, wholeNumber } from './option-parsers.ts';
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
  quiet?: boolean;
}

function parseAddress(v: string, prev: string[] = []): string[] {
  const a = v.trim().replace(/^\[|\]$/g, '');
  if (!isIP(a)) throw new InvalidArgumentError('expected an IP address such as 127.0.0.1 or ::1');
  return [...prev, a];
}

const mb = (n: number) => `${n / 1024 / 1024}m`;

/** Nothing but errors on stderr: every long command has it. */
export function quietOption(cmd: Command): Command {
  return cmd.option('-q, --quiet', 'no progress display and no summary on stderr, only errors');
}

/** The most events kept per article (extract, ingest). */
export const maxEventsOption = () => new Option('--max-events <n>', 'most events kept per article').argParser(wholeNumber(1, 10_000)).default(50);

export function inputOptions(cmd: Command): Command {
  quietOption(cmd);
  cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD): wins over dates found in pages, texts and feeds; fills JSONL records that carry none', parseDay)
    .option('--outlet <name>', 'outlet name for every input (wins over og:site_name and the host)')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of detecting it').choices([...INPUT_FORMATS]));
  return fetchOptions(cmd);
}

/** The limits of reading and fetching (also `watch`'s, which reads only URLs). */
export function fetchOptions(cmd: Command): Command {
  return cmd
    .option('--max-bytes <size>', `largest input accepted: file, stdin or URL body (default ${mb(DEFAULT_MAX_BYTES)})`, parseBytes)
    .option('--max-feed-items <n>', `most items read from one feed (default ${DEFAULT_MAX_FEED_ITEMS})`, wholeNumber(0, 1_000_000))
    .option('--max-text <chars>', `longest article text kept, cut at a paragraph end (default ${DEFAULT_MAX_TEXT_CHARS})`, wholeNumber(0, 100_000_000))
    .option('--fetch-timeout <duration>', `time allowed for fetching one URL, redirects included (default ${DEFAULT_FETCH_TIMEOUT_MS / 1000}s)`, parseDuration)
    .option('--fetch-max-bytes <size>', 'largest response body accepted from a URL (default: --max-bytes)', parseBytes)
    .option('--max-redirects <n>', `most redirects followed for one URL (default ${DEFAULT_MAX_REDIRECTS})`, wholeNumber(0, 50))
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
