/**
 * Loads the checked-in places index (data/places/, built by scripts/build-gazetteer.ts) once, lazily,
 * on the first lookup: a CLI run that never locates an event never pays for it. The towns are in
 * the gazetteer with the administrative units (src/places/gazetteer.ts, units.ts); this module holds
 * the small tables: countries, aliases, abbreviations, stop words, and Kenya's counties and divisions.
 * Names are looked up by placeKey().
 */
import { gazetteer, setSmallFirstWords, type Gazetteer } from './gazetteer.ts';
import { readJson } from './files.ts';
import { placeKey } from './normalize.ts';

export { hasTownKey, startsSomeName, town, townsByKey, type Town } from './gazetteer.ts';
export { shapes, unitById, unitOfRow, type Shape, type Unit } from './units.ts';

export interface Country {
  iso2: string; iso3: string; name: string; names: string[]; demonyms: string[];
  /** placeKey of the names and of the demonyms, computed at build time. */
  keys: string[]; demonymKeys: string[];
  lat: number | null; lon: number | null; capital: string | null;
}

export interface Alias {
  names: string[];
  /** region, border, frontline, waters, place, admin1 */
  kind: string;
  iso2: string | null;
  lat: number | null;
  lon: number | null;
  precision: number;
  /** Display name. */
  name: string;
  admin1?: string | null;
  /** Lower-case phrase to find in running text ("the line of contact"). */
  phrase?: boolean;
}

export interface KenyaCounty { name: string; code: string; lat: number; lon: number }

export interface PlacesData {
  gaz: Gazetteer;
  countries: Country[];
  countryByKey: Map<string, Country>;
  countryByIso2: Map<string, Country>;
  countryByIso3: Map<string, Country>;
  /** Demonym key ("azerbaijani", "kenyan") -> country. */
  demonymByKey: Map<string, Country>;
  /** Abbreviations of admin-1 units, read only after another place ("Peshawar, KPK"): key -> the
   *  country and the key of the unit's name (src/places/readings.ts finds the unit). */
  abbreviations: Map<string, { cc: string; key: string }[]>;
  aliases: Alias[];
  aliasByKey: Map<string, Alias[]>;
  phraseAliases: Alias[];
  /** Display names that replace the gazetteer's older ones ("Kiev" -> "Kyiv"). */
  renames: Map<string, string>;
  /** First words of the several-word names of the small tables and stop phrases. */
  firstWords: Set<string>;
  /** Every key of the small tables (countries, demonyms, aliases, Kenyan counties and
   *  divisions): one Set lookup for "is this a name?" instead of one per table. */
  smallKeys: Set<string>;
  /** Words that are never places when capitalized ("Police", "Monday", "Reuters"). */
  stop: Set<string>;
  /** Common English words that are also place names ("Post", "Orange"): weak evidence. */
  common: Set<string>;
  /** Kenya: county reference points and division names (ACLED's county spellings). */
  ke: {
    counties: KenyaCounty[]; byName: Map<string, string>; points: [string, number, number][];
    countyByKey: Map<string, KenyaCounty>;
    /** A point for a division: a town of that name or of its parent division, in the same county. */
    coords: Map<string, [number, number]>;
  };
  loadMs: number;
}

let cached: PlacesData | null = null;

/** Second-level units that GeoNames lacks (data/places/admin2-units.json: Ethiopia's zones), as
 *  named regions of UCDP precision 3 in their first-level unit. */
function admin2Units(): Alias[] {
  const raw = readJson('admin2-units.json').units as Record<string, [string, string, number, number, string[]][]>;
  return Object.entries(raw).flatMap(([iso2, list]) => list.map(([name, admin1, lat, lon, names]) => (
    { names, name, kind: 'region', iso2, lat, lon, precision: 3, admin1 })));
}
setSmallFirstWords(() => placesData().firstWords);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) { if (!a.includes(v)) a.push(v); } else m.set(k, [v]);
}

