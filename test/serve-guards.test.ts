import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { errorResponse } from '../src/serve/errors.ts';
import { hostGuard, noStore, originGuard, securityHeaders, tokenGuard } from '../src/serve/guards.ts';
import { loggablePath, requestLog } from '../src/serve/request-log.ts';
import { fixtureServer, type TestServer } from './serve-fixtures.ts';

/** A bare app with one guard in front of one route, errors answered as the real app answers them. */
function guarded(...mw: Parameters<Hono['use']>[1][]): Hono {
  const app = new Hono();
  app.onError((e, c) => errorResponse(c, e, () => {}));
  for (const m of mw) app.use('*', m);
  app.all('/x', (c) => c.text('ok'));
  return app;
}

describe('guards, one factory each', () => {
  const hostCases: [string, boolean, string | undefined, number][] = [
    ['loopback name on a loopback server', true, 'localhost:8080', 200],
    ['127.0.0.1 with a port', true, '127.0.0.1:9', 200],
    ['[::1]', true, '[::1]:80', 200],
    ['a rebinding name on a loopback server', true, 'evil.example:8080', 403],
    ['no Host on a loopback server', true, undefined, 400],
    ['any name on a server that listens beyond loopback', false, 'news.example.org', 200],
  ];
  for (const [name, loopbackOnly, host, status] of hostCases) {
    test(`hostGuard: ${name} → ${status}`, async () => {
      const app = guarded(hostGuard({ loopbackOnly }));
      const headers: Record<string, string> = host ? { host } : {};
      const res = await app.request('http://127.0.0.1/x', { headers });
      assert.equal(res.status, status);
    });
  }

  const tokenCases: [string, string | null, Record<string, string>, number][] = [
    ['no token configured', null, {}, 200],
    ['bearer token that matches', 's3cret', { authorization: 'Bearer s3cret' }, 200],
    ['custom header that matches', 's3cret', { 'x-fogwatch-token': 's3cret' }, 200],
    ['missing token', 's3cret', {}, 401],
    ['wrong token', 's3cret', { authorization: 'Bearer guess' }, 401],
  ];
  for (const [name, token, headers, status] of tokenCases) {
    test(`tokenGuard: ${name} → ${status}`, async () => {
      const res = await guarded(tokenGuard(token)).request('http://127.0.0.1/x', { headers });
      assert.equal(res.status, status);
      if (status === 401) assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer realm="fogwatch"/);
    });
  }

  const originCases: [string, string, string | undefined, number][] = [
    ['a GET from another origin (reads are not writes)', 'GET', 'https://evil.example', 200],
    ['a POST with no Origin (curl, scripts)', 'POST', undefined, 200],
    ['a POST from the same origin', 'POST', 'http://127.0.0.1', 200],
    ['a POST from another origin', 'POST', 'https://evil.example', 403],
    ['a DELETE from an https page to the http server', 'DELETE', 'https://127.0.0.1', 403],
  ];
  for (const [name, method, origin, status] of originCases) {
    test(`originGuard: ${name} → ${status}`, async () => {
      const res = await guarded(originGuard()).request('http://127.0.0.1/x', { method, headers: origin ? { origin } : {} });
      assert.equal(res.status, status);
    });
  }

  test('securityHeaders and noStore mark an answer whatever made it', async () => {
    const res = await guarded(securityHeaders(), noStore()).request('http://127.0.0.1/x');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});

describe('request log', () => {
  test('a path is logged without its query, with control characters escaped and a bounded length', () => {
    assert.equal(loggablePath('http://h/api/events?q=secret&token=abc'), '/api/events');
    assert.equal(loggablePath('http://h/a%0Ab'), '/a%0Ab', 'percent-encoded newlines stay encoded');
    assert.equal(loggablePath('http://h/' + 'x'.repeat(500)).length, 201);
  });

  test('one line per request with method, path, final status and duration, errors included', async () => {
    const lines: string[] = [];
    let clock = 0;
    const app = guarded(requestLog((l) => lines.push(l), () => (clock += 5)), tokenGuard('t'));
    await app.request('http://127.0.0.1/x?token=t', { headers: { authorization: 'Bearer t' } });
    await app.request('http://127.0.0.1/x');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^\d{4}-\d\d-\d\dT\S+Z GET \/x 200 5\.0ms$/);
    assert.match(lines[1], / GET \/x 401 5\.0ms$/, 'a refused request is logged with the status it got');
    assert.ok(lines.every((l) => !l.includes('token=')), 'query values never reach the log');
  });

  describe('through the real server', () => {
    let t: TestServer;
    const lines: string[] = [];
    before(async () => {
      t = await fixtureServer({ requestLog: (l) => lines.push(l), token: 'tok-0123456789abcdef' });
    });
    after(() => t.close());

    test('reads, refusals and unknown routes each give one line; article text and tokens never appear', async () => {
      const ok = await fetch(`${t.base}/api/events?q=Black%20Lake`, { headers: { authorization: 'Bearer tok-0123456789abcdef' } });
      assert.equal(ok.status, 200);
      await ok.arrayBuffer();
      const refused = await fetch(`${t.base}/api/events`);
      assert.equal(refused.status, 401);
      await refused.arrayBuffer();
      const missing = await fetch(`${t.base}/api/nothing`, { headers: { authorization: 'Bearer tok-0123456789abcdef' } });
      assert.equal(missing.status, 404);
      await missing.arrayBuffer();
      assert.deepEqual(lines.map((l) => l.split(' ').slice(1, 4).join(' ')), ['GET /api/events 200', 'GET /api/events 401', 'GET /api/nothing 404']);
      assert.ok(lines.every((l) => !/0123456789abcdef|Black|Lake/.test(l)));
    });
  });
});
