import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import {
  ACLED_COLUMNS, articleFromText, Event, exportEvents, ingest, mergeReports, openStore, processArticle, readInputs, totalsOf,
  type Article, type StoredEvent,
} from '../src/index.ts';
import { fixture, tempDir } from './helpers.ts';

// The library as docs/library.md shows it, on a report written for these tests.
const REPORT = fixture('package', 'border-clash.txt');
const PUBLISHED = '2021-11-16';

async function readOne(): Promise<Article> {
  const results = [];
  for await (const r of readInputs([REPORT], { defaults: { published: PUBLISHED } })) results.push(r);
  assert.equal(results.length, 1);
  assert.ok(results[0].ok, !results[0].ok ? results[0].error : '');
  return results[0].article;
}

test('readInputs and processArticle: one report, its fighting with each side\'s figures and claimant', async () => {
  const article = await readOne();
  assert.equal(article.title, 'Soldiers killed in fighting on the Armenia-Azerbaijan border');
  const events = processArticle(article);
  for (const e of events) assert.ok(Event.safeParse(e).success, 'every event passes the record schema');
  const fight = events.find((e) => e.claims.some((c) => c.outcome === 'killed'));
  assert.ok(fight, JSON.stringify(events.map((e) => e.subEventType)));
  const killed = fight.claims.filter((c) => c.outcome === 'killed').map((c) => [c.party.country, c.low, c.claimedBy?.name]);
  assert.deepEqual(killed.sort(), [['ARM', 6, 'Ministry of Defence of Armenia'], ['AZE', 7, 'Ministry of Defence of Azerbaijan']]);
  for (const c of fight.claims) assert.equal(article.text.slice(c.quote.start, c.quote.end), c.quote.text);
});

test('articleFromText gives an article of plain text; the caller\'s values win', () => {
  const a = articleFromText(readFileSync(REPORT, 'utf8'), { id: 'report-1', published: PUBLISHED, outlet: 'Test Wire' });
  assert.deepEqual([a.id, a.published, a.outlet], ['report-1', PUBLISHED, 'Test Wire']);
  assert.ok(processArticle(a).length >= 1);
});

/** A PostgreSQL schema of its own when FOGWATCH_TEST_PG is set. */
function stores(): { name: string; location: string; cleanup: () => Promise<void> }[] {
  const out = [{ name: 'a data folder', location: join(tempDir(), 'data'), cleanup: async () => {} }];
  const url = process.env.FOGWATCH_TEST_PG;
  if (url) {
    const schema = `fw_lib_${randomBytes(5).toString('hex')}`;
    out.push({
      name: 'a PostgreSQL server', location: `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`,
      cleanup: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    });
  }
  return out;
}

for (const s of stores()) {
  test(`openStore on ${s.name}, ingest, query, export: the report once, merged with a second report of the same fighting`, { timeout: 180_000 }, async () => {
    const store = await openStore(s.location);
    try {
      const first = await ingest(store, [REPORT], { defaults: { published: PUBLISHED } });
      assert.deepEqual([first.new, first.failed, first.errors], [1, 0, []]);
      const again = await ingest(store, [REPORT], { defaults: { published: PUBLISHED } });
      assert.equal(again.unchanged, 1, 'ingest is idempotent');
      // A second outlet's report of the same fighting, given as a record: stored and resolved against the first.
      const second: Article = {
        id: 'baku-desk-1', title: 'Seven Azerbaijani servicemen killed in border fighting with Armenia', url: null, published: PUBLISHED, outlet: 'Baku Desk', byline: null,
        text: 'BAKU, November 16 - Azerbaijani and Armenian troops exchanged artillery fire along the border on Tuesday. Azerbaijan\'s defence ministry said seven of its servicemen were killed and ten wounded in the fighting near Sotk.',
      };
      const more = await ingest(store, [second]);
      assert.equal(more.new, 1);
      assert.ok(more.eventsNew + more.eventsMerged >= 1);
      const events: StoredEvent[] = [];
      for await (const e of store.iterateEvents()) events.push(e);
      const reported = new Set(events.flatMap((e) => e.articles));
      assert.ok(reported.has('baku-desk-1') && reported.size === 2, JSON.stringify([...reported]));
      const detail = await store.getArticle('baku-desk-1');
      assert.ok(detail && detail.eventIds.length >= 1 && detail.claims.some((c) => c.low === 7));
      const page = await store.listEvents({ since: PUBLISHED, limit: 10 });
      assert.ok(page.events.length >= 1);
      let csv = '';
      const sum = await exportEvents(store.iterateEvents({}), 'acled-csv', (chunk) => { csv += chunk; });
      const rows = parse(csv, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(rows[0]), [...ACLED_COLUMNS]);
      assert.equal(rows.length, sum.written);
    } finally {
      await store.close();
      await s.cleanup();
    }
  });
}

test('mergeReports and totalsOf: two reports known to tell one event, figures side by side', async () => {
  const article = await readOne();
  const fight = processArticle(article).find((e) => e.claims.some((c) => c.outcome === 'killed'))!;
  const merged = mergeReports('ev_1', [{ articleId: article.id, event: fight }, { articleId: 'copy', event: fight }], fight.claims.map((c) => ({ ...c, articleId: article.id })));
  assert.deepEqual(merged.articles, [article.id, 'copy']);
  assert.equal(totalsOf(merged.claims, 'conservative').killed.best, 13);
});

test('ingest of given records passes the readers\' boundary: control characters removed, a non-http URL dropped, a non-record named', { timeout: 120_000 }, async () => {
  const dir = tempDir('fogwatch-lib-norm-');
  const store = await openStore(join(dir, 'db'));
  try {
    const hostile = {
      id: 'desk-nul-1', title: 'Shelling\u0000 near the front', url: 'javascript:alert(1)', published: PUBLISHED, outlet: 'Desk\u0007 Wire', byline: null,
      text: 'KHARKIV, Nov 16 - Two civilians were killed\u0000 when shells hit a market on Tuesday, the regional governor said.',
    } as Article;
    const sum = await ingest(store, [hostile, null as unknown as Article, { id: 'no-text' } as unknown as Article]);
    assert.equal(sum.new, 1);
    assert.deepEqual(sum.errors.map((e) => e.source), ['article #2', 'no-text']);
    assert.match(sum.errors[0].error, /not an article record/);
    assert.deepEqual(sum.warnings.map((w) => w.source), ['desk-nul-1', 'desk-nul-1']);
    assert.match(sum.warnings.map((w) => w.warning).join(' | '), /control characters removed \(1 in title, 1 in outlet, 1 in text\) \| url dropped/);
    const stored = await store.getArticle('desk-nul-1');
    assert.ok(stored);
    assert.equal(stored.article.url, null);
    assert.equal(stored.article.title, 'Shelling near the front');
    assert.ok(!/[\u0000-\u0008]/.test(stored.article.text + stored.article.outlet));
  } finally {
    await store.close();
  }
});
