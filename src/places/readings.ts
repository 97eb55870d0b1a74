/**
 * The readings of a place mention: every table entry its key names (towns, admin-1 and admin-2
 * units, Kenya's counties and divisions, named regions, aliases, borders, countries), each with its
 * country, point, UCDP precision and the units that hold it; and which reading holds which
 * ("Kismaayo, Lower Juba", "X district of Y", "Solhan in northern Burkina Faso").
 */
import { placesData, town, townsByKey, unitById, unitOfRow, type Alias, type Country, type Unit } from './data.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { placeKey } from './normalize.ts';
import { admin1At, admin1Of, kenyaCounty } from './reverse.ts';
import { mapPacked } from '../util/packed.ts';

export type Kind = 'town' | 'admin1' | 'admin2' | 'county' | 'division' | 'alias' | 'country' | 'border';

export interface Option {
  kind: Kind;
  cc: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  /** Admin-1 known without a reverse lookup (units, Kenyan counties and divisions, coded towns). */
  admin1?: { name: string; code: string | null } | null;
  precision: number;
  capital?: boolean;
  /** The mention is the town's main name, not one of its alternate names. */
  primary?: boolean;
  /** Found by its main name's key but spelled otherwise than the text ("Fanna" for "Fana", "Coro"
   *  for "Koro"): the key's folding of doubled letters and like sounds, not the writer's spelling. */
  respelled?: boolean;
  /** GeoNames feature code of a town (PPLC: a national capital). */
  fcode?: string;
  /** The admin-1 and admin-2 units that hold this reading (or are it), when known. */
  u1?: Unit | null;
  u2?: Unit | null;
}

/** The national capital (GeoNames PPLC) of a country, from the gazetteer. */
export function capitalOf(iso2: string) {
  const c = placesData().countryByIso2.get(iso2);
  if (!c?.capital) return null;
  for (const row of townsByKey(placeKey(c.capital))) {
    const t = town(row);
    if (t.cc === iso2 && t.fcode === 'PPLC') return t;
  }
  return null;
}

function aliasOption(a: Alias): Option {
  const k = a.admin1 ? { name: a.admin1, code: null } : undefined;
  return { kind: a.kind === 'place' ? 'town' : 'alias', cc: a.iso2, name: a.name, lat: a.lat, lon: a.lon, pop: 0, precision: a.precision, admin1: k };
}

function unitOption(u: Unit): Option {
  const a1 = admin1Of(u);
  return {
    kind: u.parent ? 'admin2' : 'admin1', cc: u.cc, name: u.name, lat: Number.isFinite(u.lat) ? u.lat : null, lon: Number.isFinite(u.lon) ? u.lon : null, pop: 0, precision: u.parent ? 3 : 4,
    admin1: { name: a1.name, code: a1.code }, u1: a1, u2: u.parent ? u : null,
  };
}

function borderOptions(m: Mention): Option[] {
  // A border is a region of the country that owns it (precision 5, no point): each named country,
  // or for "the country's border" the event's country, filled in by toPlace.
  const d = placesData();
  const out: Option[] = [];
  const cs = m.border!.map((k) => d.countryByKey.get(k) ?? d.demonymByKey.get(k)).filter((c): c is Country => !!c);
  if (m.border!.length && !cs.length) return out; // "Somali border" of an unknown word: not a country
  if (!cs.length) out.push({ kind: 'border', cc: null, name: 'border', lat: null, lon: null, pop: 0, precision: 5, admin1: null });
  // "the Kenya-Somalia border": either side; the story's countries choose, the first named breaks ties.
  cs.forEach((c, i) => out.push({ kind: 'border', cc: c.iso2, name: `${c.name} border`, lat: null, lon: null, pop: i === 0 ? 1 : 0, precision: 5, admin1: null }));
  return out;
}

/** The admin-1 units an abbreviation stands for ("KPK": Khyber Pakhtunkhwa). */
function abbreviated(key: string): Unit[] {
  const out: Unit[] = [];
  for (const { cc, key: name } of placesData().abbreviations.get(key) ?? []) {
    for (const row of townsByKey(name)) {
      const t = town(row);
      if (t.fcode === 'ADM1' && t.cc === cc) out.push(unitOfRow(row));
    }
  }
  return out;
}

/**
 * The readings of a mention, every one with all of Option's fields in one order. Made by eight
 * literals with different optional fields, readings had several hidden classes, and the functions
 * that read them for every mention (textCountries, linkContainers, readingTerms, articleMentions)
 * were deoptimized on a "wrong map" and optimized again, several times a run, each time as new
 * kinds of reading turned up: compiling them again cost more CPU than running them. One shape keeps
 * them optimized. Absent and undefined read alike: no caller tests for a field's presence.
 */
