import type { EventFilters, Store } from '../store/types.ts';
import type { StatsResponse } from './api-types.ts';

type StatsFilters = Pick<EventFilters, 'since' | 'until' | 'country' | 'type'>;

/**
 * The store's counts plus events per day and type (the timeline's stacked bars). Background
 * events (a past war recalled as context) are left out of the bars: they are not news of the day.
 * One pass over the matching events, streamed page by page; the app caches the answer until the
 * next write.
 */
export async function statsWithDays(store: Store, filters: StatsFilters): Promise<StatsResponse> {
  const base = await store.stats(filters);
  const counts = new Map<string, number>();
  for await (const e of store.iterateEvents({ ...filters, includeBackground: false, sort: 'date_asc' })) {
    const day = e.date.start ?? e.date.end;
    if (!day) continue;
    const key = `${day}\u0000${e.eventType}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byDayType = [...counts].map(([k, events]) => {
    const [day, eventType] = k.split('\u0000');
    return { day, eventType, events };
  }).sort((a, b) => a.day.localeCompare(b.day) || a.eventType.localeCompare(b.eventType));
  return { ...base, byDayType };
}
