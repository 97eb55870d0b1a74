/**
 * The map's summary: events of the filters aggregated on a grid of square cells whose size
 * follows the zoom, so that the map draws a few hundred points at any zoom instead of every
 * event. At zoom ≤ 8 without a date or sub-type filter the points are sums of a count table kept by
 * triggers: by 1° cell at zoom ≤ 5 (cell_counts: a few thousand rows for the world at a million
 * events), by ⅛° cell at zoom 6–8 (cell_counts_8); otherwise one GROUP BY over the events in the box.
 */
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { whereOf } from './queries.ts';
import type { EventFilters } from './types.ts';

export type SummaryFilters = Pick<EventFilters, 'since' | 'until' | 'country' | 'type' | 'subType' | 'includeBackground'>;

export interface SummaryQuery extends SummaryFilters {
  /** Map zoom 0–22 (web mercator levels): the cell is 2^(5 − zoom) degrees, 32° at zoom 0. */
  zoom: number;
  /** [west, south, east, north] in degrees; the whole world when absent. */
  bbox?: [number, number, number, number];
}

/** One cell: where its events are on average, how many, the killed, and its most frequent type. */
export interface SummaryPoint {
  latitude: number;
  longitude: number;
  events: number;
  fatalities: number;
  eventType: string;
  /** The event's id when the cell holds one event (the map links it). */
  eventId: string | null;
}

export interface Summary {
  /** Cell size in degrees. */
  cell: number;
  /** Located events in the box. */
  events: number;
  points: SummaryPoint[];
  /** True when the box held more cells than MAX_CELLS: the fullest are returned. */
  truncated: boolean;
}

export const MAX_CELLS = 5000;

export function cellDegrees(zoom: number): number {
  return 2 ** (5 - Math.min(22, Math.max(0, Math.floor(zoom))));
}

/** Finest zoom the 1° count table answers: cells of 2^(5 − 5) = 1°, the table's own grid. */
export const TABLE_MAX_ZOOM = 5;
/** Cells per degree of the fine count table (cell_counts_8, migration 11): it answers zooms 6–8. */
export const FINE_GRID = 8;

/**
 * The box widened to whole cells: a cell the box touches is counted whole, so that a point never
 * stands for part of its cell and the count table (whole 1° cells) answers exactly what the events
 * would. The world's edges stay where they are.
 */
function cellBox([w, s, e, n]: [number, number, number, number], cell: number): [number, number, number, number] {
  const down = (v: number) => Math.floor(v / cell) * cell, up = (v: number) => (Math.floor(v / cell) + 1) * cell;
  return [Math.max(-180, down(w)), Math.max(-90, down(s)), Math.min(180, up(e)), Math.min(90, up(n))];
}

export async function summary(db: Queryable, q: SummaryQuery): Promise<Summary> {
  if (!Number.isFinite(q.zoom)) throw new StoreError('zoom: expected a number', 'input');
  const cell = cellDegrees(q.zoom);
  const box = q.bbox ?? [-180, -90, 180, 90];
  if (!box.every(Number.isFinite) || box[1] > box[3] || box[0] > box[2]) throw new StoreError('bbox: expected west,south,east,north with south ≤ north and west ≤ east', 'input');
  const widened = cellBox(box, cell);
  const fromTable = cell >= 1 / FINE_GRID && q.since === undefined && q.until === undefined && !q.subType;
  return fromTable ? fromCounts(db, q, cell, widened, cell >= 1 ? 1 : FINE_GRID) : fromEvents(db, q, cell, widened);
}

/** One GROUP BY over the events in the box (index events_k_place on latitude, longitude). */
async function fromEvents(db: Queryable, q: SummaryQuery, cell: number, [w, s, e, n]: [number, number, number, number]): Promise<Summary> {
  const params: unknown[] = [];
  const where = whereOf(q, params);
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  // The widened box's north and east edges belong to the next cell: half-open, like floor().
  where.push('latitude is not null', `latitude >= ${p(s)}::float8`, `latitude ${n >= 90 ? '<=' : '<'} ${p(n)}::float8`,
    `longitude >= ${p(w)}::float8`, `longitude ${e >= 180 ? '<=' : '<'} ${p(e)}::float8`);
  const c = p(cell);
  const rows = await db.query<{ lat: number; lon: number; n: number; f: number; t: string; one: string; total: number }>(
    `select avg(latitude)::float8 as lat, avg(longitude)::float8 as lon, count(*)::int as n, coalesce(sum(fatalities), 0)::int as f,
       mode() within group (order by event_type) as t, min(id) as one, (sum(count(*)) over ())::int as total
     from events where ${where.join(' and ')}
     group by floor(latitude / ${c}::float8), floor(longitude / ${c}::float8)
     order by n desc, lat, lon limit ${MAX_CELLS + 1}`, params);
  const truncated = rows.length > MAX_CELLS;
  const kept = rows.slice(0, MAX_CELLS);
  return {
    cell,
    events: rows[0]?.total ?? 0,
    truncated,
    points: kept.map((r) => ({ latitude: r.lat, longitude: r.lon, events: r.n, fatalities: r.f, eventType: r.t, eventId: r.n === 1 ? r.one : null })),
  };
}

