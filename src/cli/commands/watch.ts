import { Command, InvalidArgumentError } from 'commander';
import { fetchOptions, readOptionsFrom, type InputFlags } from '../input-options.ts';
import { parseSeconds, wholeNumber } from '../option-parsers.ts';
import { DEFAULT_DB, type Store } from '../../store/types.ts';
import { checkFeedUrl, parseInterval, readFeedList, watchFeedList } from '../../watch/feed-list.ts';
import type { LiveHub } from '../../watch/hub.ts';
import { matchesAny, parseRule, RULE_HELP, RuleError, type AlertRule } from '../../watch/rules.ts';
import { serializedWrites } from '../../watch/serialize.ts';
import { DEFAULT_INTERVAL_S, type Alert, type FeedSpec } from '../../watch/types.ts';
import { Watcher } from '../../watch/watcher.ts';
import { Webhook } from '../../watch/webhook.ts';

export interface WatchFlags extends InputFlags {
  feed?: string[];
  feeds?: string;
  interval: number;
  alert?: AlertRule[];
  webhook?: string;
  backlog: number;
  hostRate: number;
  concurrency: number;
}

function collectUrl(v: string, prev: string[] = []): string[] {
  const c = checkFeedUrl(v);
  if ('error' in c) throw new InvalidArgumentError(c.error);
  return [...prev, c.url];
}

function collectRule(v: string, prev: AlertRule[] = []): AlertRule[] {
  try {
    return [...prev, parseRule(v)];
  } catch (e) {
    if (e instanceof RuleError) throw new InvalidArgumentError(e.message);
    throw e;
  }
}

function intervalOption(v: string): number {
  const s = parseInterval(v);
  if (s === null) throw new InvalidArgumentError('expected seconds (at least 1) or a duration such as 90s, 5m or 1h');
  return s;
}

function hostRate(v: string): number {
  const n = parseSeconds(v);
  if (n <= 0 || n > 1000) throw new InvalidArgumentError('expected requests per second, above 0 and at most 1000');
  return n;
}

/** The options of watching, shared by `watch` and `serve --watch`. */
export function watchOptions(cmd: Command): Command {
  cmd
    .option('--feed <url>', 'an RSS, Atom or JSON Feed, or a page, to follow (repeatable)', collectUrl)
    .option('--feeds <file>', 'a file of feeds: one URL a line (an interval may follow it), or YAML/JSON {interval, feeds: [{url, interval, kind}]}; read again when it changes')
    .option('--interval <seconds>', 'seconds between polls of a feed that names none (also 90s, 5m, 1h)', intervalOption, DEFAULT_INTERVAL_S)
    .option('--alert <rule>', 'print and post only alerts that match a rule (repeatable, OR\'ed; syntax below)', collectRule)
    .option('--webhook <url>', 'POST each alert there too, signed with HMAC-SHA256 of FOGWATCH_WEBHOOK_SECRET (header X-Fogwatch-Signature)')
    .option('--backlog <n>', 'items taken from a new feed\'s first poll; older ones are skipped', wholeNumber(0, 100_000), 50)
    .option('--host-rate <n>', 'requests per second to one host (a robots.txt Crawl-delay lowers it)', hostRate, 2)
    .option('--concurrency <n>', 'fetches in flight at once, all hosts together', wholeNumber(1, 256), 16);
  fetchOptions(cmd);
  cmd.addHelpText('after', `\nAlert rules (--alert):\n${RULE_HELP}\n\nEach alert is one JSON line on stdout: {"kind": "new"|"changed", "reasons": [{"code", "text"}], "event": {...}, "feed", "article"}.\nSee docs/watch.md.`);
  return cmd;
}

export class WatchUsageError extends Error {}

export interface Watching {
  watcher: Watcher;
  stop(): Promise<void>;
}

/** The feeds of the command line and the feeds file; the file's errors are reported, its good entries kept. */
function feedsOf(flags: WatchFlags, report: (m: string) => void): FeedSpec[] {
  const specs: FeedSpec[] = (flags.feed ?? []).map((url) => ({ url, intervalS: flags.interval, kind: 'auto' }));
  if (flags.feeds) {
    const list = readFeedList(flags.feeds, flags.interval);
    for (const e of list.errors) report(e);
    if (!list.feeds.length && list.errors.length) throw new WatchUsageError(`no feed could be read from ${flags.feeds}`);
    for (const f of list.feeds) if (!specs.some((s) => s.url === f.url)) specs.push(f);
  }
  if (!specs.length) throw new WatchUsageError('nothing to watch: give --feed URL or --feeds FILE');
  return specs;
}

