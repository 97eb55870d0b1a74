import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Event, ExtractedArticle, recordJsonSchema } from '../src/record/schema.ts';
import { eventTypeOf, SUB_EVENT_TYPES } from '../src/record/taxonomy.ts';
import { ROOT } from './helpers.ts';

const text = 'Baku reported that seven of its soldiers had died and 10 were wounded.';
const range = (n: number | null) => ({ low: n, best: n, high: n });

function handWritten() {
  return {
    id: 'ev-1',
    eventType: 'Battles',
    subEventType: 'Armed clash',
    background: false,
    date: { start: '2021-11-16', end: '2021-11-16', precision: 1 },
    location: { name: 'Armenia', admin1: null, country: 'Armenia', iso3: 'ARM', latitude: 40.07, longitude: 45.04, precision: 6 },
    actor1: { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE', inter: 1 },
    actor2: { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM', inter: 1 },
    associatedActors: [],
    claims: [{
      outcome: 'killed', low: 7, high: 7, qualifier: 'exact',
      party: { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE' },
      claimedBy: { name: 'Government of Azerbaijan', kind: 'government', country: 'AZE' },
      reportedBy: null,
      quote: { text: 'seven of its soldiers had died', start: 19, end: 49 },
    }],
    totals: { killed: range(7), wounded: range(10), missing: range(null), captured: range(null) },
    fatalities: 7,
    evidence: [{ text, start: 0, end: text.length }],
    articles: ['seed'],
  };
}

test('the schema accepts a hand-written event and an extract line', () => {
  const ev = handWritten();
  assert.equal(text.slice(19, 49), ev.claims[0].quote.text);
  assert.deepEqual(Event.parse(ev).claims[0].claimedBy?.name, 'Government of Azerbaijan');
  assert.ok(ExtractedArticle.safeParse({ id: 'a', title: null, published: '2021-11-17', events: [ev] }).success);
});

test('the schema rejects broken records, naming the field', () => {
  const bad = [
    (e: any) => { e.subEventType = 'Armed Clash'; }, // ACLED spelling is exact
    (e: any) => { e.date.precision = 9; },
    (e: any) => { e.location.precision = 0; },
    (e: any) => { e.claims[0].qualifier = 'roughly'; },
    (e: any) => { e.claims[0].low = -1; },
    (e: any) => { e.totals.killed.best = 2.5; },
    (e: any) => { delete e.background; },
    (e: any) => { e.actor1.country = 'Azerbaijan'; },
    (e: any) => { e.date.start = '16/11/2021'; },
  ];
  for (const mutate of bad) {
    const e = handWritten();
    mutate(e);
    const r = Event.safeParse(e);
    assert.equal(r.success, false, `accepted: ${mutate.toString()}`);
    assert.ok(r.error!.issues[0].path.length > 0);
  }
});

test('docs/record.schema.json is generated from the schema module (run `npm run schema`)', () => {
  const onDisk = JSON.parse(readFileSync(`${ROOT}/docs/record.schema.json`, 'utf8'));
  assert.deepEqual(onDisk, JSON.parse(JSON.stringify(recordJsonSchema())));
  const ev = (onDisk.$defs.Event.properties.subEventType.enum as string[]);
  assert.ok(ev.includes('Shelling/artillery/missile attack') && ev.includes('Talks'));
});

test('the taxonomy has ACLED\'s 6 types and 25 sub-types', () => {
  const acled = SUB_EVENT_TYPES.filter((s) => eventTypeOf(s) !== 'Diplomacy');
  assert.equal(acled.length, 25);
  assert.equal(new Set(acled.map(eventTypeOf)).size, 6);
  assert.equal(eventTypeOf('Remote explosive/landmine/IED'), 'Explosions/Remote violence');
  assert.throws(() => eventTypeOf('Skirmish'), /unknown sub-event type/);
});
