/**
 * Speed, stop 38: the chrono day parser loads only the chrono files it uses (the Chrono class, the
 * English configuration, the English and common parsers), not the package's index, which loads all
 * sixteen locales: ~0.15 s of CPU in every process (and every worker) that reads a date chrono must
 * read, for files never used. What the parser reads is unchanged (test/annotate-chrono.test.ts,
 * and the byte-identical outputs of the dev inputs).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { chronoDayParser } from '../src/annotate/chrono.ts';

const require = createRequire(import.meta.url);

test('the day parser loads no locale but English', () => {
  chronoDayParser();
  const locales = new Set(Object.keys(require.cache).map((f) => /chrono-node[\\/]dist[\\/]cjs[\\/]locales[\\/](\w+)[\\/]/.exec(f)?.[1]).filter(Boolean));
  assert.deepEqual([...locales], ['en']);
  assert.equal(Object.keys(require.cache).some((f) => /chrono-node[\\/]dist[\\/]cjs[\\/]index\.js$/.test(f)), false);
});
