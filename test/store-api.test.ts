import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { open, type Store } from '../src/store/index.ts';
import { article, backends, claim, DAYTON, event, FRESNO, SOTK } from './store-fixtures.ts';

// The same storage tests on every backend: PGlite in a folder, and a PostgreSQL server when FOGWATCH_TEST_PG is set.
for (const b of backends()) {
  describe(`store on ${b.name}`, () => {
    const specs: string[] = [];
    const openNew = async (): Promise<Store> => {
      const spec = b.spec();
      specs.push(spec);
      return open(spec);
    };
    after(async () => { for (const s of specs) await b.cleanup(s); });

    const daytonText = 'A 37-year-old man, Marcus Hollin, was shot dead on Wayne Avenue in Dayton on Saturday night, police said.';
    const daytonEvent = (k = 1) => event({ claims: [claim('was shot dead', { low: k, high: k })] });

    test('ingesting the same article twice changes nothing; new text replaces its claims', async () => {
      const s = await openNew();
      try {
        const a = article('a1', daytonText, { published: '2016-05-15' });
        const r1 = await s.ingestArticle(a, [daytonEvent()]);
        assert.equal(r1.status, 'new');
        assert.equal(r1.eventsNew, 1);
        const before = await s.listEvents();
        const r2 = await s.ingestArticle(a, [daytonEvent()]);
        assert.equal(r2.status, 'unchanged');
        assert.deepEqual(r2.eventIds, r1.eventIds);
        const again = await s.listEvents();
        assert.deepEqual(again.events.map((e) => [e.id, e.updatedAt, e.claims.length]), before.events.map((e) => [e.id, e.updatedAt, e.claims.length]));
        assert.equal(await s.isStored(a), true);

        // The same id with new text: its old claims go, the new ones come, no duplicate article.
        const a2 = { ...a, text: daytonText + ' A second man, 22, died in hospital on Sunday.' };
        const r3 = await s.ingestArticle(a2, [daytonEvent(2)]);
        assert.equal(r3.status, 'updated');
        const st = await s.stats();
        assert.equal(st.articles, 1);
        assert.equal(st.claims, 1);
        const ev = (await s.listEvents()).events;
        assert.equal(ev.length, 1);
        assert.equal(ev[0].totals.killed.best, 2);
        assert.deepEqual(ev[0].articles, ['a1']);
      } finally {
        await s.close();
      }
    });

    test('two articles with distinct ids and one normalized URL are both kept; storing them again changes nothing', async () => {
      const s = await openNew();
      try {
        // A live story and its update, given two ids by their feed: the fragment and the tracking parameter are all that tell the URLs apart.
        const items = [
          { article: article('story', daytonText, { url: 'https://news.example/dayton-shooting?utm_source=x' }), events: [daytonEvent()] },
          { article: article('story-update', daytonText + ' A second victim died on Sunday.', { url: 'https://news.example/dayton-shooting#update' }), events: [daytonEvent(2)] },
        ];
        assert.deepEqual((await s.ingestArticles(items)).map((r) => r.status), ['new', 'new']);
        assert.ok(await s.getArticle('story'));
        assert.ok(await s.getArticle('story-update'));
        assert.equal((await s.stats()).articles, 2);
        const ids = (await s.listEvents({})).events.map((e) => e.id).sort();
        for (let run = 0; run < 2; run++) {
          assert.deepEqual((await s.ingestArticles(items)).map((r) => r.status), ['unchanged', 'unchanged'], `run ${run + 2}`);
          for (const it of [...items].reverse()) assert.equal((await s.ingestArticle(it.article, it.events)).status, 'unchanged');
        }
        assert.deepEqual((await s.listEvents({})).events.map((e) => e.id).sort(), ids, 'the same events, not replaced');
      } finally {
        await s.close();
      }
    });

    test('two reports of one shooting merge; a shooting elsewhere the same day does not', async () => {
      const s = await openNew();
      try {
        await s.ingestArticle(article('d1', daytonText, { published: '2016-05-15', title: 'Marcus Hollin shot dead on Wayne Avenue in Dayton' }), [daytonEvent()]);
        await s.ingestArticle(article('f1', 'Two teenagers were wounded in a drive-by shooting near Roeding Park in Fresno on Saturday, officers said.',
          { published: '2016-05-15', title: 'Two teens wounded in Roeding Park drive-by' }), [event({ location: FRESNO, claims: [claim('were wounded', { outcome: 'wounded', low: 2, high: 2 })] })]);
        const r = await s.ingestArticle(article('d2', 'Police have named Marcus Hollin, 37, as the man killed on Wayne Avenue in Dayton late Saturday.',
          { published: '2016-05-16', title: 'Dayton police name Wayne Avenue shooting victim Marcus Hollin' }), [daytonEvent()]);
        assert.equal(r.eventsMerged, 1);
        const { events } = await s.listEvents({ sort: 'articles_desc' });
        assert.equal(events.length, 2);
        assert.deepEqual(events[0].articles, ['d1', 'd2']);
        assert.deepEqual(events[1].articles, ['f1']);
        const detail = await s.getEvent(events[0].id);
        assert.ok(detail);
        assert.deepEqual(detail.articles.map((a) => a.id), ['d1', 'd2']);
        assert.equal(detail.claimGroups.length, 1);
        assert.equal(detail.claimGroups[0].claims.length, 2);
        assert.ok(detail.claimGroups[0].claims.every((c) => c.eventId === events[0].id));
      } finally {
        await s.close();
      }
    });

    test('a background event is stored apart and does not swallow the current one', async () => {
      const s = await openNew();
      try {
        const war = event({ background: true, eventType: 'Battles', subEventType: 'Armed clash', location: SOTK,
          date: { start: '2020-09-27', end: '2020-11-10', precision: 4 } });
        const clash = event({ eventType: 'Battles', subEventType: 'Armed clash', location: SOTK,
          date: { start: '2021-11-16', end: '2021-11-16', precision: 1 } });
        const text = 'Armenian and Azerbaijani forces clashed near Sotk on Tuesday, the worst fighting since last year\'s war.';
        await s.ingestArticle(article('c1', text), [clash, war]);
        await s.ingestArticle(article('c2', text + ' Both sides reported losses.'), [clash, war]);
        const all = (await s.listEvents()).events;
        assert.equal(all.length, 2);
        const current = all.filter((e) => !e.background);
        assert.equal(current.length, 1);
        assert.deepEqual(current[0].articles, ['c1', 'c2']);
        assert.equal((await s.listEvents({ includeBackground: false })).events.length, 1);
      } finally {
        await s.close();
      }
    });

    test('filters, sorting and cursor pages; hostile filter values are only values', async () => {
      const s = await openNew();
      try {
        const streets = ['Maple', 'Linden', 'Harbor', 'Quarry', 'Juniper', 'Orchard', 'Copper'];
        for (let i = 0; i < 7; i++) {
          const day = `2016-${String(3 + i).padStart(2, '0')}-14`;
          await s.ingestArticle(article(`p${i}`, `A ${20 + i}-year-old was shot on ${streets[i]} Road, officers said.`, { published: day }),
            [event({ date: { start: day, end: day, precision: 1 }, location: i % 2 ? FRESNO : DAYTON })]);
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await s.listEvents({ sort: 'date_asc', limit: 3, cursor });
          seen.push(...page.events.map((e) => e.date.start!));
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(seen.length, 7);
        assert.deepEqual(seen, [...seen].sort());
        const desc = (await s.listEvents({ sort: 'date_desc', limit: 100 })).events.map((e) => e.date.start);
        assert.deepEqual(desc, [...seen].reverse());
        assert.equal((await s.listEvents({ since: '2016-05-01', until: '2016-06-30' })).events.length, 2);
        assert.equal((await s.listEvents({ country: 'usa' })).events.length, 7);
        assert.equal((await s.listEvents({ country: 'United States', text: 'fresno' })).events.length, 3);
        assert.equal((await s.listEvents({ type: 'Battles' })).events.length, 0);
        assert.equal((await s.listEvents({ subType: 'Attack', articleId: 'p3' })).events.length, 1);
        for (const evil of ["'; drop table events; --", "%' or '1'='1", 'x\\', '_%']) {
          assert.equal((await s.listEvents({ country: evil, text: evil, type: evil, subType: evil, articleId: evil })).events.length, 0);
        }
        assert.equal((await s.listEvents({ text: '100%' })).events.length, 0);
        await assert.rejects(s.listEvents({ since: "2016-01-01' or 1=1" }), /since: expected YYYY-MM-DD/);
        await assert.rejects(s.listEvents({ cursor: 'not-a-cursor' }), /cursor/);
        assert.equal((await s.stats()).events, 7);
        const st = await s.stats({ since: '2016-07-01' });
        assert.equal(st.events, 3);
        assert.equal(st.byDay.length, 3);
        assert.deepEqual(st.byType, [{ eventType: 'Violence against civilians', subEventType: 'Attack', events: 3 }]);
      } finally {
        await s.close();
      }
    });

    test('getArticle gives the text, its claims with exact spans, and its events', async () => {
      const s = await openNew();
      try {
        const text = 'Baku said seven Azerbaijani soldiers were killed in the fighting.';
        const start = text.indexOf('seven');
        const c = claim('seven Azerbaijani soldiers were killed', {
          low: 7, high: 7, party: { name: 'Azerbaijani soldiers', kind: 'military', country: 'AZE' },
          claimedBy: { name: 'Baku', kind: 'government', country: 'AZE' },
          quote: { text: 'seven Azerbaijani soldiers were killed', start, end: start + 38 },
        });
        const r = await s.ingestArticle(article('q1', text), [event({ location: SOTK, eventType: 'Battles', subEventType: 'Armed clash', claims: [c] })]);
        const got = await s.getArticle('q1');
        assert.ok(got);
        assert.equal(got.article.text, text);
        assert.deepEqual(got.eventIds, r.eventIds);
        assert.equal(got.claims.length, 1);
        assert.equal(text.slice(got.claims[0].quote.start, got.claims[0].quote.end), got.claims[0].quote.text);
        assert.equal(got.claims[0].articleId, 'q1');
        assert.equal(await s.getArticle('nope'), null);
        assert.equal(await s.getEvent('nope'), null);
      } finally {
        await s.close();
      }
    });

    test('a batch stores every good article; a bad one fails alone', async () => {
      const s = await openNew();
      try {
        // Not a date: the database refuses it (placed far from the others so that it starts its own event).
        const bad = event({ date: { start: '2016-13-45', end: null, precision: 1 }, location: SOTK, eventType: 'Battles', subEventType: 'Armed clash' });
        const res = await s.ingestArticles([
          { article: article('b1', 'First report of a shooting in Dayton.'), events: [event()] },
          { article: article('b2', 'A report with a broken date.'), events: [bad] },
          { article: article('b3', 'Third report, about Fresno.'), events: [event({ location: FRESNO })] },
        ]);
        assert.deepEqual(res.map((r) => r.status), ['new', 'failed', 'new']);
        assert.match(res[1].error ?? '', /date/i);
        assert.equal(await s.getArticle('b2'), null);
        const st = await s.stats();
        assert.equal(st.articles, 2);
      } finally {
        await s.close();
      }
    });

    test('one batch with merges, a new version of an earlier article and a URL shared by two ids: the same as one by one', async () => {
      const hollin = 'Marcus Hollin, 37, was shot dead on Wayne Avenue in Dayton late Saturday, police said.';
      const items = [
        { article: article('m1', hollin, { published: '2016-05-15', title: 'Marcus Hollin shot dead on Wayne Avenue in Dayton' }), events: [daytonEvent()] },
        { article: article('m2', 'Police named Marcus Hollin, 37, as the man killed on Wayne Avenue in Dayton.',
          { published: '2016-05-16', title: 'Dayton police name Wayne Avenue shooting victim Marcus Hollin', url: 'https://news.example/hollin' }), events: [daytonEvent()] },
        { article: article('f1', 'Two teenagers were wounded in a drive-by shooting near Roeding Park in Fresno on Saturday, officers said.',
          { published: '2016-05-15', title: 'Two teens wounded in Roeding Park drive-by' }), events: [event({ location: FRESNO, claims: [claim('were wounded', { outcome: 'wounded', low: 2, high: 2 })] })] },
        // A new version of m1 in the same batch: it replaces the first, its claims with it.
        { article: article('m1', hollin + ' A second man died in hospital.', { published: '2016-05-15', title: 'Marcus Hollin shot dead on Wayne Avenue in Dayton' }), events: [daytonEvent(2)] },
        // The same URL as m2 under another id: another article, kept beside m2.
        { article: article('m3', 'Police named Marcus Hollin, 37, as the man killed on Wayne Avenue in Dayton. Updated.',
          { published: '2016-05-16', title: 'Dayton police name Wayne Avenue shooting victim Marcus Hollin', url: 'https://news.example/hollin?utm_source=feed' }), events: [daytonEvent()] },
      ];
      const batched = await openNew();
      const single = await openNew();
      try {
        const res = await batched.ingestArticles(items);
        assert.deepEqual(res.map((r) => r.status), ['new', 'new', 'new', 'updated', 'new']);
        for (const it of items) await single.ingestArticle(it.article, it.events);
        const view = async (s: Store) => (await s.listEvents({ sort: 'articles_desc' })).events
          .map((e) => ({ articles: e.articles, claims: e.claims.map((c) => [c.articleId, c.low]), killed: e.totals.killed?.best ?? null }));
        const got = await view(batched);
        assert.deepEqual(got, await view(single), 'a batch stores what one article at a time stores');
        assert.deepEqual(got.map((e) => e.articles), [['m2', 'm1', 'm3'], ['f1']], 'the new version of m1 arrives after m2');
        assert.equal(got[0].killed, 2, 'the new version of m1 counts, the old one is gone');
        const st = await batched.stats();
        assert.equal(st.articles, 4);
        assert.ok(await batched.getArticle('m2'), 'm2 is kept beside m3');
        // The batch again: its last versions are stored, so they change nothing.
        const again = await batched.ingestArticles(items.slice(2));
        assert.deepEqual(again.map((r) => r.status), ['unchanged', 'unchanged', 'unchanged']);
        assert.deepEqual(await view(batched), got);
      } finally {
        await batched.close();
        await single.close();
      }
    });

    test('reopening a database keeps everything in it', async () => {
      const spec = b.spec();
      specs.push(spec);
      let s = await open(spec);
      await s.ingestArticle(article('r1', daytonText), [daytonEvent()]);
      await s.close();
      s = await open(spec);
      try {
        assert.equal((await s.stats()).articles, 1);
        assert.equal((await s.listEvents()).events.length, 1);
      } finally {
        await s.close();
      }
    });
  });
}
