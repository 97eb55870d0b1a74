/**
 * Watching: item-to-alert latency with 1 s polling, and the cost of following 500 feeds in one process.
 *
 *   node --import tsx bench/watch.ts latency [--items 30] [--gap 3]
 *   node --import tsx bench/watch.ts scale [--feeds 500] [--interval 5] [--seconds 60]
 *
 * Both run `bin/fogwatch watch` as a child process against a news site on loopback served by this
 * process (test/watch-feed-server.ts). `latency`: one feed polled every second; an item is published
 * every `gap` seconds (at a random moment within it), each linking to a new report; the time from
 * the feed's change to the alert line on the child's stdout, p50 / p95 / max. `scale`: `feeds` feeds,
 * each on its own port (its own host for the rate limit), each holding one item at the start; after
 * they are taken, the child's CPU time and memory over `seconds` of polling every `interval` s.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from '../test/helpers.ts';
import { FeedServer, type FeedItemSpec } from '../test/watch-feed-server.ts';

const args = process.argv.slice(2);
const mode = args[0];
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

const PLACES = [['Bakhmut', 'Donetsk'], ['Kupiansk', 'Kharkiv'], ['Kreminna', 'Luhansk'], ['Orikhiv', 'Zaporizhzhia'], ['Vuhledar', 'Donetsk'], ['Lyman', 'Donetsk'], ['Siversk', 'Donetsk'], ['Izium', 'Kharkiv']];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Report number i: a clash in a different town on a different day, with its own toll. */
function report(i: number): { title: string; text: string; published: string } {
  const [town, region] = PLACES[i % PLACES.length];
  const day = new Date(Date.UTC(2023, 0, 2) + i * 86_400_000 * 3);
  const title = `Fighting near ${town} leaves ${3 + (i % 9)} soldiers dead`;
  const text = `${title}\n\nUkrainian and Russian troops fought near ${town} in ${region} region on ${WEEKDAYS[(day.getUTCDay() + 6) % 7]}, ` +
    `and ${3 + (i % 9)} Ukrainian soldiers were killed, the regional governor said.\n\nThe governor said the fighting went on for several hours before Russian units pulled back.`;
  return { title, text, published: day.toISOString().slice(0, 10) };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function child(argv: string[]) {
  const p = spawn(process.execPath, [BIN, 'watch', ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: number; alert: any }[] = [];
  let buf = '';
  p.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      lines.push({ at: Date.now(), alert: JSON.parse(buf.slice(0, i)) });
      buf = buf.slice(i + 1);
    }
  });
  let err = '';
  p.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => p.on('exit', (c) => r(c)));
  return { p, lines, stderr: () => err, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(fn: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`bench: no ${what} within ${ms / 1000} s`);
    await sleep(20);
  }
}

async function latency(): Promise<void> {
  const n = opt('--items', 30);
  const gap = opt('--gap', 3) * 1000;
  const site = await new FeedServer().start();
  site.setFeed('/feed.xml', 'Front Line Wire', []);
  const w = child(['--db', join(tempDir('fogwatch-bench-watch-'), 'db'), '--feed', site.url('/feed.xml'), '--interval', '1', '--allow-private']);
  await until(() => w.stderr().includes('following 1 feed'), 60_000, 'start');
  await sleep(3000); // the first polls, and the pipeline loaded
  const items: FeedItemSpec[] = [];
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    await sleep(Math.random() * gap);
    const r = report(i);
    const path = `/news/${i}.html`;
    site.setPage(path, r.title, r.published, r.text);
    items.unshift({ guid: `item-${i}`, title: r.title, link: site.url(path), pubDate: new Date(r.published).toUTCString() });
    const t0 = Date.now();
    site.setFeed('/feed.xml', 'Front Line Wire', items.slice(0, 20));
    const url = site.url(path);
    await until(() => w.lines.some((l) => l.alert.article?.url === url), 30_000, `alert for item ${i}`);
    ms.push(w.lines.find((l) => l.alert.article?.url === url)!.at - t0);
    await sleep(gap - (Date.now() - t0) > 0 ? Math.random() * 200 : 0);
  }
  w.p.kill('SIGTERM');
  const code = await w.exited;
  await site.close();
  const s = [...ms].sort((a, b) => a - b);
  console.log(JSON.stringify({ mode: 'latency', items: n, p50_ms: quantile(s, 0.5), p95_ms: quantile(s, 0.95), max_ms: s[s.length - 1], min_ms: s[0], exit: code }));
}

/** utime + stime of a process, in seconds (from /proc). */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

function memory(pid: number): { rssMb: number; peakMb: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function scale(): Promise<void> {
  const nFeeds = opt('--feeds', 500);
  const interval = opt('--interval', 5);
  const seconds = opt('--seconds', 60);
  const sites: FeedServer[] = [];
  for (let i = 0; i < nFeeds; i++) {
    const s = await new FeedServer().start();
    // One item with its text in the feed (no link): taken once at the start, then polls only.
    s.setFeed('/feed.xml', `Feed ${i}`, [{ guid: `f${i}-1`, title: `Feed ${i} bulletin`, link: '', pubDate: new Date(Date.UTC(2023, 0, 1)).toUTCString(), description: report(i).text.split('\n\n').slice(1).join('\n\n') }]);
    sites.push(s);
  }
  const dir = tempDir('fogwatch-bench-scale-');
  const file = join(dir, 'feeds.txt');
  writeFileSync(file, sites.map((s) => s.url('/feed.xml')).join('\n') + '\n');
  const t0 = Date.now();
  const w = child(['--db', join(dir, 'db'), '--feeds', file, '--interval', String(interval), '--allow-private']);
  const pid = w.p.pid!;
  const taken = () => sites.filter((s) => s.hits('/feed.xml').length >= 2).length;
  await until(() => taken() === nFeeds, 600_000, 'second poll of every feed');
  const warm = (Date.now() - t0) / 1000;
  const cpu0 = cpuSeconds(pid);
  const polls0 = sites.reduce((a, s) => a + s.hits('/feed.xml').length, 0);
  const start = Date.now();
  let rssMax = 0;
  while (Date.now() - start < seconds * 1000) {
    await sleep(1000);
    rssMax = Math.max(rssMax, memory(pid).rssMb);
  }
  const wall = (Date.now() - start) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  const polls = sites.reduce((a, s) => a + s.hits('/feed.xml').length, 0) - polls0;
  const notModified = sites.reduce((a, s) => a + s.hits('/feed.xml').filter((r) => r.status === 304).length, 0);
  const mem = memory(pid);
  w.p.kill('SIGTERM');
  const code = await w.exited;
  for (const s of sites) await s.close();
  console.log(JSON.stringify({
    mode: 'scale', feeds: nFeeds, interval_s: interval, warmup_s: Math.round(warm), measured_s: Math.round(wall), polls, polls_per_s: Math.round(polls / wall),
    cpu_percent_of_one_core: Math.round((cpu / wall) * 1000) / 10, cpu_ms_per_poll: Math.round((cpu * 1000 / polls) * 100) / 100,
    rss_mb_max: rssMax, rss_peak_mb: mem.peakMb, not_modified_total: notModified, alerts: w.lines.length, exit: code,
  }));
}

if (mode === 'latency') await latency();
else if (mode === 'scale') await scale();
else {
  process.stderr.write('usage: bench/watch.ts latency|scale [options] (see the header of bench/watch.ts)\n');
  process.exit(2);
}
