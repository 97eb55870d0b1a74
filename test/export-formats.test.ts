import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { GEOJSON_PROPERTIES } from '../src/export/index.ts';
import { clash, run } from './export-fixtures.ts';

/** GeoJSON's own JSON Schema (geojson.org, the geojson-schema package). */
const validFeatureCollection = new Ajv({ allErrors: true, strict: false }).compile<any>(createRequire(import.meta.url)('geojson-schema/FeatureCollection.json'));

test('GeoJSON validates against the GeoJSON schema; properties are flat, the record is nested under one key and round-trips', async () => {
  const e = clash();
  const noPlace = { ...clash(), id: 'ev_nowhere', location: null };
  const { text, summary } = await run('geojson', [e, noPlace]);
  const gj = JSON.parse(text);
  assert.ok(validFeatureCollection(gj), JSON.stringify(validFeatureCollection.errors));
  assert.equal(gj.features.length, 1);
  assert.equal(summary.withoutPoint, 1);
  const f = gj.features[0];
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [45.93, 40.2] });
  assert.deepEqual(Object.keys(f.properties), [...GEOJSON_PROPERTIES, 'record']);
  for (const k of GEOJSON_PROPERTIES) assert.ok(f.properties[k] === null || typeof f.properties[k] !== 'object', `${k} is a scalar`);
  assert.deepEqual(f.properties.record, JSON.parse(JSON.stringify(e)));
  const p = f.properties;
  assert.deepEqual([p.event_type, p.sub_event_type, p.disorder_type, p.interaction], ['Battles', 'Armed clash', 'Political violence', 'State forces-State forces']);
  assert.deepEqual([p.actor1, p.actor2, p.location, p.iso3, p.where_prec], ['Military Forces of Azerbaijan', 'Military Forces of Armenia', 'Sotk', 'ARM', 2]);
  assert.deepEqual([p.killed_low, p.killed_best, p.killed_high, p.fatalities, p.articles], [22, 22, 22, 22, 2]);
});

test('GeoJSON leaves background events out unless asked; an empty export is still a valid FeatureCollection', async () => {
  const past = { ...clash({ background: true }), id: 'ev_past' };
  assert.equal(JSON.parse((await run('geojson', [past])).text).features.length, 0);
  const kept = JSON.parse((await run('geojson', [past], { background: true })).text);
  assert.ok(validFeatureCollection(kept));
  assert.equal(kept.features[0].properties.background, true);
  assert.ok(validFeatureCollection(JSON.parse((await run('geojson', [])).text)));
});

test('JSON and JSONL carry every event whole, background ones too, with their articles', async () => {
  const noPlace = { ...clash(), id: 'ev_nowhere', location: null };
  const past = { ...clash({ background: true }), id: 'ev_past' };
  const arr = JSON.parse((await run('json', [clash(), noPlace, past])).text);
  assert.deepEqual(arr.map((e: { id: string }) => e.id), ['ev_0011', 'ev_nowhere', 'ev_past']);
  assert.deepEqual(JSON.parse((await run('json', [])).text), []);
  const lines = (await run('jsonl', [clash()])).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines[0], JSON.parse(JSON.stringify(clash())));
  assert.equal(lines[0].contradictions.length, 0);
});
