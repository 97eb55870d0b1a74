import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ArticleResponse, EventDetailResponse, EventListResponse, IngestResponse, StatsResponse } from '../src/serve/api-types.ts';
import { fixtureServer, hostileArticle, hostileText, type TestServer } from './serve-fixtures.ts';

let t: TestServer;

async function get(path: string, headers: Record<string, string> = {}) {
  const r = await fetch(t.base + path, { headers });
  const text = await r.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: r.status, body, headers: r.headers };
}

async function post(path: string, body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { ...headers };
  if (contentType) h['Content-Type'] = contentType;
  const r = await fetch(t.base + path, { method: 'POST', headers: h, body });
  return { status: r.status, body: await r.json() as any, headers: r.headers };
}

function assertError(r: { status: number; body: any; headers: Headers }, status: number, message?: RegExp) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.match(r.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(r.body.error.status, status);
  assert.equal(typeof r.body.error.message, 'string');
  if (message) assert.match(r.body.error.message, message);
}

before(async () => {
  t = await fixtureServer();
});
after(async () => {
  await t.close();
});

describe('GET /api/events', () => {
  test('lists the stored events as the store gives them, the two reports of one clash merged', async () => {
    const r = await get('/api/events');
    assert.equal(r.status, 200);
    const body = r.body as EventListResponse;
    const direct = await t.store.listEvents({ limit: 100 });
    assert.deepEqual(body.events.map((e) => e.id), direct.events.map((e) => e.id));
    assert.equal(body.events.length, 2);
    const clash = body.events.find((e) => e.location?.name === 'Black Lake')!;
    assert.deepEqual([...clash.articles].sort(), ['test-clash-baku', 'test-clash-yerevan']);
    assert.equal(body.nextCursor, null);
  });

  test('each filter narrows the list', async () => {
    const ids = async (qs: string) => ((await get(`/api/events?${qs}`)).body as EventListResponse).events.map((e) => e.location?.name);
    assert.deepEqual(await ids('country=ARM'), ['Black Lake']);
    assert.deepEqual(await ids('country=kenya'), ['Nairobi']);
    assert.deepEqual(await ids('type=Protests'), ['Nairobi']);
    assert.deepEqual(await ids('subType=Armed%20clash'), ['Black Lake']);
    assert.deepEqual(await ids('type=Battles&subType=Armed%20clash'), ['Black Lake']);
    assert.deepEqual(await ids('since=2022-01-01'), ['Nairobi']);
    assert.deepEqual(await ids('until=2021-12-31'), ['Black Lake']);
    assert.deepEqual(await ids('since=2021-11-16&until=2021-11-16'), ['Black Lake']);
    assert.deepEqual(await ids('q=nairobi'), ['Nairobi']);
    assert.deepEqual(await ids('sort=date_asc'), ['Black Lake', 'Nairobi']);
    assert.deepEqual(await ids('sort=date_desc'), ['Nairobi', 'Black Lake']);
    assert.deepEqual(await ids('country=France'), []);
  });

  test('cursor pagination walks every event once', async () => {
    const first = (await get('/api/events?limit=1&sort=date_asc')).body as EventListResponse;
    assert.equal(first.events.length, 1);
    assert.ok(first.nextCursor);
    const second = (await get(`/api/events?limit=1&sort=date_asc&cursor=${encodeURIComponent(first.nextCursor!)}`)).body as EventListResponse;
    assert.equal(second.events.length, 1);
    assert.notEqual(second.events[0].id, first.events[0].id);
    const third = (await get(`/api/events?limit=1&sort=date_asc&cursor=${encodeURIComponent(second.nextCursor ?? '')}`));
    if (second.nextCursor) assert.equal((third.body as EventListResponse).events.length, 0);
  });

  test('a bad filter is a 400 that names it', async () => {
    const cases: [string, RegExp][] = [
      ['since=2021-02-30', /since: not a calendar date/],
      ['since=yesterday', /since: expected a date/],
      ['until=2021-1-1', /until: expected a date/],
      ['since=2022-01-01&until=2021-01-01', /since .* is after until/],
      ['type=Battle', /type/],
      ['subType=Skirmish', /subType/],
      ['type=Protests&subType=Armed%20clash', /sub-type of "Battles"/],
      ['limit=0', /limit/],
      ['limit=501', /limit/],
      ['limit=ten', /limit/],
      ['sort=random', /sort/],
      ['background=maybe', /background/],
      ['cursor=has%20space', /cursor/],
      ['contry=ARM', /unknown parameter: contry/],
      ['country=ARM&country=AZE', /more than once/],
      [`q=${'x'.repeat(201)}`, /q:/],
      ['country=AR3', /country/],
      ['rule=median', /rule/],
    ];
    for (const [qs, re] of cases) assertError(await get(`/api/events?${qs}`), 400, re);
  });
});