export function optionsFor(m: Mention): Option[] {
  // Packed whoever runs it (util/packed.ts): readingTerms, loneAbroad, linkContainers read opts.
  return mapPacked(readingsFor(m), oneShape);
}

function oneShape(o: Option): Option {
  return {
    kind: o.kind, cc: o.cc, name: o.name, lat: o.lat, lon: o.lon, pop: o.pop, admin1: o.admin1, precision: o.precision,
    capital: o.capital, primary: o.primary, respelled: o.respelled, fcode: o.fcode, u1: o.u1, u2: o.u2,
  };
}

/** A name's letters as written, without case, marks, spaces or punctuation ("Ménaka" = "Menaka",
 *  "Pobe-Mengao" = "Pobe Mengao"; "Fanna" ≠ "Fana"). */
export function spelling(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

function readingsFor(m: Mention): Option[] {
  const d = placesData();
  const out: Option[] = [];
  // "Somali herders", "Afghan refugees": a people, not Ethiopia's Somali region or a town.
  if (d.demonymByKey.has(m.key) && !lexicon().adminAfter.test(m.after)) return out;
  if (m.border) return borderOptions(m);
  if (m.phrase) {
    for (const a of d.phraseAliases) if (a.names.some((n) => placeKey(n) === m.key)) out.push(aliasOption(a));
    return out;
  }
  // "Peshawar, KPK": an abbreviation stands for its unit only (the locator drops it elsewhere).
  if (m.abbrev) return abbreviated(m.key).map(unitOption);
  // The text's spelling, once for all the rows of the key (a name may have hundreds).
  const written = spelling(m.text);
  for (const row of townsByKey(m.key)) {
    const t = town(row);
    if (t.fcode === 'ADM1' || t.fcode === 'ADM2') {
      // Kenya's counties and divisions come from data/places/ke-counties.json and ke-divisions.json
      // (ACLED's spellings; kenya-locations' wards and constituencies, richer than GeoNames' admin-2).
      if (t.cc !== 'KE') out.push(unitOption(unitOfRow(row)));
      continue;
    }
    if (t.fcode === 'ADMR') {
      // A shape split between today's units (Kenya's former provinces, "Rift Valley"): a named region.
      out.push({ kind: 'alias', cc: t.cc, name: d.renames.get(t.name) ?? t.name, lat: t.lat, lon: t.lon, pop: 0, precision: 5, admin1: null });
      continue;
    }
    // (A Kenyan town's county: from the county reference points, see reverse.ts.)
    const u1 = t.a1 && t.cc !== 'KE' ? unitById(`${t.cc}.${t.a1}`) ?? null : null;
    const u2 = u1 && t.a2 ? unitById(`${u1.id}.${t.a2}`) ?? null : null;
    const main = placeKey(t.name) === m.key;
    out.push({
      kind: 'town', cc: t.cc, name: d.renames.get(t.name) ?? t.name, lat: t.lat, lon: t.lon, pop: t.pop, precision: 1,
      capital: t.fcode === 'PPLC' || t.fcode === 'PPLA', fcode: t.fcode, primary: main || mainBeforeComma(t.name, m.key),
      respelled: main && spelling(t.name) !== written && spelling(d.renames.get(t.name) ?? t.name) !== written,
      admin1: u1 ? { name: u1.name, code: u1.code } : undefined, u1, u2,
    });
  }
  // Respelled only beside a town that the text spells exactly ("Fana" has Fana, Mali; "Jimma" has no
  // town so spelled, and Jima, Ethiopia is as good as the text's spelling).
  if (!out.some((o) => o.kind === 'town' && !o.respelled && spelling(o.name) === written)) for (const o of out) o.respelled = undefined;
  const county = d.ke.countyByKey.get(m.key);
  if (county) out.push({ kind: 'county', cc: 'KE', name: county.name, lat: county.lat, lon: county.lon, pop: 0, precision: 4, admin1: { name: county.name, code: county.code } });
  const div = d.ke.byName.get(m.key);
  const keTown = out.find((o) => o.kind === 'town' && o.cc === 'KE');
  // A Kenyan town that is also a ward or constituency: the town has real coordinates, and the
  // division table confirms it (the bonus a division would get).
  if (div && keTown) keTown.pop = Math.max(keTown.pop, 10_000);
  else if (div) {
    const c = d.ke.counties.find((x) => x.name === div)!;
    // A town standing for the ward or constituency (admin-2 level) when known, else the county seat.
    const p = d.ke.coords.get(m.key);
    out.push({ kind: 'division', cc: 'KE', name: m.text, lat: p ? p[0] : c.lat, lon: p ? p[1] : c.lon, pop: 0, precision: p ? 3 : 4, admin1: { name: c.name, code: c.code } });
  }
  for (const a of d.aliasByKey.get(m.key) ?? []) out.push(aliasOption(a));
  const c = d.countryByKey.get(m.key);
  if (c) out.push({ kind: 'country', cc: c.iso2, name: c.name, lat: null, lon: null, pop: 0, precision: 6, admin1: null });
  return out;
}

/** How many kinds of table know this name in each country ("Embu": a Kenyan town and county). A
 *  GeoNames unit is most often named after its seat or capital, so the town and its unit are nearly one
 *  clue: an admin-1 unit counts half, an admin-2 unit not at all (Kenya's counties and divisions are
 *  another source, and count whole). */
export function agreement(opts: Option[]): Map<string, number> {
  const kinds = new Map<string, Map<Kind, number>>();
  for (const o of opts) {
    if (!o.cc || o.kind === 'admin2') continue;
    if (!kinds.has(o.cc)) kinds.set(o.cc, new Map());
    kinds.get(o.cc)!.set(o.kind === 'division' ? 'county' : o.kind, o.kind === 'admin1' ? 0.5 : 1);
  }
  return new Map([...kinds].map(([cc, k]) => [cc, [...k.values()].reduce((a, b) => a + b, 0)]));
}

/** Readings that can hold another: countries, units, counties, named regions, and towns (a
 *  neighbourhood "in Caracas"). */
export function canHold(o: Option): boolean {
  return o.kind !== 'border' && o.kind !== 'division';
}

/** Approximate distance in km (equirectangular: fine at the scale of a region). */
export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const k = Math.cos((aLat * Math.PI) / 180);
  return 111 * Math.sqrt(((bLon - aLon) * k) ** 2 + (bLat - aLat) ** 2);
}

