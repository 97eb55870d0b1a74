import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { privateAddressReason } from '../src/read/address.ts';
import { fetchUrl, USER_AGENT } from '../src/read/fetch.ts';
import { readInputs } from '../src/read/inputs.ts';
import type { FetchOptions, ReadResult } from '../src/read/types.ts';

const PAGE = '<!DOCTYPE html><html lang="en"><head><title>Port blast | Harbour Post</title><link rel="canonical" href="/news/port-blast"></head><body><nav><a href="/">Home</a></nav><article><h1>Port blast</h1><p>A blast at the container terminal injured six dock workers on Sunday, the port authority said in a statement.</p><p>Firefighters put out the blaze within two hours.</p></article></body></html>';
const RU = 'Военные сообщили о гибели двух солдат.';

let base = '';
let hits: string[] = [];
let lastUserAgent = '';
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  hits.push(req.url ?? '');
  lastUserAgent = String(req.headers['user-agent']);
  const u = new URL(req.url ?? '/', 'http://x');
  switch (u.pathname) {
    case '/page': res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE); return;
    case '/redirect': res.writeHead(302, { Location: '/page' }).end(); return;
    case '/loop': res.writeHead(301, { Location: '/loop' }).end(); return;
    case '/to-private': res.writeHead(302, { Location: 'http://10.0.0.7/admin' }).end(); return;
    case '/to-metadata': res.writeHead(307, { Location: 'http://169.254.169.254/latest/meta-data/' }).end(); return;
    case '/to-localhost-name': res.writeHead(302, { Location: `http://localhost:${u.searchParams.get('port')}/page` }).end(); return;
    case '/to-file': res.writeHead(302, { Location: 'file:///etc/passwd' }).end(); return;
    case '/slow': return; // never answers
    case '/slow-body': res.writeHead(200, { 'Content-Type': 'text/plain' }); res.write('Slow report\n\n'); return; // never ends
    case '/big': res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(5_000_000) }).end('x'.repeat(5_000_000)); return;
    case '/big-chunked': res.writeHead(200, { 'Content-Type': 'text/plain' }); for (let i = 0; i < 50; i++) res.write('y'.repeat(100_000)); res.end(); return;
    case '/gzip-bomb': res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000, 0x61))); return;
    case '/gzip': res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gzipSync(PAGE)); return;
    case '/wrong-charset': {
      // The header says UTF-8; the bytes and the page's own <meta> say windows-1251.
      const html = `<html><head><meta charset="windows-1251"><title>Сводка</title></head><body><article><p>${RU}</p></article></body></html>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(iconv.encode(html, 'windows-1251'));
      return;
    }
    case '/header-charset': res.writeHead(200, { 'Content-Type': 'text/plain; charset=koi8-r' }).end(iconv.encode(`Сводка\n\n${RU}\n`, 'koi8-r')); return;
    case '/feed': res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('<rss><channel><title>Harbour Post</title><item><title>Dock strike</title><link>/news/strike</link><description>Dock workers went on strike on Monday over pay.</description></item></channel></rss>'); return;
    case '/missing': res.writeHead(404).end('not here'); return;
    case '/delayed': setTimeout(() => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`Report ${u.searchParams.get('n')}\n\nTroops moved into the town on Monday, residents said.\n`), Number(u.searchParams.get('ms'))); return;
    default: res.writeHead(500).end();
  }
});

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** The test server is on loopback: allow exactly that address, nothing else private. */
const LOCAL: FetchOptions = { allowAddresses: ['127.0.0.1'], timeoutMs: 2000 };

async function readUrl(url: string, fetch: FetchOptions = LOCAL): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs([url], { fetch })) out.push(r);
  return out;
}

async function refusal(url: string, opts: FetchOptions = {}): Promise<string> {
  const before = hits.length;
  const e = await fetchUrl(url, opts).then(() => null, (err: Error) => err);
  assert.ok(e, `${url} was fetched`);
  assert.equal(hits.length, before, 'the refused request never reached a server');
  return e.message;
}

test('a page fetched over HTTP: article, canonical URL resolved against the final URL, outlet from the title, clear User-Agent', async () => {
  const [r] = await readUrl(`${base}/page`);
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.article.text, 'A blast at the container terminal injured six dock workers on Sunday, the port authority said in a statement.\n\nFirefighters put out the blaze within two hours.');
  assert.equal(r.article.url, `${base}/news/port-blast`);
  assert.equal(r.article.title, 'Port blast');
  assert.equal(lastUserAgent, USER_AGENT);
  assert.match(USER_AGENT, /^fogwatch\/\d/);
});

test('redirects are followed (and counted); a loop stops at --max-redirects', async () => {
  const f = await fetchUrl(`${base}/redirect`, LOCAL);
  assert.equal(f.url, `${base}/page`);
  const e = await fetchUrl(`${base}/loop`, { ...LOCAL, maxRedirects: 3 }).catch((x: Error) => x);
  assert.match((e as Error).message, /more than 3 redirects/);
});

test('a redirect to a private address is refused at that hop, before connecting', async () => {
  const [r] = await readUrl(`${base}/to-private`);
  assert.ok(!r.ok);
  assert.match(r.error, /redirected to http:\/\/10\.0\.0\.7\/admin: refused to connect to 10\.0\.0\.7: private \(10\.0\.0\.0\/8\)/);
  const [m] = await readUrl(`${base}/to-metadata`);
  assert.ok(!m.ok && /169\.254\.169\.254: link-local/.test(m.error));
});

test('a redirect to a host NAME that resolves to loopback is refused: the resolved address is checked', async () => {
  const port = new URL(base).port;
  const [r] = await readUrl(`${base}/to-localhost-name?port=${port}`, { allowAddresses: ['127.0.0.1'], timeoutMs: 2000, lookup: async () => [{ address: '::1', family: 6 }] });
  assert.ok(!r.ok);
  assert.match(r.error, /localhost resolves to ::1; refused to connect to ::1: loopback/);
});

test('a redirect to file:// is refused', async () => {
  const [r] = await readUrl(`${base}/to-file`);
  assert.ok(!r.ok && /redirected to file:\/\/\/etc\/passwd: only http and https/.test(r.error));
});

test('SSRF: loopback, private, link-local, IPv6 loopback and IPv4-mapped addresses refused without --allow-private', async () => {
  const port = new URL(base).port;
  assert.match(await refusal(`${base}/page`), /refused to connect to 127\.0\.0\.1: loopback/);
  assert.match(await refusal(`http://10.1.2.3:${port}/`), /10\.1\.2\.3: private/);
  assert.match(await refusal('http://169.254.169.254/latest/meta-data/'), /link-local/);
  assert.match(await refusal(`http://[::1]:${port}/page`), /::1: loopback/);
  assert.match(await refusal(`http://[::ffff:127.0.0.1]:${port}/page`), /IPv4-mapped IPv6 carrying 127\.0\.0\.1: loopback/);
  assert.match(await refusal(`http://2130706433:${port}/page`), /127\.0\.0\.1: loopback/, 'a decimal IPv4 is still 127.0.0.1');
  assert.match(await refusal(`http://0x7f.1:${port}/page`), /127\.0\.0\.1: loopback/);
  assert.match(await refusal('http://[fd12:3456::1]/'), /unique-local/);
  assert.match(await refusal('http://[fe80::1]/'), /link-local/);
  assert.match(await refusal('http://internal.example/', { lookup: async () => [{ address: '93.184.216.34', family: 4 }, { address: '192.168.1.10', family: 4 }] }), /internal\.example resolves to 192\.168\.1\.10/);
  assert.match(await refusal('ftp://example.com/file'), /only http and https/);
  assert.match(await refusal('file:///etc/passwd'), /only http and https/);
});

