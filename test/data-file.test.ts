/** The one loader of data files (src/util/data-file.ts): wrong data fails naming the file, the key and the reason. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DataReader, loadData, readDataJson } from '../src/util/data-file.ts';

const reader = (o: Record<string, unknown>) => new DataReader('lexicon/test.json', o);

for (const [what, read, message] of [
  ['a missing key', () => reader({}).words('aux'), /data\/lexicon\/test\.json: aux is missing$/],
  ['a list with an empty word', () => reader({ aux: ['was', ' '] }).words('aux'), /data\/lexicon\/test\.json: aux\[1\] must be a non-empty string/],
  ['a word list that is a string', () => reader({ aux: 'was' }).words('aux'), /aux must be a list of words/],
  ['a number map with a string', () => reader({ units: { one: 1, two: 'two' } }).numbers('units'), /units\.two must be a number/],
  ['a value outside its choices', () => reader({ q: { about: 'roughly' } }).oneOf('q', ['about', 'exact']), /q\.about must be one of about, exact/],
  ['a bad nested object', () => reader({ bodies: [{ words: ['police'] }] }).objects('bodies')[0]!.string('label'), /bodies\[0\]\.label is missing/],
] as const) {
  test(`data files: ${what} fails with the file, the key and the reason`, () => assert.throws(read, message));
}

test('data files: a missing file and broken JSON name the file', () => {
  assert.throws(() => readDataJson('lexicon/no-such-file.json'), /data\/lexicon\/no-such-file\.json: cannot read/);
  assert.throws(() => loadData('SOURCES.md', (d) => d.words('x')), /data\/SOURCES\.md: not valid JSON/);
});

test('data files: the shipped word lists load and are checked', () => {
  const w = loadData('lexicon/claim-words.json', (d) => ({ aux: d.wordSet('auxiliaries'), units: d.wordSet('units') }));
  assert.ok(w.aux.has('were') && w.units.has('years'));
});
