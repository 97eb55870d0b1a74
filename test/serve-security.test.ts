import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ServeConfigError, startServer } from '../src/serve/server.ts';
import { fixtureServer, type TestServer } from './serve-fixtures.ts';
import { tempDir } from './helpers.ts';

/** A request sent as written: no URL normalization (fetch would resolve `..`), any Host header. */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers, setHost: !('Host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const EXPECTED_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /default-src 'self'.*script-src 'self'.*worker-src 'self'.*object-src 'none'.*frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^no-referrer$/,
};

describe('security headers', () => {
  let t: TestServer;
  let dist: string;
  before(async () => {
    dist = tempDir('fogwatch-dist-');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
    t = await fixtureServer({ staticDir: dist });
  });
  after(() => t.close());

  test('every kind of response carries CSP (no inline script), nosniff, frame and referrer headers', async () => {
    const paths = ['/', '/index.html', '/missing.js', '/api/events', '/api/events?since=bad', '/api/events/none', '/api/stats', '/api/openapi.json'];
    for (const p of paths) {
      const r = await raw(t.base, p);
      for (const [name, re] of Object.entries(EXPECTED_HEADERS)) assert.match(String(r.headers[name]), re, `${p}: ${name}`);
      assert.doesNotMatch(String(r.headers['content-security-policy']), /unsafe-inline|unsafe-eval|\*/, p);
    }
    const post = await raw(t.base, '/api/articles', { 'Content-Type': 'application/xml' }, 'POST', '<x/>');
    assert.equal(post.status, 415);
    for (const [name, re] of Object.entries(EXPECTED_HEADERS)) assert.match(String(post.headers[name]), re, name);
    assert.equal((await raw(t.base, '/api/events')).headers['cache-control'], 'no-store');
  });
});

describe('token', () => {
  const TOKEN = 'test-token-0123456789';
  let t: TestServer;
  before(async () => {
    t = await fixtureServer({ token: TOKEN });
  });
  after(() => t.close());

  test('when set, every API request needs it: none or a wrong one is a 401', async () => {
    for (const p of ['/api/events', '/api/stats', '/api/events/x', '/api/articles/test-clash-baku', '/api/openapi.json']) {
      const none = await fetch(t.base + p);
      assert.equal(none.status, 401, p);
      for (const [name, re] of Object.entries(EXPECTED_HEADERS)) assert.match(none.headers.get(name) ?? '', re, `${p}: ${name}`);
      assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
      assert.match(((await none.json()) as any).error.message, /needs a token/);
      const wrong = await fetch(t.base + p, { headers: { Authorization: 'Bearer not-the-token-at-all' } });
      assert.equal(wrong.status, 401, p);
      assert.match(((await wrong.json()) as any).error.message, /wrong token/);
    }
    const postNone = await fetch(t.base + '/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Two soldiers were killed.' });
    assert.equal(postNone.status, 401);
  });

  test('the right token works as a Bearer header or X-Fogwatch-Token', async () => {
    assert.equal((await fetch(t.base + '/api/events', { headers: { Authorization: `Bearer ${TOKEN}` } })).status, 200);
    assert.equal((await fetch(t.base + '/api/stats', { headers: { 'X-Fogwatch-Token': TOKEN } })).status, 200);
    const r = await fetch(t.base + '/api/articles?id=test-token-post', { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, body: 'Two soldiers were killed near Goris on Monday, the ministry said.' });
    assert.equal(r.status, 201);
  });
});

describe('where requests may come from', () => {
  let t: TestServer;
  before(async () => {
    t = await fixtureServer();
  });
  after(() => t.close());

  test('a write from a page of another origin is refused; the same origin and no origin are not', async () => {
    const evil = await raw(t.base, '/api/articles', { 'Content-Type': 'text/plain', Origin: 'http://evil.example' }, 'POST', 'Two soldiers were killed.');
    assert.equal(evil.status, 403);
    assert.match(JSON.parse(evil.body).error.message, /another origin/);
    const same = await raw(t.base, '/api/articles?id=test-origin-same', { 'Content-Type': 'text/plain', Origin: t.base }, 'POST', 'Two soldiers were killed near Goris on Monday.');
    assert.equal(same.status, 201, same.body);
    const none = await raw(t.base, '/api/articles?id=test-origin-none', { 'Content-Type': 'text/plain' }, 'POST', 'Three soldiers were wounded near Goris on Monday.');
    assert.equal(none.status, 201, none.body);
  });

  test('on loopback, a Host header that is not loopback (DNS rebinding) is refused', async () => {
    const port = new URL(t.base).port;
    for (const host of ['evil.example', `evil.example:${port}`, '10.0.0.5']) {
      const r = await raw(t.base, '/api/events', { Host: host });
      assert.equal(r.status, 403, host);
      assert.match(JSON.parse(r.body).error.message, /not this loopback server/);
      for (const [name, re] of Object.entries(EXPECTED_HEADERS)) assert.match(String(r.headers[name]), re, `${host}: ${name}`);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) assert.equal((await raw(t.base, '/api/events', { Host: host })).status, 200, host);
  });

  test('serving beyond loopback without a token, or with a short one, is refused before listening', async () => {
    await assert.rejects(startServer({ store: t.store, host: '0.0.0.0', port: 0, staticDir: null }), (e: unknown) => e instanceof ServeConfigError && /needs a token/.test((e as Error).message));
    await assert.rejects(startServer({ store: t.store, host: '127.0.0.1', port: 0, token: 'short', staticDir: null }), /too short/);
  });
});

