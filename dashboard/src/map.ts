/**
 * The event map: Natural Earth country shapes shipped in the build (world-atlas, 1:50m), the
 * events as circles sized by fatalities and styled by place precision, and place labels as HTML
 * markers. The style has no text layer, so MapLibre never asks for glyphs or fonts, and no tiles:
 * nothing is fetched from the web. The worker is a same-origin module file (CSP `worker-src 'self'`).
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';
import type { ListedEvent, SummaryPoint } from '../../src/serve/api-types.ts';
import { h } from './dom.ts';
import { TYPE_COLORS, placeName } from './format.ts';

maplibregl.setWorkerUrl(workerUrl);

let countries: Promise<FeatureCollection> | null = null;
function loadCountries(): Promise<FeatureCollection> {
  countries ??= fetch(countriesUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topo) => feature(topo, topo.objects.countries) as FeatureCollection);
  return countries;
}

const colorByType: unknown[] = ['match', ['get', 'eventType']];
for (const [t, c] of Object.entries(TYPE_COLORS)) colorByType.push(t, c);
colorByType.push('#555555');

export interface EventMap {
  setEvents(events: ListedEvent[]): void;
  /**
   * Cells of /api/summary instead of events (a large store): one circle a cell, pale when it holds
   * several events, its area following the killed in all of them. The view is kept as it is.
   */
  setSummary(points: SummaryPoint[], events: number): void;
  /** The view, as /api/summary asks it: a zoom a little finer than the map's, and the box shown. */
  view(): { zoom: number; bbox: string };
  /** Called when the view has moved (null: no longer). */
  onMove(cb: (() => void) | null): void;
}

export async function createEventMap(container: HTMLElement, onSelect: (id: string) => void): Promise<EventMap> {
  container.dataset.state = 'loading';
  container.dataset.points = '0';
  let map: MlMap;
  try {
    map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: {
          countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
          events: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        },
        layers: [
          { id: 'sea', type: 'background', paint: { 'background-color': '#dde8ef' } },
          { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ee' } },
          { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#a9a49a', 'line-width': 0.7 } },
          {
            id: 'events', type: 'circle', source: 'events',
            paint: {
              // Area follows the number killed: radius grows with its square root.
              'circle-radius': ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'fatalities'], 0]], 0, 5, 3, 9, 10, 20, 25, 34],
              'circle-color': colorByType as never,
              // Exact places are solid; a district or province is pale; a region, border or country is a ring.
              'circle-opacity': ['step', ['get', 'precision'], 0.85, 3, 0.45, 5, 0.12],
              'circle-stroke-width': ['step', ['get', 'precision'], 1, 3, 1.5, 5, 2.5],
              'circle-stroke-color': ['step', ['get', 'precision'], '#ffffff', 3, '#333333', 5, colorByType as never],
            },
          },
        ],
      },
      center: [30, 20],
      zoom: 1.3,
      attributionControl: false,
      renderWorldCopies: false,
    });
  } catch (e) {
    // No WebGL: say so where the map would be; the list and timeline still work.
    container.dataset.state = 'error';
    container.appendChild(h('p', { class: 'map-error' }, `The map cannot be drawn here: ${(e as Error).message}`));
    return { setEvents: () => {}, setSummary: () => {}, view: () => ({ zoom: 1, bbox: '-180,-90,180,90' }), onMove: () => {} };
  }
  (window as unknown as { __fogwatchMap?: MlMap }).__fogwatchMap = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Borders: Natural Earth' }));

  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  map.on('error', (e) => container.setAttribute('data-last-error', String(e.error?.message ?? e)));
  await loaded;
  (map.getSource('countries') as GeoJSONSource).setData(await loadCountries());
  container.dataset.state = 'ready';

  map.on('click', 'events', (e) => {
    const f = e.features?.[0];
    const id = f?.properties?.id;
    if (typeof id === 'string' && id) onSelect(id);
    // A cell of several events: closer, where it splits into smaller cells.
    else if (f?.geometry.type === 'Point') map.easeTo({ center: f.geometry.coordinates as [number, number], zoom: map.getZoom() + 2 });
  });
  let moved: (() => void) | null = null;
  map.on('moveend', () => moved?.());
  map.on('mouseenter', 'events', () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', 'events', () => { map.getCanvas().style.cursor = ''; });

  let labels: maplibregl.Marker[] = [];
  const clearLabels = () => { for (const m of labels) m.remove(); labels = []; };
  return {
    view() {
      const b = map.getBounds();
      const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v)).toFixed(4);
      return {
        zoom: Math.max(0, Math.min(22, Math.round(map.getZoom()) + 2)),
        bbox: [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(','),
      };
    },
    onMove(cb) { moved = cb; },
    setSummary(points, events) {
      const data: FeatureCollection<Point> = {
        type: 'FeatureCollection',
        features: points.map((p) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
          properties: { id: p.eventId ?? '', eventType: p.eventType, fatalities: p.fatalities, precision: p.events > 1 ? 3 : 1, events: p.events },
        })),
      };
      map.resize();
      (map.getSource('events') as GeoJSONSource).setData(data);
      clearLabels();
      container.dataset.source = 'summary';
      container.dataset.points = String(points.length);
      container.dataset.events = String(events);
      container.dataset.eventIds = points.flatMap((p) => (p.eventId ? [p.eventId] : [])).join(' ');
    },
    setEvents(events: ListedEvent[]) {
      const located = events.filter((e) => e.location?.latitude != null && e.location?.longitude != null);
      const data: FeatureCollection<Point> = {
        type: 'FeatureCollection',
        features: located.map((e) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [e.location!.longitude!, e.location!.latitude!] },
          properties: { id: e.id, eventType: e.eventType, fatalities: e.fatalities ?? 0, precision: e.location!.precision },
        })),
      };
      map.resize(); // the container may have been re-attached to the page since the last call
      (map.getSource('events') as GeoJSONSource).setData(data);
      container.dataset.source = 'events';
      container.dataset.points = String(located.length);
      container.dataset.events = String(located.length);
      container.dataset.eventIds = located.map((e) => e.id).join(' ');
      // One HTML label per place (not per event), the places with most events first.
      clearLabels();
      const byPlace = new Map<string, { lng: number; lat: number; n: number }>();
      for (const e of located) {
        const name = e.location!.name ?? placeName(e);
        const p = byPlace.get(name) ?? { lng: e.location!.longitude!, lat: e.location!.latitude!, n: 0 };
        p.n++;
        byPlace.set(name, p);
      }
      labels = [...byPlace].sort((a, b) => b[1].n - a[1].n).slice(0, 60).map(([name, p]) =>
        new maplibregl.Marker({ element: h('div', { class: 'map-label' }, name), anchor: 'left', offset: [10, 0] }).setLngLat([p.lng, p.lat]).addTo(map));
      if (located.length) {
        const b = new maplibregl.LngLatBounds();
        for (const f of data.features) b.extend(f.geometry.coordinates as [number, number]);
        map.fitBounds(b, { padding: 60, maxZoom: 6, duration: 0 });
      }
    },
  };
}
