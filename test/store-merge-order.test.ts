/**
 * Merging must not depend on where the data lives nor on the order rows come back: the same
 * articles give the same events on a data folder and on a server, and between equally good
 * candidates a report joins the same one whatever their order (issues 17 and 21).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { chooseEvent, type TermStats } from '../src/resolve/match.ts';
import { eventSignature, reportSignature } from '../src/resolve/signature.ts';
import { extractTerms } from '../src/resolve/terms.ts';
import { MemoryMergeIndex } from '../src/store/merge-index.ts';
import { migrate } from '../src/store/migrations.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import { open, type IngestItem } from '../src/store/index.ts';
import { tempDir } from './helpers.ts';
import { article, backends, claim, DAYTON, event, SOTK } from './store-fixtures.ts';

test('between candidates of equal score a report joins the same event whatever their order', () => {
  const first = article('w1', 'Gunmen killed Tomas Reyes, 44, outside the Lirio market in Dayton on Friday, police said.', { title: 'Tomas Reyes shot dead outside Lirio market', published: '2016-05-14' });
  const again = article('w2', 'Gunmen killed Tomas Reyes, 44, outside the Lirio market in Dayton on Friday, police said.', { title: 'Tomas Reyes shot dead outside Lirio market', published: '2016-05-14' });
  const follow = article('w3', 'Police named Tomas Reyes, 44, as the man shot dead outside the Lirio market in Dayton.', { title: 'Victim of Lirio market shooting named', published: '2016-05-15' });
  const stats: TermStats = { n: 200, df: new Map() };
  // Two events made of one wire story each, told apart only by their first report's publication day.
  const a = eventSignature([reportSignature(first, event())]);
  const b = eventSignature([reportSignature(again, event())]);
  b.p0 = b.p1 = a.p0! - 1;
  const r = reportSignature(follow, event());
  const x = chooseEvent(r, [{ id: 'A', sig: a }, { id: 'B', sig: b }], stats);
  const y = chooseEvent(r, [{ id: 'B', sig: b }, { id: 'A', sig: a }], stats);
  assert.ok(x && y, 'the follow-up joins one of them');
  assert.equal(x.score.score, chooseEvent(r, [{ id: 'A', sig: a }], stats)!.score.score, 'both candidates score the same');
  assert.equal(x.best.id, y.best.id, 'the order of candidates does not choose');
});

test("a server's merge index weighs every term of a candidate event's articles by its stored count", async () => {
  const db = await openPglite(join(tempDir('fogwatch-shared-'), 'pg'));
  try {
    await migrate(db);
    const stored = extractTerms('Shelling hits Sotk village', 'Armenian forces said shelling hit Sotk village near the Azerbaijani border on Tuesday.');
    const sig = eventSignature([reportSignature(article('s1', 'x', { published: '2021-11-16' }), event({ location: SOTK, date: { start: '2021-11-16', end: '2021-11-16', precision: 1 } }), stored)]);
    await db.query(`insert into events (id, event_type, sub_event_type, background, date_prec, record, totals_best, signature, article_count, reach_lo, reach_hi, pub_lo, pub_hi)
      values ('ev_1', 'Battles', 'Armed clash', false, 1, '{}', '{}', $1::json, 1, $2, $3, $4, $5)`, [JSON.stringify(sig), sig.d0! - 3, sig.d1! + 3, sig.p0! - 7, sig.p1! + 7]);
    // Every stored term is common but one: a term of the event's article left unread would count as the rarest possible.
    await db.query(`insert into term_df (term, df) select t, 90 from unnest($1::text[]) t`, [stored]);
    await db.query(`insert into corpus_stats (name, value) values ('articles', 100)`);
    const report = extractTerms('Sotk shelled again', 'Shelling hit Sotk village again on Wednesday, Armenian officials said.');
    const r = reportSignature(article('s2', 'x', { published: '2021-11-17' }), event({ location: SOTK, date: { start: '2021-11-17', end: '2021-11-17', precision: 1 } }), report);
    await db.transaction(async (tx) => {
      const index = new MemoryMergeIndex(undefined, true);
      await index.beginBatch(tx, report);
      const stats = await index.addTerms(tx, report, 1);
      const cands = await index.candidates(tx, [r]);
      assert.deepEqual(cands.map((c) => c.id), ['ev_1']);
      for (const t of stored) assert.equal(stats.df.get(t), report.includes(t) ? 91 : 90, `stored count of ${t}`);
      assert.equal(stats.n, 101);
    });
  } finally {
    await db.close();
  }
});

/** Reports of three events in one week, worded as three outlets would; order matters to an incremental merge, storage order must not. */
function corpus(): IngestItem[] {
  const killed = (n: number) => ({ ...event().totals, killed: { low: n, best: n, high: n } });
  const items: [string, string, string, string, Parameters<typeof event>[0]][] = [
    ['k1', '2016-05-14', 'Two dead in Burns Avenue shooting', 'Two men, Dale Ostrow and Kenji Marsh, were shot dead on Burns Avenue in Dayton early Saturday, police said.', { totals: killed(2), claims: [claim('were shot dead', { low: 2, high: 2 })] }],
    ['k2', '2016-05-15', 'Police name Burns Avenue victims', 'Dayton police named the two men killed on Burns Avenue as Dale Ostrow, 31, and Kenji Marsh, 29.', { totals: killed(2) }],
    ['k3', '2016-05-14', 'Woman wounded at Linden Park', 'A woman was wounded by gunfire near Linden Park in Dayton on Saturday afternoon, police said.', {}],
    ['k4', '2016-05-16', 'Vigil for Burns Avenue shooting victims', 'Friends of Dale Ostrow and Kenji Marsh gathered on Burns Avenue on Monday, two days after both were killed.', { totals: killed(2) }],
    ['k5', '2016-05-15', 'Linden Park shooting: woman recovering', 'The woman shot near Linden Park in Dayton on Saturday is expected to recover, police said on Sunday.', {}],
    ['k6', '2016-05-17', 'Arrest in Burns Avenue killings', 'Police arrested a suspect in the killing of Dale Ostrow and Kenji Marsh on Burns Avenue in Dayton.', { totals: killed(2) }],
  ];
  return items.map(([id, published, title, text, ev]) => ({ article: article(id, text, { title, published }), events: [event({ location: DAYTON, ...ev })] }));
}