describe('GET /api/events/:id', () => {
  test('gives the event with claims grouped by party and outcome, as the store does', async () => {
    const list = (await get('/api/events?country=ARM')).body as EventListResponse;
    const id = list.events[0].id;
    const r = await get(`/api/events/${encodeURIComponent(id)}`);
    assert.equal(r.status, 200);
    const d = r.body as EventDetailResponse;
    assert.deepEqual(d, JSON.parse(JSON.stringify(await t.store.getEvent(id))));
    assert.deepEqual(d.articles.map((a) => a.id).sort(), ['test-clash-baku', 'test-clash-yerevan']);
    const claimants = new Set(d.claimGroups.flatMap((g) => g.claims.map((c) => c.claimedBy?.name)));
    assert.ok(claimants.has("Armenia's defence ministry") && claimants.has("Azerbaijan's defence ministry"));
    // Armenia says Azerbaijan lost at least 15, Baku says 7: the two claimants disagree.
    assert.ok(d.contradictions.some((c) => c.party === 'Military Forces of Azerbaijan' && c.outcome === 'killed'), JSON.stringify(d.contradictions));
  });

  test('?rule=best is accepted, an unknown id is a 404, a control character a 400', async () => {
    const list = (await get('/api/events')).body as EventListResponse;
    assert.equal((await get(`/api/events/${list.events[0].id}?rule=best`)).status, 200);
    assertError(await get('/api/events/ev_doesnotexist'), 404, /no event with id "ev_doesnotexist"/);
    assertError(await get('/api/events/abc%00def'), 400, /control characters/);
    assertError(await get(`/api/events/${list.events[0].id}?x=1`), 400, /unknown parameter: x/);
  });
});

