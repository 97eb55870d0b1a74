import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesData, town, townsByKey } from '../src/places/data.ts';
import { placeKey } from '../src/places/normalize.ts';
import { admin1At } from '../src/places/reverse.ts';

test('placeKey joins transliterations: diacritics, ayin marks, doubled letters, the Arabic article', () => {
  assert.equal(placeKey("Ma'arrat an-Nu'man"), placeKey('Maarat al-Numan'));
  assert.equal(placeKey('Kismaayo'), placeKey('Kismayo'));
  assert.equal(placeKey('Mombassa'), placeKey('Mombasa'));
  assert.equal(placeKey('Ağdam'), placeKey('Agdam'));
  assert.equal(placeKey('Xankəndi'), placeKey('Xankandi'));
  assert.notEqual(placeKey('Tripoli'), placeKey('Tripolis Greece'));
});

test('the gazetteer knows old and new names of the same town', () => {
  const rows = (name: string) => townsByKey(placeKey(name)).map(town);
  assert.ok(rows('Artemivsk').some((t) => t.cc === 'UA' && Math.abs(t.lat - 48.6) < 0.1));
  const bakhmut = rows('Bakhmut').find((t) => t.cc === 'UA')!;
  assert.ok(rows('Artemivsk').some((t) => t.row === bakhmut.row), 'one row under both names');
  assert.ok(rows('Stepanakert').some((t) => t.cc === 'AZ'));
  assert.ok(rows('Khankendi').some((t) => t.cc === 'AZ'));
  assert.ok(rows('Kiev').some((t) => t.cc === 'UA' && t.fcode === 'PPLC'));
  assert.ok(rows('Kyiv').some((t) => t.cc === 'UA' && t.fcode === 'PPLC'));
  assert.ok(rows('Avdiivka').some((t) => t.cc === 'UA'));
  assert.ok(rows('Kismaayo').some((t) => t.cc === 'SO'));
  const tripolis = new Set(rows('Tripoli').map((t) => t.cc));
  assert.ok(tripolis.has('LY') && tripolis.has('LB'));
  assert.deepEqual(townsByKey('no such place anywhere'), []);
});

test('countries carry names, ISO codes, demonyms and centroids', () => {
  const d = placesData();
  const az = d.countryByKey.get(placeKey('Azerbaijan'))!;
  assert.equal(az.iso3, 'AZE');
  assert.equal(d.demonymByKey.get(placeKey('Azerbaijani'))!.iso2, 'AZ');
  assert.equal(d.countryByIso3.get('KEN')!.name, 'Kenya');
  assert.ok(typeof az.lat === 'number' && typeof az.lon === 'number');
});

test('reverse lookup gives admin-1 names and ISO 3166-2 codes', () => {
  const bakhmut = admin1At(48.5956, 37.9999, null)!;
  assert.deepEqual([bakhmut.name, bakhmut.code, bakhmut.cc], ['Donetsk', 'UA-14', 'UA']);
  assert.equal(admin1At(35.648, 36.677, null)!.name, 'Idleb'); // OCHA's English name (data/places/admin-units.json)
  assert.equal(admin1At(33.749, -84.388, null)!.code, 'US-GA');
  assert.equal(admin1At(0, -30, null), null, 'open ocean has no admin-1');
  assert.equal(admin1At(Number.NaN, 10, null), null);
});

test("Kenya's 47 counties, with ACLED's names, cover Kenyan points", () => {
  const ke = placesData().ke;
  assert.equal(ke.counties.length, 47);
  for (const name of ['Kilifi', 'Samburu', 'Nairobi', 'Mombasa', 'Mandera', "Murang'a", 'Elgeyo-Marakwet', 'Tharaka-Nithi', 'Taita Taveta', 'Uasin Gishu']) {
    assert.ok(ke.counties.some((c) => c.name === name), name);
  }
  assert.equal(admin1At(-1.2864, 36.8172, 'KE')!.name, 'Nairobi');
  assert.equal(admin1At(-4.0435, 39.6682, 'KE')!.name, 'Mombasa');
  assert.equal(admin1At(3.9373, 41.8569, null)!.name, 'Mandera');
  assert.equal(admin1At(3.9373, 41.8569, null)!.code, 'KE-24');
  assert.equal(admin1At(-0.0917, 34.768, 'KE')!.name, 'Kisumu');
});
