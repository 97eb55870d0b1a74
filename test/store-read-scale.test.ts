/**
 * Reads at scale (issue 17 item 4): keyset pages under every order and the split queries (country
 * by code or name, date filters with long events apart) give each event exactly once, in order,
 * across pages full of ties; the map's summary counts what the list counts. Both backends.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/serve/app.ts';
import { open, type EventFilters, type EventSort, type Store, type StoredEvent } from '../src/store/index.ts';
import type { Event, Place } from '../src/record/schema.ts';
import { join } from 'node:path';
import type { Db } from '../src/store/db.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import { WORD_WALK } from '../src/store/queries.ts';
import { openPostgres } from '../src/store/postgres-db.ts';
import { article, backends, claim, event } from './store-fixtures.ts';

/** The database under a store's spec, opened beside the store (a data folder's pg/, a server schema). */
async function rawDb(spec: string): Promise<Db> {
  if (!spec.startsWith('postgres')) return openPglite(join(spec, 'pg'));
  const u = new URL(spec);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  return openPostgres(u.toString(), schema);
}

/** The map's points worked out in JavaScript from the events: cell → count, killed, place, type. */
function cellsOf(events: StoredEvent[], zoom: number): Map<string, { n: number; f: number; lat: number; lon: number; type: string; id: string }> {
  const cell = 2 ** (5 - zoom);
  const groups = new Map<string, StoredEvent[]>();
  for (const e of events) {
    if (e.location?.latitude == null || e.location.longitude == null) continue;
    const k = `${Math.floor(e.location.latitude / cell)},${Math.floor(e.location.longitude / cell)}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const out = new Map<string, { n: number; f: number; lat: number; lon: number; type: string; id: string }>();
  for (const [k, g] of groups) {
    const types = new Map<string, number>();
    for (const e of g) types.set(e.eventType, (types.get(e.eventType) ?? 0) + 1);
    const type = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    out.set(k, {
      n: g.length, f: g.reduce((n, e) => n + (e.fatalities ?? 0), 0), type, id: g[0].id,
      lat: g.reduce((n, e) => n + e.location!.latitude!, 0) / g.length, lon: g.reduce((n, e) => n + e.location!.longitude!, 0) / g.length,
    });
  }
  return out;
}

/** The store's summary equals the JavaScript aggregate of the matching events, point by point. */
async function assertSummary(s: Store, events: StoredEvent[], zoom: number, f: EventFilters, label: string): Promise<void> {
  const want = cellsOf(events, zoom);
  const got = await s.summary({ zoom, ...f });
  const cell = 2 ** (5 - zoom);
  const at = `${label} zoom ${zoom} ${JSON.stringify(f)}`;
  assert.equal(got.points.length, want.size, `${at}: cells`);
  assert.equal(got.events, [...want.values()].reduce((n, c) => n + c.n, 0), `${at}: events`);
  for (const p of got.points) {
    const w = want.get(`${Math.floor(p.latitude / cell)},${Math.floor(p.longitude / cell)}`);
    assert.ok(w, `${at}: a point where no event is (${p.latitude}, ${p.longitude})`);
    assert.equal(p.events, w.n, at);
    assert.equal(p.fatalities, w.f, at);
    assert.equal(p.eventType, w.type, at);
    assert.ok(Math.abs(p.latitude - w.lat) < 1e-9 && Math.abs(p.longitude - w.lon) < 1e-9, `${at}: place ${p.latitude},${p.longitude} against ${w.lat},${w.lon}`);
    assert.equal(p.eventId, w.n === 1 ? w.id : null, at);
  }
}

// Forty-eight places a few hundred km apart at least (no two merge), in four "countries": two with
// an ISO3 code, one known by name only, one whose code is another's name in lower case would not be.
const COUNTRIES = [
  { country: 'Armenia', iso3: 'ARM' }, { country: 'Sudan', iso3: 'SDN' }, { country: 'Somaliland', iso3: null }, { country: 'Mali', iso3: 'MLI' },
];
function place(i: number): Place {
  const c = COUNTRIES[i % 4];
  // Off the whole degrees by a few eighths, so that the ⅛° cells and their edges are exercised.
  return { name: `Town ${i}`, admin1: null, country: c.country, iso3: c.iso3, latitude: -60 + Math.floor(i / 8) * 20 + (i % 7) * 0.11, longitude: -150 + (i % 8) * 40 + (i % 5) * 0.13, precision: 1 };
}
// Three dates for 48 events: every page boundary falls inside a run of ties. Every seventh event
// spans two months (a long event under a date filter), every eleventh has no date.
const DATES = ['2023-03-01', '2023-03-08', '2023-04-20'];
function eventOf(i: number): Event {
  const start = DATES[i % 3];
  const date = i % 11 === 5 ? { start: null, end: null, precision: 3 }
    : i % 7 === 3 ? { start: '2023-01-10', end: '2023-03-12', precision: 3 }
    : { start, end: start, precision: 1 };
  const k = i % 4; // fatalities tie in fours
  return event({
    eventType: i % 2 ? 'Battles' : 'Violence against civilians', subEventType: i % 2 ? 'Armed clash' : 'Attack',
    date: date as Event['date'], location: place(i), fatalities: k || null,
    claims: k ? [claim('were killed', { low: k, high: k })] : [],
  });
}

const ORDERS: EventSort[] = ['date_desc', 'date_asc', 'updated_desc', 'articles_desc', 'fatalities_desc'];
const FILTERS: EventFilters[] = [
  {}, { country: 'arm' }, { country: 'Armenia' }, { country: 'Somaliland' }, { type: 'Battles' }, { subType: 'Attack' },
  { since: '2023-03-05' }, { until: '2023-03-05' }, { since: '2023-03-02', until: '2023-03-10' }, { since: '2023-03-05', country: 'SDN' },
  { includeBackground: false, since: '2023-02-01', type: 'Battles' },
];

/** What the filter means, worked out in JavaScript from the stored records. */
function matches(e: StoredEvent, f: EventFilters): boolean {
  const start = e.date.start ?? e.date.end, end = e.date.end ?? e.date.start;
  if (f.since && !(end && end >= f.since)) return false;
  if (f.until && !(start && start <= f.until)) return false;
  const c = f.country?.toLowerCase();
  if (c && e.location?.country?.toLowerCase() !== c && e.location?.iso3?.toLowerCase() !== c) return false;
  if (f.type && e.eventType !== f.type) return false;
  if (f.subType && e.subEventType !== f.subType) return false;
  return true;
}

const key: Record<EventSort, (e: StoredEvent) => string | number> = {
  date_desc: (e) => e.date.start ?? e.date.end ?? '0001-01-01',
  date_asc: (e) => e.date.start ?? e.date.end ?? '9999-12-31',
  updated_desc: (e) => e.updatedAt,
  articles_desc: (e) => e.articleCount,
  fatalities_desc: (e) => e.fatalities ?? -1,
};

for (const b of backends()) {
  describe(`reads at scale on ${b.name}`, () => {
    let spec = '';
    let s: Store;
    let all: StoredEvent[] = [];
    before(async () => {
      spec = b.spec();
      s = await open(spec);
      const items = Array.from({ length: 48 }, (_, i) => ({
        article: article(`r${i}`, `Report ${i}: fighting near Town ${i} left people dead, officials said.`, { published: '2023-04-21' }),
        events: [eventOf(i)],
      }));
      await s.ingestArticles(items);
      all = (await s.listEvents({ limit: 1000 })).events;
    });
    after(async () => { await s?.close(); await b.cleanup(spec); });
    /** Closes the store, changes its database directly, opens it again. */
    const withRaw = async (change: (db: Db) => Promise<void>) => {
      await s.close();
      const db = await rawDb(spec);
      try {
        await change(db);
      } finally {
        await db.close();
      }
      s = await open(spec);
    };

    test('the fixture holds some 48 events (merging may join a few reports)', () => {
      assert.ok(all.length >= 40 && all.length <= 48, String(all.length));
    });

    for (const sort of ORDERS) {
      test(`pages of 5 under ${sort}: every matching event once, in order, for each filter`, async () => {
        for (const f of FILTERS) {
          const seen: StoredEvent[] = [];
          let cursor: string | null = null;
          for (let i = 0; i < 30; i++) {
            const page = await s.listEvents({ ...f, sort, limit: 5, cursor });
            seen.push(...page.events);
            cursor = page.nextCursor;
            if (!cursor) break;
          }
          const label = `${sort} ${JSON.stringify(f)}`;
          const ids = seen.map((e) => e.id);
          assert.equal(new Set(ids).size, ids.length, `${label}: an event twice`);
          const want = all.filter((e) => matches(e, f) && (f.includeBackground !== false || !e.background)).map((e) => e.id).sort();
          assert.deepEqual([...ids].sort(), want, `${label}: events skipped or extra`);
          assert.ok(want.length > 0 || Object.keys(f).length > 1, `${label}: the filter should match something`);
          const dir = sort === 'date_asc' ? 1 : -1;
          for (let i = 1; i < seen.length; i++) {
            const a = key[sort](seen[i - 1]), z = key[sort](seen[i]);
            assert.ok(a === z || (a < z ? 1 : -1) === dir, `${label}: ${a} then ${z} is out of order`);
          }
          // One page of everything gives the same order as the pages.
          const whole = await s.listEvents({ ...f, sort, limit: 1000 });
          assert.deepEqual(ids, whole.events.map((e) => e.id), `${label}: pages and one page disagree`);
        }
      });
    }

    test('summary: cells add up to the located events of the filter, at every zoom and in a box', async () => {
      const located = (f: EventFilters) => all.filter((e) => matches(e, f) && e.location?.latitude != null);
      for (const zoom of [0, 2, 5, 12]) {
        for (const f of [{}, { country: 'Sudan' }, { since: '2023-03-05', type: 'Battles' }] as EventFilters[]) {
          const r = await s.summary({ zoom, ...f });
          assert.equal(r.cell, 2 ** (5 - zoom));
          const sum = r.points.reduce((n, p) => n + p.events, 0);
          assert.equal(sum, located(f).length, `zoom ${zoom} ${JSON.stringify(f)}`);
          assert.equal(r.events, sum);
          const killed = located(f).reduce((n, e) => n + (e.fatalities ?? 0), 0);
          assert.equal(r.points.reduce((n, p) => n + p.fatalities, 0), killed);
          for (const p of r.points) assert.equal(p.eventId !== null, p.events === 1);
        }
      }
      // At zoom 0 (32° cells) neighbours 20° and 40° apart share cells; at zoom 12 every event is its own point.
      assert.ok((await s.summary({ zoom: 0 })).points.length < all.length);
      const fine = await s.summary({ zoom: 12 });
      assert.equal(fine.points.length, all.length);
      assert.deepEqual(fine.points.map((p) => p.eventId).sort(), all.map((e) => e.id).sort());
      // A box: the events whose place is inside it, no others.
      const box: [number, number, number, number] = [-155, -65, -65, -15];
      const inBox = all.filter((e) => e.location!.longitude! >= box[0] && e.location!.longitude! <= box[2] && e.location!.latitude! >= box[1] && e.location!.latitude! <= box[3]);
      const r = await s.summary({ zoom: 12, bbox: box });
      assert.deepEqual(r.points.map((p) => p.eventId).sort(), inBox.map((e) => e.id).sort());
      assert.ok(inBox.length > 0 && inBox.length < all.length);
    });

    test('GET /api/summary answers the summary and refuses bad parameters', async () => {
      const app = createApp({ store: s });
      const ok = await app.request('/api/summary?zoom=12&bbox=-155,-65,-65,-15&background=exclude');
      assert.equal(ok.status, 200);
      const body = await ok.json() as { points: unknown[]; cell: number };
      assert.equal(body.cell, 2 ** -7);
      assert.ok(body.points.length > 0);
      for (const [q, why] of [['zoom=30', /zoom/], ['bbox=10,0,5,1', /bbox/], ['bbox=a,b,c,d', /bbox/], ['zom=3', /unknown parameter/], ['country=%3Cscript%3E', /country/]] as const) {
        const r = await app.request('/api/summary?' + q);
        assert.equal(r.status, 400, q);
        assert.match(((await r.json()) as { error: { message: string } }).error.message, why, q);
      }
      assert.equal((await app.request('/api/summary', { method: 'POST', headers: { origin: 'http://localhost' } })).status, 405);
    });

    test('word search: from the start of a word, through the word index, in pages', async () => {
      const ids = async (f: EventFilters) => {
        const out: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await s.listEvents({ ...f, limit: 4, cursor });
          out.push(...page.events.map((e) => e.id));
          cursor = page.nextCursor;
        } while (cursor);
        return out.sort();
      };
      const of = (country: string) => all.filter((e) => e.location?.country === country).map((e) => e.id).sort();
      assert.deepEqual(await ids({ text: 'somaliland' }), of('Somaliland'));
      // "mali" is inside "somaliland" but begins no word of it: Mali's events only.
      assert.deepEqual(await ids({ text: 'Mali' }), of('Mali'));
      assert.deepEqual(await ids({ text: 'maliland' }), []);
      assert.deepEqual(await ids({ text: 'mali battles', sort: 'fatalities_desc' }), all.filter((e) => e.location?.country === 'Mali' && e.eventType === 'Battles').map((e) => e.id).sort());
      // Digits are matched as written, anywhere (no word index for them): "47" is in Town 47's text only.
      assert.deepEqual(await ids({ text: '47' }), all.filter((e) => e.location?.name === 'Town 47').map((e) => e.id));
      assert.deepEqual(await ids({ text: 'town 47' }), all.filter((e) => e.location?.name === 'Town 47').map((e) => e.id));
    });

    test("the list's view: each event without claims, evidence and article ids, the rest as stored, same pages", async () => {
      const app = createApp({ store: s });
      for (const q of ['sort=articles_desc&limit=7', 'sort=fatalities_desc&limit=500&rule=best', 'q=town&limit=5', 'country=SDN&since=2023-03-05']) {
        const full = await (await app.request(`/api/events?${q}`)).json() as { events: Record<string, unknown>[]; nextCursor: string | null };
        const res = await app.request(`/api/events?${q}&view=list`);
        assert.equal(res.status, 200, q);
        const list = await res.json() as { events: Record<string, unknown>[]; nextCursor: string | null };
        assert.equal(list.nextCursor, full.nextCursor, q);
        assert.ok(full.events.length > 0, q);
        assert.ok(full.events.some((e) => (e.claims as unknown[]).length > 0), `${q}: claims to leave out`);
        assert.deepEqual(list.events, full.events.map(({ claims, evidence, articles, ...rest }) => rest), q);
      }
      // Rows written before migration 10 have no list record: the database cuts the record instead.
      const before = await (await app.request('/api/events?sort=articles_desc&limit=20&view=list')).json();
      await withRaw(async (db) => { await db.query('update events set list_record = null where seq % 2 = 0'); });
      const again = createApp({ store: s });
      assert.deepEqual(await (await again.request('/api/events?sort=articles_desc&limit=20&view=list')).json(), before);
      const bad = await again.request('/api/events?view=short');
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { error: { message: string } }).error.message, /view/);
    });

    test('word search: a walk too short to fill the page gives the pages the whole search gives', async () => {
      const pages = async (f: EventFilters) => {
        const out: string[][] = [];
        let cursor: string | null = null;
        do {
          const page = await s.listEvents({ ...f, limit: 3, cursor });
          out.push(page.events.map((e) => e.id));
          cursor = page.nextCursor;
        } while (cursor);
        return out;
      };
      const searches: EventFilters[] = [{ text: 'town' }, { text: 'mali' }, { text: 'fighting', sort: 'fatalities_desc' }, { text: 'report', type: 'Battles', sort: 'date_asc' }, { text: 'sudan', country: 'SDN' }];
      const whole = await Promise.all(searches.map(pages));
      // 'town' is in every event: its pages come from the walk; 'mali' is in a quarter of them.
      assert.ok(whole[0].length >= 13 && whole[1].length >= 4, whole.map((p) => p.length).join(' '));
      const saved = WORD_WALK.rows;
      try {
        for (const rows of [1, 4, 7]) {
          WORD_WALK.rows = rows;
          for (let i = 0; i < searches.length; i++) assert.deepEqual(await pages(searches[i]), whole[i], `walk ${rows} ${JSON.stringify(searches[i])}`);
        }
      } finally {
        WORD_WALK.rows = saved;
      }
    });

    // Last: it changes the store.
    test('stats: the counts kept by triggers equal the events counted one by one, through merges, changes and removals', async () => {
      const tally = <T>(xs: T[], k: (x: T) => string) => { const m = new Map<string, number>(); for (const x of xs) m.set(k(x), (m.get(k(x)) ?? 0) + 1); return m; };
      const check = async (label: string) => {
        const events = (await s.listEvents({ limit: 1000 })).events;
        for (const f of [{}, { country: 'arm' }, { since: '2023-03-05' }, { until: '2023-03-05', type: 'Battles' }, { includeBackground: false }] as EventFilters[]) {
          const want = events.filter((e) => matches(e, f) && (f.includeBackground !== false || !e.background));
          const got = await s.stats(f);
          const at = `${label} ${JSON.stringify(f)}`;
          assert.equal(got.events, want.length, at);
          assert.deepEqual(new Map(got.byDay.map((d) => [d.day, d.events])), tally(want.filter((e) => e.date.start ?? e.date.end), (e) => (e.date.start ?? e.date.end)!), at);
          assert.deepEqual(new Map(got.byType.map((t) => [`${t.eventType}/${t.subEventType}`, t.events])), tally(want, (e) => `${e.eventType}/${e.subEventType}`), at);
          assert.deepEqual(new Map(got.byCountry.map((c) => [String(c.country), c.events])), tally(want, (e) => String(e.location?.country ?? null)), at);
        }
        // The map's summary: from the 1° cell table (zoom ≤ 5, no date), the ⅛° one (zoom 6–8) and
        // from the events (a date, a sub-type, zoom 9).
        for (const zoom of [0, 3, 5, 6, 7, 8]) {
          for (const f of [{}, { country: 'arm' }, { country: 'Somaliland' }, { type: 'Battles' }, { includeBackground: false }] as EventFilters[]) {
            await assertSummary(s, events.filter((e) => matches(e, f) && (f.includeBackground !== false || !e.background)), zoom, f, label);
          }
        }
        await assertSummary(s, events.filter((e) => matches(e, { since: '2023-03-05' })), 5, { since: '2023-03-05' }, label);
        await assertSummary(s, events, 9, {}, label);
        const got = await s.stats();
        return got;
      };
      const first = await check('as ingested');
      assert.equal(first.articles, 48);
      assert.equal(first.claims, all.reduce((n, e) => n + e.claims.length, 0));
      // A second report of event 4 merges into it (its row is updated, its keys stay);
      // article r1 comes back changed: its event moves to another day, country and type (updated keys)
      // or is removed and made anew.
      const moved = { ...eventOf(1), eventType: 'Violence against civilians', subEventType: 'Attack', date: { start: '2023-05-02', end: '2023-05-02', precision: 1 }, location: place(2) };
      await s.ingestArticles([
        { article: article('r4b', 'Report 4, again: fighting near Town 4 left people dead, officials said.', { published: '2023-04-21' }), events: [eventOf(4)] },
        { article: article('r1', 'Report 1, corrected: an attack near Town 2 on 2 May left people dead, officials said.', { published: '2023-05-03' }), events: [moved as Event] },
      ]);
      const after = await check('after a merge and a change');
      assert.equal(after.articles, 49);
      // Articles taken back: their events are deleted (statement triggers on delete).
      await withRaw(async (db) => {
        const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from events where article_count > 0 and latitude is not null`);
        for (const table of ['cell_counts', 'cell_counts_8']) {
          const [{ m }] = await db.query<{ m: number }>(`select sum(n)::int as m from ${table}`);
          assert.equal(m, n, `${table} holds every located event`);
        }
        await db.transaction(async (tx) => {
          await tx.query(`create temp table gone as select id from events where article_count > 0 order by id limit 5`);
          await tx.query('delete from claims where event_id in (select id from gone)');
          await tx.query('delete from reports where event_id in (select id from gone)');
          await tx.query('delete from events where id in (select id from gone)');
          await tx.query('drop table gone');
        });
        // Examples forgotten: the summary finds a one-event cell's event in the events.
        await db.query('update cell_counts set any_id = null');
        await db.query('update cell_counts_8 set any_id = null');
      });
      await check('after deletes, without examples');
      // An older store (schema 8, no cell tables) gets them filled by migrations 9 and 11 (and 10's column).
      await withRaw(async (db) => {
        await db.query('drop table cell_counts');
        await db.query('drop function fw_count_cells() cascade');
        await db.query('drop table cell_counts_8');
        await db.query('drop function fw_count_cells_8() cascade');
        await db.query('alter table events drop column list_record');
        await db.query('delete from schema_migrations where version >= 9');
      });
      await check('after migrations 9 to 11 on an older store');
    });
  });
}

for (const b of backends().filter((x) => x.name === 'postgres')) {
  test('postgres: every connection runs without JIT (compiling a page query cost more than reading it)', async () => {
    const spec = b.spec();
    const db = await rawDb(spec);
    try {
      assert.equal((await db.query<{ jit: string }>('show jit'))[0]!.jit, 'off');
      assert.equal(await db.transaction(async (tx) => (await tx.query<{ jit: string }>('show jit'))[0]!.jit), 'off');
      // The schema's search path is kept beside it.
      assert.match((await db.query<{ search_path: string }>('show search_path'))[0]!.search_path, /fw_test_/);
    } finally {
      await db.close();
      await b.cleanup(spec);
    }
  });
}
