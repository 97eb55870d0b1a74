/**
 * POST /api/articles when the store fails: one article refused by the database is that article's
 * `failed` item and the rest of the body is stored (201, never a 500, the database's words kept
 * in the server log); only a database that fails as a whole (connection lost) is a 500, with the
 * articles after it named `not_processed`. The store is a real embedded one behind a wrapper that
 * fails where the test says.
 */
import assert from 'node:assert/strict';

import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/serve/app.ts';
import { PostWorker } from '../src/serve/post-worker-pool.ts';
import { StoreError } from '../src/store/errors.ts';
import { open } from '../src/store/index.ts';
import type { IngestItem, Store } from '../src/store/types.ts';
import { tempDir } from './helpers.ts';

const REPORTS = [
  { id: 'pf-1', title: 'Checkpoint attacked', published: '2023-03-02', text: 'Gunmen attacked a police checkpoint outside the provincial capital on Thursday, killing three officers, the interior ministry said.' },
  { id: 'pf-2', title: 'Market shelled', published: '2023-03-03', text: 'Artillery shells struck a crowded market in the northern town on Friday, killing five civilians, local health officials said.' },
  { id: 'pf-3', title: 'Convoy ambushed', published: '2023-03-04', text: 'Insurgents ambushed an army supply convoy on the highway on Saturday, and two soldiers were wounded, a military spokesman said.' },
];

describe('POST /api/articles when the database fails', () => {
  let store: Store;
  let worker: PostWorker;
  const logged: string[] = [];
  let failOn: { id: string; how: 'refuse' | 'lose' } | null = null;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    store = await open(join(tempDir('fogwatch-postfault-'), 'db'));
    const real = store;
    // The store's own contract: an article it cannot store alone comes back 'failed'; a lost server throws.
    const failing: Store = {
      ...real,
      ingestArticles: async (items: IngestItem[]) => {
        const hit = failOn && items.find((i) => i.article.id === failOn!.id);
        if (hit && failOn!.how === 'lose') throw new StoreError(`cannot store article ${hit.article.id} in postgres://db.internal/fog: the connection to the PostgreSQL server was lost`, 'lost');
        if (hit) return [{ articleId: hit.article.id, status: 'failed', eventsNew: 0, eventsMerged: 0, eventIds: [], error: `cannot store article ${hit.article.id} in postgres://db.internal/fog: value too long for type character varying(8)` }];
        return real.ingestArticles(items);
      },
    };
    worker = new PostWorker();
    app = createApp({ store: failing, postWorker: worker, log: (m) => logged.push(m) });
  });
  after(async () => {
    await worker.close();
    await store.close();
  });

  const post = (ids: string[]) => app.request('http://127.0.0.1/api/articles', {
    method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' },
    body: JSON.stringify(REPORTS.filter((r) => ids.includes(r.id))),
  });

  test('one article refused: its own failed item, the others stored, 201', async () => {
    failOn = { id: 'pf-2', how: 'refuse' };
    const res = await post(['pf-1', 'pf-2', 'pf-3']);
    assert.equal(res.status, 201);
    const out = await res.json();
    assert.deepEqual(out.items.map((i: { articleId: string; status: string }) => [i.articleId, i.status]), [['pf-1', 'new'], ['pf-2', 'failed'], ['pf-3', 'new']]);
    assert.match(out.items[1].error, /not stored: the database refused this article/);
    assert.doesNotMatch(JSON.stringify(out), /varying|db\.internal/, 'the database\'s words stay in the log');
    assert.ok(logged.some((l) => /pf-2.*character varying/.test(l)), logged.join('\n'));
    assert.equal(await store.getArticle('pf-2'), null);
    assert.ok(await store.getArticle('pf-3'));
  });

  test('the same body again: the stored ones unchanged, the refused one stored once the database takes it', async () => {
    failOn = null;
    const res = await post(['pf-1', 'pf-2', 'pf-3']);
    assert.equal(res.status, 201);
    assert.deepEqual((await res.json()).items.map((i: { status: string }) => i.status), ['unchanged', 'new', 'unchanged']);
  });

  test('every article refused: a 400 naming each, still not a 500', async () => {
    failOn = { id: 'pf-9', how: 'refuse' };
    const res = await app.request('http://127.0.0.1/api/articles', {
      method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'pf-9', text: 'Two border guards were killed in a night attack on their post, officials said.' }),
    });
    assert.equal(res.status, 400);
    assert.match((await res.json()).error.message, /body\[0\]: not stored: the database refused this article/);
  });

  test('the database lost mid-body: a 500 listing what was stored and what was not processed', async () => {
    const more = REPORTS.map((r) => ({ ...r, id: `${r.id}-b` }));
    failOn = { id: 'pf-2-b', how: 'lose' };
    const res = await app.request('http://127.0.0.1/api/articles', {
      method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' }, body: JSON.stringify(more),
    });
    assert.equal(res.status, 500);
    const out = await res.json();
    assert.deepEqual(out.items.map((i: { status: string }) => i.status), ['new', 'failed', 'not_processed']);
    assert.doesNotMatch(JSON.stringify(out), /db\.internal/);
  });
});
