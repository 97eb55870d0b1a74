/**
 * Merging holds a bounded number of events in memory (OpenOptions.mergeHeld): the chunks of the
 * oldest days are let go and read again from the database when a late report reaches back to them.
 * What is held must not change what merges: the same reports give the same events with a tiny
 * limit as with the default, a late report included. Both backends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, type IngestItem } from '../src/store/index.ts';
import { article, backends, claim, event } from './store-fixtures.ts';

const TOWNS = [
  { name: 'Kidal', country: 'Mali', iso3: 'MLI', latitude: 18.44, longitude: 1.41 },
  { name: 'Beledweyne', country: 'Somalia', iso3: 'SOM', latitude: 4.74, longitude: 45.2 },
  { name: 'Goma', country: 'Democratic Republic of the Congo', iso3: 'COD', latitude: -1.68, longitude: 29.23 },
];
// One landmark per event: what its reports share and other events' reports do not.
const NAMES = ['Tessalit road', 'Hiiraan bridge', 'Kibati hills', 'Anefis well', 'Bulo Burte camp', 'Rutshuru junction', 'Aguelhok checkpoint',
  'Jalalaqsi market', 'Sake crossroads', 'Tinzaouaten ford', 'Mataban clinic', 'Kanyaruchinya school', 'Intahaka mine', 'Halgan mosque',
  'Mugunga quarry', 'Ber oasis', 'Maxaas airstrip', 'Nyiragongo slope'];

/** Two reports of each of 18 events, a fortnight apart over eight months; then a late third report of the first. */
function corpus(): IngestItem[] {
  const items: IngestItem[] = [];
  const day = (d: number) => new Date(Date.UTC(2024, 0, 3) + d * 86_400_000).toISOString().slice(0, 10);
  const report = (id: string, i: number, d: number, text: string) => {
    const town = TOWNS[i % 3]!;
    return {
      article: article(id, text, { title: `${NAMES[i]}: attack near ${town.name}`, published: day(d + 1) }),
      events: [event({
        eventType: 'Violence against civilians', subEventType: 'Attack', date: { start: day(d), end: day(d), precision: 1 },
        location: { ...town, name: town.name, admin1: null, precision: 1 }, claims: [claim(`${i + 2} people were killed`, { low: i + 2, high: i + 2 })],
      })],
    };
  };
  for (let i = 0; i < 18; i++) {
    const d = i * 14, town = TOWNS[i % 3]!.name, place = NAMES[i];
    items.push(report(`m${i}a`, i, d, `Gunmen attacked villagers at the ${place} near ${town} on Tuesday, killing ${i + 2} people, officials said.`));
    items.push(report(`m${i}b`, i, d, `Officials near ${town} said ${i + 2} people died when gunmen attacked the ${place} on Tuesday.`));
  }
  items.push(report('m0late', 0, 0, `Survivors of the attack on villagers at the ${NAMES[0]} near ${TOWNS[0]!.name} buried the 2 people killed, officials said.`));
  return items;
}

async function groups(spec: string, mergeHeld?: number): Promise<string[][]> {
  const store = await open(spec, { mergeHeld });
  try {
    // One batch per report: the index is trimmed between batches.
    for (const it of corpus()) await store.ingestArticles([it]);
    const { events } = await store.listEvents({ limit: 100 });
    return events.map((e) => [...e.articles].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  } finally {
    await store.close();
  }
}

for (const b of backends()) {
  test(`${b.name}: a merge index holding two events merges as one holding all`, { timeout: 120_000 }, async () => {
    const all = b.spec(), few = b.spec();
    try {
      const whole = await groups(all);
      assert.deepEqual(await groups(few, 2), whole);
      // The reports of each event merged, the late one with the first event, nothing across events.
      assert.equal(whole.length, 18, JSON.stringify(whole));
      assert.ok(whole.some((g) => g.join() === 'm0a,m0b,m0late'), JSON.stringify(whole));
    } finally {
      await b.cleanup(all);
      await b.cleanup(few);
    }
  });
}

/**
 * Ninety days of dense news, ten events a day, one batch a day. A report reaches about three weeks
 * (its publication day ± a week, its event's date ± 3 days), so an index bounded to 60 events
 * must hold about that many days of events and no more, however many days a chunk of the index
 * spans: 32-day chunks kept whole held some 600 of the 900 events.
 */
function denseCorpus(): IngestItem[][] {
  const days: IngestItem[][] = [];
  const day = (d: number) => new Date(Date.UTC(2025, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);
  for (let d = 0; d < 90; d++) {
    const batch: IngestItem[] = [];
    for (let k = 0; k < 10; k++) {
      const town = TOWNS[k % 3]!;
      const place = `${NAMES[k]} ${d}`;
      batch.push({
        article: article(`d${d}-${k}`, `Gunmen attacked the ${place} near ${town.name}, killing ${k + 2} people, officials said.`, { title: `Attack at the ${place}`, published: day(d) }),
        events: [event({
          eventType: 'Violence against civilians', subEventType: 'Attack', date: { start: day(d), end: day(d), precision: 1 },
          location: { ...town, admin1: null, precision: 1 }, claims: [claim(`${k + 2} people were killed`, { low: k + 2, high: k + 2 })],
        })],
      });
    }
    days.push(batch);
  }
  return days;
}

/** Ingests the dense corpus a day a batch; returns the events' articles and the most events the index held. */
async function denseRun(spec: string, mergeHeld?: number): Promise<{ groups: string[][]; most: number }> {
  const store = await open(spec, { mergeHeld });
  try {
    let most = 0;
    for (const batch of denseCorpus()) {
      await store.ingestArticles(batch);
      most = Math.max(most, store.mergeHeld().events!);
    }
    const { events } = await store.listEvents({ limit: 1000 });
    return { groups: events.map((e) => [...e.articles].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)), most };
  } finally {
    await store.close();
  }
}

for (const b of backends()) {
  test(`${b.name}: a bounded merge index holds the days the reports reach, not whole months`, { timeout: 120_000 }, async () => {
    const all = b.spec(), few = b.spec();
    try {
      const whole = await denseRun(all);
      const bounded = await denseRun(few, 60);
      assert.equal(whole.most, whole.groups.length, 'unbounded, the index holds every event');
      assert.ok(whole.groups.length > 800, `${whole.groups.length} events`);
      assert.deepEqual(bounded.groups, whole.groups);
      // About three weeks of ten events a day, and the chunk edges: well under the events stored.
      assert.ok(bounded.most <= 300, `held at most ${bounded.most} events`);
    } finally {
      await b.cleanup(all);
      await b.cleanup(few);
    }
  });
}
