import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { chooseEvent, type TermStats } from '../src/resolve/match.ts';
import { eventSignature, reportSignature } from '../src/resolve/signature.ts';
import { extractTerms } from '../src/resolve/terms.ts';
import type { Article, Event } from '../src/record/schema.ts';

// Issue 14, item 5: which reports merge into one event depends on what happened, when, where and who
// fought, never on who is said to claim the figures. Reports written for this test.

function art(id: string, text: string, published = '2024-05-14', title = text.split('.')[0]!): Article {
  return { id, title, url: null, published, outlet: null, byline: null, text };
}

const first = art('a1', 'Drones struck a fuel depot in Kramatorsk on Monday, killing three workers and wounding 11, the regional governor said. Fire crews fought the blaze for hours.');
const second = art('a2', 'Three workers were killed and 11 wounded when drones hit a fuel depot in Kramatorsk on Monday, Ukraine\'s emergency service said.', '2024-05-15', 'Drones struck fuel depot in Kramatorsk');
const other = art('b1', 'Shelling of a market in Kherson on Monday killed two women, the city administration said.', '2024-05-14');

function stats(...arts: Article[]): TermStats {
  const df = new Map<string, number>();
  for (const a of arts) for (const t of extractTerms(a.title, a.text)) df.set(t, (df.get(t) ?? 0) + 1);
  return { n: 200, df };
}

/** The same events with every claimant and relay replaced (the figures and everything else kept). */
function otherClaimants(events: Event[]): Event[] {
  return events.map((e) => ({
    ...e,
    assertedBy: { name: 'Ministry of Defence of Russia', kind: 'government', country: 'RUS' },
    claims: e.claims.map((c) => ({ ...c, claimedBy: { name: 'Ministry of Defence of Russia', kind: 'government', country: 'RUS' }, reportedBy: { name: 'TASS' } })),
  }));
}

test('a report\'s merge signature does not read its claimants or relays', () => {
  const events = processArticle(first);
  assert.ok(events.length && events[0]!.claims.length, 'the report has figures');
  assert.ok(events[0]!.claims.some((c) => c.claimedBy), 'the figures have a claimant to change');
  const swapped = otherClaimants(events);
  events.forEach((e, i) => assert.deepEqual(reportSignature(first, swapped[i]!), reportSignature(first, e)));
});

test('changing only the claimants of reports does not change which reports merge', () => {
  const st = stats(first, second, other);
  const decide = (swap: boolean) => {
    const ev = (a: Article) => {
      const e = processArticle(a).find((x) => !x.background)!;
      return swap ? otherClaimants([e])[0]! : e;
    };
    const base = [{ id: 'E1', sig: eventSignature([reportSignature(first, ev(first))]) }];
    return { second: chooseEvent(reportSignature(second, ev(second)), base, st)?.best.id ?? null, other: chooseEvent(reportSignature(other, ev(other)), base, st)?.best.id ?? null };
  };
  const plain = decide(false);
  assert.equal(plain.second, 'E1', 'the two reports of the depot strike are one event');
  assert.equal(plain.other, null, 'the Kherson shelling is another event');
  assert.deepEqual(decide(true), plain);
});

test('who is named as the source does not change the actors, place or date a report is matched on', () => {
  const told = ['the regional governor said', "Ukraine's emergency service said", 'according to the Associated Press', 'Reuters reported'];
  const sigs = told.map((src) => {
    const a = art('x', `Drones struck a fuel depot in Kramatorsk on Monday, killing three workers and wounding 11, ${src}.`);
    const { terms: _t, ...sig } = reportSignature(a, processArticle(a).find((e) => !e.background)!);
    return sig;
  });
  for (const s of sigs.slice(1)) assert.deepEqual(s, sigs[0]);
});
