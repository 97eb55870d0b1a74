/**
 * Live updates: GET /api/stream read with fetch (so the token header goes along, which EventSource
 * cannot send), parsed as Server-Sent Events. A new event appears at the top of an open event list;
 * a changed one has its row updated and its changed figures highlighted; an open event page is
 * redrawn with its changed totals highlighted. After a dropped connection the dashboard reconnects
 * and asks GET /api/events?updatedSince= for what it missed.
 */
import type { StreamChange } from '../../src/serve/api-types.ts';
import { api, authHeaders } from './api.ts';
import { eventRow } from './overview.ts';
import { num } from './format.ts';

export type Redraw = (eventId: string) => Promise<void>;

const indicator = () => document.getElementById('live');

function setState(state: 'live' | 'idle' | 'off', title: string): void {
  const el = indicator();
  if (!el) return;
  el.dataset.state = state;
  el.textContent = state === 'live' ? '● live' : state === 'idle' ? '○ not watching' : '○ offline';
  el.title = title;
}

/** Marks an element as just changed (a CSS flash), with the reasons as its tooltip. */
function flash(el: Element, cls: string, title?: string): void {
  el.classList.remove(cls);
  void (el as HTMLElement).offsetWidth; // restart the animation
  el.classList.add(cls);
  if (title) el.setAttribute('title', title);
}

/** Applies one change to what is on screen. */
export async function applyChange(change: StreamChange, navigate: (hash: string) => void, redraw: Redraw): Promise<void> {
  const e = change.event;
  const why = change.reasons.map((r) => r.text).join('\n');
  const view = document.body.dataset.view;
  if (view === 'overview') {
    const tbody = document.querySelector('#event-list table.events tbody');
    const old = document.querySelector(`tr.event-row[data-event-id="${CSS.escape(e.id)}"]`);
    const row = eventRow(e, navigate);
    if (old) {
      const before = old.querySelector('td.killed')?.textContent;
      old.replaceWith(row);
      flash(row, 'live-changed', why);
      if (before !== num(e.fatalities)) flash(row.querySelector('td.killed')!, 'figure-changed', why);
    } else if (tbody && !e.background) {
      tbody.prepend(row);
      flash(row, 'live-new', why);
    }
  } else if (view === 'event' && document.querySelector(`.event-page[data-event-id="${CSS.escape(e.id)}"]`)) {
    const cells = (root: ParentNode) => [...root.querySelectorAll('table.totals td')].map((td) => td.textContent);
    const before = cells(document);
    await redraw(e.id);
    const after = [...document.querySelectorAll('table.totals td')];
    after.forEach((td, i) => { if (td.textContent !== before[i]) flash(td, 'figure-changed', why); });
    const page = document.querySelector('.event-page');
    if (page) flash(page, 'live-changed', why);
  }
  const counts = document.getElementById('counts');
  if (counts) {
    const stats = await api.stats({});
    counts.textContent = `${stats.events} events · ${stats.articles} reports · ${stats.claims} claims`;
  }
}

/** Splits a text/event-stream into messages. */
function* messages(buffer: { text: string }): Generator<{ event: string; id: string | null; data: string }> {
  let at: number;
  while ((at = buffer.text.search(/\r?\n\r?\n/)) >= 0) {
    const block = buffer.text.slice(0, at);
    buffer.text = buffer.text.slice(at).replace(/^\r?\n\r?\n/, '');
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const [field, ...rest] = line.split(':');
      const value = rest.join(':').replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) yield { event, id, data: data.join('\n') };
  }
}

/** Follows the stream for as long as the page is open, reconnecting after a pause when it drops. */
export async function followStream(navigate: (hash: string) => void, redraw: Redraw): Promise<void> {
  let lastId: string | null = null;
  let since = new Date().toISOString();
  let reconnect = false;
  for (let wait = 1000; ; wait = Math.min(wait * 2, 30_000)) {
    try {
      const headers = authHeaders('text/event-stream');
      if (lastId) headers['Last-Event-ID'] = lastId;
      const res = await fetch('/api/stream', { headers });
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      const buffer = { text: '' };
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer.text += value;
        for (const m of messages(buffer)) {
          if (m.id) lastId = m.id;
          const data = JSON.parse(m.data);
          if (m.event === 'hello') {
            setState(data.watching ? 'live' : 'idle', data.watching ? 'new and changed events appear as they are reported' : 'this server does not watch feeds (serve --watch)');
            // Whatever changed while disconnected (a replay by Last-Event-ID comes too; applying a change twice is harmless).
            if (reconnect) for (const e of (await api.events({ updatedSince: since, limit: 500 })).events) await applyChange({ kind: 'changed', reasons: [], event: e }, navigate, redraw);
            wait = 1000;
            reconnect = true;
          } else if (m.event === 'new' || m.event === 'changed') {
            since = data.event.updatedAt ?? since;
            await applyChange(data as StreamChange, navigate, redraw);
          }
        }
      }
    } catch (e) {
      setState('off', `live updates lost: ${(e as Error).message}; retrying`);
    }
    setState('off', 'reconnecting');
    await new Promise((r) => setTimeout(r, wait));
  }
}
