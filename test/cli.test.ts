import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ExtractedArticle } from '../src/record/schema.ts';
import { BIN, cli, HAVE_SHARED, jsonLines, SEED, tempDir } from './helpers.ts';

test('extract on the seed prints one line the schema accepts', { skip: !HAVE_SHARED && 'no ../shared' }, () => {
  const r = cli(['extract', '--published', '2021-11-17', '--format', 'jsonl', SEED]);
  assert.equal(r.code, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.equal(lines.length, 1);
  const rec = ExtractedArticle.parse(lines[0]);
  assert.equal(rec.published, '2021-11-17');
  assert.match(rec.title ?? '', /Azerbaijani offensive/);
});

test('a missing file is named, the rest of the batch goes on, exit 1', () => {
  const dir = tempDir();
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Clashes in the north\n\nTwo soldiers were killed on Monday, the army said.\n');
  const r = cli(['extract', join(dir, 'missing.txt'), good]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /missing\.txt: no such file or folder/);
  assert.equal(jsonLines(r.stdout).length, 1);
});

test('a bad JSONL line names its line number and the other lines go on', () => {
  const dir = tempDir();
  const f = join(dir, 'batch.jsonl');
  writeFileSync(f, [
    JSON.stringify({ id: 'a', title: 'A', text: 'Police arrested five protesters in Nairobi on Tuesday.', published: '2019-05-02' }),
    '{"id": "b", "text": "unterminated',
    JSON.stringify({ id: 'c', title: 'C', text: 'Gunmen killed three villagers in Lamu.', published: '2019-05-03' }),
    JSON.stringify({ id: 'd', title: 'no text' }),
  ].join('\n') + '\n');
  const r = cli(['extract', '--format', 'jsonl', f]);
  assert.equal(r.code, 1);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['a', 'c']);
  assert.match(r.stderr, /batch\.jsonl:2: line 2 is not JSON/);
  assert.match(r.stderr, /batch\.jsonl:4: line 4: no "text" field/);
});

test('wrong usage exits 2: an unknown option, a bad date, a bad format', () => {
  for (const args of [['extract', '--bogus'], ['extract', '--published', '17 Nov', 'x.txt'], ['extract', '--format', 'xml', 'x'], ['nosuchcommand']]) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.length > 0);
  }
});

test('stdin is read with -, and json output is one array', () => {
  const r = cli(['extract', '--format', 'json', '-'], 'Curfew in the capital\n\nSoldiers fired on protesters in the capital on Friday.\n');
  assert.equal(r.code, 0, r.stderr);
  const arr = JSON.parse(r.stdout);
  assert.equal(arr.length, 1);
  assert.equal(arr[0].title, 'Curfew in the capital');
});

test('--help works for every command', () => {
  for (const args of [['--help'], ['extract', '--help']]) {
    const r = cli(args);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: fogwatch/);
  }
});

test('a reader that stops early (| head) ends extract quietly, without a stack trace', async () => {
  const { spawn } = await import('node:child_process');
  const dir = tempDir();
  const file = join(dir, 'many.jsonl');
  const line = (i: number) => JSON.stringify({ id: `a${i}`, title: null, published: '2021-11-17',
    text: `Gunmen killed ${i % 9 + 2} villagers and wounded ${i % 5 + 1} others in an attack on a market in the north on Tuesday, police said.` });
  writeFileSync(file, Array.from({ length: 3000 }, (_, i) => line(i)).join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'extract', '--jobs', '1', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // Take the first chunk, then close the pipe as `head` does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|at .*\(node:/);
});