function loadKenya(): PlacesData['ke'] {
  const kc = readJson('ke-counties.json').counties as [string, string, string, number?, number?][];
  const kd = readJson('ke-divisions.json');
  const points = kd.points as [string, number, number][];
  const counties = kc.map(([name, code]) => {
    const seat = points.find((p) => p[0] === name)!;
    return { name, code, lat: seat[1], lon: seat[2] };
  });
  const countyByKey = new Map(counties.map((c) => [placeKey(c.name), c]));
  const byName = new Map<string, string>(Object.entries(kd.names));
  return { counties, byName: withWholeNames(byName, countyByKey), points, countyByKey, coords: new Map<string, [number, number]>(Object.entries(kd.coords ?? {})) };
}

const SPLIT_PART = / (?:north|south|east|west|central)$/;

/** "Kuresoi" for Kuresoi North and Kuresoi South: a division split by the compass keeps its whole
 *  name in the news. The whole name is a division of the county that holds all its parts, unless a
 *  table already has the name (a county: "Turkana", whose people are named so too) or the parts lie
 *  in several counties. */
function withWholeNames(byName: Map<string, string>, counties: Map<string, unknown>): Map<string, string> {
  const whole = new Map<string, string | null>();
  for (const [k, county] of byName) {
    if (!SPLIT_PART.test(k)) continue;
    const w = k.replace(SPLIT_PART, '');
    whole.set(w, whole.has(w) && whole.get(w) !== county ? null : county);
  }
  for (const [w, county] of whole) if (county && !byName.has(w) && !counties.has(placeKey(w))) byName.set(w, county);
  return byName;
}

function loadAbbreviations(): PlacesData['abbreviations'] {
  const out: PlacesData['abbreviations'] = new Map();
  const table = readJson('admin1-abbreviations.json').units as Record<string, Record<string, string>>;
  for (const [cc, abbr] of Object.entries(table)) {
    for (const [short, name] of Object.entries(abbr)) push(out, placeKey(short), { cc, key: placeKey(name) });
  }
  return out;
}

export function placesData(): PlacesData {
  if (cached) return cached;
  const t0 = performance.now();
  const gaz = gazetteer();

  const countries = (readJson('countries.json').countries as Country[]);
  const countryByKey = new Map<string, Country>();
  const countryByIso2 = new Map<string, Country>();
  const countryByIso3 = new Map<string, Country>();
  const demonymByKey = new Map<string, Country>();
  for (const c of countries) {
    countryByIso2.set(c.iso2, c);
    countryByIso3.set(c.iso3, c);
    for (const k of c.keys) if (!countryByKey.has(k)) countryByKey.set(k, c);
    for (const k of c.demonymKeys) if (!demonymByKey.has(k)) demonymByKey.set(k, c);
  }

  const abbreviations = loadAbbreviations();

  const al = readJson('aliases.json');
  const aliases: Alias[] = [...(al.aliases as Alias[]).map((a) => ({ ...a, name: a.name ?? a.names[0]! })), ...admin2Units()];
  const aliasByKey = new Map<string, Alias[]>();
  for (const a of aliases) if (!a.phrase) for (const n of a.names) push(aliasByKey, placeKey(n), a);
  const phraseAliases = aliases.filter((a) => a.phrase);
  const renames = new Map<string, string>(Object.entries(al.renames ?? {}));

  const stop = new Set<string>((readJson('stopwords.json').words as string[]).map((w) => placeKey(w)));
  const common = new Set<string>(readJson('common-words.json').words as string[]);
  const ke = loadKenya();

  const firstWords = new Set<string>();
  const smallKeys = new Set<string>();
  const tables = [countryByKey, aliasByKey, ke.byName, ke.countyByKey, demonymByKey] as Map<string, unknown>[];
  for (const m of tables) {
    for (const k of m.keys()) {
      smallKeys.add(k);
      const i = k.indexOf(' ');
      if (i > 0 && m !== demonymByKey) firstWords.add(k.slice(0, i));
    }
  }
  for (const k of stop) { const i = k.indexOf(' '); if (i > 0) firstWords.add(k.slice(0, i)); }
  cached = {
    gaz, countries, countryByKey, countryByIso2, countryByIso3, demonymByKey, abbreviations, firstWords, aliases, aliasByKey, phraseAliases, renames, smallKeys, stop, common, ke, loadMs: performance.now() - t0,
  };
  return cached;
}
