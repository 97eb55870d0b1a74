/**
 * Two articles that share a URL once normalized ("…/story" and "…/story#update") but carry
 * distinct ids are two articles: both are stored, and running the same input again changes
 * nothing (issue 21: before, each run replaced one by the other and reported "updated").
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, jsonLines, tempDir } from './helpers.ts';

test('ingest: distinct ids with one normalized URL are both kept; the same input again is 0 new, 0 updated', { timeout: 300_000 }, () => {
  const dir = tempDir();
  const input = join(dir, 'in.jsonl');
  const story = 'Militants stormed a checkpoint outside Kousseri on Tuesday and killed four soldiers, the army said in a statement.';
  writeFileSync(input, [
    { id: 'wire-881', url: 'https://wire.example/africa/kousseri-checkpoint', published: '2019-03-12', title: 'Four soldiers killed at Kousseri checkpoint', text: story },
    { id: 'wire-881-upd', url: 'https://wire.example/africa/kousseri-checkpoint#update', published: '2019-03-12', title: 'Update: six soldiers killed at Kousseri checkpoint',
      text: story.replace('four soldiers', 'six soldiers') + ' Two wounded soldiers died overnight, a military source said on Wednesday.' },
    { id: 'wire-882', url: 'https://wire.example/africa/kousseri-checkpoint?utm_source=rss', published: '2019-03-13', title: 'Army vows to hunt checkpoint attackers',
      text: 'The army vowed on Wednesday to hunt down the militants who killed soldiers at a checkpoint outside Kousseri.' },
  ].map((o) => JSON.stringify(o)).join('\n') + '\n');
  const db = join(dir, 'db');
  const first = cli(['ingest', '--db', db, input]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /articles 3 new, 0 updated, 0 unchanged, 0 failed/);
  const ids = () => jsonLines(cli(['events', '--db', db, '--format', 'jsonl']).stdout).map((e) => [e.id, [...e.articles].sort()]);
  const before = ids();
  assert.deepEqual([...new Set(before.flatMap(([, a]) => a))].sort(), ['wire-881', 'wire-881-upd', 'wire-882']);
  for (let run = 2; run <= 3; run++) {
    const again = cli(['ingest', '--db', db, input]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /articles 0 new, 0 updated, 3 unchanged, 0 failed; events 0 new, 0 merged/, `run ${run}`);
  }
  assert.deepEqual(ids(), before, 'the same events, ids included');
});
