import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** ISO 3166 numeric code and ACLED region of a country, from world-countries and data/export/acled-regions.json. */
interface CountryInfo { numeric: string; name: string; region: string }

const require = createRequire(import.meta.url);
let table: Map<string, CountryInfo> | null = null;

function load(): Map<string, CountryInfo> {
  if (table) return table;
  const regions = JSON.parse(readFileSync(new URL('../../data/export/acled-regions.json', import.meta.url), 'utf8')) as {
    bySubregion: Record<string, string>; byIso3: Record<string, string>;
  };
  const countries = require('world-countries') as { cca3: string; ccn3: string; subregion: string; name: { common: string } }[];
  table = new Map();
  for (const c of countries) {
    table.set(c.cca3, {
      numeric: c.ccn3 ? String(Number(c.ccn3)) : '',
      name: c.name.common,
      region: regions.byIso3[c.cca3] ?? regions.bySubregion[c.subregion] ?? '',
    });
  }
  return table;
}

export function countryInfo(iso3: string | null | undefined): CountryInfo | null {
  return iso3 ? load().get(iso3.toUpperCase()) ?? null : null;
}
