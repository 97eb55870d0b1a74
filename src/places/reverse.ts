/**
 * Reverse lookup: the admin-1 unit (name and ISO 3166-2 code) of a point, for points that carry no
 * GeoNames code of their own (aliases, unit label points, places of other tables). Point-in-polygon on
 * the simplified Natural Earth shapes, each tied to the current GeoNames unit it stands for; in a
 * shape split between units (a former province), the unit of the nearest coded town inside it.
 * Kenya by its 47 counties (data/places/ke-counties.json), from county reference points.
 */
import { placesData, shapes, unitById, type Shape, type Unit } from './data.ts';
import { readGzBuffer } from './files.ts';
import { boundedMemo } from '../util/bounded-memo.ts';

export interface Admin1Hit {
  name: string;
  code: string | null;
  cc: string;
  /** The GeoNames unit, when the answer is one (Kenya's counties come from their own table). */
  unit?: Unit | null;
}

let ringData: Int32Array | null = null;

function loadRings(): Int32Array {
  const buf = readGzBuffer('admin1-rings.bin.gz');
  return new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** The rings of a shape, decoded from the shared coordinate file on first use. */
export function ringsOf(r: Shape): Float64Array[] {
  if (!r.rings) {
    ringData ??= loadRings();
    const all = ringData;
    r.rings = r.ringIndex.map(([off, len]) => {
      const out = new Float64Array(len);
      let x = 0, y = 0;
      for (let i = 0; i < len; i += 2) {
        x += all[off + i]!; y += all[off + i + 1]!;
        out[i] = x / 1000; out[i + 1] = y / 1000;
      }
      return out;
    });
  }
  return r.rings;
}

/** Even-odd ray casting over every ring of the shape: holes and separate islands both work. */
function inside(r: Shape, x: number, y: number): boolean {
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

function inBox(r: Shape, x: number, y: number, pad: number): boolean {
  const [a, b, c, d] = r.bbox;
  return x >= a - pad && x <= c + pad && y >= b - pad && y <= d + pad;
}

/** Squared distance in degrees (longitude scaled by latitude) from the point to the nearest vertex. */
function nearestVertex(r: Shape, x: number, y: number): number {
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

/** True when the point lies in the shape, or within ~5 km of its simplified outline. */
export function inShape(r: Shape, lat: number, lon: number): boolean {
  if (!inBox(r, lon, lat, 0.05)) return false;
  return inside(r, lon, lat) || nearestVertex(r, lon, lat) < 0.05 * 0.05;
}

/** True when the point lies in the unit (one of the shapes standing for it), or within ~5 km. */
export function inUnit(u: Unit, lat: number, lon: number): boolean {
  return (shapes().ofUnit.get(u.id) ?? []).some((s) => inShape(s, lat, lon));
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

/** The unit a shape gives the point: its own, or the nearest reference town's in a split shape. */
function unitIn(s: Shape, lat: number, lon: number): Unit | null {
  if (s.unit || !s.refs?.length) return s.unit ? unitById(s.unit) ?? null : null;
  const k = Math.cos((lat * Math.PI) / 180);
  let best = s.refs[0]!, bd = Infinity;
  for (const r of s.refs) {
    const d = ((r[1] - lon) * k) ** 2 + (r[0] - lat) ** 2;
    if (d < bd) { bd = d; best = r; }
  }
  return unitById(best[2]) ?? null;
}

function lookup(lat: number, lon: number, cc: string | null): Admin1Hit | null {
  if (cc === 'KE') return kenyaCounty(lat, lon);
  const d = shapes();
  const pool = cc ? d.byCc.get(cc) ?? [] : d.shapes;
  for (const r of pool) {
    if (inBox(r, lon, lat, 0) && inside(r, lon, lat)) return r.cc === 'KE' ? kenyaCounty(lat, lon) : hitOf(unitIn(r, lat, lon), r);
  }
  // Just off a simplified coast or border: the nearest region of the same country, within ~0.3 degrees.
  if (!cc) return null;
  let best: Shape | null = null, bd = 0.3 * 0.3;
  for (const r of pool) {
    if (!inBox(r, lon, lat, 0.3)) continue;
    const dd = nearestVertex(r, lon, lat);
    if (dd < bd) { bd = dd; best = r; }
  }
  return best ? hitOf(unitIn(best, lat, lon), best) : null;
}

/** The answer for a unit; a shape tied to no unit (no town, no GeoNames code) answers by its own name. */
export function hitOf(u: Unit | null, s?: Shape): Admin1Hit {
  if (u) return { name: u.name, code: u.code, cc: u.cc, unit: u };
  return { name: placesData().renames.get(s!.name) ?? s!.name, code: s!.code, cc: s!.cc, unit: null };
}

/** The admin-1 unit of a unit (itself, or its parent). */
export function admin1Of(u: Unit): Unit {
  return u.parent ?? u;
}

/** Squared distance in degrees (longitude scaled by latitude) from the point to the shape's outline,
 *  segment by segment (a border drawn with few vertices has long straight stretches). */
function nearestEdge(r: Shape, x: number, y: number): number {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const ring of ringsOf(r)) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const ax = (ring[j]! - x) * k, ay = ring[j + 1]! - y, bx = (ring[i]! - x) * k, by = ring[i + 1]! - y;
      const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
      const t = len > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
      const px = ax + t * dx, py = ay + t * dy;
      const d = px * px + py * py;
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * The admin-1 unit of country `cc` that lies within `deg` degrees (~111 km a degree) of a point in
 * another country, the nearest one; null when none is that close. A town on a border often has a
 * twin of its name on the other side (a divided market town, a crossing) that the gazetteer lacks.
 */
export function admin1AcrossBorder(lat: number, lon: number, cc: string, deg: number): Admin1Hit | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  // (Asked again for the same town by each event of a story, and by the next story of the same war.)
  return acrossMemo(`${lat},${lon},${cc},${deg}`);
}

/** acrossBorder by its arguments joined with commas (a number's string reads back as the same number). */
const acrossMemo = boundedMemo((key) => {
  const [lat, lon, cc, deg] = key.split(',');
  return acrossBorder(Number(lat), Number(lon), cc!, Number(deg));
}, 50_000);

function acrossBorder(lat: number, lon: number, cc: string, deg: number): Admin1Hit | null {
  let best: Shape | null = null, bd = deg * deg;
  for (const r of shapes().byCc.get(cc) ?? []) {
    if (!inBox(r, lon, lat, deg)) continue;
    const dd = inside(r, lon, lat) ? 0 : nearestEdge(r, lon, lat);
    if (dd < bd) { bd = dd; best = r; }
  }
  if (!best) return null;
  return cc === 'KE' ? kenyaCounty(lat, lon) : hitOf(unitIn(best, lat, lon), best);
}