describe('GET /api/articles/:id', () => {
  test('gives the text and the spans of its claims, sorted and exact', async () => {
    const r = await get('/api/articles/test-clash-yerevan');
    assert.equal(r.status, 200);
    const a = r.body as ArticleResponse;
    assert.equal(a.article.title, 'Armenia reports attack near the Black Lake');
    assert.equal(a.claims.length, 2);
    const quotes = a.spans.filter((s) => s.kind === 'claim');
    assert.equal(quotes.length, 2);
    for (let i = 1; i < a.spans.length; i++) assert.ok(a.spans[i].start >= a.spans[i - 1].end, 'spans overlap or are unsorted');
    for (const s of quotes) {
      const c = a.claims.find((x) => s.claimIds.includes(x.id))!;
      assert.equal(a.article.text.slice(s.start, s.end), c.quote.text);
    }
    assert.ok(a.spans.some((s) => s.kind === 'evidence'));
  });

  test('hostile markup comes back as the same characters, in JSON', async () => {
    const r = await get(`/api/articles/${hostileArticle.id}`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type')!, /^application\/json/);
    assert.equal((r.body as ArticleResponse).article.text, hostileText);
  });

  test('an unknown article is a 404', async () => {
    assertError(await get('/api/articles/no-such-article'), 404, /no article with id "no-such-article"/);
  });
});

describe('GET /api/stats', () => {
  test('counts, and events per day and type for the timeline', async () => {
    const r = await get('/api/stats');
    assert.equal(r.status, 200);
    const s = r.body as StatsResponse;
    assert.equal(s.events, 2);
    assert.ok(s.articles >= 4);
    assert.deepEqual(s.byDayType, [
      { day: '2021-11-16', eventType: 'Battles', events: 1 },
      { day: '2024-06-25', eventType: 'Protests', events: 1 },
    ]);
    const k = (await get('/api/stats?country=KEN')).body as StatsResponse;
    assert.deepEqual(k.byDayType.map((d) => d.day), ['2024-06-25']);
    assertError(await get('/api/stats?since=soon'), 400, /since/);
    assertError(await get('/api/stats?q=x'), 400, /unknown parameter: q/);
  });
});

describe('GET /api/openapi.json', () => {
  test('describes every endpoint', async () => {
    const r = await get('/api/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, '3.1.0');
    for (const p of ['/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/articles', '/api/stats', '/api/summary', '/api/stream', '/api/feeds']) assert.ok(r.body.paths[p], p);
    const params = r.body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    assert.deepEqual(params, ['since', 'until', 'country', 'type', 'subType', 'q', 'background', 'sort', 'limit', 'cursor', 'rule', 'updatedSince', 'view']);
    const summary = r.body.paths['/api/summary'].get.parameters.map((p: any) => p.name);
    for (const n of ['since', 'until', 'country', 'type', 'subType', 'background', 'zoom', 'bbox']) assert.ok(summary.includes(n), `summary parameter ${n}`);
    assert.ok(r.body.components.schemas.Summary.properties.points, 'the Summary response is described');
  });
});

describe('POST /api/articles', () => {
  test('plain text is read, stored and can be fetched; the same text again changes nothing', async () => {
    const text = 'Gunmen attacked a village near Mopti\n\nGunmen killed four villagers near Mopti in central Mali on Sunday, local officials said.';
    const r = await post('/api/articles?published=2022-03-27&outlet=Test%20desk&id=test-post-text', text, 'text/plain; charset=utf-8');
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const body = r.body as IngestResponse;
    assert.equal(body.results[0].articleId, 'test-post-text');
    assert.equal(body.results[0].status, 'new');
    const a = (await get('/api/articles/test-post-text')).body as ArticleResponse;
    assert.equal(a.article.published, '2022-03-27');
    assert.equal(a.article.outlet, 'Test desk');
    assert.match(a.article.text, /killed four villagers/);
    const again = await post('/api/articles?published=2022-03-27&outlet=Test%20desk&id=test-post-text', text, 'text/plain');
    assert.equal((again.body as IngestResponse).results[0].status, 'unchanged');
  });

  test('JSON (one object or an array) and JSONL, with a bad line reported and the rest stored', async () => {
    const one = await post('/api/articles', JSON.stringify({ id: 'test-post-json', title: 'T', published: '2022-04-01', text: 'Soldiers clashed with militants in Moura on Friday.' }), 'application/json');
    assert.equal(one.status, 201, JSON.stringify(one.body));
    assert.equal(one.body.results[0].articleId, 'test-post-json');
    const arr = await post('/api/articles', JSON.stringify([{ id: 'test-post-arr1', text: 'Protesters marched in Bamako on Monday.' }, { id: 'test-post-arr2', title: 'no text' }]), 'application/json');
    assert.equal(arr.status, 201);
    assert.deepEqual(arr.body.results.map((x: any) => x.articleId), ['test-post-arr1']);
    assert.equal(arr.body.failed.length, 1);
    assert.match(arr.body.failed[0].error, /no "text" field/);
    const lines = [JSON.stringify({ id: 'test-post-l1', text: 'Police arrested ten people in Mombasa.' }), '{"id": "broken', JSON.stringify({ id: 'test-post-l2', text: 'A drone struck a depot near Kherson.' })].join('\n');
    const nd = await post('/api/articles', lines, 'application/x-ndjson');
    assert.equal(nd.status, 201);
    assert.deepEqual(nd.body.results.map((x: any) => x.articleId), ['test-post-l1', 'test-post-l2']);
    assert.match(nd.body.failed[0].error, /line 2 is not JSON/);
  });

  test('an HTML page is read as an article, not stored as markup', async () => {
    const html = '<!doctype html><html><head><title>Clash near Tegh</title></head><body><article><h1>Clash near Tegh</h1><p>Four soldiers were killed near the village of Tegh on Tuesday, the defence ministry said.</p><p>Three others were wounded in the exchange of fire.</p></article></body></html>';
    const r = await post('/api/articles?published=2023-04-11&id=test-post-html', html, 'text/html');
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const a = (await get('/api/articles/test-post-html')).body as ArticleResponse;
    assert.match(a.article.text, /Four soldiers were killed near the village of Tegh/);
    assert.doesNotMatch(a.article.text, /<p>|<article>/);
  });

  test('an empty body, a body with no article, and bad defaults are 400s', async () => {
    assertError(await post('/api/articles', '', 'text/plain'), 400, /empty body/);
    assertError(await post('/api/articles', JSON.stringify({ title: 'only a title' }), 'application/json'), 400, /no article could be read/);
    assertError(await post('/api/articles', '{not json', 'application/json'), 400, /no article could be read/);
    assertError(await post('/api/articles?published=last%20week', 'Text.', 'text/plain'), 400, /published/);
    assertError(await post('/api/articles?url=javascript:alert(1)', 'Text.', 'text/plain'), 400, /url/);
  });

  test('a wrong or missing content type is a 415', async () => {
    assertError(await post('/api/articles', '<rss></rss>', 'application/xml'), 415, /application\/xml.*not accepted/);
    assertError(await post('/api/articles', new Blob(['text']), undefined), 415, /missing Content-Type/);
    assertError(await post('/api/articles', 'text', 'text/plain; charset=iso-8859-1'), 415, /charset/);
    assertError(await post('/api/articles', 'a=b', 'application/x-www-form-urlencoded'), 415);
  });

  test('GET-only paths refuse other methods; unknown API paths are JSON 404s', async () => {
    const del = await fetch(t.base + '/api/events', { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.equal((await del.json() as any).error.status, 405);
    assertError(await get('/api/nothing-here'), 404, /no API endpoint/);
  });
});

describe('request size', () => {
  let small: TestServer;
  before(async () => {
    small = await fixtureServer({ maxBodyBytes: 1000 }, false);
  });
  after(async () => {
    await small.close();
  });

  test('a body over --max-body is a 413, with or without Content-Length', async () => {
    const big = 'Shelling was reported near the border. '.repeat(100);
    const r1 = await fetch(small.base + '/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: big });
    assert.equal(r1.status, 413);
    assert.match(((await r1.json()) as any).error.message, /over the limit of 1000/);
    // Chunked: no Content-Length, the server counts as it reads.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(200)));
        c.close();
      },
    });
    const r2 = await fetch(small.base + '/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(r2.status, 413);
    const ok = await fetch(small.base + '/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Two soldiers were killed near Goris on Monday, the ministry said.' });
    assert.equal(ok.status, 201);
  });
});
