/**
 * Reverse lookup: the admin-1 region (name and ISO 3166-2 code) of a point, by point-in-polygon on
 * the simplified Natural Earth admin-1 shapes; Kenya by its 47 counties (see data/places/ke-counties.json).
 */
import { placesData, ringsOf, type Admin1 } from './data.ts';

export interface Admin1Hit {
  name: string;
  code: string | null;
  cc: string;
}

/** Even-odd ray casting over every ring of the region: holes and separate islands both work. */
function inside(r: Admin1, x: number, y: number): boolean {
  let odd = false;
  for (const ring of ringsOf(r)) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i]!, yi = ring[i + 1]!, xj = ring[j]!, yj = ring[j + 1]!;
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function inBox(r: Admin1, x: number, y: number, pad: number): boolean {
  const [a, b, c, d] = r.bbox;
  return x >= a - pad && x <= c + pad && y >= b - pad && y <= d + pad;
}

/** Squared distance in degrees (longitude scaled by latitude) from the point to the nearest vertex. */
function nearestVertex(r: Admin1, x: number, y: number): number {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const ring of ringsOf(r)) {
    for (let i = 0; i < ring.length; i += 2) {
      const dx = (ring[i]! - x) * k, dy = ring[i + 1]! - y;
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
  }
  return best;
}

/** Kenya: the county of the nearest reference point (county seats and towns of known county). */
export function kenyaCounty(lat: number, lon: number): Admin1Hit {
  const ke = placesData().ke;
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity, county = ke.counties[0]!.name;
  for (const [c, plat, plon] of ke.points) {
    const d = ((plon - lon) * k) ** 2 + (plat - lat) ** 2;
    if (d < best) { best = d; county = c; }
  }
  const c = ke.counties.find((x) => x.name === county)!;
  return { name: c.name, code: c.code, cc: 'KE' };
}

/** True when the point lies in the region, or within ~5 km of its simplified outline. */
export function inRegion(r: Admin1, lat: number, lon: number): boolean {
  if (!inBox(r, lon, lat, 0.05)) return false;
  return inside(r, lon, lat) || nearestVertex(r, lon, lat) < 0.05 * 0.05;
}

const cache = new Map<string, Admin1Hit | null>();

/**
 * Admin-1 of a point. `cc` (ISO2), when known, limits the search to that country and lets a point that
 * simplification left just outside every shape (a harbour, an island) take the nearest region.
 */
export function admin1At(lat: number, lon: number, cc?: string | null): Admin1Hit | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const key = `${lat.toFixed(4)},${lon.toFixed(4)},${cc ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const res = lookup(lat, lon, cc ?? null);
  if (cache.size > 50_000) cache.clear();
  cache.set(key, res);
  return res;
}

function lookup(lat: number, lon: number, cc: string | null): Admin1Hit | null {
  if (cc === 'KE') return kenyaCounty(lat, lon);
  const d = placesData();
  const pool = cc ? d.admin1ByCc.get(cc) ?? [] : d.admin1;
  for (const r of pool) {
    if (inBox(r, lon, lat, 0) && inside(r, lon, lat)) return r.cc === 'KE' ? kenyaCounty(lat, lon) : hitOf(r);
  }
  // Just off a simplified coast or border: the nearest region of the same country, within ~0.3 degrees.
  if (!cc) return null;
  let best: Admin1 | null = null, bd = 0.3 * 0.3;
  for (const r of pool) {
    if (!inBox(r, lon, lat, 0.3)) continue;
    const dd = nearestVertex(r, lon, lat);
    if (dd < bd) { bd = dd; best = r; }
  }
  return best ? hitOf(best) : null;
}

/** Display name: Natural Earth keeps some older spellings ("Kiev", "Donets'k"); data/places/aliases.json renames them. */
export function hitOf(r: Admin1): Admin1Hit {
  return { name: placesData().renames.get(r.name) ?? r.name, code: r.code, cc: r.cc };
}
