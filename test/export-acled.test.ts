import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACLED_COLUMNS, acledRow, TAG_BACKGROUND, TAG_DIPLOMACY } from '../src/export/index.ts';
import type { Actor } from '../src/record/schema.ts';
import { ARM, AZE, clash, readCsv as read, run, stored } from './export-fixtures.ts';

const ACLED_31 = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(',');


test('ACLED CSV loads with a strict CSV reader: ACLED\'s 31 columns in ACLED\'s order, every field round-trips', async () => {
  assert.deepEqual([...ACLED_COLUMNS], ACLED_31);
  const e = clash();
  const rows = read((await run('acled-csv', [e])).text);
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]), ACLED_31);
  const expected = acledRow(e);
  for (const c of ACLED_31) assert.equal(rows[0][c], String(expected[c as keyof typeof expected]), c);
  const r = rows[0];
  assert.equal(r.event_date, '2021-11-16');
  assert.equal(r.year, '2021');
  assert.equal(r.time_precision, '1');
  assert.equal(r.disorder_type, 'Political violence');
  assert.equal(r.actor1, 'Military Forces of Azerbaijan');
  assert.equal(r.inter1, 'State forces');
  assert.equal(r.inter2, 'State forces');
  assert.equal(r.interaction, 'State forces-State forces');
  assert.equal(r.iso, '51');
  assert.equal(r.region, 'Caucasus and Central Asia');
  assert.equal(r.country, 'Armenia');
  assert.equal(r.location, 'Sotk');
  assert.equal(r.geo_precision, '2', '"near" a town is ACLED geo_precision 2');
  assert.equal(r.fatalities, '22');
  assert.equal(r.source, 'Armenpress; APA');
  assert.match(r.notes, /"heavy" losses; a ceasefire followed,\nbrokered/);
  assert.equal(r.tags, '');
  assert.equal(r.timestamp, String(Date.parse('2021-11-17T12:00:00.000Z') / 1000));
});

const REBELS: Actor = { name: 'Al Shabaab', kind: 'rebel', country: 'SOM', inter: 2 };
const MOB: Actor = { name: 'Rioters (Kenya)', kind: 'rioters', country: 'KEN', inter: null };
const VILLAGERS: Actor = { name: 'Civilians (Kenya)', kind: 'civilians', country: 'KEN', inter: 7 };
const POLICE: Actor = { name: 'Police Forces of Kenya', kind: 'police', country: 'KEN', inter: null };
const MARCHERS: Actor = { name: 'Protesters (Kenya)', kind: 'protesters', country: 'KEN', inter: 6 };

// ACLED's text inter codes and interactions: lower code first, "only" for one actor.
const INTERACTIONS: { name: string; actor1: Actor | null; actor2: Actor | null; inter1: string; inter2: string; interaction: string }[] = [
  { name: 'state forces against a rebel group', actor1: ARM, actor2: REBELS, inter1: 'State forces', inter2: 'Rebel group', interaction: 'State forces-Rebel group' },
  { name: 'the lower code first whatever the order of the actors', actor1: VILLAGERS, actor2: MOB, inter1: 'Civilians', inter2: 'Rioters', interaction: 'Rioters-Civilians' },
  { name: 'an inter code taken from the actor kind when none was given', actor1: POLICE, actor2: MARCHERS, inter1: 'State forces', inter2: 'Protesters', interaction: 'State forces-Protesters' },
  { name: 'one actor', actor1: MARCHERS, actor2: null, inter1: 'Protesters', inter2: '', interaction: 'Protesters only' },
  { name: 'a second actor alone becomes actor1', actor1: null, actor2: REBELS, inter1: 'Rebel group', inter2: '', interaction: 'Rebel group only' },
  { name: 'an actor of unknown type gives no interaction', actor1: AZE, actor2: { name: 'Local media', kind: 'media', country: 'AZE', inter: null }, inter1: 'State forces', inter2: '', interaction: '' },
];
for (const c of INTERACTIONS) {
  test(`ACLED inter1, inter2 and interaction as text: ${c.name}`, () => {
    const r = acledRow(stored({ eventType: 'Battles', subEventType: 'Armed clash', actor1: c.actor1, actor2: c.actor2 }));
    assert.deepEqual([r.inter1, r.inter2, r.interaction], [c.inter1, c.inter2, c.interaction]);
    assert.ok(r.actor1 !== '', 'ACLED always names actor1');
  });
}

