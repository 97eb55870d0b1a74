import type { ListedEvent } from '../../src/serve/api-types.ts';

/** One colour per event type, shared by the map, the timeline and the list. */
export const TYPE_COLORS: Record<string, string> = {
  Battles: '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  Protests: '#2c7fb8',
  Riots: '#16a085',
  'Strategic developments': '#7f8c8d',
  Diplomacy: '#2e8b57',
};

export const typeColor = (t: string) => TYPE_COLORS[t] ?? '#555555';

export const EVENT_TYPE_NAMES = Object.keys(TYPE_COLORS);

/** UCDP where_prec in words. */
export const PLACE_PRECISION: Record<number, string> = {
  1: 'exact place', 2: 'within 25 km', 3: 'district (admin-2)', 4: 'province (admin-1)', 5: 'region or border area', 6: 'country', 7: 'waters or airspace',
};

/** UCDP date_prec in words. */
export const DATE_PRECISION: Record<number, string> = {
  1: 'exact day', 2: 'within 2–6 days', 3: 'within a week', 4: 'within a month', 5: 'a year or more',
};

export function eventDate(e: ListedEvent): string {
  const { start, end } = e.date;
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? end ?? 'date unknown';
}

export function placeName(e: ListedEvent): string {
  const l = e.location;
  if (!l) return 'place unknown';
  const parts = [l.name, l.admin1 && l.admin1 !== l.name ? l.admin1 : null, l.country && l.country !== l.name ? l.country : null].filter(Boolean);
  return parts.length ? parts.join(', ') : 'place unknown';
}

export function actorsText(e: ListedEvent): string {
  const a = [e.actor1?.name, e.actor2?.name].filter(Boolean);
  return a.join(' vs ') || '—';
}

export function eventTitle(e: ListedEvent): string {
  return `${e.subEventType} — ${placeName(e)}`;
}

export const num = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));
