/** The dashboard: a hash router over three views (overview, event, article). */
import './style.css';
import { ApiFailure, api, setToken } from './api.ts';
import { articleCard } from './article-view.ts';
import { clear, h } from './dom.ts';
import { renderEventPage } from './event-page.ts';
import { followStream } from './live.ts';
import { filtersFromHash, renderOverview } from './overview.ts';
import { renderSources } from './sources.ts';

const app = document.getElementById('app')!;
const banner = document.getElementById('banner')!;

function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

function showError(e: unknown): void {
  clear(banner);
  banner.hidden = false;
  if (e instanceof ApiFailure && e.status === 401) {
    const input = h('input', { type: 'password', name: 'token', placeholder: 'token', autocomplete: 'off' });
    const form = h('form', { class: 'token-form' }, 'This server needs a token: ', input, h('button', { type: 'submit' }, 'Use it'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      setToken(input.value.trim() || null);
      banner.hidden = true;
      void route();
    });
    banner.appendChild(form);
    return;
  }
  banner.appendChild(document.createTextNode(`Error: ${(e as Error).message}`));
}

let current = 0;

async function route(): Promise<void> {
  const token = ++current;
  banner.hidden = true;
  document.body.dataset.view = 'loading';
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts[0] === 'event' && parts[1]) {
      const detail = await api.event(decodeURIComponent(parts[1]));
      if (token !== current) return;
      renderEventPage(app, detail);
      document.body.dataset.view = 'event';
    } else if (parts[0] === 'sources') {
      await renderSources(app, () => token === current && document.body.dataset.view === 'sources');
      if (token !== current) return;
      document.body.dataset.view = 'sources';
    } else if (parts[0] === 'article' && parts[1]) {
      const a = await api.article(decodeURIComponent(parts[1]));
      if (token !== current) return;
      clear(app);
      app.appendChild(h('div', { class: 'article-page' }, h('p', {}, h('a', { href: '#/' }, '← all events')), articleCard(a),
        h('h3', {}, 'Events in this report'),
        a.eventIds.length
          ? h('ul', {}, ...a.eventIds.map((id) => h('li', {}, h('a', { href: `#/event/${encodeURIComponent(id)}` }, id))))
          : h('p', { class: 'empty' }, 'No event was read from this report.')));
      document.body.dataset.view = 'article';
    } else {
      await renderOverview(app, filtersFromHash(new URLSearchParams(qs)), navigate);
      if (token !== current) return;
      document.body.dataset.view = 'overview';
    }
    window.scrollTo(0, 0);
  } catch (e) {
    if (token !== current) return;
    document.body.dataset.view = 'error';
    showError(e);
  }
}

window.addEventListener('hashchange', () => void route());
void route();
// The open event page is redrawn in place when its event changes (scroll kept).
void followStream(navigate, async (id) => {
  const detail = await api.event(id);
  const y = window.scrollY;
  renderEventPage(app, detail);
  window.scrollTo(0, y);
});