/**
 * The same points from a count table (cell_counts, migration 9, 1° cells: `grid` 1; cell_counts_8,
 * migration 11, ⅛° cells: `grid` 8): its rows added up into the zoom's cells, by type, the cell's
 * type the most frequent one (ties to the first by name, as mode() does).
 */
async function fromCounts(db: Queryable, q: SummaryQuery, cell: number, [w, s, e, n]: [number, number, number, number], grid: number): Promise<Summary> {
  const params: unknown[] = [];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  const table = grid === 1 ? 'cell_counts' : `cell_counts_${grid}`;
  const where = ['n > 0', `lat_cell >= ${p(Math.floor(s * grid))}`, `lat_cell < ${p(n >= 90 ? 90 * grid + 1 : Math.ceil(n * grid))}`,
    `lon_cell >= ${p(Math.floor(w * grid))}`, `lon_cell < ${p(e >= 180 ? 180 * grid + 1 : Math.ceil(e * grid))}`];
  if (q.country) {
    const v = p(q.country.trim().toLowerCase());
    where.push(`(lower(country) = ${v} or lower(iso3) = ${v})`);
  }
  if (q.type) where.push(`event_type = ${p(q.type)}`);
  if (q.includeBackground === false) where.push('background = false');
  // The zoom's cell in the table's cells (a power of two, so the floors agree with the events').
  const c = p(cell * grid);
  const rows = await db.query<{ y: number; x: number; t: string; n: number; lat: number; lon: number; f: number; one: string | null; lc: number; oc: number; ty: string; co: string | null; i3: string | null; bg: boolean }>(
    `select floor(lat_cell / ${c}::float8)::int as y, floor(lon_cell / ${c}::float8)::int as x, event_type as t, sum(n)::int as n,
       sum(lat_sum)::float8 as lat, sum(lon_sum)::float8 as lon, sum(fatalities)::int as f, max(any_id) as one
     from ${table} where ${where.join(' and ')} group by 1, 2, 3`, params);
  const cells = new Map<string, { n: number; lat: number; lon: number; f: number; types: Map<string, number>; one: string | null }>();
  for (const r of rows) {
    const k = `${r.y},${r.x}`;
    let g = cells.get(k);
    if (!g) cells.set(k, g = { n: 0, lat: 0, lon: 0, f: 0, types: new Map(), one: null });
    g.n += r.n; g.lat += r.lat; g.lon += r.lon; g.f += r.f;
    g.types.set(r.t, (g.types.get(r.t) ?? 0) + r.n);
    if (r.n === 1) g.one = r.one;
  }
  let total = 0;
  const points: SummaryPoint[] = [];
  for (const [k, g] of cells) {
    total += g.n;
    let type = '', most = 0;
    for (const [t, m] of g.types) if (m > most || (m === most && t < type)) { type = t; most = m; }
    let eventId: string | null = null;
    if (g.n === 1) eventId = g.one ?? await oneEvent(db, q, k, cell);
    points.push({ latitude: g.lat / g.n, longitude: g.lon / g.n, events: g.n, fatalities: g.f, eventType: type, eventId });
  }
  points.sort((a, b) => b.events - a.events || a.latitude - b.latitude || a.longitude - b.longitude);
  return { cell, events: total, truncated: points.length > MAX_CELLS, points: points.slice(0, MAX_CELLS) };
}

/** The one event of a cell whose row lost its example (rare): read from the events of that cell. */
async function oneEvent(db: Queryable, q: SummaryQuery, key: string, cell: number): Promise<string | null> {
  const [y, x] = key.split(',').map(Number);
  const params: unknown[] = [];
  const where = whereOf(q, params);
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  where.push(`latitude >= ${p(y * cell)}::float8`, `latitude < ${p((y + 1) * cell)}::float8`, `longitude >= ${p(x * cell)}::float8`, `longitude < ${p((x + 1) * cell)}::float8`);
  const [r] = await db.query<{ id: string }>(`select id from events where ${where.join(' and ')} limit 1`, params);
  return r?.id ?? null;
}
