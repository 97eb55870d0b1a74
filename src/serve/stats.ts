import type { EventFilters, Store } from '../store/types.ts';
import type { StatsResponse } from './api-types.ts';

type StatsFilters = Pick<EventFilters, 'since' | 'until' | 'country' | 'type'>;

/**
 * The store's counts plus events per day and type (the timeline's stacked bars). Background
 * events (a past war recalled as context) are left out of the bars: they are not news of the day.
 * The store counts by day in SQL; asking it once per event type present gives day × type without
 * reading the events themselves (one pass over 100k events took 30 s; this takes a few queries).
 * The app caches the answer until the next write.
 */
export async function statsWithDays(store: Store, filters: StatsFilters): Promise<StatsResponse> {
  const base = await store.stats(filters);
  const types = filters.type ? [filters.type] : [...new Set(base.byType.map((t) => t.eventType))].sort();
  const byDayType: StatsResponse['byDayType'] = [];
  for (const eventType of types) {
    // includeBackground is one of the store's event filters; stats() honours it like listEvents().
    const current: EventFilters = { ...filters, type: eventType, includeBackground: false };
    for (const d of (await store.stats(current)).byDay) byDayType.push({ day: d.day, eventType, events: d.events });
  }
  byDayType.sort((a, b) => a.day.localeCompare(b.day) || a.eventType.localeCompare(b.eventType));
  return { ...base, byDayType };
}

/** A map that keeps its `max` most recently used entries (Map keeps insertion order: a hit moves to the end). */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
