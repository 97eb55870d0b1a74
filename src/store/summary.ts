/**
 * The map's summary: events of the filters aggregated on a grid of square cells whose size
 * follows the zoom, so that the map draws a few hundred points at any zoom instead of every
 * event. One GROUP BY over the events in the box (index events_k_place on latitude, longitude).
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

export async function summary(db: Queryable, q: SummaryQuery): Promise<Summary> {
  if (!Number.isFinite(q.zoom)) throw new StoreError('zoom: expected a number', 'input');
  const cell = cellDegrees(q.zoom);
  const [w, s, e, n] = q.bbox ?? [-180, -90, 180, 90];
  if (![w, s, e, n].every(Number.isFinite) || s > n || w > e) throw new StoreError('bbox: expected west,south,east,north with south ≤ north and west ≤ east', 'input');
  const params: unknown[] = [];
  const where = whereOf(q, params);
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  where.push('latitude is not null', `latitude between ${p(s)}::float8 and ${p(n)}::float8`, `longitude between ${p(w)}::float8 and ${p(e)}::float8`);
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