// ACLED's disorder_type of every kind of event, the demonstration-related political violence included.
const DISORDER: [string, string, string][] = [
  ['Battles', 'Armed clash', 'Political violence'],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
  ['Violence against civilians', 'Attack', 'Political violence'],
  ['Protests', 'Peaceful protest', 'Demonstrations'],
  ['Protests', 'Protest with intervention', 'Demonstrations'],
  ['Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'],
  ['Riots', 'Violent demonstration', 'Demonstrations'],
  ['Riots', 'Mob violence', 'Political violence'],
  ['Strategic developments', 'Arrests', 'Strategic developments'],
  ['Diplomacy', 'Talks', 'Strategic developments'],
];
for (const [type, sub, disorder] of DISORDER) {
  test(`ACLED disorder_type of ${type} / ${sub} is "${disorder}"`, () => {
    assert.equal(acledRow(stored({ eventType: type, subEventType: sub })).disorder_type, disorder);
  });
}

// When extraction named no actor, the generic actor ACLED codes for that kind of event (with the country).
const GENERIC: { type: string; sub: string; actor1: string; inter1: string; actor2: string }[] = [
  { type: 'Protests', sub: 'Peaceful protest', actor1: 'Protesters (United States)', inter1: 'Protesters', actor2: '' },
  { type: 'Riots', sub: 'Violent demonstration', actor1: 'Rioters (United States)', inter1: 'Rioters', actor2: '' },
  { type: 'Violence against civilians', sub: 'Attack', actor1: 'Unidentified Armed Group (United States)', inter1: 'Political militia', actor2: 'Civilians (United States)' },
  { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'Unidentified Armed Group (United States)', inter1: 'Political militia', actor2: '' },
];
test('civilians named alone in an attack are its actor2, the attacker unidentified', () => {
  const r = acledRow(stored({ eventType: 'Violence against civilians', subEventType: 'Attack', actor1: VILLAGERS }));
  assert.deepEqual([r.actor1, r.inter1, r.actor2, r.inter2, r.interaction], ['Unidentified Armed Group (United States)', 'Political militia', 'Civilians (Kenya)', 'Civilians', 'Political militia-Civilians']);
});
for (const g of GENERIC) {
  test(`ACLED actor1 of a ${g.type} event without a named actor: ${g.actor1}`, () => {
    const r = acledRow(stored({ eventType: g.type, subEventType: g.sub }));
    assert.deepEqual([r.actor1, r.inter1, r.actor2], [g.actor1, g.inter1, g.actor2]);
  });
}

test('ACLED CSV leaves background events out unless asked, and then tags them', async () => {
  const past = clash({ background: true });
  const now = clash();
  const plain = await run('acled-csv', [past, now]);
  assert.equal(read(plain.text).length, 1);
  assert.equal(plain.summary.background, 1);
  const asked = read((await run('acled-csv', [past, now], { background: true })).text);
  assert.equal(asked.length, 2);
  assert.equal(asked[0].tags, TAG_BACKGROUND);
  assert.equal(asked[1].tags, '');
});

test('ACLED CSV: Diplomacy events left out by default, kept and tagged with "flag", alone with "only"', async () => {
  const talks = stored({ id: 'ev_talks', eventType: 'Diplomacy', subEventType: 'Talks', actor1: ARM, actor2: AZE });
  const fight = clash();
  const ids = (rows: Record<string, string>[]) => rows.map((r) => r.event_id_cnty);
  const excluded = await run('acled-csv', [talks, fight]);
  assert.deepEqual(ids(read(excluded.text)), ['ev_0011']);
  assert.equal(excluded.summary.diplomacy, 1);
  const flagged = read((await run('acled-csv', [talks, fight], { diplomacy: 'flag' })).text);
  assert.deepEqual(ids(flagged), ['ev_talks', 'ev_0011']);
  assert.equal(flagged[0].tags, TAG_DIPLOMACY);
  assert.equal(flagged[0].event_type, 'Diplomacy');
  assert.deepEqual(ids(read((await run('acled-csv', [talks, fight], { diplomacy: 'only' })).text)), ['ev_talks']);
});

test('ACLED time_precision and geo_precision follow the event\'s date and place precision', () => {
  const cases: [number, number, number, number][] = [[1, 1, 1, 1], [3, 2, 2, 2], [4, 3, 4, 3], [5, 3, 6, 3]];
  for (const [datePrec, time, wherePrec, geo] of cases) {
    const r = acledRow(stored({ date: { start: '2016-05-14', end: '2016-05-20', precision: datePrec }, location: { name: 'Dayton', admin1: 'Ohio', country: 'United States', iso3: 'USA', latitude: 39.76, longitude: -84.19, precision: wherePrec } }));
    assert.deepEqual([r.time_precision, r.geo_precision], [time, geo], `date_prec ${datePrec}, where_prec ${wherePrec}`);
  }
});
