/**
 * The first page: filters, the map, the timeline and the event list, all from one filter state
 * kept in the URL hash (so a view can be bookmarked and the back button works).
 */
import type { EventQuery, ListedEvent } from '../../src/serve/api-types.ts';
import { api } from './api.ts';
import { clear, h } from './dom.ts';
import { actorsText, EVENT_TYPE_NAMES, eventDate, num, placeName } from './format.ts';
import { createEventMap, type EventMap } from './map.ts';
import { renderTimeline, swatch } from './timeline.ts';

export type Filters = Pick<EventQuery, 'since' | 'until' | 'country' | 'type' | 'q' | 'background' | 'sort'>;

const FILTER_KEYS = ['since', 'until', 'country', 'type', 'q', 'background', 'sort'] as const;

export function filtersFromHash(query: URLSearchParams): Filters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  return f as Filters;
}

export function hashOf(f: Filters): string {
  const qs = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) qs.set(k, String(f[k]));
  return '#/' + (qs.size ? `?${qs}` : '');
}

let mapPromise: Promise<EventMap> | null = null;
/** Bumped by each render: a summary asked by an earlier render is not drawn over a later one. */
let renders = 0;
let mapEl: HTMLElement | null = null;

export async function renderOverview(root: HTMLElement, filters: Filters, navigate: (hash: string) => void): Promise<void> {
  clear(root);
  const render = ++renders;
  const listFilters: EventQuery = { background: 'exclude', sort: 'date_desc', ...filters };
  root.appendChild(filterForm(filters, navigate));
  // The map survives re-renders: MapLibre is costly to create and keeps its view.
  if (!mapEl) {
    mapEl = h('div', { id: 'map', class: 'map' });
    mapPromise = createEventMap(mapEl, (id) => navigate(`#/event/${encodeURIComponent(id)}`));
  }
  const timeline = h('section', { id: 'timeline', class: 'timeline' });
  const list = h('section', { id: 'event-list', class: 'event-list' });
  root.appendChild(h('div', { class: 'overview' }, h('div', { class: 'left' }, mapEl, timeline, legend()), list));

  const statsQuery = { since: filters.since, until: filters.until, country: filters.country, type: filters.type };
  const [stats, page] = await Promise.all([api.stats(statsQuery), api.listed({ ...listFilters, limit: 500 })]);
  renderTimeline(timeline, stats, (day) => navigate(hashOf({ ...filters, since: day, until: day })));
  const counts = document.getElementById('counts');
  if (counts) counts.textContent = `${stats.events} events · ${stats.articles} reports · ${stats.claims} claims`;
  const events = [...page.events];
  renderList(list, events, page.nextCursor, listFilters, navigate);
  const map = await mapPromise!;
  if (render !== renders) return;
  // More events than the list's first page: the map draws them aggregated on a grid at its zoom
  // (/api/summary), asked again when the view moves, rather than the first 500 or every one.
  // A word search is the list's alone (the summary has no text filter): then the page's events.
  if (page.nextCursor && !filters.q) {
    const q = { since: filters.since, until: filters.until, country: filters.country, type: filters.type, background: listFilters.background };
    let asked = 0;
    const draw = async () => {
      const mine = ++asked;
      const s = await api.summary({ ...q, ...map.view() });
      if (mine === asked && render === renders) map.setSummary(s.points, s.events);
    };
    map.onMove(() => { draw().catch(() => {}); });
    await draw();
  } else {
    map.onMove(null);
    map.setEvents(events);
  }
}

function filterForm(f: Filters, navigate: (hash: string) => void): HTMLElement {
  const input = (name: string, attrs: Record<string, string>) => h('input', { name, value: (f as Record<string, string | undefined>)[name] ?? '', ...attrs });
  const type = h('select', { name: 'type' }, h('option', { value: '' }, 'all types'), ...EVENT_TYPE_NAMES.map((t) => h('option', { value: t, selected: f.type === t }, t)));
  const sort = h('select', { name: 'sort' },
    ...[['date_desc', 'newest first'], ['date_asc', 'oldest first'], ['fatalities_desc', 'most killed'], ['articles_desc', 'most reported']].map(([v, l]) => h('option', { value: v, selected: f.sort === v }, l)));
  const background = h('input', { type: 'checkbox', name: 'background', checked: f.background === 'include' });
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', {}, 'from ', input('since', { type: 'date' })),
    h('label', {}, 'to ', input('until', { type: 'date' })),
    h('label', {}, 'country ', input('country', { type: 'text', placeholder: 'name or ISO3', size: '12' })),
    h('label', {}, 'type ', type),
    h('label', {}, 'search ', input('q', { type: 'search', placeholder: 'words', size: '14' })),
    h('label', {}, 'sort ', sort),
    h('label', {}, background, ' background events'),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: '#/', class: 'reset' }, 'reset'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const k of FILTER_KEYS) {
      const v = data.get(k);
      if (typeof v === 'string' && v.trim()) next[k] = v.trim();
    }
    next.background = background.checked ? 'include' : '';
    navigate(hashOf(next as Filters));
  });
  return form;
}

function legend(): HTMLElement {
  return h('p', { class: 'map-legend muted' },
    'Circle area grows with the number killed. Solid: exact place; pale: district or province; ring: region, border area or country.');
}

function renderList(box: HTMLElement, events: ListedEvent[], cursor: string | null, q: EventQuery, navigate: (hash: string) => void): void {
  clear(box);
  box.appendChild(h('h2', {}, 'Events'));
  if (!events.length) {
    box.appendChild(h('p', { class: 'empty' }, 'No events match.'));
    return;
  }
  const tbody = h('tbody', {});
  const addRows = (list: ListedEvent[]) => {
    for (const e of list) tbody.appendChild(eventRow(e, navigate));
  };
  addRows(events);
  box.appendChild(h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Type'), h('th', {}, 'Place'), h('th', {}, 'Actors'), h('th', {}, 'Killed'), h('th', {}, 'Reports'), h('th', {}, ''))),
    tbody));
  if (cursor) {
    let next: string | null = cursor;
    const more = h('button', { type: 'button', class: 'more' }, 'More events');
    more.addEventListener('click', async () => {
      if (!next) return;
      const page = await api.listed({ ...q, limit: 500, cursor: next });
      addRows(page.events);
      next = page.nextCursor;
      if (!next) more.remove();
    });
    box.appendChild(more);
  }
}

/** One row of the event list (also made by live.ts for an event that arrives while the page is open). */
export function eventRow(e: ListedEvent, navigate: (hash: string) => void): HTMLTableRowElement {
  const href = `#/event/${encodeURIComponent(e.id)}`;
  const disputed = (e.contradictions?.length ?? 0) > 0;
  return h('tr', { class: 'event-row', 'data-event-id': e.id, onclick: () => navigate(href) },
    h('td', { class: 'nowrap' }, eventDate(e)),
    h('td', {}, swatch(e.eventType), ' ', h('a', { href }, e.subEventType), e.background ? h('span', { class: 'badge muted' }, 'background') : null),
    h('td', {}, placeName(e)),
    h('td', {}, actorsText(e)),
    h('td', { class: 'num killed' }, num(e.fatalities)),
    h('td', { class: 'num reports' }, String(e.articleCount)),
    h('td', { class: 'flag' }, disputed ? h('span', { class: 'badge warn', title: 'claimants disagree' }, 'contested') : ''));
}
