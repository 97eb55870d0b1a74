/**
 * countries.json: every country's names (common, official, English alternative spellings and the
 * English names of i18n-iso-countries), demonyms, ISO codes, centroid and capital, from
 * world-countries (ODbL) and i18n-iso-countries (MIT).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isLatinName, placeKey } from '../../src/places/normalize.ts';
import { OUT } from './common.ts';

const require = createRequire(import.meta.url);

export function buildCountries(): void {
  const wc = require('world-countries/countries.json') as any[];
  const iso = require('i18n-iso-countries') as { getNames: (l: string, o?: object) => Record<string, string | string[]>; registerLocale: (x: object) => void };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const en = iso.getNames('en', { select: 'all' });
  const out = wc.map((c) => {
    const names = new Set<string>([c.name.common, c.name.official, ...((c.altSpellings as string[]) ?? []).filter((s) => s.length > 3)]);
    const e = en[c.cca2];
    for (const n of Array.isArray(e) ? e : e ? [e] : []) names.add(n);
    const dem = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [];
    const latin = [...names].filter((n) => isLatinName(n));
    return {
      iso2: c.cca2, iso3: c.cca3, name: c.name.common, names: latin, demonyms: dem,
      keys: [...new Set(latin.map(placeKey))], demonymKeys: [...new Set(dem.map(placeKey))],
      lat: c.latlng?.[0] ?? null, lon: c.latlng?.[1] ?? null, capital: c.capital?.[0] ?? null,
    };
  });
  writeFileSync(join(OUT, 'countries.json'), JSON.stringify({ source: 'world-countries (ODbL) names, demonyms, centroids, capitals; i18n-iso-countries (MIT) English names', countries: out }, null, 0) + '\n');
  console.log(`countries: ${out.length}`);
}