/**
 * Starts watching into `store`: alerts that match the rules go to stdout (and the webhook), every
 * change to `hub` when given. Throws WatchUsageError for a bad command line.
 */
export async function startWatching(store: Store, flags: WatchFlags, hub: LiveHub | null, log = (m: string) => process.stderr.write(`fogwatch watch: ${m}\n`)): Promise<Watching> {
  const secret = process.env.FOGWATCH_WEBHOOK_SECRET ?? '';
  if (flags.webhook) {
    const c = checkFeedUrl(flags.webhook);
    if ('error' in c) throw new WatchUsageError(`--webhook: ${c.error}`);
    if (secret.length < 16) throw new WatchUsageError('--webhook needs FOGWATCH_WEBHOOK_SECRET set to a secret of at least 16 characters');
  }
  const specs = feedsOf(flags, log);
  const webhook = flags.webhook ? new Webhook({ url: flags.webhook, secret, log }) : null;
  const rules = flags.alert ?? [];
  const onChange = (alert: Alert) => {
    hub?.publish({ kind: alert.kind, reasons: alert.reasons, event: alert.event, feed: alert.feed });
    if (!alert.reasons.length || !matchesAny(rules, alert)) return;
    const line = JSON.stringify(alert);
    process.stdout.write(line + '\n');
    webhook?.send(line);
  };
  const watcher = new Watcher({
    store: serializedWrites(store), read: readOptionsFrom(flags), backlog: flags.backlog, concurrency: flags.concurrency,
    gate: { rate: flags.hostRate, burst: Math.max(1, Math.ceil(flags.hostRate * 2)) }, onChange, log,
  });
  await watcher.start(specs);
  let unwatch = () => {};
  if (flags.feeds) {
    const cli = (flags.feed ?? []).map((url): FeedSpec => ({ url, intervalS: flags.interval, kind: 'auto' }));
    unwatch = watchFeedList(flags.feeds, flags.interval, (list) => {
      for (const e of list.errors) log(e);
      if (!list.feeds.length && list.errors.length) return log(`${flags.feeds}: keeping the feeds it listed before`);
      watcher.setFeeds([...cli, ...list.feeds.filter((f) => !cli.some((c) => c.url === f.url))]);
      log(`${flags.feeds} changed: following ${cli.length + list.feeds.length} feeds`);
    });
  }
  log(`following ${specs.length} feed${specs.length > 1 ? 's' : ''} into ${store.location}${rules.length ? ` (${rules.length} alert rule${rules.length > 1 ? 's' : ''})` : ''}`);
  return {
    watcher,
    async stop() {
      unwatch();
      await watcher.stop();
      if (webhook) {
        await webhook.close(3000);
        if (webhook.pending || webhook.dropped || webhook.failed) log(`webhook: ${webhook.delivered} delivered, ${webhook.failed} failed, ${webhook.dropped} dropped, ${webhook.pending} not sent before stopping`);
      }
    },
  };
}

/**
 * `done` resolves at the first SIGINT or SIGTERM (a second one ends the process at once); until
 * then, or `cancel()`, the process stays alive (signal handlers alone do not keep it so, and a
 * watcher between polls may hold no other timer).
 */
export function untilSignal(): { done: Promise<string>; cancel(): void } {
  let cancel = () => {};
  const done = new Promise<string>((resolve) => {
    const alive = setInterval(() => {}, 1 << 30);
    const on = (sig: string) => {
      cancel();
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(sig);
    };
    cancel = () => {
      clearInterval(alive);
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
  return { done, cancel: () => cancel() };
}

export function watchCommand(): Command {
  const cmd = new Command('watch')
    .description('Follow feeds and pages: ingest each new item\'s article with the normal merge and print an alert line for each new or changed event.')
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0);
  watchOptions(cmd);
  cmd.action(async (flags: WatchFlags & { db: string; wait: number }) => {
    const signal = untilSignal();
    const { open } = await import('../../store/index.ts');
    const store = await open(flags.db, { waitSeconds: flags.wait }).catch((e) => { signal.cancel(); throw e; });
    let watching: Watching;
    try {
      watching = await startWatching(store, flags, null);
    } catch (e) {
      signal.cancel();
      await store.close();
      if (!(e instanceof WatchUsageError)) throw e;
      process.stderr.write(`fogwatch watch: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    const sig = await signal.done;
    process.stderr.write(`fogwatch watch: ${sig}: stopping\n`);
    try {
      await watching.stop();
    } finally {
      await store.close();
    }
    if (process.exitCode === undefined) process.exitCode = 0;
  });
  return cmd;
}
