/**
 * One event: what happened, and who claims what. The claim table puts every claimant's figure
 * for the same party and outcome side by side; where claimants disagree the group is marked.
 * Below it, each article of the event with its quotes highlighted.
 */
import type { ArticleResponse, ClaimGroup, EventDetailResponse, StoredClaim } from '../../src/serve/api-types.ts';
import { api } from './api.ts';
import { articleCard, focusClaim } from './article-view.ts';
import { clear, h } from './dom.ts';
import { actorsText, DATE_PRECISION, eventDate, eventTitle, num, PLACE_PRECISION } from './format.ts';
import { swatch } from './timeline.ts';

/** A claim's single best figure: its value when exact, nothing when it is a range. */
function claimBest(c: StoredClaim): number | null {
  if (c.low !== null && c.high !== null) return c.low === c.high ? c.low : null;
  return c.low ?? c.high;
}

function claimant(c: StoredClaim, outletNames: Map<string, string>): string {
  const who = c.claimedBy?.name ?? `${outletNames.get(c.articleId) ?? 'the report'} (own voice)`;
  return c.reportedBy ? `${who}, via ${c.reportedBy.name}` : who;
}

const QUALIFIER: Record<string, string> = { exact: '', about: 'about', at_least: 'at least', at_most: 'at most', range: 'range', vague: 'vague' };

export function renderEventPage(root: HTMLElement, d: EventDetailResponse): void {
  clear(root);
  const e = d.event;
  const outlets = new Map(d.articles.map((a) => [a.id, [a.outlet, a.published].filter(Boolean).join(', ') || a.id]));
  const outletNames = new Map(d.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const contradicted = new Set(d.contradictions.map((c) => `${c.party}\u0000${c.outcome}`));
  const loc = e.location;

  const page = h('div', { class: 'event-page', 'data-event-id': e.id });
  page.appendChild(h('p', {}, h('a', { href: '#/' }, '← all events')));
  page.appendChild(h('h2', {}, swatch(e.eventType), ' ', eventTitle(e)));
  const facts = h('dl', { class: 'facts' });
  const fact = (k: string, v: string | Node) => { facts.appendChild(h('dt', {}, k)); facts.appendChild(h('dd', {}, v)); };
  fact('Type', `${e.eventType} / ${e.subEventType}${e.background ? ' (background: recalled as context)' : ''}`);
  fact('Date', `${eventDate(e)} (${DATE_PRECISION[e.date.precision] ?? e.date.precision})`);
  fact('Place', loc ? `${[loc.name, loc.admin1, loc.country].filter(Boolean).join(', ') || '—'} (${PLACE_PRECISION[loc.precision] ?? loc.precision})` : 'unknown');
  fact('Actors', actorsText(e));
  if (e.assertedBy) fact('Asserted by', e.assertedBy.name);
  if (e.mediator) fact('Mediator', e.mediator.name);
  fact('Fatalities', num(e.fatalities));
  fact('Reports', String(d.articles.length));
  if (e.notes) fact('Notes', e.notes);
  page.appendChild(facts);

  const t = e.totals;
  page.appendChild(h('h3', {}, 'Totals'));
  page.appendChild(h('table', { class: 'totals' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'low'), h('th', {}, 'best'), h('th', {}, 'high'))),
    h('tbody', {}, ...(['killed', 'wounded', 'missing', 'captured'] as const).map((k) =>
      h('tr', {}, h('th', {}, k), h('td', {}, num(t[k].low)), h('td', {}, num(t[k].best)), h('td', {}, num(t[k].high)))))));

  page.appendChild(h('h3', {}, 'Who claims what'));
  if (d.contradictions.length) {
    page.appendChild(h('ul', { class: 'contradictions' }, ...d.contradictions.map((c) => h('li', {}, `${c.party} ${c.outcome}: ${c.note}`))));
  }
  const articlesBox = h('div', { class: 'event-articles' });
  page.appendChild(claimTable(d.claimGroups, contradicted, outlets, outletNames, articlesBox));
  page.appendChild(h('h3', {}, 'Reports'));
  page.appendChild(articlesBox);
  root.appendChild(page);
  void loadArticles(articlesBox, d);
}

function claimTable(groups: ClaimGroup[], contradicted: Set<string>, outlets: Map<string, string>, outletNames: Map<string, string>, articlesBox: HTMLElement): HTMLElement {
  if (!groups.length) return h('p', { class: 'empty' }, 'No casualty figures are reported for this event.');
  const tbody = h('tbody', {});
  for (const g of groups) {
    const disputed = contradicted.has(`${g.party}\u0000${g.outcome}`);
    tbody.appendChild(h('tr', { class: `group${disputed ? ' contradiction' : ''}`, 'data-party': g.party, 'data-outcome': g.outcome },
      h('th', { colspan: 3 }, `${g.party} — ${g.outcome}`, disputed ? h('span', { class: 'badge' }, 'claimants disagree') : null),
      h('td', {}, num(g.range.low)), h('td', {}, num(g.range.best)), h('td', {}, num(g.range.high)), h('td', { colspan: 2, class: 'muted' }, 'reconciled')));
    for (const c of g.claims) {
      const quote = h('button', { type: 'button', class: 'quote-link', title: 'Show in its article', onclick: () => focusClaim(articlesBox, c.id) }, `“${c.quote.text}”`);
      tbody.appendChild(h('tr', { class: `claim${disputed ? ' contradiction' : ''}${c.hedged ? ' hedged' : ''}`, 'data-claim-id': c.id, 'data-party': g.party },
        h('td', {}, ''),
        h('td', {}, g.outcome, c.negated ? ' (denied)' : ''),
        h('td', { class: 'claimant' }, claimant(c, outletNames)),
        h('td', {}, num(c.low)), h('td', {}, num(claimBest(c))), h('td', {}, num(c.high)),
        h('td', {}, [QUALIFIER[c.qualifier] ?? c.qualifier, c.hedged ? 'hedged' : '', c.runningTotal ? 'running total' : ''].filter(Boolean).join(', ')),
        h('td', { class: 'quote' }, quote, h('div', { class: 'muted' }, outlets.get(c.articleId) ?? c.articleId))));
    }
  }
  return h('table', { class: 'claims' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Party'), h('th', {}, 'Outcome'), h('th', {}, 'Claimant'), h('th', {}, 'low'), h('th', {}, 'best'), h('th', {}, 'high'), h('th', {}, 'Qualifier'), h('th', {}, 'Quote (source)'))),
    tbody);
}

async function loadArticles(box: HTMLElement, d: EventDetailResponse): Promise<void> {
  box.dataset.state = 'loading';
  const results = await Promise.allSettled(d.articles.map((a) => api.article(a.id)));
  for (const [i, r] of results.entries()) {
    if (r.status === 'fulfilled') box.appendChild(articleCard(r.value as ArticleResponse));
    else box.appendChild(h('p', { class: 'error' }, `Could not load ${d.articles[i].id}: ${(r.reason as Error).message}`));
  }
  box.dataset.state = 'ready';
}
