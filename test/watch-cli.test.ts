/**
 * `fogwatch watch` as a user runs it (the acceptance): a feed on 127.0.0.1 whose new item
 * links to a border-clash report gives a "new" Armed clash alert line within 20 s; SIGTERM ends it
 * with exit code 0 within 10 s; `fogwatch events` lists the event; started again, it alerts nothing
 * for the same item. Also: a feeds file edited while it runs, and usage errors.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, cli, jsonLines, ROOT, tempDir } from './helpers.ts';
import { FeedServer, fixtureText, until } from './watch-feed-server.ts';

interface Running {
  child: ChildProcess;
  lines: any[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: string | null }>;
}

function watch(args: string[], command = 'watch'): Running {
  const child = spawn(process.execPath, [BIN, command, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const r: Running = { child, lines: [], stderr: [], exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))) };
  let buf = '';
  child.stdout!.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      r.lines.push(JSON.parse(buf.slice(0, i)));
      buf = buf.slice(i + 1);
    }
  });
  child.stderr!.on('data', (d) => r.stderr.push(String(d)));
  return r;
}


async function stop(r: Running): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  r.child.kill('SIGTERM');
  const timer = setTimeout(() => r.child.kill('SIGKILL'), 15_000);
  const { code } = await r.exited;
  clearTimeout(timer);
  return { code, ms: Date.now() - t0 };
}

describe('fogwatch watch (acceptance)', () => {
  let site: FeedServer;
  let dir: string;
  const report = fixtureText('clash-first.txt');
  before(async () => {
    site = await new FeedServer().start();
    site.setFeed('/feed.xml', 'Border Monitor', []);
    site.setPage('/2021/11/16/border-clash.html', report.title, '2021-11-16T16:00:00+04:00', report.text);
    dir = tempDir('fogwatch-watch-cli-');
  });
  after(() => site?.close());

  test('a new item → a "new" Armed clash alert within 20 s; SIGTERM → exit 0 within 10 s; events lists it; a restart repeats nothing', async () => {
    const db = join(dir, 'db');
    const args = ['--db', db, '--feed', site.url('/feed.xml'), '--interval', '1', '--allow-private'];
    const w = watch(args);
    try {
      await until('start', () => w.stderr.join('').includes('following 1 feed'), 60_000);
      const published = Date.now();
      site.setFeed('/feed.xml', 'Border Monitor', [{ guid: 'bm-2021-11-16-clash', title: report.title, link: site.url('/2021/11/16/border-clash.html'), pubDate: 'Tue, 16 Nov 2021 12:00:00 GMT' }]);
      const alert = await until('"new" Armed clash alert', () => w.lines.find((l) => l.kind === 'new' && l.event.subEventType === 'Armed clash'), 20_000);
      assert.ok(Date.now() - published < 20_000);
      assert.equal(alert.event.eventType, 'Battles');
      assert.ok(Array.isArray(alert.reasons) && alert.reasons.length > 0);
      assert.equal(typeof alert.event.updatedAt, 'string');
    } finally {
      const { code, ms } = await stop(w);
      assert.equal(code, 0, w.stderr.join(''));
      assert.ok(ms < 10_000, `stopped in ${ms} ms`);
    }
    const events = cli(['events', '--db', db]);
    assert.equal(events.code, 0, events.stderr);
    const clash = jsonLines(events.stdout).find((e) => e.subEventType === 'Armed clash');
    assert.ok(clash, events.stdout.slice(0, 500));
    assert.ok(clash.claims.some((c: any) => c.outcome === 'killed'));

    const again = watch(args);
    const polls = site.hits('/feed.xml').length;
    try {
      await until('polls after the restart', () => site.hits('/feed.xml').length >= polls + 3, 30_000);
      assert.deepEqual(again.lines, []);
      assert.equal(site.hits('/2021/11/16/border-clash.html').length, 1);
    } finally {
      assert.equal((await stop(again)).code, 0, again.stderr.join(''));
    }
  });

  test('a feeds file edited while watching: the added feed is followed', async () => {
    const file = join(dir, 'feeds.txt');
    site.setFeed('/quiet.xml', 'Quiet', []);
    site.setFeed('/added.xml', 'Added', []);
    writeFileSync(file, `# feeds\n${site.url('/quiet.xml')} 1\n`);
    const w = watch(['--db', join(dir, 'db2'), '--feeds', file, '--allow-private']);
    try {
      await until('start', () => w.stderr.join('').includes('following 1 feed'), 60_000);
      const s = fixtureText('shelling-statement.txt');
      site.setPage('/kupiansk.html', s.title, '2022-09-21T12:00:00+03:00', s.text);
      site.setFeed('/added.xml', 'Added', [{ guid: 'k1', title: s.title, link: site.url('/kupiansk.html'), pubDate: 'Wed, 21 Sep 2022 09:00:00 GMT' }]);
      writeFileSync(file, `# feeds\n${site.url('/quiet.xml')} 1\n${site.url('/added.xml')} 1\n`);
      const alert = await until('an alert from the added feed', () => w.lines.find((l) => l.feed === site.url('/added.xml')), 20_000);
      assert.equal(alert.kind, 'new');
      assert.match(w.stderr.join(''), /changed: following 2 feeds/);
    } finally {
      assert.equal((await stop(w)).code, 0);
    }
  });

  test('serve --watch: alerts on stdout, the feed in /api/feeds, SIGTERM → exit 0', async () => {
    site.setFeed('/served.xml', 'Served', []);
    const w = watch(['--watch', '--db', join(dir, 'db3'), '--port', '0', '--feed', site.url('/served.xml'), '--interval', '1', '--allow-private', '--dashboard', dir], 'serve');
    try {
      const url = (await until('the serving line', () => /serving .* at (http:\/\/\S+)/.exec(w.stderr.join('')), 60_000))[1];
      site.setFeed('/served.xml', 'Served', [{ guid: 's1', title: report.title, link: site.url('/2021/11/16/border-clash.html'), pubDate: 'Tue, 16 Nov 2021 12:00:00 GMT' }]);
      await until('an alert', () => w.lines.find((l) => l.kind === 'new'), 20_000);
      const feeds = await (await fetch(`${url}api/feeds`)).json();
      assert.equal(feeds.watching, true);
      assert.equal(feeds.feeds[0].url, site.url('/served.xml'));
    } finally {
      assert.equal((await stop(w)).code, 0, w.stderr.join(''));
    }
  });

  test('serve without --watch refuses watch options (exit 2)', () => {
    const r = cli(['serve', '--db', join(dir, 'db-usage'), '--feed', site.url('/feed.xml')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /need --watch/);
  });

  const usage: [string, string[], Record<string, string>, RegExp][] = [
    ['nothing to watch', [], {}, /nothing to watch/],
    ['a bad alert rule', ['--feed', 'http://127.0.0.1:9/f', '--alert', 'type=Battle'], {}, /unknown type "Battle"/],
    ['a webhook without a secret', ['--feed', 'http://127.0.0.1:9/f', '--webhook', 'http://127.0.0.1:9/hook'], { FOGWATCH_WEBHOOK_SECRET: '' }, /FOGWATCH_WEBHOOK_SECRET/],
    ['a feed that is not http', ['--feed', 'file:///etc/passwd'], {}, /only http and https/],
    ['a feeds file that is missing', ['--feeds', '/nonexistent/feeds.txt'], {}, /no such file/],
  ];
  for (const [name, args, env, re] of usage) {
    test(`usage error: ${name} (exit 2)`, () => {
      const r = cli(['watch', '--db', join(dir, 'db-usage'), ...args], undefined, env);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, re);
    });
  }
});
