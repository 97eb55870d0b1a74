/**
 * The readers' boundary (issues 18 and 21): control characters normalised in every field, JSONL
 * failing per line, one URL policy, an error line for every skipped file, UTF-16 without a BOM,
 * binary after a text prefix, and special files refused instead of blocking.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readContent, readInputs } from '../src/read/inputs.ts';
import type { ReadResult } from '../src/read/types.ts';
import { tempDir } from './helpers.ts';

async function readAll(inputs: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs)) out.push(r);
  return out;
}

const TEXT = 'Gunmen killed four villagers in an overnight raid on a farming settlement, a local official said on Sunday.';
const oks = (rs: ReadResult[]) => rs.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok);

test('a NUL or other C0 control escaped in any JSON field is removed and counted in the warnings', async () => {
  const fields = ['id', 'title', 'outlet', 'byline', 'text', 'published', 'language'];
  for (const field of fields) {
    const rec: Record<string, string> = { id: 'ctl-1', title: 'Raid on a settlement', outlet: 'Lowland Courier', byline: 'A. Writer', text: TEXT, published: '2024-03-10', language: 'en' };
    rec[field] = rec[field].slice(0, 3) + '\u0000\u0007' + rec[field].slice(3);
    for (const format of ['jsonl', 'json'] as const) {
      const [r] = await readContent('body', Buffer.from(JSON.stringify(rec) + '\n'), format);
      assert.ok(r.ok, `${field} (${format}): ${!r.ok && r.error}`);
      const a = r.article as unknown as Record<string, string>;
      for (const [k, v] of Object.entries(a)) if (typeof v === 'string') assert.doesNotMatch(v, /[\x00-\x08]/, `${field}: ${k} still holds a control`);
      assert.match(r.warnings?.join(' ') ?? '', new RegExp(`2 in ${field}`), `${field} (${format}) warnings: ${r.warnings}`);
    }
  }
});

test('tab, newlines and carriage returns are text, not controls: kept without warning', async () => {
  const [r] = await readContent('body', Buffer.from(JSON.stringify({ id: 'x', title: 'T', text: 'First line.\r\n\tSecond line.\nThird.' })), 'jsonl');
  assert.ok(r.ok);
  assert.equal(r.article.text, 'First line.\r\n\tSecond line.\nThird.');
  assert.equal(r.warnings, undefined);
});

test('a JSONL line with raw control bytes is cleaned on its own; the other lines are read', async () => {
  const good = (id: string) => JSON.stringify({ id, title: 'Raid', text: TEXT });
  const bad = Buffer.concat([Buffer.from('{"id":"raw","title":"Ra'), Buffer.from([0, 1, 2, 3, 0, 0x1b, 0, 0, 0, 0, 0, 0]), Buffer.from('id","text":"' + TEXT + '"}')]);
  const junk = Buffer.from([0, 0, 0, 1, 2, 3, 4, 5, 6, 0x7b, 0x22, 0]);
  const body = Buffer.concat([Buffer.from(good('a') + '\n'), bad, Buffer.from('\n'), junk, Buffer.from('\n' + good('b') + '\n')]);
  const rs = await readContent('feed.jsonl', body, 'jsonl');
  assert.deepEqual(oks(rs).map((r) => r.article.id), ['a', 'raw', 'b']);
  assert.equal(oks(rs)[1].article.title, 'Raid');
  assert.match(oks(rs)[1].warnings!.join(' '), /12 raw control bytes removed from line 2/);
  const failed = rs.filter((r) => !r.ok);
  assert.equal(failed.length, 1);
  assert.match(failed[0].source, /:3$/);
});

test('a .jsonl file that is binary through and through is still one "binary data" error', async () => {
  const bytes = Buffer.alloc(3000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  const rs = await readContent('blob.jsonl', bytes, 'jsonl');
  assert.equal(rs.length, 1);
  assert.ok(!rs[0].ok && /binary data/.test(rs[0].error));
});

test('one URL policy: a javascript: or data: URL in a JSON body is dropped with a warning, http(s) kept', async () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'not a url', 'JAVASCRIPT:alert(1)']) {
    for (const key of ['url', 'link']) {
      const [r] = await readContent('body', Buffer.from(JSON.stringify({ id: 'u', [key]: url, text: TEXT })), 'json');
      assert.ok(r.ok);
      assert.equal(r.article.url, null, `${key}=${url}`);
      assert.match(r.warnings!.join(' '), /url dropped/);
    }
  }
  const [ok] = await readContent('body', Buffer.from(JSON.stringify({ id: 'u', url: 'https://news.example.org/a/raid', text: TEXT })), 'json');
  assert.ok(ok.ok && ok.article.url === 'https://news.example.org/a/raid' && !ok.warnings);
  // The caller's default URL follows the same policy for a text body.
  const [t] = await readContent('body', Buffer.from(TEXT), 'text', { defaults: { url: 'javascript:void(0)' } });
  assert.ok(t.ok && t.article.url === null);
});

test('UTF-16 without a byte-order mark is detected (both byte orders) and decoded', async () => {
  const text = 'Клашки на границе\n\nTwo soldiers were killed in clashes near the border, the ministry said on Monday.\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, bytes] of [['le', le], ['be', be]] as const) {
    const [r] = await readContent(`note-${name}.txt`, bytes, null);
    assert.ok(r.ok, `${name}: ${!r.ok && r.error}`);
    assert.match(r.article.text, /Two soldiers were killed/);
    assert.equal(r.article.title, 'Клашки на границе');
  }
  const jl = Buffer.from(JSON.stringify({ id: 'w', text: TEXT }) + '\n', 'utf16le');
  const [j] = await readContent('x.jsonl', jl, null);
  assert.ok(j.ok && j.article.id === 'w');
});

test('binary data after a 5 KB text prefix is refused before storage, naming the input', async () => {
  const prefix = Buffer.from((TEXT + '\n').repeat(60)); // about 6.5 KB
  assert.ok(prefix.length > 5000);
  const tail = Buffer.alloc(4096);
  for (let i = 0; i < tail.length; i++) tail[i] = (i * 31) % 256;
  const [r] = await readContent('report.txt', Buffer.concat([prefix, tail]), null);
  assert.ok(!r.ok && /binary data, not text/.test(r.error));
  // A lone NUL far into a text is enough too: PostgreSQL would refuse the text at storage.
  const [n] = await readContent('report.txt', Buffer.concat([prefix, Buffer.from([0]), Buffer.from('more')]), null);
  assert.ok(!n.ok && /binary/.test(n.error));
});

test('every skipped file of a folder has its error line: broken and looping links, FIFOs; linked folders followed once', async () => {
  const dir = tempDir();
  const other = tempDir();
  writeFileSync(join(other, 'linked.txt'), 'Linked story\n\n' + TEXT);
  writeFileSync(join(dir, 'a.txt'), 'Story A\n\n' + TEXT);
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
  symlinkSync(join(dir, 'loop2.txt'), join(dir, 'loop1.txt'));
  symlinkSync(join(dir, 'loop1.txt'), join(dir, 'loop2.txt'));
  symlinkSync(other, join(dir, 'more'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'up')); // a loop back to the top
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const rs = await readAll([dir]);
  const bySource = new Map(rs.map((r) => [r.source, r]));
  assert.ok(bySource.get(join(dir, 'a.txt'))?.ok);
  assert.ok(bySource.get(join(dir, 'more', 'linked.txt'))?.ok, 'a symlinked folder is followed');
  const err = (name: string) => {
    const r = bySource.get(join(dir, name));
    assert.ok(r && !r.ok, `${name} has an error line`);
    return r.error;
  };
  assert.match(err('broken.txt'), /broken symbolic link/);
  assert.match(err('loop1.txt'), /symbolic link loop/);
  assert.match(err('loop2.txt'), /symbolic link loop/);
  assert.match(err('pipe.txt'), /FIFO/);
  assert.match(err(join('sub', 'up')), /already read/);
  assert.equal(oks(rs).length, 2);
});

test('a FIFO given as an input is refused at once, not read (which would block forever)', async () => {
  const dir = tempDir();
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const rs = await Promise.race([readAll([fifo]), new Promise<'hang'>((r) => setTimeout(() => r('hang'), 10_000).unref())]);
  assert.notEqual(rs, 'hang');
  const [r] = rs as ReadResult[];
  assert.ok(!r.ok && /FIFO/.test(r.error));
});

test('hostile HTML is refused before parsing with a clear reason: too many attributes on one element, too many entities', async () => {
  const attrs = `<html><body><div ${Array.from({ length: 5000 }, (_, i) => `data-a${i}="x"`).join(' ')}>${TEXT}</div></body></html>`;
  const [a] = await readContent('page.html', Buffer.from(attrs), null);
  assert.ok(!a.ok && /an element has 5000 attributes \(the limit is 1000\)/.test(a.error), !a.ok ? a.error : 'read');
  const bare = `<html><body><p ${'hidden '.repeat(3000)}>${TEXT}</p></body></html>`;
  const [b] = await readContent('page.html', Buffer.from(bare), null);
  assert.ok(!b.ok && /attributes/.test(b.error));
  const ents = `<html><body><p>${TEXT} ${'&amp;'.repeat(1_100_000)}</p></body></html>`;
  const [e] = await readContent('page.html', Buffer.from(ents), null);
  assert.ok(!e.ok && /character references .*the limit is 1000000/.test(e.error));
  // The same limits hold for HTML inside a feed item.
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Raid</title><link>https://news.example.org/r</link><description><![CDATA[<p ${Array.from({ length: 2000 }, (_, i) => `x${i}=1`).join(' ')}>${TEXT}</p>]]></description></item></channel></rss>`;
  const fr = await readContent('f.xml', Buffer.from(feed), null);
  assert.ok(fr.every((r) => !r.ok || !/x1999/.test(r.article.text)));
});

test('real markup is not mistaken for hostile: prose with "<", scripts full of "=", pages with many entities', async () => {
  const script = `<script>${'var a=1;if(a<2){a=a+1};'.repeat(3000)}</script>`;
  const prose = `<p>${TEXT} Turnout was < 40 percent ${'and the count went on, '.repeat(2000)} with results due > Friday.</p>`;
  const ents = `<p>Officials said &ldquo;calm&rdquo; had returned &mdash; ${'fighting &amp; shelling, '.repeat(20_000)}</p>`;
  const page = `<html><head><title>Count goes on</title>${script}</head><body><article><p class="lead" id="a1" data-x="1" data-y="2">${TEXT}</p>${prose}${ents}</article></body></html>`;
  const [r] = await readContent('page.html', Buffer.from(page), null);
  assert.ok(r.ok, !r.ok ? r.error : '');
  assert.match(r.article.text, /Gunmen killed four villagers/);
  assert.match(r.article.text, /fighting & shelling/);
});
