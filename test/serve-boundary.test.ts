/**
 * The API's boundary (issues 18 and 21): NUL in parameters and bodies, one URL policy, security
 * headers on the answers Node or Hono make alone, slow-header clients closed, the stats cache
 * bounded, forged cursors, the Origin's scheme, and the articles-per-request limit.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/serve/app.ts';
import { checkOrigin } from '../src/serve/security.ts';
import { LruCache } from '../src/serve/stats.ts';
import type { Store } from '../src/store/types.ts';
import { fixtureServer, type TestServer } from './serve-fixtures.ts';

function raw(base: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown> }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const TEXT = 'Gunmen killed four villagers in an overnight raid on a farming settlement, a local official said on Sunday.';

describe('API boundary', () => {
  let t: TestServer;
  before(async () => {
    t = await fixtureServer({ headersTimeoutMs: 1000, requestTimeoutMs: 2000, maxArticles: 5 });
  });
  after(async () => t?.close());

  test('GET /api/events?q=%00 (and NUL in other parameters) is a 400 or a match, never a 500', async () => {
    for (const qs of ['q=%00', 'q=a%00b', 'country=%00', 'cursor=%00', 'q=%01%02%7f', 'since=2021%0011-16']) {
      const res = await fetch(`${t.base}/api/events?${qs}`);
      assert.ok(res.status === 200 || res.status === 400, `${qs}: ${res.status}`);
      const body = await res.json();
      if (res.status === 400) assert.doesNotMatch(body.error.message, /unicode|escape|sql|postgres/i);
    }
  });

  test('POST with \\u0000 in title or text stores the cleaned article and says so', async () => {
    const body = JSON.stringify([{ id: 'nul-1', title: 'Raid\u0000 on a settlement', url: 'https://news.example.org/raid', text: TEXT.replace('four', 'fo\u0000ur') }]);
    const res = await fetch(`${t.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(res.status, 201, await res.clone().text());
    const out = await res.json();
    assert.equal(out.items[0].status, 'new');
    assert.match(out.items[0].warnings.join(' '), /1 in title/);
    const a = await (await fetch(`${t.base}/api/articles/nul-1`)).json();
    assert.equal(a.article.title, 'Raid on a settlement');
    // A query-string default with NUL is cleaned the same way.
    const r2 = await fetch(`${t.base}/api/articles?title=Night%00raid&id=nul-2`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: TEXT });
    assert.equal(r2.status, 201);
    assert.equal((await (await fetch(`${t.base}/api/articles/nul-2`)).json()).article.title, 'Nightraid');
  });

  test('a javascript: URL in the JSON body is not stored (one URL policy)', async () => {
    const body = JSON.stringify({ id: 'js-url', url: 'javascript:alert(1)', text: TEXT });
    const res = await fetch(`${t.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(res.status, 201);
    const a = await (await fetch(`${t.base}/api/articles/js-url`)).json();
    assert.equal(a.article.url, null);
  });

  test('HEAD / without a dashboard build, and 431 for huge headers, carry the security headers', async () => {
    const head = await raw(t.base, '/', 'HEAD');
    assert.equal(head.status, 404);
    assert.match(String(head.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(head.headers['x-content-type-options'], 'nosniff');
    const huge = await raw(t.base, '/api/events?q=' + 'a'.repeat(20_000));
    assert.equal(huge.status, 431);
    assert.match(String(huge.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(huge.headers['x-frame-options'], 'DENY');
  });

  test('a client dripping header lines is disconnected once the header timeout passes', async () => {
    const u = new URL(t.base);
    const sock = connect(Number(u.port), u.hostname);
    let closedAt = 0;
    const started = Date.now();
    const timer = setInterval(() => sock.writable && sock.write(`X-Drip-${Date.now()}: a\r\n`), 100);
    sock.write('GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise<void>((resolve) => {
      sock.on('close', () => {
        closedAt = Date.now();
        resolve();
      });
      sock.on('error', () => {});
      sock.resume();
      setTimeout(resolve, 15_000).unref();
    });
    clearInterval(timer);
    sock.destroy();
    assert.ok(closedAt > 0, 'the dripping connection was still open after 15 s');
    assert.ok(closedAt - started < 10_000, `closed after ${closedAt - started} ms`);
  });

  test('a forged but well-formed cursor is a 400, not a 500', async () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const [cursor, sort] of [[forge(['not a date', 1]), 'date_desc'], [forge(['x', 5]), 'fatalities_desc'], [forge(['2021-11-16', 1e300]), 'date_desc'], [forge(['2021-13-45', 2]), 'date_asc']] as const) {
      const res = await fetch(`${t.base}/api/events?sort=${sort}&cursor=${cursor}`);
      assert.equal(res.status, 400, `${sort} ${cursor}`);
    }
  });

  test('a body with more articles than the limit is refused whole (413), nothing stored', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `many-${i}`, text: `${TEXT} Report ${i}.` }));
    const res = await fetch(`${t.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(items) });
    assert.equal(res.status, 413);
    assert.match((await res.json()).error.message, /6 articles, over the limit of 5/);
    assert.equal((await fetch(`${t.base}/api/articles/many-0`)).status, 404);
  });

  test('a multi-article body answers one item per part, in order, bad ones named', async () => {
    const body = [JSON.stringify({ id: 'multi-a', text: TEXT }), '{broken', JSON.stringify({ id: 'multi-b', text: TEXT + ' Again.' })].join('\n');
    const res = await fetch(`${t.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    assert.equal(res.status, 201);
    const out = await res.json();
    assert.deepEqual(out.items.map((i: { status: string }) => i.status), ['new', 'failed', 'new']);
  });
});

test('the Origin check compares the scheme too', () => {
  assert.doesNotThrow(() => checkOrigin('http://127.0.0.1:8080', 'http://127.0.0.1:8080/api/articles'));
  assert.throws(() => checkOrigin('https://127.0.0.1:8080', 'http://127.0.0.1:8080/api/articles'), /another origin/);
  assert.throws(() => checkOrigin('http://127.0.0.1:8081', 'http://127.0.0.1:8080/api/articles'), /another origin/);
});

test('the stats cache keeps a bounded number of distinct queries', async () => {
  let calls = 0;
  const store = { stats: async () => { calls++; return { events: 0, articles: 0, claims: 0, byType: [], byDay: [], byCountry: [] }; } } as unknown as Store;
  const app = createApp({ store, log: () => {} });
  const get = (q: string) => app.request(`http://127.0.0.1/api/stats?${q}`, { headers: { host: '127.0.0.1' } });
  assert.equal((await get('country=Chad')).status, 200);
  const first = calls;
  await get('country=Chad');
  assert.equal(calls, first, 'a repeated query is answered from the cache');
  const countries = ['Mali', 'Niger', 'Sudan', 'Yemen', 'Iraq', 'Syria', 'Libya', 'Kenya', 'Chile', 'Peru'];
  for (let i = 0; i < 1000; i++) await get(`country=${countries[i % 10]}&since=20${String(10 + (i % 15))}-01-${String(1 + Math.floor(i / 15) % 28).padStart(2, '0')}`);
  const before = calls;
  await get('country=Chad');
  assert.equal(calls, before + 1, 'the oldest query was evicted: the cache does not grow with every distinct query');
  const lru = new LruCache<string, number>(3);
  for (const k of ['a', 'b', 'c']) lru.set(k, 1);
  lru.get('a');
  lru.set('d', 1);
  assert.equal(lru.size, 3);
  assert.equal(lru.get('b'), undefined);
  assert.equal(lru.get('a'), 1);
});
