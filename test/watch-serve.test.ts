/**
 * Watching and serving in one process (what `serve --watch` runs): GET /api/stream pushes new and
 * changed events, GET /api/feeds shows each source's health, GET /api/events?updatedSince= gives
 * what changed, all in the OpenAPI document; in a real browser, a new event appears on an open
 * dashboard, a revised toll is highlighted on an open event page, and the sources page shows the feed.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import type { EventListResponse, FeedListResponse } from '../src/serve/api-types.ts';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import { open } from '../src/store/index.ts';
import type { Store } from '../src/store/types.ts';
import { LiveHub } from '../src/watch/hub.ts';
import { serializedWrites } from '../src/watch/serialize.ts';
import { Watcher } from '../src/watch/watcher.ts';
import { buildDashboard, CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM } from './dashboard-helpers.ts';
import { tempDir } from './helpers.ts';
import { FeedServer, fixtureText, until } from './watch-feed-server.ts';

const first = fixtureText('clash-first.txt');
const update = fixtureText('clash-update.txt');
const shelling = fixtureText('shelling-statement.txt');

/** Reads a text/event-stream response into messages as they come. */
function sseReader(res: Response) {
  const got: { event: string; id: string | null; data: any }[] = [];
  const done = (async () => {
    let buf = '';
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      let at;
      while ((at = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, at);
        buf = buf.slice(at + 2);
        const field = (k: string) => block.split('\n').filter((l) => l.startsWith(k + ': ')).map((l) => l.slice(k.length + 2));
        if (field('data').length) got.push({ event: field('event')[0] ?? 'message', id: field('id')[0] ?? null, data: JSON.parse(field('data').join('\n')) });
      }
    }
  })().catch(() => {});
  return { got, done };
}