test('--allow-private lets loopback through (the tests\' own server)', async () => {
  const f = await fetchUrl(`${base}/page`, { allowPrivate: true });
  assert.equal(f.status, 200);
});

test('address classification', () => {
  for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd00::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1', '2002:a00:1::1', 'ff02::1']) {
    assert.ok(privateAddressReason(a), `${a} should be refused`);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '172.32.0.1', '100.128.0.1']) {
    assert.equal(privateAddressReason(a), null, `${a} is public`);
  }
});

test('timeouts: a server that never answers, and one that never finishes its body', async () => {
  const [r] = await readUrl(`${base}/slow`, { ...LOCAL, timeoutMs: 300 });
  assert.ok(!r.ok && /timed out after 0\.3 s/.test(r.error), JSON.stringify(r));
  const [b] = await readUrl(`${base}/slow-body`, { ...LOCAL, timeoutMs: 300 });
  assert.ok(!b.ok && /timed out after 0\.3 s/.test(b.error), JSON.stringify(b));
});

test('oversize: by Content-Length, while streaming, and after decompression (a gzip bomb)', async () => {
  const [a] = await readUrl(`${base}/big`, { ...LOCAL, maxBytes: 1_000_000 });
  assert.ok(!a.ok && /response is 5000000 bytes, over the limit of 1000000/.test(a.error));
  const [b] = await readUrl(`${base}/big-chunked`, { ...LOCAL, maxBytes: 1_000_000 });
  assert.ok(!b.ok && /larger than the limit of 1000000 bytes/.test(b.error));
  const [c] = await readUrl(`${base}/gzip-bomb`, { ...LOCAL, maxBytes: 1_000_000 });
  assert.ok(!c.ok && /larger than the limit of 1000000 bytes/.test(c.error));
});

test('gzip responses are decompressed', async () => {
  const [r] = await readUrl(`${base}/gzip`);
  assert.ok(r.ok && r.article.title === 'Port blast');
});

test('a wrong charset in the HTTP header, and a right one', async () => {
  const [w] = await readUrl(`${base}/wrong-charset`);
  assert.ok(w.ok);
  assert.equal(w.article.text, RU);
  assert.equal(w.article.title, 'Сводка');
  const [h] = await readUrl(`${base}/header-charset`);
  assert.ok(h.ok);
  assert.equal(h.article.title, 'Сводка');
  assert.equal(h.article.text, RU);
});

test('a feed by its Content-Type, with links resolved against the feed URL', async () => {
  const [r] = await readUrl(`${base}/feed`);
  assert.ok(r.ok);
  assert.equal(r.article.url, `${base}/news/strike`);
  assert.equal(r.article.outlet, 'Harbour Post');
});

test('an HTTP error status names itself', async () => {
  const [r] = await readUrl(`${base}/missing`);
  assert.ok(!r.ok && /^HTTP 404 Not Found$/.test(r.error));
});

test('URLs are fetched a few at a time but read in input order', async () => {
  const urls = [`${base}/delayed?n=1&ms=300`, `${base}/delayed?n=2&ms=0`, `${base}/missing`, `${base}/delayed?n=3&ms=100`];
  const out: ReadResult[] = [];
  for await (const r of readInputs(urls, { fetch: LOCAL })) out.push(r);
  assert.deepEqual(out.map((r) => [r.source, r.ok ? r.article.title : r.error]), [
    [urls[0], 'Report 1'], [urls[1], 'Report 2'], [urls[2], 'HTTP 404 Not Found'], [urls[3], 'Report 3'],
  ]);
});
