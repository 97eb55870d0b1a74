/**
 * The feeds to follow: `--feed URL` options and a `--feeds FILE` that holds one URL a line, or YAML
 * or JSON with a per-feed interval. The file is read again when it changes (checked every second by
 * its modification time and size, which survives editors that replace the file). A bad entry is one
 * error naming the file and the entry; the other entries still count.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { MIN_INTERVAL_S, type FeedKind, type FeedSpec } from './types.ts';

export interface FeedList {
  feeds: FeedSpec[];
  /** One line per bad entry: "feeds.yaml: feeds[2]: interval: expected seconds or a duration such as 5m". */
  errors: string[];
}

const KINDS: FeedKind[] = ['auto', 'feed', 'page'];
const LARGEST_FILE = 4 << 20;

/** "300", 300, "30s", "5m", "1h" → seconds; null when it is none of these. */
export function parseInterval(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= MIN_INTERVAL_S ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,7}(?:\.\d{1,3})?)\s*(s|m|h)?$/i.exec(v.trim());
  if (!m) return null;
  const s = Number(m[1]) * { s: 1, m: 60, h: 3600 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h'];
  return s >= MIN_INTERVAL_S ? s : null;
}

/** An http(s) URL, normalised by the URL parser; the reason when it is not one. */
export function checkFeedUrl(v: unknown): { url: string } | { error: string } {
  if (typeof v !== 'string' || !v.trim()) return { error: 'expected a URL' };
  let u: URL;
  try {
    u = new URL(v.trim());
  } catch {
    return { error: `not a URL: ${v.slice(0, 200)}` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: `only http and https feeds are followed, not ${u.protocol.replace(/:$/, '')}` };
  u.hash = '';
  return { url: u.href };
}

/** Adds one entry, or an error about it; a URL listed twice keeps its first entry. */
function addEntry(out: FeedList, seen: Set<string>, where: string, entry: unknown, defaultInterval: number): void {
  const o = typeof entry === 'string' ? { url: entry } : entry;
  if (!o || typeof o !== 'object' || Array.isArray(o)) {
    out.errors.push(`${where}: expected a URL or {url, interval, kind}`);
    return;
  }
  const rec = o as Record<string, unknown>;
  const unknown = Object.keys(rec).filter((k) => !['url', 'interval', 'kind'].includes(k));
  if (unknown.length) {
    out.errors.push(`${where}: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected url, interval, kind)`);
    return;
  }
  const checked = checkFeedUrl(rec.url);
  if ('error' in checked) {
    out.errors.push(`${where}: ${checked.error}`);
    return;
  }
  const interval = rec.interval === undefined ? defaultInterval : parseInterval(rec.interval);
  if (interval === null) {
    out.errors.push(`${where}: interval: expected seconds (at least ${MIN_INTERVAL_S}) or a duration such as 90s, 5m or 1h`);
    return;
  }
  const kind = rec.kind === undefined ? 'auto' : rec.kind;
  if (!KINDS.includes(kind as FeedKind)) {
    out.errors.push(`${where}: kind: expected one of ${KINDS.join(', ')}`);
    return;
  }
  if (seen.has(checked.url)) {
    out.errors.push(`${where}: ${checked.url} is listed twice; the first entry counts`);
    return;
  }
  seen.add(checked.url);
  out.feeds.push({ url: checked.url, intervalS: interval, kind: kind as FeedKind });
}

const isUrlLine = (l: string) => /^https?:\/\/\S+(\s+\S+)?$/i.test(l);

/** The text of a feeds file → its feeds. `name` names the file in errors. */
export function parseFeedList(name: string, text: string, defaultInterval: number): FeedList {
  const out: FeedList = { feeds: [], errors: [] };
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meaningful = lines.map((l, i) => ({ l: l.trim(), n: i + 1 })).filter(({ l }) => l && !l.startsWith('#'));
  // One URL a line (an interval may follow it): the plain format.
  if (meaningful.length && meaningful.every(({ l }) => isUrlLine(l))) {
    for (const { l, n } of meaningful) {
      const [url, interval] = l.split(/\s+/);
      addEntry(out, seen, `${name}:${n}`, interval === undefined ? url : { url, interval }, defaultInterval);
    }
    return out;
  }
  if (!meaningful.length) return out;
  let doc: unknown;
  try {
    // YAML is a superset of JSON: one parser reads both.
    doc = parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (e) {
    out.errors.push(`${name}: not one URL a line, and not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
    return out;
  }
  let list: unknown = doc;
  let fileDefault = defaultInterval;
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const top = doc as Record<string, unknown>;
    const unknown = Object.keys(top).filter((k) => k !== 'feeds' && k !== 'interval');
    if (unknown.length) out.errors.push(`${name}: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected feeds, interval)`);
    if (top.interval !== undefined) {
      const i = parseInterval(top.interval);
      if (i === null) out.errors.push(`${name}: interval: expected seconds (at least ${MIN_INTERVAL_S}) or a duration such as 90s, 5m or 1h`);
      else fileDefault = i;
    }
    list = top.feeds;
  }
  if (!Array.isArray(list)) {
    out.errors.push(`${name}: expected a list of feeds (or {feeds: [...]})`);
    return out;
  }
  list.forEach((entry, i) => addEntry(out, seen, `${name}: feeds[${i}]`, entry, fileDefault));
  return out;
}

/** Reads and parses a feeds file; a file that cannot be read is one error. */
export function readFeedList(path: string, defaultInterval: number): FeedList {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > LARGEST_FILE) return { feeds: [], errors: [`${path}: ${size} bytes, over the limit of ${LARGEST_FILE} for a feeds file`] };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { feeds: [], errors: [`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`] };
  }
  return parseFeedList(path, text, defaultInterval);
}

/**
 * Calls `onChange` with the file's new list each time it changes; returns a function that stops watching.
 * Polled here rather than by fs.watchFile: its first stat is taken later, on the thread pool, so a
 * change written right after watching starts could become its baseline and never be reported. The
 * baseline here is taken at once, in the caller's turn.
 */
export function watchFeedList(path: string, defaultInterval: number, onChange: (list: FeedList) => void, intervalMs = 1000): () => void {
  let last = stampOf(path);
  const timer = setInterval(() => {
    const now = stampOf(path);
    if (now === last) return;
    last = now;
    onChange(readFeedList(path, defaultInterval));
  }, intervalMs);
  timer.unref(); // watching never keeps the process alive on its own
  return () => clearInterval(timer);
}

/** What tells one version of a file from another: its time, size and inode, or that it is missing. */
function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}
