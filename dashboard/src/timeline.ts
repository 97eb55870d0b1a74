/**
 * Events per day, stacked by event type, as SVG bars on a time axis. A click on a bar narrows
 * the view to that day.
 */
import type { StatsResponse } from '../../src/serve/api-types.ts';
import { clear, h, svg } from './dom.ts';
import { typeColor } from './format.ts';

const W = 1000;
const H = 150;
const PAD = { left: 34, right: 10, top: 8, bottom: 24 };
const DAY_MS = 86_400_000;

const dayNumber = (d: string) => Math.round(Date.parse(d + 'T00:00:00Z') / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function renderTimeline(container: HTMLElement, stats: StatsResponse, onDay: (day: string) => void): void {
  clear(container);
  const rows = stats.byDayType;
  container.dataset.bars = '0';
  if (!rows.length) {
    container.appendChild(h('p', { class: 'empty' }, 'No dated events to show.'));
    return;
  }
  const perDay = new Map<string, { eventType: string; events: number }[]>();
  for (const r of rows) {
    if (!perDay.has(r.day)) perDay.set(r.day, []);
    perDay.get(r.day)!.push({ eventType: r.eventType, events: r.events });
  }
  const days = [...perDay.keys()].sort();
  const first = dayNumber(days[0]) - 1;
  const last = dayNumber(days[days.length - 1]) + 1;
  const span = Math.max(1, last - first);
  const max = Math.max(...[...perDay.values()].map((l) => l.reduce((s, x) => s + x.events, 0)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = Math.max(3, Math.min(24, (plotW / span) * 0.8));
  const x = (n: number) => PAD.left + ((n - first) / span) * plotW;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;

  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-svg', role: 'img', 'aria-label': 'Events per day by type' });
  // Axis: the count scale and a few dates.
  root.appendChild(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: 'axis' }));
  root.appendChild(svg('text', { x: PAD.left - 6, y: PAD.top + 8, class: 'tick', 'text-anchor': 'end' }, String(max)));
  root.appendChild(svg('text', { x: PAD.left - 6, y: PAD.top + plotH, class: 'tick', 'text-anchor': 'end' }, '0'));
  const ticks = Math.min(6, span);
  for (let i = 0; i <= ticks; i++) {
    const n = Math.round(first + (span * i) / ticks);
    root.appendChild(svg('text', { x: x(n), y: H - 6, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle' }, dayString(n)));
  }
  let bars = 0;
  for (const day of days) {
    let acc = 0;
    const cx = x(dayNumber(day)) - barW / 2;
    const list = perDay.get(day)!;
    const total = list.reduce((s, r) => s + r.events, 0);
    const group = svg('g', { class: 'day', 'data-day': day, 'data-count': total });
    for (const r of list) {
      const top = y(acc + r.events);
      const rect = svg('rect', {
        class: 'bar', x: cx.toFixed(1), y: top.toFixed(1), width: barW.toFixed(1), height: Math.max(1, y(acc) - top).toFixed(1),
        fill: typeColor(r.eventType), 'data-day': day, 'data-type': r.eventType, 'data-count': r.events,
      }, svg('title', {}, `${day}: ${r.events} × ${r.eventType}`));
      group.appendChild(rect);
      acc += r.events;
      bars++;
    }
    group.addEventListener('click', () => onDay(day));
    root.appendChild(group);
  }
  container.dataset.bars = String(bars);
  container.appendChild(root);
  const types = [...new Set(rows.map((r) => r.eventType))];
  container.appendChild(h('div', { class: 'legend' }, ...types.map((t) => h('span', { class: 'legend-item' }, swatch(t), t))));
}

export function swatch(eventType: string): SVGSVGElement {
  return svg('svg', { class: 'swatch', viewBox: '0 0 10 10', width: 10, height: 10 }, svg('rect', { width: 10, height: 10, fill: typeColor(eventType) }));
}