describe('static files', () => {
  let t: TestServer;
  let root: string;
  before(async () => {
    root = tempDir('fogwatch-static-');
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'SECRET-OUTSIDE');
    symlinkSync(join(root, 'secret.txt'), join(dist, 'assets', 'link.txt'));
    t = await fixtureServer({ staticDir: dist }, false);
  });
  after(() => t.close());

  test('build files are served with their type; paths without an extension get the page', async () => {
    const js = await raw(t.base, '/assets/app-123.js');
    assert.equal(js.status, 200);
    assert.match(String(js.headers['content-type']), /text\/javascript/);
    assert.match(String(js.headers['cache-control']), /immutable/);
    assert.match((await raw(t.base, '/')).body, /dashboard/);
    assert.match((await raw(t.base, '/event/abc')).body, /dashboard/);
    assert.equal((await raw(t.base, '/nothing.css')).status, 404);
  });

  test('no path reaches a file outside the build folder', async () => {
    const attempts = [
      '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%5c..%5csecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt', '/%252e%252e/secret.txt', '//secret.txt', '/assets/link.txt',
      '/assets/app-123.js%00.txt', '/%c0%ae%c0%ae/secret.txt', '/' + '../'.repeat(12) + 'etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    ];
    for (const p of attempts) {
      const r = await raw(t.base, p);
      assert.doesNotMatch(r.body, /SECRET-OUTSIDE|root:x:0:0/, p);
      assert.ok(r.status === 404 || (r.status === 200 && /dashboard/.test(r.body)), `${p}: ${r.status}`);
    }
  });
});

describe('SQL injection through every filter', () => {
  let t: TestServer;
  before(async () => {
    t = await fixtureServer();
  });
  after(() => t.close());

  const PAYLOADS = [
    "' OR '1'='1", "'; DROP TABLE events; --", "Armenia' or 'x' ilike 'x", "Kenya') or ('a' ilike 'a", "ARM' --",
    '1; DELETE FROM articles', "x' UNION SELECT id, body FROM articles --", '%', '_', '\\', "$1", "'' ; select pg_sleep(5); --",
  ];
  const PARAMS = ['since', 'until', 'country', 'type', 'subType', 'q', 'background', 'sort', 'limit', 'cursor', 'rule'];

  test('each payload in each parameter is refused (400) or matches nothing; never a 500, and the data stays whole', async () => {
    const before = await t.store.stats();
    for (const param of PARAMS) {
      for (const payload of PAYLOADS) {
        const r = await fetch(`${t.base}/api/events?${param}=${encodeURIComponent(payload)}`);
        const body = (await r.json()) as any;
        assert.ok(r.status === 400 || r.status === 200, `${param}=${payload}: ${r.status} ${JSON.stringify(body)}`);
        // Text filters see the payload as words, which match no event; a wildcard is a plain character too.
        if (r.status === 200) assert.equal(body.events.length, 0, `${param}=${payload} matched ${body.events.length} events`);
      }
    }
    for (const payload of PAYLOADS) {
      for (const path of [`/api/events/${encodeURIComponent(payload)}`, `/api/articles/${encodeURIComponent(payload)}`]) {
        const r = await fetch(t.base + path);
        assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`);
      }
      const s = await fetch(`${t.base}/api/stats?country=${encodeURIComponent(payload)}`);
      assert.ok(s.status === 400 || s.status === 200, `stats country=${payload}: ${s.status}`);
    }
    assert.deepEqual(await t.store.stats(), before);
    assert.equal(((await (await fetch(`${t.base}/api/events`)).json()) as any).events.length, 2);
  });
});