describe('serve --watch: stream, feeds, updatedSince, dashboard', () => {
  let site: FeedServer;
  let store: Store;
  let server: RunningServer;
  let watcher: Watcher;
  let base: string;
  const startedAt = new Date().toISOString();

  before(async () => {
    site = await new FeedServer().start();
    site.setFeed('/feed.xml', 'Border Monitor', []);
    store = serializedWrites(await open(join(tempDir('fogwatch-live-'), 'db')));
    const hub = new LiveHub();
    watcher = new Watcher({ store, read: { fetch: { allowPrivate: true } }, gate: { rate: 50, burst: 50 }, log: () => {},
      onChange: (a) => hub.publish({ kind: a.kind, reasons: a.reasons, event: a.event, feed: a.feed }) });
    await watcher.start([{ url: site.url('/feed.xml'), intervalS: 0.3, kind: 'auto' }]);
    server = await startServer({ store, port: 0, staticDir: HAVE_CHROMIUM ? await buildDashboard() : null, log: () => {},
      live: { hub, feeds: async () => { await watcher.flush(); return store.feeds.health(); } } });
    base = server.url.replace(/\/$/, '');
  });
  after(async () => {
    await server?.close();
    await watcher?.stop();
    await store?.close();
    await site?.close();
  });

  const publish = (items: [string, { title: string; text: string }, string][]) => {
    for (const [path, a, date] of items) site.setPage(path, a.title, date, a.text);
    site.setFeed('/feed.xml', 'Border Monitor', items.map(([path, a, date]) => ({ guid: path, title: a.title, link: site.url(path), pubDate: new Date(date).toUTCString() })));
  };

  test('GET /api/stream sends hello, then the new event', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/stream`, { signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.ok(res.headers.get('content-security-policy'), 'the security headers are on the stream too');
    const sse = sseReader(res);
    await until('hello', () => sse.got[0]);
    assert.deepEqual([sse.got[0].event, sse.got[0].data.watching], ['hello', true]);
    assert.equal((await (await fetch(`${base}/api/stats`)).json()).events, 0);
    publish([['/a/clash.html', first, '2021-11-16T16:00:00+04:00']]);
    const m = await until('a new Armed clash', () => sse.got.find((x) => x.event === 'new' && x.data.event.subEventType === 'Armed clash'));
    assert.equal(m.data.kind, 'new');
    assert.match(m.id!, /^[0-9a-f]{8}-\d+$/);
    controller.abort();
    await sse.done;
  });

  test('GET /api/feeds: the feed\'s health; GET /api/events?updatedSince=', async () => {
    // The stats cached before the watcher stored the event are not served after it.
    assert.ok((await (await fetch(`${base}/api/stats`)).json()).events >= 1);
    const feeds = (await (await fetch(`${base}/api/feeds`)).json()) as FeedListResponse;
    assert.equal(feeds.watching, true);
    assert.equal(feeds.feeds.length, 1);
    const f = feeds.feeds[0];
    assert.equal(f.url, site.url('/feed.xml'));
    assert.equal(f.kind, 'RSS 2.0');
    assert.equal(f.errors, 0);
    assert.equal(f.itemsStored, 1);
    assert.ok(f.lastSuccess && f.lastPoll);
    const since = (await (await fetch(`${base}/api/events?updatedSince=${encodeURIComponent(startedAt)}`)).json()) as EventListResponse;
    assert.ok(since.events.some((e) => e.subEventType === 'Armed clash'));
    const later = (await (await fetch(`${base}/api/events?updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).json()) as EventListResponse;
    assert.deepEqual(later.events, []);
    const bad = await fetch(`${base}/api/events?updatedSince=yesterday`);
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /updatedSince/);
    assert.equal((await fetch(`${base}/api/stream`, { method: 'POST', headers: { Origin: base } })).status, 405);
    assert.equal((await fetch(`${base}/api/feeds?x=1`)).status, 400);
  });

  test('the OpenAPI document has /api/stream, /api/feeds and updatedSince', async () => {
    const doc = await (await fetch(`${base}/api/openapi.json`)).json();
    assert.ok(doc.paths['/api/stream']?.get);
    assert.ok(doc.paths['/api/feeds']?.get);
    assert.ok(doc.components.schemas.FeedHealth);
    assert.ok(doc.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'updatedSince'));
  });

  test('in a browser: a new event appears on the open dashboard, a revised toll is highlighted, the sources page shows the feed', { skip: !HAVE_CHROMIUM && 'no chromium' }, async () => {
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(base + '/');
      await page.waitForSelector('body[data-view="overview"]', { timeout: 60_000 });
      await page.waitForSelector('#live[data-state="live"]');
      const rows = await page.locator('tr.event-row').count();
      publish([['/a/kupiansk.html', shelling, '2022-09-21T12:00:00+03:00'], ['/a/clash.html', first, '2021-11-16T16:00:00+04:00']]);
      await page.waitForSelector('tr.event-row.live-new', { timeout: 30_000 });
      assert.ok(await page.locator('tr.event-row.live-new', { hasText: /Shelling/ }).count() >= 1, 'the new shelling event appeared');
      assert.ok((await page.locator('tr.event-row').count()) > rows);

      const clash = ((await (await fetch(`${base}/api/events?subType=${encodeURIComponent('Armed clash')}`)).json()) as EventListResponse).events.find((e) => e.articles.length === 1)!;
      await page.goto(`${base}/#/event/${encodeURIComponent(clash.id)}`);
      await page.waitForSelector('body[data-view="event"]');
      publish([['/a/update.html', update, '2021-11-17T10:00:00+04:00'], ['/a/kupiansk.html', shelling, '2022-09-21T12:00:00+03:00'], ['/a/clash.html', first, '2021-11-16T16:00:00+04:00']]);
      await page.waitForSelector('table.totals td.figure-changed', { timeout: 30_000 });
      await page.screenshot({ path: join(tempDir('fogwatch-shots-'), 'live-event.png') });

      await page.goto(`${base}/#/sources`);
      await page.waitForSelector('body[data-view="sources"]');
      assert.equal(await page.getAttribute('table.feeds tr.feed', 'data-state'), 'ok');
      assert.equal(await page.locator('table.feeds tr.feed td.items').textContent(), '3');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
});
