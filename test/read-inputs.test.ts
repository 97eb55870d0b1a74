import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectFormat, readInputs } from '../src/read/inputs.ts';
import type { ReadOptions, ReadResult } from '../src/read/types.ts';
import { BIN, fixture, jsonLines, ROOT, tempDir } from './helpers.ts';

async function readAll(inputs: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, opts)) out.push(r);
  return out;
}

/** The CLI as a user runs it, without blocking this process (a test server may need to answer). */
function cliAsync(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const ARTICLE = 'Clashes in the north\n\nTwo soldiers were killed on Monday in clashes near the border, the army said.\n';

test('a folder is read recursively in sorted order; hidden files and non-article files (images, scripts) skipped', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b-feeds'));
  mkdirSync(join(dir, 'a-pages', 'page_files'), { recursive: true });
  copyFileSync(fixture('read', 'news-page.html'), join(dir, 'a-pages', 'page.html'));
  writeFileSync(join(dir, 'a-pages', 'page_files', 'app.js'), 'var x = 1;');
  writeFileSync(join(dir, 'a-pages', 'page_files', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  copyFileSync(fixture('read', 'feed-atom.xml'), join(dir, 'b-feeds', 'sahel.atom'));
  writeFileSync(join(dir, 'c.txt'), ARTICLE);
  writeFileSync(join(dir, 'd.jsonl'), JSON.stringify({ id: 'j1', text: 'Police arrested five people.' }) + '\n');
  writeFileSync(join(dir, '.hidden.txt'), ARTICLE);
  const rs = await readAll([dir]);
  assert.deepEqual(rs.map((r) => [r.ok, r.source.slice(dir.length + 1)]), [
    [true, 'a-pages/page.html'],
    [true, 'b-feeds/sahel.atom#item1'],
    [true, 'b-feeds/sahel.atom#item2'],
    [true, 'c.txt'],
    [true, 'd.jsonl:1'],
  ]);
});

test('files without a telling extension are sniffed: HTML, RSS, Atom, JSONL, JSON array, text', () => {
  assert.equal(detectFormat('saved', '  <!DOCTYPE html><html>'), 'html');
  assert.equal(detectFormat('saved', '\uFEFF<?xml version="1.0"?><rss version="2.0">'), 'feed');
  assert.equal(detectFormat('saved', '<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(detectFormat('saved', '<?xml version="1.0"?><!DOCTYPE html><html>'), 'html');
  assert.equal(detectFormat('saved', '{"id": 1}'), 'jsonl');
  assert.equal(detectFormat('saved', '[{"id": 1}]'), 'json');
  assert.equal(detectFormat('saved', 'Clashes in the north'), 'text');
  assert.equal(detectFormat('a.HTM', 'plain words'), 'html', 'the extension wins');
});

test('--input-format overrides detection', async () => {
  const dir = tempDir();
  const f = join(dir, 'page.txt');
  writeFileSync(f, '<html><body><nav>Home</nav><article><p>Gunmen killed three people in the market on Sunday, police said.</p></article></body></html>');
  const [asHtml] = await readAll([f], { inputFormat: 'html' });
  assert.ok(asHtml.ok && asHtml.article.text === 'Gunmen killed three people in the market on Sunday, police said.');
});

test('stdin (-) with HTML on it, through the CLI', async () => {
  const html = '<!DOCTYPE html><html lang="en"><head><title>Blast at port | Coast News</title><meta property="og:site_name" content="Coast News"></head><body><article><p>A blast at the port injured six workers on Sunday, the harbour authority said.</p></article></body></html>';
  const r = await cliAsync(['extract', '-'], html);
  assert.equal(r.code, 0, r.stderr);
  const [line] = jsonLines(r.stdout);
  assert.equal(line.title, 'Blast at port');
  assert.equal(line.outlet, 'Coast News');
});

/** A server that accepts and never answers: the URL that times out. */
async function silentServer(): Promise<{ server: Server; url: string }> {
  const server = createServer(() => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow` };
}

test('every bad input gives one error line naming it and the reason; the batch goes on; exit code 1', async () => {
  const dir = tempDir();
  const p = (n: string) => join(dir, n);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x20]));
  writeFileSync(p('report.pdf.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]));
  writeFileSync(p('truncated.html'), '<!DOCTYPE html><html><head><title>Cut</tit');
  writeFileSync(p('malformed.xml'), '<?xml version="1.0"?><rss><channel><item><title>x</title></channel>');
  writeFileSync(p('lines.jsonl'), '{"id":"ok1","text":"Police arrested two men in Mombasa."}\nthis is not json\n');
  // 50 MB, made here and now (never committed): sparse, so the disk barely notices.
  const fd = openSync(p('huge.txt'), 'w');
  writeSync(fd, 'Huge\n\n');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(p('good.txt'), ARTICLE);
  const { server, url } = await silentServer();
  try {
    const inputs = ['empty.txt', 'binary.txt', 'report.pdf.txt', 'truncated.html', 'malformed.xml', 'lines.jsonl', 'huge.txt', 'missing.txt'].map(p);
    const r = await cliAsync(['extract', '--allow-private', '--fetch-timeout', '300ms', ...inputs, url, p('good.txt')]);
    assert.equal(r.code, 1);
    const errors = r.stderr.trim().split('\n');
    const expected: [string, RegExp][] = [
      ['empty.txt', /empty input/],
      ['binary.txt', /binary data, not text/],
      ['report.pdf.txt', /PDF, not text/],
      ['truncated.html', /no article text found in the HTML/],
      ['malformed.xml', /malformed XML at line 1, column \d+: Expected closing tag 'item'/],
      ['lines.jsonl:2', /line 2 is not JSON/],
      ['huge.txt', /file is 52428800 bytes, over the limit of 20971520 \(--max-bytes\)/],
      ['missing.txt', /no such file or folder/],
      [url, /timed out after 0\.3 s/],
    ];
    assert.equal(errors.length, expected.length, r.stderr);
    expected.forEach(([name, reason], i) => {
      assert.ok(errors[i].startsWith(`fogwatch: ${name.startsWith('http') ? name : p(name)}: `), errors[i]);
      assert.match(errors[i], reason);
    });
    assert.deepEqual(jsonLines(r.stdout).map((l) => l.title), [null, 'Clashes in the north']);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a file over --max-bytes is refused before it is read, stdin too', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
  const [r] = await readAll([join(dir, 'big.txt')], { maxBytes: 1000 });
  assert.ok(!r.ok && /over the limit of 1000/.test(r.error));
  const s = await cliAsync(['extract', '--max-bytes', '1k', '-'], 'y'.repeat(5000));
  assert.equal(s.code, 1);
  assert.match(s.stderr, /<stdin>: larger than the limit of 1024 bytes/);
});

test('--max-text cuts an over-long article at a paragraph end', async () => {
  const dir = tempDir();
  const para = 'Fighting continued in the district for a third day, officials said. '.repeat(3).trim();
  writeFileSync(join(dir, 'long.txt'), `Long report\n\n${Array(50).fill(para).join('\n\n')}\n`);
  const [r] = await readAll([join(dir, 'long.txt')], { maxTextChars: 1000 });
  assert.ok(r.ok);
  assert.ok(r.article.text.length <= 1000);
  assert.ok(r.article.text.endsWith('officials said.'));
});

test('wrong usage of the input flags exits 2', async () => {
  for (const args of [['--fetch-timeout', 'soon'], ['--max-redirects', '-1'], ['--allow-address', 'not-an-ip'], ['--max-bytes', '0']]) {
    const r = await cliAsync(['extract', ...args, 'x.txt']);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
  }
});
