import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { clock, Progress, progressText } from '../src/cli/progress.ts';
import { isFolderDocFile } from '../src/util/doc-files.ts';
import { BIN, cli, jsonLines, ROOT, tempDir } from './helpers.ts';

const COMMANDS = ['extract', 'ingest', 'events', 'serve', 'watch', 'eval'];
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

test('--version prints the version of package.json', () => {
  const r = cli(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), VERSION);
});

for (const name of ['', ...COMMANDS]) {
  test(`${name || 'fogwatch'} --help ends with examples and gives each default once`, () => {
    const r = cli(name ? [name, '--help'] : ['--help']);
    assert.equal(r.code, 0, r.stderr);
    const [options, examples] = r.stdout.split('\nExamples:\n');
    assert.ok(examples, 'an Examples section');
    assert.ok(examples.trimEnd().split('\n').every((l) => l.startsWith('  $ fogwatch ') || l.startsWith('  $ FOGWATCH_')), examples);
    for (const line of options.split('\n')) assert.ok((line.match(/\(default/g) ?? []).length <= 1, `a default given twice: ${line}`);
  });
}

// Numeric options are checked: a bad value is a usage error (exit 2) naming the option.
const BAD_NUMBERS: [string, string, string, ...string[]][] = [
  ['extract', '--max-events', 'abc', '-'], ['extract', '--max-events', '0', '-'], ['extract', '--jobs', 'many', '-'], ['extract', '--max-text', '-5', '-'],
  ['ingest', '--max-events', 'abc', '-'], ['ingest', '--max-events', '2.5', '-'], ['ingest', '--wait', 'soon', '-'],
  ['events', '--limit', 'ten'], ['events', '--wait', '-1'], ['serve', '--port', '99999'], ['serve', '--max-body', 'huge'], ['eval', '--limit', 'all', '--gold', 'x.csv'],
];
for (const args of BAD_NUMBERS) {
  test(`a bad number is refused with exit 2: ${args.join(' ')}`, () => {
    const r = cli(args, '');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`option '${args[1]} `));
  });
}

test('--max-events keeps at most that many events of an article', () => {
  const text = 'Clashes in two towns\n\nGunmen killed four herders near Garissa on Sunday. On Monday police fired tear gas at students who blocked a road in Eldoret. Separately, soldiers arrested six men in Mandera.';
  const all = jsonLines(cli(['extract', '-'], text).stdout)[0].events.length;
  assert.ok(all >= 2, `the text gives several events (${all})`);
  assert.equal(jsonLines(cli(['extract', '--max-events', '1', '-'], text).stdout)[0].events.length, 1);
});

// README/LICENSE-like files of a folder are not articles.
const DOC_FILES: [string, boolean][] = [
  ['corpus/README.md', true], ['corpus/readme.txt', true], ['corpus/LICENSE', true], ['corpus/LICENSE-MIT', true], ['corpus/CHANGELOG.md', true],
  ['corpus/README.en.md', true], ['corpus/CONTRIBUTING.md', true], ['corpus/security-council-vote.txt', false], ['corpus/history.txt', false],
  ['corpus/license-plates-seized.html', false], ['corpus/batch.jsonl', false], ['corpus/NOTICE.md', true],
];
for (const [path, doc] of DOC_FILES) {
  test(`${path} ${doc ? 'is' : 'is not'} a README/LICENSE-like file`, () => assert.equal(isFolderDocFile(path), doc));
}

test('ingest and extract of a folder skip its README and LICENSE and say so; a README named on its own is read', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'README.md'), '# Field reports\n\nReports collected by our volunteers in 2019. Fighters attacked the market in this folder once.\n');
  writeFileSync(join(corpus, 'LICENSE'), 'Permission is hereby granted to copy these reports.\n');
  writeFileSync(join(corpus, 'garissa.txt'), 'Herders killed near Garissa\n\nGunmen killed four herders near Garissa on Sunday night, the county police commander said.\n');
  const db = join(dir, 'db');
  const r = cli(['ingest', '--db', db, corpus]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /corpus\/README\.md: skipped, not an article/);
  assert.match(r.stderr, /corpus\/LICENSE: skipped, not an article/);
  assert.match(r.stderr, /articles 1 new, 0 updated, 0 unchanged, 0 failed/);
  const quiet = cli(['ingest', '--db', db, '--quiet', corpus]);
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.equal(quiet.stderr, '', '--quiet: nothing but errors');
  const ex = cli(['extract', corpus]);
  assert.equal(jsonLines(ex.stdout).length, 1);
  assert.match(ex.stderr, /README\.md: skipped/);
  assert.equal(jsonLines(cli(['extract', join(corpus, 'README.md')]).stdout).length, 1, 'named on its own, it is read');
});

test('the progress text: share of the total, rate and time left', () => {
  assert.equal(progressText(30, 10, 120, null), '25% of ~120, 3.0/s, 0:30 left');
  assert.equal(progressText(600, 2, null, null), '300/s');
  assert.equal(progressText(40, 20, null, 0.5), '50%, 2.0/s, 0:20 left');
  assert.equal(progressText(130, 10, 120, null), '100% of ~120, 13/s', 'past an estimate: no time left shown');
  assert.equal(clock(3725), '1:02:05');
});

test('Progress draws on a terminal only, and not with --quiet', async () => {
  const stream = (tty: boolean) => {
    const out: string[] = [];
    return { out, s: { isTTY: tty, columns: 200, write: (x: string) => { out.push(x); return true; } } as unknown as NodeJS.WriteStream };
  };
  const tty = stream(true);
  const p = new Progress(tty.s, () => 'ingest: 1 articles', { total: () => 4 });
  await new Promise((r) => setImmediate(r));
  p.tick();
  p.done();
  assert.match(tty.out.join(''), /ingest: 1 articles — 25% of ~4, [\d.]+\/s, \d+:\d\d left/);
  for (const [isTTY, quiet] of [[false, false], [true, true]]) {
    const s = stream(isTTY);
    const q = new Progress(s.s, () => 'x', { total: () => 4, quiet });
    q.tick();
    q.done();
    assert.deepEqual(s.out, []);
  }
});

test('a long extract on a terminal shows its progress with the total; piped or --quiet it shows none', { skip: !existsSync('/usr/bin/script') && 'no script(1)' }, () => {
  const dir = tempDir();
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `p-${i}`, published: '2019-03-0' + (1 + (i % 9)), text: `Police fired tear gas at traders who blocked a road in Nakuru over market fees on day ${i}.` })).join('\n') + '\n');
  const run = (extra: string) => spawnSync('/usr/bin/script', ['-qefc', `${process.execPath} ${BIN} extract ${extra} ${input} > ${join(dir, 'out.jsonl')}`, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
  const shown = run('');
  assert.equal(shown.status, 0, shown.stdout + shown.stderr);
  assert.match(shown.stdout, /extract: \d+ articles — \d+% of ~40, [\d.]+\/s/);
  assert.doesNotMatch(run('--quiet').stdout, /extract: \d+ articles/);
  assert.doesNotMatch(cli(['extract', input]).stderr, /extract: \d+ articles/);
});