/** Each article's event, as groups of article ids (ids of events are random: compared by members). */
async function groups(spec: string, parts: IngestItem[][]): Promise<string[][]> {
  for (const part of parts) {
    const store = await open(spec);
    await store.ingestArticles(part);
    await store.close();
  }
  const store = await open(spec);
  const { events } = await store.listEvents({ limit: 100 });
  await store.close();
  return events.map((e) => [...e.articles].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

for (const b of backends()) {
  test(`${b.name}: one run and a run split across two sessions give the same events`, { timeout: 120_000 }, async () => {
    const items = corpus();
    const one = b.spec(), two = b.spec();
    try {
      const whole = await groups(one, [items]);
      const split = await groups(two, [items.slice(0, 3), items.slice(3)]);
      assert.deepEqual(split, whole);
      // And the reports were merged at all: the shooting's follow-ups with it, the park's apart.
      assert.ok(whole.some((g) => ['k1', 'k2', 'k4'].every((k) => g.includes(k)) && !g.includes('k3')), JSON.stringify(whole));
      assert.ok(whole.some((g) => g.includes('k3') && g.includes('k5')), JSON.stringify(whole));
    } finally {
      await b.cleanup(one);
      await b.cleanup(two);
    }
  });
}

for (const b of backends().filter((x) => x.name === 'postgres')) {
  test('postgres: two writers taking turns on one schema give the events of one writer', { timeout: 120_000 }, async () => {
    const items = corpus();
    const one = b.spec(), two = b.spec();
    try {
      const whole = await groups(one, [items]);
      // Both open at once; each must see what the other wrote between its own batches.
      const [x, y] = [await open(two), await open(two)];
      try {
        await x.ingestArticles(items.slice(0, 2));
        await y.ingestArticles(items.slice(2, 4));
        await x.ingestArticles(items.slice(4, 5));
        await y.ingestArticles(items.slice(5));
      } finally {
        await x.close();
        await y.close();
      }
      assert.deepEqual(await groups(two, []), whole);
    } finally {
      await b.cleanup(one);
      await b.cleanup(two);
    }
  });
}
