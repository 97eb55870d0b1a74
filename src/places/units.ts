/**
 * Administrative units (GeoNames admin-1 and admin-2, current) and the Natural Earth shapes tied to
 * them. Units are gazetteer rows (fcode ADM1, ADM2; built by scripts/places/units.ts): a name lookup
 * finds them with the towns, and a Unit object is made for a row only when it is read. The id index
 * ("SY.01" -> unit) is built on the first request by code, the shapes on the first point-in-polygon
 * test: a run that never needs them never pays for them.
 */
import { gazetteer, line, town } from './gazetteer.ts';
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
  /** The unit this shape stands for; null when the shape is split between units (a former province). */
  unit: Unit | null;
  /** Split shapes: coded towns inside, for a nearest-town answer. */
  refs: { lat: number; lon: number; unit: Unit }[] | null;
}

const byRow = new Map<number, Unit>();
let rowOfId: Map<string, number> | null = null;

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
  if (!rowOfId) {
    // One pass over the unit rows, reading only the fields of the id.
    const g = gazetteer();
    rowOfId = new Map();
    for (let row = g.unitsFrom; row < g.nRows; row++) {
      const f = line(g, g.firstRow + row).split('\t');
      if (f[5] === 'ADM1') rowOfId.set(`${f[3]}.${f[6]}`, row);
      else if (f[5] === 'ADM2') rowOfId.set(`${f[3]}.${f[6]}.${f[7]}`, row);
    }
  }
  const row = rowOfId.get(id);
  return row === undefined ? undefined : unitOfRow(row);
}

export interface Shapes {
  shapes: Shape[];
  byCc: Map<string, Shape[]>;
  /** The shapes standing for each unit (point-in-region tests). */
  ofUnit: Map<Unit, Shape[]>;
}
let shapesCache: Shapes | null = null;

type ShapeRow = Omit<Shape, 'rings' | 'ringIndex' | 'unit' | 'refs'> & { rings: [number, number][]; unit: string | null; refs?: [number, number, string][] };

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}

/** The Natural Earth shapes, read on first use. */
export function shapes(): Shapes {
  if (shapesCache) return shapesCache;
  const rows = JSON.parse(readGz('admin1.json.gz')).regions as ShapeRow[];
  const all: Shape[] = rows.map((r) => ({
    ...r, ringIndex: r.rings, rings: null, unit: r.unit ? unitById(r.unit) ?? null : null,
    refs: r.refs ? r.refs.map(([lat, lon, id]) => ({ lat, lon, unit: unitById(id)! })).filter((x) => x.unit) : null,
  }));
  const byCc = new Map<string, Shape[]>();
  const ofUnit = new Map<Unit, Shape[]>();
  for (const s of all) {
    push(byCc, s.cc, s);
    if (s.unit) push(ofUnit, s.unit, s);
  }
  return shapesCache = { shapes: all, byCc, ofUnit };
}
