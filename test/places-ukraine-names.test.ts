/**
 * Ukraine's towns as reports have written them since 2010: the national romanisation (KMU 2010:
 * "Izium", "Berdiansk", where GeoNames' snapshot has the older "Izyum", "Berdyans'k") and the names
 * given in 2016 in place of Soviet ones (Pokrovsk for Krasnoarmiisk, Kadiivka for Stakhanov). Each
 * resolves to the town (within a few km) in its region, from a sentence of the kind front-line
 * reporting writes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { km, locate } from './places-helpers.ts';

const towns: { name: string; admin1: string; lat: number; lon: number; sentence: string }[] = [
  { name: 'Izium', admin1: 'Kharkiv', lat: 49.21, lon: 37.25, sentence: 'Russian troops shelled Izium overnight, the regional governor said on Telegram.' },
  { name: 'Kostiantynivka', admin1: 'Donetsk', lat: 48.53, lon: 37.71, sentence: 'A missile struck the market in Kostiantynivka on Wednesday, killing 16 people, officials said.' },
  { name: 'Berdiansk', admin1: 'Zaporizhzhia', lat: 46.76, lon: 36.79, sentence: 'Explosions were heard at the port of Berdiansk, the exiled mayor said.' },
  { name: 'Huliaipole', admin1: 'Zaporizhzhia', lat: 47.66, lon: 36.26, sentence: 'Two women were wounded when shells hit Huliaipole, the military administration said.' },
  { name: 'Kadiivka', admin1: 'Luhansk', lat: 48.57, lon: 38.64, sentence: 'A strike hit a base in Kadiivka in occupied Luhansk, Russian-installed officials said.' },
  { name: 'Pokrovsk', admin1: 'Donetsk', lat: 48.28, lon: 37.18, sentence: 'Shelling damaged a hospital in Pokrovsk in eastern Ukraine, the governor said.' },
];

for (const t of towns) {
  test(`Ukraine's current names: "${t.name}" is the town in ${t.admin1}`, () => {
    const p = locate(t.sentence);
    assert.ok(p, 'a place is found');
    assert.equal(p.iso3, 'UKR');
    assert.equal(p.admin1, t.admin1);
    assert.ok(p.latitude !== null && km(p, t.lat, t.lon) < 12, `${t.name}: ${p.name} at ${p.latitude},${p.longitude}`);
    assert.equal(p.mention?.text, t.name);
  });
}
