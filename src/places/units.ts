/**
 * Administrative units (GeoNames admin-1 and admin-2, current) and the Natural Earth shapes tied to
 * them. Units are gazetteer rows (fcode ADM1, ADM2; built by scripts/places/units.ts): a name lookup
 * finds them with the towns, and a Unit object is made for a row only when it is read; a unit's id
 * ("SY.01") is found by binary search over the gazetteer's sorted #unit-ids lines. The shapes are read
 * on the first point-in-polygon test: a run that never needs them never pays for them.
 */
import { town, unitRow } from './gazetteer.ts';
import { readGz } from './files.ts';

/** A GeoNames administrative unit: admin-1 (parent null) or admin-2. */
export interface Unit {
  row: number; id: string; cc: string; name: string; lat: number; lon: number;
  /** ISO 3166-2 code, when known. */
  code: string | null;
  parent: Unit | null;
}

/** A Natural Earth admin-1 shape, tied to the unit it stands for (see scripts/places/shapes.ts). */
export interface Shape {
  cc: string; code: string | null; name: string;
  lat: number; lon: number; bbox: [number, number, number, number];
  /** [offset, length] of each ring in the shared Int32 coordinate array; decoded by ringsOf(). */
  ringIndex: [number, number][];
  /** Rings as flat [x0, y0, x1, y1, ...] in degrees, decoded on the first point-in-polygon test. */
  rings: Float64Array[] | null;
  /** Id of the unit this shape stands for; null when the shape is split between units (a former province). */
  unit: string | null;
  /** Split shapes: coded towns inside ([lat, lon, unit id]), for a nearest-town answer. */
  refs: [number, number, string][] | null;
}

const byRow = new Map<number, Unit>();
/** Rows of the ids asked for (-1: none), remembered: the same units recur. */
const rowOfId = new Map<string, number>();

/** The unit of a gazetteer row of fcode ADM1 or ADM2. */
export function unitOfRow(row: number): Unit {
  let u = byRow.get(row);
  if (u) return u;
  const t = town(row);
  const id = t.fcode === 'ADM2' ? `${t.cc}.${t.a1}.${t.a2}` : `${t.cc}.${t.a1}`;
  u = { row, id, cc: t.cc, name: t.name, lat: t.lat, lon: t.lon, code: t.code, parent: null };
  byRow.set(row, u);
  if (t.fcode === 'ADM2') u.parent = unitById(`${t.cc}.${t.a1}`) ?? null;
  return u;
}

/** The unit of a GeoNames code ("SY.01", "SY.01.163343"), or undefined. */
export function unitById(id: string): Unit | undefined {
  let row = rowOfId.get(id);
  if (row === undefined) {
    row = unitRow(id);
    if (rowOfId.size > 50_000) rowOfId.clear();
    rowOfId.set(id, row);
  }
  return row < 0 ? undefined : unitOfRow(row);
}

export interface Shapes {
  shapes: Shape[];
  byCc: Map<string, Shape[]>;
  /** The shapes standing for each unit, by unit id (point-in-region tests). */
  ofUnit: Map<string, Shape[]>;
}
let shapesCache: Shapes | null = null;

type ShapeRow = Omit<Shape, 'rings' | 'ringIndex' | 'refs'> & { rings: [number, number][]; refs?: [number, number, string][] };

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}

/** The Natural Earth shapes, read on first use. */
export function shapes(): Shapes {
  if (shapesCache) return shapesCache;
  const rows = JSON.parse(readGz('admin1.json.gz')).regions as ShapeRow[];
  // Units are resolved when a shape is hit, not here: most shapes never are.
  const all: Shape[] = rows.map((r) => ({ ...r, ringIndex: r.rings, rings: null, refs: r.refs ?? null }));
  const byCc = new Map<string, Shape[]>();
  const ofUnit = new Map<string, Shape[]>();
  for (const s of all) {
    push(byCc, s.cc, s);
    if (s.unit) push(ofUnit, s.unit, s);
  }
  return shapesCache = { shapes: all, byCc, ofUnit };
}
