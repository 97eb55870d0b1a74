/**
 * The watcher against a news site on loopback that publishes over time: a new report, then a
 * revised toll; a feed that errors, a slow feed, a 304, robots.txt, a JSON Feed without links, a
 * plain page that changes. Alerts appear once; a watcher started again on the same database
 * repeats none.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { open } from '../src/store/index.ts';
import type { Store } from '../src/store/types.ts';
import type { Alert, FeedSpec } from '../src/watch/types.ts';
import { Watcher } from '../src/watch/watcher.ts';
import { tempDir } from './helpers.ts';
import { FeedServer, fixtureText, until } from './watch-feed-server.ts';


const first = fixtureText('clash-first.txt');
const update = fixtureText('clash-update.txt');

describe('watching a site that publishes over time', () => {
  let site: FeedServer;
  let store: Store;
  let dir: string;
  const alerts: Alert[] = [];
  const logs: string[] = [];
  let watcher: Watcher;
  const spec = (path: string, intervalS = 0.3, kind: FeedSpec['kind'] = 'auto'): FeedSpec => ({ url: site.url(path), intervalS, kind });
  const feeds = () => [spec('/news.xml'), spec('/broken.xml'), spec('/slow.xml'), spec('/private/feed.xml'), spec('/wire.json'), spec('/statement.html', 0.3, 'page')];
  const start = async () => {
    watcher = new Watcher({
      store, read: { fetch: { allowPrivate: true, timeoutMs: 1500 } }, gate: { rate: 50, burst: 50 }, maxBackoffS: 1,
      onChange: (a) => { if (a.reasons.length) alerts.push(a); }, log: (m) => logs.push(m),
    });
    await watcher.start(feeds());
  };

  before(async () => {
    site = await new FeedServer().start();
    site.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' });
    site.setPage('/articles/clash.html', first.title, '2021-11-16T15:00:00+04:00', first.text);
    site.setFeed('/news.xml', 'Border Monitor', []);
    site.setFeed('/broken.xml', 'Broken', []);
    site.mode('/broken.xml', { status: 500 });
    site.setFeed('/slow.xml', 'Slow', []);
    site.mode('/slow.xml', { delayMs: 4000 });
    site.setFeed('/private/feed.xml', 'Private', []);
    site.set('/wire.json', { type: 'application/feed+json', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Wire', items: [] }) });
    site.set('/statement.html', { body: '<html><head><title>Statements</title></head><body><article><h1>Statements</h1><p>No statement has been issued today by the press office of the ministry.</p></article></body></html>' });
    dir = tempDir('fogwatch-watch-');
    store = await open(join(dir, 'db'));
    await start();
  });
  after(async () => {
    await watcher?.stop();
    await store?.close();
    await site?.close();
  });

  test('a new item linking to a border-clash report: a "new" Armed clash alert', async () => {
    site.setFeed('/news.xml', 'Border Monitor', [{ guid: 'clash-1', title: first.title, link: site.url('/articles/clash.html'), pubDate: 'Tue, 16 Nov 2021 11:00:00 GMT' }]);
    const a = await until('the new alert', () => alerts.find((x) => x.kind === 'new' && x.event.subEventType === 'Armed clash'));
    assert.equal(a.reasons[0].code, 'new_event');
    assert.equal(a.feed, site.url('/news.xml'));
    assert.equal(a.article.url, site.url('/articles/clash.html'));
    assert.ok(a.event.claims.some((c) => c.outcome === 'killed' && c.low === 1), JSON.stringify(a.event.claims));
  });

  test('a revised toll in a follow-up: a "changed" alert with a revised figure and a contradiction', async () => {
    site.setPage('/articles/update.html', update.title, '2021-11-17T10:00:00+04:00', update.text);
    site.setFeed('/news.xml', 'Border Monitor', [
      { guid: 'clash-2', title: update.title, link: site.url('/articles/update.html'), pubDate: 'Wed, 17 Nov 2021 06:00:00 GMT' },
      { guid: 'clash-1', title: first.title, link: site.url('/articles/clash.html'), pubDate: 'Tue, 16 Nov 2021 11:00:00 GMT' },
    ]);
    const a = await until('the changed alert', () => alerts.find((x) => x.kind === 'changed' && x.event.subEventType === 'Armed clash'));
    const codes = a.reasons.map((r) => r.code);
    assert.ok(codes.includes('revised_figure') && codes.includes('new_contradiction'), JSON.stringify(a.reasons));
    assert.ok(a.reasons.some((r) => /killed: 1 → /.test(r.text)), JSON.stringify(a.reasons));
    assert.equal(a.event.articles.length, 2);
    // The linked article was fetched once each, whatever the number of polls.
    assert.equal(site.hits('/articles/clash.html').length, 1);
    assert.equal(site.hits('/articles/update.html').length, 1);
  });

  test('an unchanged feed answers 304 to a conditional request naming fogwatch', async () => {
    await until('a 304', () => site.hits('/news.xml').some((r) => r.status === 304));
    const conditional = site.hits('/news.xml').filter((r) => r.headers['if-none-match']);
    assert.ok(conditional.length > 0);
    assert.match(String(site.hits('/news.xml')[0].headers['user-agent']), /^fogwatch\//);
  });

  test('a failing feed backs off and reports its error; a slow one times out', async () => {
    const broken = await until('broken feed errors', async () => (await watcher.flush(), (await store.feeds.health()).find((f) => f.url === site.url('/broken.xml') && f.errors >= 2)));
    assert.match(broken.lastError!, /HTTP 500/);
    assert.equal(broken.lastSuccess, null);
    const hits = site.hits('/broken.xml').map((r) => r.at);
    // Polled every 0.3 s when healthy; the waits after failures grow (jittered, at least half of 0.3 s × 2^(n-1)).
    if (hits.length >= 3) assert.ok(hits[2] - hits[1] >= 280, `gaps ${hits.slice(1).map((t, i) => t - hits[i]).join(', ')} ms`);
    const slow = await until('slow feed errors', async () => (await watcher.flush(), (await store.feeds.health()).find((f) => f.url === site.url('/slow.xml') && f.errors >= 1)));
    assert.match(slow.lastError!, /timed out/);
  });

  test('robots.txt: a disallowed feed is never fetched', async () => {
    const f = await until('robots refusal', async () => (await watcher.flush(), (await store.feeds.health()).find((x) => x.url === site.url('/private/feed.xml') && x.errors >= 1)));
    assert.match(f.lastError!, /robots\.txt .* disallows \/private\/feed\.xml/);
    assert.equal(site.hits('/private/feed.xml').length, 0);
  });

  test('a JSON Feed item without a link: its own text is the article', async () => {
    site.set('/wire.json', { type: 'application/feed+json', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Wire', items: [
      { id: 'w1', title: 'Gunmen kill four villagers in Ituri', date_published: '2023-03-08T09:00:00Z',
        content_text: 'Gunmen killed four villagers and wounded two in an attack on a village in Ituri province on Tuesday night, a local official said.' },
    ] }) });
    const a = await until('the JSON Feed alert', () => alerts.find((x) => x.feed === site.url('/wire.json')));
    assert.equal(a.kind, 'new');
    assert.equal(a.article.title, 'Gunmen kill four villagers in Ituri');
  });

  test('a plain page that changes is read again', async () => {
    await until('the page read once', async () => (await store.feeds.items(site.url('/statement.html'), [site.url('/statement.html')])).get(site.url('/statement.html'))?.status === 'done');
    const s = fixtureText('shelling-statement.txt');
    site.setPage('/statement.html', s.title, '2022-09-21T12:00:00+03:00', s.text);
    const a = await until('the page alert', () => alerts.find((x) => x.feed === site.url('/statement.html')));
    assert.equal(a.kind, 'new');
    assert.equal(a.article.url, site.url('/statement.html'));
    assert.equal(site.hits('/statement.html').filter((r) => r.status === 200).length >= 2, true);
  });

  test('a watcher started again on the same database repeats no alert and fetches no article again', async () => {
    await watcher.stop();
    const before = alerts.length;
    const pages = site.requests.filter((r) => r.path.startsWith('/articles/')).length;
    const polls = site.hits('/news.xml').length;
    await start();
    await until('a few polls', () => site.hits('/news.xml').length >= polls + 4);
    assert.equal(alerts.length, before, JSON.stringify(alerts.slice(before).map((a) => [a.kind, a.reasons])));
    assert.equal(site.requests.filter((r) => r.path.startsWith('/articles/')).length, pages);
    // The first poll after a start asks without validators (items left pending by a stopped run are seen again).
    assert.equal(site.hits('/news.xml')[polls].headers['if-none-match'], undefined);
  });
});

test('without --allow-private a feed on a private address is refused before any connection', async () => {
  const site = await new FeedServer().start();
  site.setFeed('/feed.xml', 'Local', []);
  const store = await open(join(tempDir('fogwatch-watch-ssrf-'), 'db'));
  const logs: string[] = [];
  const w = new Watcher({ store, onChange: () => {}, log: (m) => logs.push(m) });
  try {
    await w.start([{ url: site.url('/feed.xml'), intervalS: 60, kind: 'auto' }]);
    await until('the refusal', () => logs.find((l) => l.includes(site.url('/feed.xml'))));
    assert.match(logs.join('\n'), /refused to connect to 127\.0\.0\.1: .*pass --allow-private/);
    assert.equal(site.requests.length, 0);
  } finally {
    await w.stop();
    await store.close();
    await site.close();
  }
});
