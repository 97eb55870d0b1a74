/**
 * The first-level units of conflict data where they differ from GeoNames' admin-1
 * (data/places/admin-units.json): English names of OCHA's datasets, an admin-2 unit that ISO 3166-2
 * lists at the first level (the City of Belgrade), units divided by the codes of their districts
 * (Myanmar's Shan and Bago), countries whose districts are the first level (Uganda). Applied to the GeoNames code lists and to the towns' codes before the
 * units and shapes are built, so that everything downstream sees one set of units.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITIES_JSON, Grid, OUT, type Town } from './common.ts';

interface Conventions {
  names: Record<string, string | string[]>;
  promote: Record<string, { id: string; name: string; iso: string }>;
  admin2AsFirstLevel?: string[];
  splitByAdmin2Prefix: Record<string, Record<string, string>>;
}
export interface Code { code: string; name: string }

const conv = JSON.parse(readFileSync(join(OUT, 'admin-units.json'), 'utf8')) as Conventions;

/** Countries whose districts (GeoNames' admin-2) are the first level. */
export const admin2First = new Set(conv.admin2AsFirstLevel ?? []);

/** Names by unit id, the one to show first ("SY.04" -> ["Ar-Raqqa"]). */
export const unitNames = new Map(Object.entries(conv.names).map(([id, n]) => [id, Array.isArray(n) ? n : [n]]));

/** GeoNames' admin-1 and admin-2 lists with the conventions applied. */
export function adminLists(): { a1: Code[]; a2: Code[] } {
  const a1 = JSON.parse(readFileSync(join(CITIES_JSON, 'admin1.json'), 'utf8')) as Code[];
  const a2 = JSON.parse(readFileSync(join(CITIES_JSON, 'admin2.json'), 'utf8')) as Code[];
  for (const [from, to] of Object.entries(conv.promote)) {
    a1.push({ code: to.id, name: to.name });
    unitNames.set(to.id, [to.name]);
    const u = a2.find((x) => x.code === from);
    if (u) u.code = `${to.id}.${from.split('.')[2]}`;
  }
  // Uganda's districts: GeoNames' admin-2 units become the country's first level (their regions go).
  for (const cc of conv.admin2AsFirstLevel ?? []) {
    const districts = a2.filter((x) => x.code.startsWith(`${cc}.`));
    for (let i = a1.length - 1; i >= 0; i--) if (a1[i]!.code.startsWith(`${cc}.`)) a1.splice(i, 1);
    for (const d of districts) { a1.push({ code: `${cc}.${d.code.split('.')[2]}`, name: d.name }); a2.splice(a2.indexOf(d), 1); }
  }
  for (const [parent, parts] of Object.entries(conv.splitByAdmin2Prefix)) {
    const cc = parent.slice(0, 2);
    for (const [prefix, name] of Object.entries(parts)) {
      a1.push({ code: `${cc}.${prefix}`, name });
      unitNames.set(`${cc}.${prefix}`, [name]);
    }
    for (const u of a2) {
      if (!u.code.startsWith(`${parent}.`)) continue;
      const a2code = u.code.slice(parent.length + 1);
      const prefix = Object.keys(parts).find((p) => a2code.startsWith(p));
      if (prefix) u.code = `${cc}.${prefix}.${a2code}`;
    }
  }
  return { a1, a2 };
}

/** The towns' codes under the same conventions; a town of a divided unit with no district code
 *  takes the district of the nearest town that has one (within ~50 km). */
export function applyToTowns(towns: Town[]): void {
  for (const [from, to] of Object.entries(conv.promote)) {
    const [cc, a1, a2] = from.split('.');
    for (const t of towns) if (t.cc === cc && t.a1 === a1 && t.a2 === a2) t.a1 = to.id.split('.')[1]!;
  }
  // A town's district is its first-level unit; a town with no district code takes the district of
  // the nearest town that has one (within ~50 km).
  for (const cc of conv.admin2AsFirstLevel ?? []) {
    const inCountry = towns.filter((t) => t.cc === cc);
    const grid = new Grid(inCountry.filter((t) => !!t.a2));
    for (const t of inCountry) {
      const from = t.a2 ? t : grid.nearest(t.lat, t.lon, 0.5, () => true);
      t.a1 = from ? from.a2 : '';
      t.a2 = '';
    }
  }
  for (const [parent, parts] of Object.entries(conv.splitByAdmin2Prefix)) {
    const [cc, a1] = parent.split('.');
    const inUnit = towns.filter((t) => t.cc === cc && t.a1 === a1);
    const withDistrict = inUnit.filter((t) => Object.keys(parts).some((p) => t.a2.startsWith(p)));
    const grid = new Grid(withDistrict);
    for (const t of inUnit) {
      const from = withDistrict.includes(t) ? t : grid.nearest(t.lat, t.lon, 0.5, () => true);
      if (!from) continue;
      t.a2 = from.a2;
      t.a1 = Object.keys(parts).find((p) => from.a2.startsWith(p))!;
    }
  }
}
