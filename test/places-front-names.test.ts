/**
 * Settlements on front lines by their other names and transliterations: each name, written in a
 * sentence of its own with the region of the conflict after it, resolves to the same town (within a
 * few km) in the country that holds it today.
 * Five conflicts: Nagorno-Karabakh (Armenian and Azerbaijani Latin forms), Donbas (Ukrainian and
 * Russian transliterations), northern Syria (Arabic and Kurdish forms), western Libya, Yemen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { km, locate } from './places-helpers.ts';

interface Town { conflict: string; iso3: string; lat: number; lon: number; names: string[] }

/** Where each conflict's reports say the fighting is, after the town's name. */
const WHERE: Record<string, string> = {
  Karabakh: 'in Nagorno-Karabakh', Donbas: 'in eastern Ukraine', 'northern Syria': 'in northern Syria', 'western Libya': 'in western Libya', Yemen: 'in Yemen',
};

const towns: Town[] = [
  { conflict: 'Karabakh', iso3: 'AZE', lat: 40.21, lon: 46.82, names: ['Martakert', 'Aghdara', 'Agdere'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 40.36, lon: 46.93, names: ['Terter', 'Tartar', 'Tərtər'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.76, lon: 46.75, names: ['Shusha', 'Shushi'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.82, lon: 46.75, names: ['Stepanakert', 'Khankendi', 'Xankendi'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.6, lon: 46.55, names: ['Lachin', 'Berdzor'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 40.1, lon: 46.04, names: ['Kelbajar', 'Kalbajar', 'Karvachar'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.6, lon: 47.15, names: ['Fuzuli', 'Varanda'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.92, lon: 46.79, names: ['Askeran', 'Əsgəran'] },
  { conflict: 'Karabakh', iso3: 'AZE', lat: 39.99, lon: 46.93, names: ['Agdam', 'Akna'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 47.95, lon: 37.5, names: ['Marinka', "Mar'yinka"] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 48.95, lon: 38.49, names: ['Sievierodonetsk', 'Severodonetsk'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 48.74, lon: 39.23, names: ['Shchastia', 'Schastye'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 48.14, lon: 37.74, names: ['Avdiivka', 'Avdeevka'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 48.3, lon: 38.05, names: ['Horlivka', 'Gorlovka'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 47.78, lon: 37.25, names: ['Vuhledar', 'Ugledar'] },
  { conflict: 'Donbas', iso3: 'UKR', lat: 48.6, lon: 38.0, names: ['Bakhmut', 'Artemivsk'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 37.05, lon: 41.22, names: ['Qamishli', 'Qamishlo', 'Quamishli'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 36.89, lon: 38.35, names: ['Kobani', 'Ain al-Arab'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 36.85, lon: 40.07, names: ['Ras al-Ain', "Ra's al 'Ayn", 'Serekaniye'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 36.7, lon: 38.95, names: ['Tell Abyad', 'Tal Abyad', 'Tell Abiad'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 34.45, lon: 40.92, names: ['Al-Bukamal', 'Abu Kamal', 'Albukamal'] },
  { conflict: 'northern Syria', iso3: 'SYR', lat: 35.84, lon: 38.55, names: ['Tabqa', 'Al-Tabqa'] },
  { conflict: 'western Libya', iso3: 'LBY', lat: 32.75, lon: 13.71, names: ['Garabulli', 'Qarabulli'] },
  { conflict: 'western Libya', iso3: 'LBY', lat: 32.62, lon: 14.0, names: ['Msallata', 'Masallatah'] },
  { conflict: 'western Libya', iso3: 'LBY', lat: 32.43, lon: 13.63, names: ['Tarhuna', 'Tarhunah'] },
  { conflict: 'Yemen', iso3: 'YEM', lat: 14.8, lon: 42.95, names: ['Hodeidah', 'Hudaydah'] },
  { conflict: 'Yemen', iso3: 'YEM', lat: 13.58, lon: 44.02, names: ['Taiz', "Ta'izz"] },
];

for (const t of towns) {
  for (const name of t.names) {
    test(`front names, ${t.conflict}: "${name}" is the town at ${t.lat}, ${t.lon}`, () => {
      const p = locate(`Shelling hit houses in ${name} ${WHERE[t.conflict]} on Tuesday, local officials said.`);
      assert.ok(p, 'a place is found');
      assert.equal(p.iso3, t.iso3);
      assert.ok(p.latitude !== null && km(p, t.lat, t.lon) < 12, `${name}: ${p.name} at ${p.latitude},${p.longitude}`);
      assert.equal(p.mention?.text, name);
    });
  }
}