/** The Kenyan county of a reading, by its own table or its point. */
function keCounty(o: Option): string | null {
  if (o.admin1) return o.admin1.name;
  return o.lat !== null && o.lon !== null ? kenyaCounty(o.lat, o.lon).name : null;
}

/**
 * True when reading `h` holds reading `o`: the same country; the admin-1 or admin-2 unit that
 * holds `o` (by GeoNames codes, else by its point); a town within 30 km ("Petare in Caracas"); a
 * named region of the same country within 150 km.
 */
export function holds(h: Option, o: Option): boolean {
  if (h === o || !h.cc || h.cc !== o.cc) return false;
  switch (h.kind) {
    case 'country': return o.kind !== 'country';
    case 'admin1': {
      if (o.kind === 'admin1' || o.kind === 'country' || !h.u1) return false;
      if (o.u1) return o.u1 === h.u1;
      if (o.lat === null || o.lon === null) return false;
      return o.cc === 'KE' ? false : admin1At(o.lat, o.lon, o.cc)?.unit === h.u1;
    }
    case 'admin2': {
      if (o.kind !== 'town' && o.kind !== 'alias') return false;
      // A district drawn from a Natural Earth shape ("Soum", GeoNames' "Djelgodji") has no code of its
      // own on the towns: by distance within its admin-1.
      if (o.u2 && !h.u2!.id.includes('.ne')) return o.u2 === h.u2;
      if (o.lat === null || o.lon === null) return false;
      return (!o.u1 || o.u1 === h.u1) && km(o.lat, o.lon, h.lat!, h.lon!) < 40;
    }
    case 'county': return (o.kind === 'town' || o.kind === 'division' || o.kind === 'alias') && keCounty(o) === h.name;
    case 'town': return o.kind === 'town' && o.lat !== null && o.lon !== null && h.lat !== null && km(o.lat, o.lon, h.lat, h.lon!) < 30;
    case 'alias': return o.kind !== 'country' && o.kind !== 'alias' && h.lat !== null && o.lat !== null && h.precision >= 5 && km(o.lat, o.lon!, h.lat, h.lon!) < 150;
    default: return false;
  }
}

/** "Washington" for "Washington, D.C.": a main name with a qualifier after a comma is still the
 *  town's main name when the text gives the name before the comma. */
function mainBeforeComma(name: string, key: string): boolean {
  const comma = name.indexOf(',');
  return comma > 0 && placeKey(name.slice(0, comma)) === key;
}
