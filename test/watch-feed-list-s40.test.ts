/**
 * A feeds file edited right after watching starts is reported: the baseline is the file as it was
 * when watching began (fs.watchFile took its first stat later, on the thread pool, and a write that
 * came first became that baseline, never reported: the watch CLI's test failed now and then).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { watchFeedList, type FeedList } from '../src/watch/feed-list.ts';

test('a feeds file changed at once after watching starts is reported, and a missing file is a change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fogwatch-feedlist-'));
  const file = join(dir, 'feeds.txt');
  writeFileSync(file, 'https://example.org/a.xml 5\n');
  const seen: FeedList[] = [];
  const stop = watchFeedList(file, 15, (l) => seen.push(l), 50);
  try {
    writeFileSync(file, 'https://example.org/a.xml 5\nhttps://example.org/b.xml 5\n');
    for (let i = 0; i < 40 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seen[0]?.feeds.map((f) => f.url), ['https://example.org/a.xml', 'https://example.org/b.xml']);
    rmSync(file);
    for (let i = 0; i < 40 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(seen[1]?.errors[0] ?? '', /no such file/);
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
