/**
 * One stored event as a GeoJSON Feature (RFC 7946): a Point, flat properties that GIS tools show as
 * columns (QGIS, ArcGIS, GDAL/ogr2ogr, kepler.gl), and the whole record nested under `record` for
 * tools that read JSON. Events without coordinates have no feature.
 */
import { disorderTypeOf } from '../record/taxonomy.ts';
import type { StoredEvent } from '../store/types.ts';
import { ACLED_INTER_NAMES, interOf, interactionOf } from './acled.ts';

export type FlatValue = string | number | boolean | null;

/** The flat properties, in the order GIS tools list them. */
export const GEOJSON_PROPERTIES = [
  'id', 'event_date', 'date_end', 'date_precision', 'year', 'disorder_type', 'event_type', 'sub_event_type', 'background',
  'actor1', 'inter1', 'actor2', 'inter2', 'interaction', 'assoc_actors', 'location', 'admin1', 'country', 'iso3', 'where_prec',
  'fatalities', 'killed_low', 'killed_best', 'killed_high', 'wounded_best', 'missing_best', 'captured_best',
  'articles', 'sources', 'notes', 'updated_at',
] as const;

export type FlatProperty = (typeof GEOJSON_PROPERTIES)[number];

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  /** The flat properties, and the whole stored record under `record`. */
  properties: Record<FlatProperty, FlatValue> & { record: StoredEvent };
}

const interName = (i: number | null) => (i ? ACLED_INTER_NAMES[i] : null);

export function geojsonFeature(e: StoredEvent): EventFeature | null {
  const loc = e.location;
  if (!loc || loc.latitude === null || loc.longitude === null) return null;
  const i1 = interOf(e.actor1), i2 = interOf(e.actor2);
  const day = e.date.start ?? e.date.end;
  const flat: Record<FlatProperty, FlatValue> = {
    id: e.id,
    event_date: day,
    date_end: e.date.end ?? e.date.start,
    date_precision: e.date.precision,
    year: day ? Number(day.slice(0, 4)) : null,
    disorder_type: disorderTypeOf(e.eventType, e.subEventType) || null,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    background: e.background,
    actor1: e.actor1?.name ?? null,
    inter1: interName(i1),
    actor2: e.actor2?.name ?? null,
    inter2: interName(i2),
    interaction: interactionOf(i1, i2, !!e.actor2) || null,
    assoc_actors: e.associatedActors.map((a) => a.name).join('; ') || null,
    location: loc.name,
    admin1: loc.admin1,
    country: loc.country,
    iso3: loc.iso3,
    where_prec: loc.precision,
    fatalities: e.fatalities,
    killed_low: e.totals.killed.low,
    killed_best: e.totals.killed.best,
    killed_high: e.totals.killed.high,
    wounded_best: e.totals.wounded.best,
    missing_best: e.totals.missing.best,
    captured_best: e.totals.captured.best,
    articles: e.articles.length,
    sources: [...new Set((e.sources ?? []).filter(Boolean))].join('; ') || null,
    notes: e.notes ?? e.evidence[0]?.text ?? null,
    updated_at: e.updatedAt,
  };
  return { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [loc.longitude, loc.latitude] }, properties: { ...flat, record: e } };
}
