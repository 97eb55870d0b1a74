/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core) against `serve`
 * on a loopback port. WebGL comes from SwiftShader; the tests assert that MapLibre drew the
 * event circles (queryRenderedFeatures), not only that the data reached the page.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestExamples } from '../src/serve/examples.ts';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import type { EventListResponse } from '../src/serve/api-types.ts';
import { open } from '../src/store/index.ts';
import type { Store } from '../src/store/types.ts';
import { buildDashboard, CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM } from './dashboard-helpers.ts';
import { ROOT, tempDir } from './helpers.ts';
import { fixtureServer, hostileArticle, type TestServer } from './serve-fixtures.ts';
import { article, claim, event } from './store-fixtures.ts';

const SHOTS = join(ROOT, 'test-results');
const skip = !HAVE_CHROMIUM && 'no chromium at /usr/bin/chromium (.ci/run installs it)';

let browser: Browser;

before(async () => {
  if (!HAVE_CHROMIUM) return;
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

/** A page that records CSP violations, page errors and any request that leaves the server. */
async function watchedPage(base: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to ${u}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp = [...((window as any).__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  return { page, problems };
}

async function mapDrew(page: Page): Promise<number> {
  await page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
  // A string, not a function: tsx would wrap named arrow functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const map = window.__fogwatchMap;
    const count = () => map.queryRenderedFeatures(undefined, { layers: ['events'] }).length;
    if (map.loaded() && count() > 0) return resolve(count());
    map.once('idle', () => resolve(count()));
    setTimeout(() => resolve(count()), 20000);
  })`) as Promise<number>;
}

describe('dashboard on hand-built events', { skip }, () => {
  let t: TestServer;
  before(async () => {
    t = await fixtureServer({ staticDir: await buildDashboard() });
  });
  after(() => t?.close());

  test('map, timeline and list show the events; the event page compares both sides with quotes', async () => {
    const { page, problems } = await watchedPage(t.base);
    await page.goto(t.base + '/');
    await page.waitForSelector('body[data-view="overview"]', { timeout: 60_000 });
    assert.equal(await page.getAttribute('#map', 'data-points'), '2');
    assert.ok((await mapDrew(page)) >= 1, 'MapLibre drew no event circle');
    const labels = await page.$$eval('.map-label', (els) => els.map((e) => e.textContent));
    assert.deepEqual(labels.sort(), ['Black Lake', 'Nairobi']);
    assert.equal(await page.getAttribute('#timeline', 'data-bars'), '2');
    assert.equal(await page.locator('#timeline rect.bar').count(), 2);
    assert.equal(await page.locator('tr.event-row').count(), 2);
    await page.screenshot({ path: join(SHOTS, 'dashboard-fixture-overview.png') });

    // The filter form narrows list, map and timeline together, through the URL hash.
    await page.fill('input[name="country"]', 'KEN');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('country=KEN') && document.body.dataset.view === 'overview' && document.querySelectorAll('tr.event-row').length === 1);
    assert.equal(await page.locator('tr.event-row').textContent().then((t) => /Nairobi/.test(t ?? '')), true);
    assert.equal(await page.getAttribute('#map', 'data-points'), '1');
    assert.equal(await page.getAttribute('#timeline', 'data-bars'), '1');
    await page.click('a.reset');
    await page.waitForFunction(() => document.body.dataset.view === 'overview' && document.querySelectorAll('tr.event-row').length === 2);

    await page.locator('tr.event-row', { hasText: 'Black Lake' }).locator('a').click();
    await page.waitForSelector('body[data-view="event"]');
    await page.waitForSelector('.event-articles[data-state="ready"]');
    const claimants = await page.$$eval('tr.claim td.claimant', (els) => els.map((e) => e.textContent));
    assert.ok(claimants.some((c) => c?.startsWith("Armenia's defence ministry")), claimants.join(' | '));
    assert.ok(claimants.some((c) => c?.startsWith("Azerbaijan's defence ministry")), claimants.join(' | '));
    assert.ok(await page.locator('tr.group.contradiction').count() >= 1, 'the disputed Azerbaijani toll is highlighted');
    const quotes = await page.$$eval('.article mark.quote', (els) => els.map((e) => e.textContent));
    for (const q of ['one Armenian soldier was killed', 'seven Azerbaijani soldiers were killed', 'Azerbaijan lost at least 15 soldiers']) assert.ok(quotes.includes(q), q);
    await page.locator('tr.claim', { hasText: 'seven Azerbaijani soldiers' }).locator('button.quote-link').click();
    assert.equal(await page.locator('mark.quote.flash').textContent(), 'seven Azerbaijani soldiers were killed');
    await page.screenshot({ path: join(SHOTS, 'dashboard-fixture-event.png'), fullPage: true });
    assert.deepEqual(await page.evaluate(() => (window as any).__csp ?? []), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an article holding <script> and <img onerror> is shown as text and runs nothing', async () => {
    const { page, problems } = await watchedPage(t.base);
    await page.goto(`${t.base}/#/article/${encodeURIComponent(hostileArticle.id)}`);
    await page.waitForSelector('body[data-view="article"]');
    const body = await page.locator('.article-body').textContent();
    assert.match(body!, /<script>window\.__pwned = 1<\/script>/);
    assert.match(body!, /<img src=x onerror="window\.__pwned = 2">/);
    assert.equal(await page.locator('.article h3').textContent(), hostileArticle.title);
    assert.match((await page.locator('.article .meta').textContent())!, /<img src=x onerror=/);
    assert.equal(await page.locator('.article img, .article script, .article b').count(), 0);
    await page.waitForTimeout(300); // an onerror handler would have fired by now
    assert.equal(await page.evaluate(() => (window as any).__pwned), undefined);
    await page.screenshot({ path: join(SHOTS, 'dashboard-xss.png') });

    // The same through the front door: POST the hostile text, then open it.
    const posted = await fetch(`${t.base}/api/articles?id=test-hostile-posted&title=${encodeURIComponent('<svg onload=window.__pwned=5>')}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: hostileArticle.text });
    assert.equal(posted.status, 201);
    await page.goto(`${t.base}/#/article/test-hostile-posted`);
    await page.waitForFunction(() => document.querySelector('.article')?.getAttribute('data-article-id') === 'test-hostile-posted');
    assert.match((await page.locator('.article-body').textContent())!, /<script>window\.__pwned = 1<\/script>/);
    assert.equal(await page.locator('.article h3').textContent(), '<svg onload=window.__pwned=5>');
    assert.equal(await page.locator('.article img, .article script, .article svg').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as any).__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** A new data folder filled by `fill`, served with the dashboard on a loopback port. */
async function servedStore(prefix: string, fill: (store: Store) => Promise<void>): Promise<{ store: Store; server: RunningServer; base: string }> {
  const store = await open(join(tempDir(prefix), 'db'));
  await fill(store);
  const server = await startServer({ store, port: 0, staticDir: await buildDashboard(), log: () => {} });
  return { store, server, base: server.url.replace(/\/$/, '') };
}

describe('dashboard on the example corpus (the npm start demo)', { skip }, () => {
  let store: Store;
  let server: RunningServer;
  let base: string;
  before(async () => {
    ({ store, server, base } = await servedStore('fogwatch-examples-', async (s) => {
      const sum = await ingestExamples(s);
      assert.equal(sum.failed, 0, sum.errors.join('\n'));
    }));
  });
  after(async () => {
    await server?.close();
    await store?.close();
  });

  test('the map shows the example events, the timeline has bars, the November 2021 clash shows both sides with quotes', async () => {
    const all = (await (await fetch(`${base}/api/events?background=exclude&limit=500`)).json()) as EventListResponse;
    const located = all.events.filter((e) => e.location?.latitude != null && e.location?.longitude != null);
    assert.ok(located.length >= 5, `only ${located.length} located events from the examples`);

    const { page, problems } = await watchedPage(base);
    await page.goto(base + '/');
    await page.waitForSelector('body[data-view="overview"]', { timeout: 60_000 });
    assert.equal(Number(await page.getAttribute('#map', 'data-points')), located.length);
    assert.ok((await mapDrew(page)) >= 1, 'MapLibre drew no event circle');
    assert.ok(Number(await page.getAttribute('#timeline', 'data-bars')) >= 5);
    await page.screenshot({ path: join(SHOTS, 'dashboard-overview.png') });

    // The 16 November 2021 clash: the fighting on that day with the most reports, then the most claims.
    const day = (await (await fetch(`${base}/api/events?since=2021-11-16&until=2021-11-16&sort=articles_desc`)).json()) as EventListResponse;
    const clash = day.events
      .filter((e) => e.eventType === 'Battles' || e.eventType === 'Explosions/Remote violence')
      .sort((a, b) => b.articles.length - a.articles.length || b.claims.length - a.claims.length)[0];
    assert.ok(clash, `no fighting found on 16 November 2021: ${day.events.map((e) => e.subEventType).join(', ')}`);
    assert.ok(clash.articles.length >= 2, `the clash has ${clash.articles.length} report(s)`);
    await page.goto(`${base}/#/event/${encodeURIComponent(clash.id)}`);
    await page.waitForSelector('body[data-view="event"]');
    await page.waitForSelector('.event-articles[data-state="ready"]');
    const parties = await page.$$eval('tr.claim', (rows) => rows.map((r) => r.getAttribute('data-party') ?? ''));
    assert.ok(parties.some((p) => /armenia/i.test(p)), `no claim about Armenian losses: ${parties.join(' | ')}`);
    assert.ok(parties.some((p) => /azerbaijan/i.test(p)), `no claim about Azerbaijani losses: ${parties.join(' | ')}`);
    const claimants = await page.$$eval('tr.claim td.claimant', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(claimants.some((c) => /armenia|yerevan/i.test(c)) && claimants.some((c) => /azerbaijan|baku/i.test(c)), claimants.join(' | '));
    assert.ok(await page.locator('.article mark.quote').count() >= 2, 'the quotes are highlighted in their articles');
    await page.screenshot({ path: join(SHOTS, 'dashboard-event-2021-11.png'), fullPage: true });
    assert.deepEqual(await page.evaluate(() => (window as any).__csp ?? []), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('dashboard on more events than the list shows', { skip }, () => {
  let store: Store;
  let server: RunningServer;
  let base: string;
  // 540 events on a grid of towns 0.5° apart over the Sahel (several to a 4° cell), each its own report.
  const N = 540;
  before(async () => {
    const items = Array.from({ length: N }, (_, i) => {
      const lat = 10 + Math.floor(i / 36) * 0.5, lon = -5 + (i % 36) * 0.5;
      const name = `Village ${i}`;
      return {
        article: article(`many-${i}`, `Gunmen attacked ${name} on Sunday and killed ${1 + (i % 5)} herders, a local official said.`, { published: '2024-03-04' }),
        events: [event({
          eventType: 'Violence against civilians', subEventType: 'Attack', date: { start: '2024-03-03', end: '2024-03-03', precision: 1 },
          location: { name, admin1: null, country: 'Mali', iso3: 'MLI', latitude: lat, longitude: lon, precision: 1 }, fatalities: 1 + (i % 5),
          claims: [claim(`killed ${1 + (i % 5)} herders`, { low: 1 + (i % 5), high: 1 + (i % 5) })],
        })],
      };
    });
    ({ store, server, base } = await servedStore('fogwatch-many-', async (s) => { await s.ingestArticles(items); }));
  });
  after(async () => {
    await server?.close();
    await store?.close();
  });

  test('the map draws cells aggregated by /api/summary at its zoom, not the first page of events', async () => {
    const { page, problems } = await watchedPage(base);
    const asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/summary')) asked.push(r.url()); });
    await page.goto(base + '/');
    await page.waitForSelector('body[data-view="overview"]', { timeout: 60_000 });
    await page.waitForSelector('#map[data-source="summary"]', { timeout: 60_000 });
    assert.ok(asked.length >= 1 && /zoom=\d+/.test(asked[0]!) && /bbox=/.test(asked[0]!), asked.join(' '));
    // Every located event is counted, in fewer points than events: cells hold several.
    const stored = (await store.stats()).events;
    assert.ok(stored > 500, `${stored} events stored`);
    assert.equal(Number(await page.getAttribute('#map', 'data-events')), stored);
    const points = Number(await page.getAttribute('#map', 'data-points'));
    assert.ok(points >= 1 && points < stored / 4, `${points} points`);
    const drawn = await mapDrew(page);
    assert.ok(drawn >= 1 && drawn <= points, `MapLibre drew ${drawn} circles for ${points} cells`);
    const counts = await page.evaluate(`window.__fogwatchMap.queryRenderedFeatures(undefined, { layers: ['events'] }).map((f) => f.properties.events)`) as number[];
    assert.ok(counts.some((n) => n > 1), `no drawn circle aggregates several events: ${counts.join(',')}`);
    // The list still pages the events themselves.
    assert.equal(await page.locator('tr.event-row').count(), 500);
    assert.equal(await page.locator('button.more').count(), 1);
    // Zooming in asks again, at a finer zoom.
    const before = asked.length;
    await page.evaluate(`window.__fogwatchMap.jumpTo({ center: [3, 12], zoom: 5 })`);
    for (let i = 0; i < 200 && asked.length <= before; i++) await page.waitForTimeout(100);
    assert.ok(asked.length > before, 'no new summary for the new view');
    assert.match(asked[asked.length - 1]!, /zoom=7/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
