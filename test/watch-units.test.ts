/**
 * The parts of `fogwatch watch` that decide things, each on its own inputs: the feeds file, alert
 * rules, the reasons of a change, backoff, JSON Feed, robots.txt, the host rate limit, the webhook.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { Claim, Event } from '../src/record/schema.ts';
import type { StoredEvent } from '../src/store/types.ts';
import { changeReasons, digestOf, digestWithout } from '../src/watch/alerts.ts';
import { backoffMs, retryAfterMs } from '../src/watch/backoff.ts';
import { parseFeedList } from '../src/watch/feed-list.ts';
import { jsonFeedShape } from '../src/watch/json-feed.ts';
import { HostGate, RobotsCache } from '../src/watch/politeness.ts';
import { matchesAny, parseRule, RuleError } from '../src/watch/rules.ts';
import type { Alert } from '../src/watch/types.ts';
import { signature, Webhook } from '../src/watch/webhook.ts';

describe('feeds file', () => {
  const cases: [string, string, { urls?: string[]; intervals?: number[]; errors?: RegExp[] }][] = [
    ['one URL a line, comments and blanks skipped', '# my feeds\nhttps://a.example/rss\n\nhttp://b.example/feed.xml\n', { urls: ['https://a.example/rss', 'http://b.example/feed.xml'], intervals: [300, 300] }],
    ['an interval after a URL', 'https://a.example/rss 90s\nhttps://b.example/atom 10m\n', { intervals: [90, 600] }],
    ['YAML with a default and per-feed intervals', 'interval: 2m\nfeeds:\n  - https://a.example/rss\n  - url: https://b.example/p.html\n    interval: 30\n    kind: page\n', { urls: ['https://a.example/rss', 'https://b.example/p.html'], intervals: [120, 30] }],
    ['JSON list', '[{"url": "https://a.example/rss", "interval": "1h"}, "https://b.example/rss"]', { intervals: [3600, 300] }],
    ['a bad entry is named, the others kept', 'feeds:\n  - ftp://x.example/f\n  - https://ok.example/rss\n  - url: https://c.example/rss\n    interval: soon\n', { urls: ['https://ok.example/rss'], errors: [/feeds\[0\]: only http and https/, /feeds\[2\]: interval/] }],
    ['an unknown field', '- url: https://a.example/rss\n  every: 5m\n', { urls: [], errors: [/unknown field every/] }],
    ['a URL listed twice', 'https://a.example/rss\nhttps://a.example/rss#x\n', { urls: ['https://a.example/rss'], errors: [/listed twice/] }],
    ['neither lines nor YAML', 'feeds: [https://a.example\n  - : :\n', { urls: [], errors: [/not one URL a line, and not valid YAML or JSON/] }],
  ];
  for (const [name, text, want] of cases) {
    test(name, () => {
      const list = parseFeedList('feeds.yaml', text, 300);
      if (want.urls) assert.deepEqual(list.feeds.map((f) => f.url), want.urls);
      if (want.intervals) assert.deepEqual(list.feeds.map((f) => f.intervalS), want.intervals);
      assert.equal(list.errors.length, want.errors?.length ?? 0, list.errors.join('\n'));
      want.errors?.forEach((re, i) => assert.match(list.errors[i], re));
    });
  }
});

function ev(over: Partial<StoredEvent>): StoredEvent {
  return {
    id: 'ev_1', eventType: 'Battles', subEventType: 'Armed clash', background: false, date: { start: '2021-11-16', end: '2021-11-16', precision: 1 },
    location: { name: 'Ishkhanasar', admin1: 'Syunik', country: 'Armenia', iso3: 'ARM', latitude: 39.5, longitude: 46.3, precision: 1 },
    actor1: { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE', inter: 1 }, actor2: { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM', inter: 1 },
    associatedActors: [], claims: [], totals: { killed: { low: 1, best: 1, high: 1 }, wounded: { low: null, best: null, high: null }, missing: { low: null, best: null, high: null }, captured: { low: null, best: null, high: null } },
    fatalities: 1, evidence: [], articles: ['a1'], articleCount: 1, createdAt: '', updatedAt: '', ...over,
  };
}

const alert = (e: StoredEvent, kind: 'new' | 'changed' = 'new'): Alert => ({ kind, reasons: [{ code: 'new_event', text: '' }], event: e, feed: 'f', article: { id: 'a', title: null, url: null } });

describe('alert rules', () => {
  const cases: [string, Partial<StoredEvent>, boolean][] = [
    ['country=ARM', {}, true],
    ['country=armenia|azerbaijan', {}, true],
    ['country=UKR', {}, false],
    ['type=battles', {}, true],
    ['subtype=Air/drone strike', {}, false],
    ['killed>=1', {}, true],
    ['killed>=5', {}, false],
    ['contradiction', {}, false],
    ['contradiction', { contradictions: [{ party: 'x', outcome: 'killed', claims: [], note: 'n' }] }, true],
    ['actor=azerbaijan', {}, true],
    ['country=ARM,killed>=5', {}, false],
    ['kind=changed', {}, false],
  ];
  for (const [rule, over, want] of cases) test(`${rule} → ${want}`, () => assert.equal(matchesAny([parseRule(rule)], alert(ev(over))), want));
  test('rules are OR\'ed; no rule lets everything through', () => {
    assert.equal(matchesAny([parseRule('country=UKR'), parseRule('type=Battles')], alert(ev({}))), true);
    assert.equal(matchesAny([], alert(ev({}))), true);
  });
  const bad: [string, RegExp][] = [['type=Battle', /unknown type "Battle"/], ['killed>=many', /whole number/], ['colour=red', /not a condition/], ['', /empty rule/], ['country=', /needs a value/]];
  for (const [rule, re] of bad) test(`bad rule ${JSON.stringify(rule)}`, () => assert.throws(() => parseRule(rule), (e: Error) => e instanceof RuleError && re.test(e.message)));
});

const party = (name: string, country: string) => ({ name, kind: 'military' as const, country });
function claim(low: number, of: string, by: string | null, articleId: string, qualifier: Claim['qualifier'] = 'exact'): Claim {
  return { outcome: 'killed', low, high: qualifier === 'at_least' ? null : low, qualifier, party: party(of, 'ARM'), claimedBy: by ? { name: by, kind: 'government', country: by.includes('Azer') ? 'AZE' : 'ARM' } : null,
    reportedBy: null, quote: { text: 'q', start: 0, end: 1 }, articleId };
}

describe('reasons of a change', () => {
  const first = { claims: [claim(1, 'Military Forces of Armenia', 'Ministry of Defence of Armenia', 'a1')], date: { start: '2021-11-16', end: '2021-11-16', precision: 1 } } as Pick<Event, 'claims' | 'date'>;
  const cases: [string, Pick<Event, 'claims' | 'date'>, string[]][] = [
    ['the same event again: nothing', first, []],
    ['a revised toll', { ...first, claims: [...first.claims, claim(15, 'Military Forces of Armenia', 'Ministry of Defence of Armenia', 'a2')] }, ['revised_figure']],
    ['a new claimant who disagrees', { ...first, claims: [...first.claims, claim(300, 'Military Forces of Armenia', 'Ministry of Defence of Azerbaijan', 'a2', 'at_least')] }, ['revised_figure', 'new_claimant', 'new_contradiction']],
    ['a later date', { ...first, date: { start: '2021-11-16', end: '2021-11-17', precision: 2 } }, ['later_date']],
  ];
  for (const [name, after, codes] of cases) test(name, () => assert.deepEqual(changeReasons(digestOf(first), digestOf(after)).map((r) => r.code), codes));
  test('an event seen for the first time is compared with itself without the new article (no date)', () => {
    const after = { ...first, claims: [...first.claims, claim(15, 'Military Forces of Armenia', 'Ministry of Defence of Armenia', 'a2')], date: { start: '2021-11-16', end: '2021-11-18', precision: 2 } };
    assert.deepEqual(changeReasons(digestWithout(after, 'a2'), digestOf(after)).map((r) => r.code), ['revised_figure']);
    assert.match(changeReasons(digestWithout(after, 'a2'), digestOf(after))[0].text, /killed: 1 → 15/);
  });
});

describe('backoff', () => {
  test('doubles from the interval, capped, jittered between half and all of it', () => {
    assert.deepEqual([1, 2, 3, 4, 10].map((n) => backoffMs(n, 1000, 8000, () => 1)), [1000, 2000, 4000, 8000, 8000]);
    assert.deepEqual([1, 2, 3].map((n) => backoffMs(n, 1000, 8000, () => 0)), [500, 1000, 2000]);
  });
  test('Retry-After in seconds or as a date', () => {
    assert.equal(retryAfterMs('120'), 120_000);
    assert.equal(retryAfterMs(new Date(1_000_000 + 30_000).toUTCString(), 1_000_000), 30_000);
    assert.equal(retryAfterMs('soon'), null);
  });
});

test('JSON Feed items become feed items: link, guid, date, HTML or text content', () => {
  const shape = jsonFeedShape({
    version: 'https://jsonfeed.org/version/1.1', title: 'Border Monitor', home_page_url: 'https://bm.example/', items: [
      { id: 'x1', url: '/news/1', title: 'Clash', date_published: '2021-11-16T12:00:00+04:00', content_html: '<p>Fighting.</p>', authors: [{ name: 'A. Writer' }] },
      { id: 2, content_text: 'Line one.\n\nLine two.' }, 'junk',
    ],
  }, 'https://bm.example/feed.json');
  assert.ok(typeof shape !== 'string');
  assert.equal(shape.items.length, 2);
  assert.deepEqual({ ...shape.items[0] }, { title: 'Clash', link: 'https://bm.example/news/1', guid: 'x1', published: '2021-11-16T12:00:00+04:00', byline: 'A. Writer', html: '<p>Fighting.</p>', language: null });
  assert.equal(shape.items[1].guid, '2');
  assert.equal(shape.items[1].html, 'Line one.<p>Line two.');
});

describe('robots.txt', () => {
  const cases: [string, { status: number; text: string } | Error, string, boolean][] = [
    ['no robots.txt (404): everything allowed', { status: 404, text: '' }, 'http://s.example/feed', true],
    ['a path disallowed for every agent', { status: 200, text: 'User-agent: *\nDisallow: /private/' }, 'http://s.example/private/feed', false],
    ['a rule for fogwatch alone', { status: 200, text: 'User-agent: fogwatch\nDisallow: /\n\nUser-agent: *\nAllow: /' }, 'http://s.example/feed', false],
    ['a server error: nothing fetched meanwhile', { status: 503, text: '' }, 'http://s.example/feed', false],
    ['no answer: nothing fetched meanwhile', new Error('connection refused'), 'http://s.example/feed', false],
  ];
  for (const [name, answer, url, allowed] of cases) {
    test(name, async () => {
      const cache = new RobotsCache(async () => { if (answer instanceof Error) throw answer; return answer; });
      assert.equal((await cache.check(url)).allowed, allowed);
    });
  }
  test('a Crawl-delay spaces requests to that host', async () => {
    const gate = new HostGate({ rate: 100, burst: 10 });
    const cache = new RobotsCache(async () => ({ status: 200, text: 'User-agent: *\nCrawl-delay: 0.3' }), gate);
    await cache.check('http://slow.example/feed');
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) (await gate.acquire('slow.example'))();
    assert.ok(Date.now() - t0 >= 550, `three requests in ${Date.now() - t0} ms despite a 0.3 s crawl delay`);
  });
});

test('the host gate: a burst, then the rate; at most perHost at once', async () => {
  const gate = new HostGate({ rate: 10, burst: 2, perHost: 1 });
  const t0 = Date.now();
  const r1 = await gate.acquire('h.example');
  let second = false;
  const p2 = gate.acquire('h.example').then((r) => { second = true; return r; });
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(second, false, 'a second request went while the first was in flight');
  r1();
  (await p2)();
  for (let i = 0; i < 2; i++) (await gate.acquire('h.example'))();
  assert.ok(Date.now() - t0 >= 180, `four requests at 10/s with a burst of 2 took ${Date.now() - t0} ms`);
});

describe('webhook', () => {
  async function receiver(statuses: number[]) {
    const got: { body: string; sig: string | undefined; id: string | undefined }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push({ body, sig: req.headers['x-fogwatch-signature'] as string, id: req.headers['x-fogwatch-delivery'] as string });
        res.writeHead(statuses.shift() ?? 200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { got, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, close: () => new Promise<void>((r) => server.close(() => r())) };
  }
  const secret = 'a-secret-of-some-length';

  test('signed with HMAC-SHA256 of the body; retried after 503 with the same delivery id', async () => {
    const r = await receiver([503, 503, 200]);
    const hook = new Webhook({ url: r.url, secret, retryBaseMs: 20, log: () => {} });
    hook.send('{"kind":"new"}');
    await hook.close(5000);
    await r.close();
    assert.equal(r.got.length, 3);
    assert.equal(r.got[2].sig, 'sha256=' + createHmac('sha256', secret).update('{"kind":"new"}').digest('hex'));
    assert.equal(r.got[2].sig, signature(secret, r.got[2].body));
    assert.equal(new Set(r.got.map((g) => g.id)).size, 1);
    assert.equal(hook.delivered, 1);
  });

  test('a 400 is the receiver\'s refusal: not retried', async () => {
    const r = await receiver([400]);
    const hook = new Webhook({ url: r.url, secret, retryBaseMs: 20, log: () => {} });
    hook.send('{}');
    await hook.close(2000);
    await r.close();
    assert.equal(r.got.length, 1);
    assert.equal(hook.failed, 1);
  });

  test('the queue is bounded: the oldest alerts are dropped and counted', async () => {
    const r = await receiver([]);
    const hook = new Webhook({ url: r.url, secret, maxQueue: 3, log: () => {} });
    for (let i = 0; i < 6; i++) hook.send(JSON.stringify({ i }));
    await hook.close(5000);
    await r.close();
    // The first is in flight when the rest arrive; of the five queued behind it, the two oldest go.
    assert.equal(hook.dropped, 2);
    assert.deepEqual(r.got.map((g) => JSON.parse(g.body).i), [0, 3, 4, 5]);
  });
});
