/**
 * The ingest's heap ceiling (src/store/heap-ceiling.ts): after a batch that left more garbage than
 * the headroom, the garbage is collected at once instead of when V8 nears its own, far higher, limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectIfGrown } from '../src/store/heap-ceiling.ts';

test('a heap grown by more than the headroom is collected; a small one is left to V8', () => {
  collectIfGrown();
  assert.equal(collectIfGrown(), false, 'nothing grew since the last collection');
  // What a batch leaves behind: rows and records that outlived young collections, now unreachable.
  let rows: number[][] | null = [];
  for (let i = 0; i < 400; i++) rows.push(new Array(100_000).fill(i));
  const before = process.memoryUsage().heapUsed;
  assert.ok(rows.length === 400 && before > 300 * 2 ** 20, `heap ${before}`);
  rows = null;
  assert.equal(collectIfGrown(), true);
  const after = process.memoryUsage().heapUsed;
  assert.ok(after < before - 250 * 2 ** 20, `heap ${Math.round(before / 2 ** 20)} MB → ${Math.round(after / 2 ** 20)} MB`);
  assert.equal(collectIfGrown(), false);
});
