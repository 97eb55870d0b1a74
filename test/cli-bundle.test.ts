import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, jsonLines, tempDir } from './helpers.ts';

// Enough reports for `extract --jobs 2` to start a worker (50 or more), written for this test.
const TOWNS = ['Kisumu', 'Garissa', 'Mombasa', 'Eldoret', 'Nakuru', 'Lamu', 'Wajir', 'Mandera'];
const input = Array.from({ length: 60 }, (_, i) => JSON.stringify({
  id: `bundle-${i}`, published: `2019-0${1 + (i % 9)}-1${i % 10}`, title: `Attack near ${TOWNS[i % TOWNS.length]}`,
  text: i % 2
    ? `Gunmen killed ${2 + (i % 5)} herders near ${TOWNS[i % TOWNS.length]} on Sunday night, the county police commander said.`
    : `Police fired tear gas at protesters who blocked the main road in ${TOWNS[i % TOWNS.length]} on Monday over water shortages.`,
})).join('\n') + '\n';

test('the CLI runs from a bundle made in the cache folder, and prints what the TypeScript sources print', () => {
  const cache = tempDir('fogwatch-bundle-');
  const bundled = cli(['extract', '--jobs', '2', '--input-format', 'jsonl', '-'], input, { FOGWATCH_CACHE_DIR: cache });
  assert.equal(bundled.code, 0, bundled.stderr);
  const dirs = readdirSync(cache).filter((n) => n.startsWith('bundle-'));
  assert.equal(dirs.length, 1, `one bundle folder in ${readdirSync(cache).join(', ')}`);
  const files = readdirSync(join(cache, dirs[0]!)).sort();
  assert.ok(files.includes('main.mjs') && files.includes('extract-worker.mjs'), files.join(', '));
  assert.ok(files.every((f) => f === 'main.mjs' || f === 'extract-worker.mjs' || /^chunk-\w+\.mjs$/.test(f)), files.join(', '));
  // Data files are found from each source file's own place, not from the bundle's.
  const code = files.map((f) => readFileSync(join(cache, dirs[0]!, f), 'utf8')).join('\n');
  assert.ok(!code.includes('import.meta.url'), 'every import.meta.url is the source file\'s');
  assert.ok(code.includes(JSON.stringify(new URL('../src/resolve/terms.ts', import.meta.url).href)));
  // The entry loads the command's modules when the command runs: `extract` never loads the database.
  const main = readFileSync(join(cache, dirs[0]!, 'main.mjs'), 'utf8');
  assert.ok(!main.includes('pglite'), 'PGlite is not imported by the entry');

  const sources = cli(['extract', '--jobs', '2', '--input-format', 'jsonl', '-'], input, { FOGWATCH_NO_BUNDLE: '1', FOGWATCH_CACHE_DIR: cache });
  assert.equal(sources.code, 0, sources.stderr);
  assert.equal(bundled.stdout, sources.stdout);
  const lines = jsonLines(bundled.stdout);
  assert.equal(lines.length, 60);
  assert.ok(lines.every((l) => l.events.length > 0), 'every report gives an event');

  // A second run uses the bundle as made.
  const made = statSync(join(cache, dirs[0]!, 'main.mjs')).mtimeMs;
  const again = cli(['extract', '--input-format', 'jsonl', '-'], input.split('\n')[0] + '\n', { FOGWATCH_CACHE_DIR: cache });
  assert.equal(again.code, 0, again.stderr);
  assert.equal(statSync(join(cache, dirs[0]!, 'main.mjs')).mtimeMs, made);
  assert.equal(readdirSync(cache).filter((n) => n.startsWith('bundle-')).length, 1);
});

test('a bundle folder that others may change is not run', () => {
  const cache = tempDir('fogwatch-bundle-');
  assert.equal(cli(['--version'], undefined, { FOGWATCH_CACHE_DIR: cache }).code, 0);
  const dir = join(cache, readdirSync(cache).find((n) => n.startsWith('bundle-'))!);
  // A planted entry in a folder anyone may write: the CLI must not run it.
  writeFileSync(join(dir, 'main.mjs'), 'process.stdout.write("planted"); export const main = () => {};');
  chmodSync(dir, 0o777);
  const r = cli(['--version'], undefined, { FOGWATCH_CACHE_DIR: cache });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), '0.1.0');
});

test('a cache folder that cannot be written leaves the CLI on the TypeScript sources', () => {
  // A file where the cache folder should be: no bundle can be made there.
  const blocked = join(tempDir('fogwatch-bundle-'), 'not-a-folder');
  writeFileSync(blocked, 'x');
  const r = cli(['extract', '--input-format', 'jsonl', '-'], input.split('\n')[1] + '\n', { FOGWATCH_CACHE_DIR: blocked });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(jsonLines(r.stdout).length, 1);
  assert.equal(jsonLines(r.stdout)[0].events[0].subEventType, 'Attack');
});
