import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryMergeIndex } from '../src/store/merge-index.ts';
import { migrate } from '../src/store/migrations.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import type { Db } from '../src/store/db.ts';
import { tempDir } from './helpers.ts';

/** One batch: the articles' terms counted (+1) or removed (-1), then flushed, in one transaction. */
async function batch(db: Db, index: MemoryMergeIndex, changes: [string[], 1 | -1][]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [terms, delta] of changes) {
      index.beginArticle();
      await index.addTerms(tx, terms, delta);
    }
    await index.flush(tx);
  });
}

/** What a fresh index (a later run) reads as the frequencies. */
async function readBack(db: Db): Promise<{ n: number; df: Record<string, number> }> {
  return db.transaction(async (tx) => {
    const stats = await new MemoryMergeIndex().addTerms(tx, [], 1);
    return { n: stats.n - 1, df: Object.fromEntries([...stats.df].filter(([, d]) => d > 0).sort()) };
  });
}

test('term counts logged per batch read back the same before and after folding into term_df', async () => {
  const db = await openPglite(tempDir('fogwatch-terms-'));
  try {
    await migrate(db);
    const index = new MemoryMergeIndex(3);
    await batch(db, index, [[['hollin', 'wayne avenue'], 1], [['hollin', 'roeding park'], 1]]);
    await batch(db, index, [[['roeding park'], 1]]);
    // Two batches logged, not yet folded: a later run sums the log itself.
    assert.equal((await db.query<{ n: number }>('select count(*)::int as n from term_df_log'))[0].n, 2);
    assert.deepEqual(await readBack(db), { n: 3, df: { hollin: 2, 'roeding park': 2, 'wayne avenue': 1 } });
    // The third batch (an article removed) reaches the fold: the log is emptied into term_df.
    await batch(db, index, [[['hollin', 'wayne avenue'], -1]]);
    assert.equal((await db.query<{ n: number }>('select count(*)::int as n from term_df_log'))[0].n, 0);
    const rows = await db.query<{ term: string; df: number }>('select term, df from term_df where df > 0 order by term');
    assert.deepEqual(rows.map((r) => [r.term, r.df]), [['hollin', 1], ['roeding park', 2]]);
    assert.deepEqual(await readBack(db), { n: 2, df: { hollin: 1, 'roeding park': 2 } });
  } finally {
    await db.close();
  }
});

test('a rolled-back batch leaves no term counts behind', async () => {
  const db = await openPglite(tempDir('fogwatch-terms-'));
  try {
    await migrate(db);
    const index = new MemoryMergeIndex();
    await batch(db, index, [[['sotk'], 1]]);
    await assert.rejects(db.transaction(async (tx) => {
      await index.addTerms(tx, ['sotk', 'jermuk'], 1);
      await index.flush(tx);
      throw new Error('the batch fails after its counts were written');
    }));
    index.rolledBack('batch');
    assert.deepEqual(await readBack(db), { n: 1, df: { sotk: 1 } });
    await batch(db, index, [[['jermuk'], 1]]);
    assert.deepEqual(await readBack(db), { n: 2, df: { jermuk: 1, sotk: 1 } });
  } finally {
    await db.close();
  }
});
