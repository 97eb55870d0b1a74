import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ACLED_COLUMNS, exportEvents, UCDP_COLUMNS, type ExportFormat } from '../src/export/index.ts';
import { mergeReports } from '../src/resolve/merge.ts';
import type { StoredEvent } from '../src/store/types.ts';
import { claim, event, SOTK } from './store-fixtures.ts';

const ACLED_31 = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(',');

function clash(): StoredEvent {
  const arm = { name: 'Military Forces of Armenia', kind: 'military' as const, country: 'ARM', inter: 1 };
  const aze = { name: 'Military Forces of Azerbaijan', kind: 'military' as const, country: 'AZE', inter: 1 };
  const claims = [
    { ...claim('15 servicemen, "including" officers, were killed', { low: 15, high: 15, party: { name: 'Armenian soldiers', kind: 'military', country: 'ARM' }, claimedBy: { name: 'Armenian defence ministry', kind: 'military', country: 'ARM' } }), articleId: 'arm-1' },
    { ...claim('seven of its soldiers had died', { low: 7, high: 7, party: { name: 'Azerbaijani soldiers', kind: 'military', country: 'AZE' }, claimedBy: { name: 'Baku', kind: 'government', country: 'AZE' } }), articleId: 'aze-1' },
  ];
  const ev = event({ eventType: 'Battles', subEventType: 'Armed clash', date: { start: '2021-11-16', end: '2021-11-16', precision: 1 }, location: SOTK, actor1: aze, actor2: arm, notes: 'Fighting on the border, with "heavy" losses; a ceasefire followed,\nbrokered by Russia.' });
  const merged = mergeReports('ev_0011', [{ articleId: 'arm-1', event: ev }, { articleId: 'aze-1', event: ev }], claims);
  return { ...merged, articleCount: 2, createdAt: '2021-11-17T10:00:00.000Z', updatedAt: '2021-11-17T12:00:00.000Z', sources: ['Armenpress', 'APA'] };
}

async function run(format: ExportFormat, events: StoredEvent[]): Promise<string> {
  let out = '';
  async function* gen() { yield* events; }
  await exportEvents(gen(), format, async (s) => { out += s; });
  return out;
}

test('ACLED CSV parses back with a CSV library, with exactly ACLED\'s 31 columns in ACLED\'s order', async () => {
  assert.deepEqual([...ACLED_COLUMNS], ACLED_31);
  const csv = await run('acled-csv', [clash()]);
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), ACLED_31);
  const r = rows[0];
  assert.equal(r.event_date, '2021-11-16');
  assert.equal(r.year, '2021');
  assert.equal(r.time_precision, '1');
  assert.equal(r.disorder_type, 'Political violence');
  assert.equal(r.event_type, 'Battles');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.equal(r.interaction, '11');
  assert.equal(r.iso, '51');
  assert.equal(r.region, 'Caucasus and Central Asia');
  assert.equal(r.country, 'Armenia');
  assert.equal(r.location, 'Sotk');
  assert.equal(r.geo_precision, '1');
  assert.equal(r.fatalities, '22');
  assert.equal(r.source, 'Armenpress; APA');
  assert.match(r.notes, /"heavy" losses; a ceasefire followed,\nbrokered/);
  assert.equal(r.timestamp, String(Date.parse('2021-11-17T12:00:00.000Z') / 1000));
});

test('UCDP-style CSV splits the dead by side and gives best, low and high', async () => {
  const rows = parse(await run('ucdp-csv', [clash()]), { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...UCDP_COLUMNS]);
  const r = rows[0];
  assert.equal(r.deaths_a, '7');
  assert.equal(r.deaths_b, '15');
  assert.equal(r.deaths_civilians, '0');
  assert.equal(r.deaths_unknown, '0');
  assert.equal(r.best, '22');
  assert.equal(r.where_prec, '2');
  assert.equal(r.date_prec, '1');
  assert.equal(r.type_of_violence, '1');
  assert.equal(r.articles, 'arm-1 aze-1');
});

test('GeoJSON is a FeatureCollection of points; JSON and JSONL carry the articles', async () => {
  const noPlace = { ...clash(), id: 'ev_nowhere', location: null };
  const gj = JSON.parse(await run('geojson', [clash(), noPlace]));
  assert.equal(gj.type, 'FeatureCollection');
  assert.equal(gj.features.length, 1);
  assert.deepEqual(gj.features[0].geometry, { type: 'Point', coordinates: [SOTK.longitude, SOTK.latitude] });
  assert.deepEqual(gj.features[0].properties.articles, ['arm-1', 'aze-1']);
  const arr = JSON.parse(await run('json', [clash(), noPlace]));
  assert.equal(arr.length, 2);
  assert.deepEqual(JSON.parse(await run('json', [])), []);
  const lines = (await run('jsonl', [clash()])).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines[0].articles, ['arm-1', 'aze-1']);
  assert.equal(lines[0].contradictions.length, 0);
});
