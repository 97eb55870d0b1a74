/**
 * The sources page (#/sources): each watched feed's health from GET /api/feeds — when it was last
 * polled and last answered, its consecutive errors and the last one, the items stored from it —
 * refreshed every few seconds while the page is open.
 */
import type { FeedHealth } from '../../src/serve/api-types.ts';
import { api } from './api.ts';
import { clear, h } from './dom.ts';

function ago(iso: string | null): string {
  if (!iso) return 'never';
  const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (s < 0) return `in ${-s} s`;
  if (s < 120) return `${s} s ago`;
  if (s < 7200) return `${Math.round(s / 60)} min ago`;
  return new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** ok, backing off (errors in a row), or inactive (no longer listed). */
function health(f: FeedHealth): 'ok' | 'failing' | 'inactive' | 'new' {
  if (!f.active) return 'inactive';
  if (f.errors > 0) return 'failing';
  return f.lastSuccess ? 'ok' : 'new';
}

function row(f: FeedHealth): HTMLElement {
  const state = health(f);
  return h('tr', { class: `feed ${state}`, 'data-url': f.url, 'data-state': state },
    h('td', {}, h('span', { class: `dot ${state}`, title: state }), ' ', h('a', { href: f.url, rel: 'noreferrer noopener', target: '_blank' }, f.title ?? f.url),
      f.title ? h('div', { class: 'muted small' }, f.url) : null),
    h('td', {}, f.kind ?? '–'),
    h('td', { class: 'num' }, `${f.intervalS} s`),
    h('td', {}, ago(f.lastSuccess)),
    h('td', {}, ago(f.lastPoll)),
    h('td', { class: 'num errors' }, String(f.errors)),
    h('td', { class: 'last-error' }, f.lastError ? `${f.lastError} (${ago(f.lastErrorAt)})` : ''),
    h('td', { class: 'num items' }, String(f.itemsStored)),
    h('td', { class: 'num' }, f.itemsPending ? `${f.itemsPending} waiting` : ''));
}

let timer: number | null = null;

export async function renderSources(root: HTMLElement, isCurrent: () => boolean): Promise<void> {
  const { watching, feeds } = await api.feeds();
  clear(root);
  const tbody = h('tbody', {}, ...feeds.map(row));
  root.appendChild(h('div', { class: 'sources-page' },
    h('p', {}, h('a', { href: '#/' }, '← all events')),
    h('h2', {}, 'Sources'),
    h('p', { class: 'muted' }, watching ? 'Followed by this server (serve --watch); refreshed every 5 seconds.' : 'This server does not watch feeds: the states below are those last written by a watcher on this database.'),
    feeds.length
      ? h('table', { class: 'feeds' },
        h('thead', {}, h('tr', {}, ...['Source', 'Kind', 'Every', 'Last success', 'Last poll', 'Errors', 'Last error', 'Items', ''].map((t) => h('th', {}, t)))), tbody)
      : h('p', { class: 'empty' }, 'No feed has been watched with this database.')));
  if (timer !== null) clearTimeout(timer);
  timer = window.setTimeout(() => {
    timer = null;
    if (isCurrent()) void renderSources(root, isCurrent).catch(() => {});
  }, 5000);
}
