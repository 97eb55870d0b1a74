/**
 * An article's text with the quotes of its claims highlighted. The text is split at the span
 * offsets the API gives and each piece becomes a text node (quotes inside <mark>): the text of
 * an article is never parsed as HTML, so `<script>` in a report is shown as the words it is.
 */
import type { ArticleResponse, HighlightSpan } from '../../src/serve/api-types.ts';
import { h } from './dom.ts';

export function articleText(a: ArticleResponse): HTMLElement {
  const text = a.article.text;
  const body = h('div', { class: 'article-body' });
  let pos = 0;
  const spans: HighlightSpan[] = a.spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of spans) {
    if (s.start < pos) continue; // the API never overlaps spans; if it did, the first wins
    if (s.start > pos) body.appendChild(document.createTextNode(text.slice(pos, s.start)));
    const mark = h('mark', { class: s.kind === 'claim' ? 'quote' : 'evidence', 'data-claim-ids': s.claimIds.join(' '), 'data-start': s.start, 'data-end': s.end });
    mark.textContent = text.slice(s.start, s.end);
    body.appendChild(mark);
    pos = s.end;
  }
  if (pos < text.length) body.appendChild(document.createTextNode(text.slice(pos)));
  return body;
}

export function articleCard(a: ArticleResponse): HTMLElement {
  const art = a.article;
  const meta = [art.outlet, art.published, art.byline].filter(Boolean).join(' · ');
  return h('article', { class: 'article', 'data-article-id': art.id },
    h('h3', {}, art.title ?? '(untitled)'),
    h('p', { class: 'meta' }, meta, art.url ? ' · ' : '', art.url ? h('a', { href: art.url, rel: 'noopener noreferrer', target: '_blank' }, 'source') : null),
    articleText(a));
}

/** Scrolls to and flashes the mark that holds a claim's quote. */
export function focusClaim(root: ParentNode, claimId: string): boolean {
  for (const m of root.querySelectorAll<HTMLElement>('mark.quote')) {
    if ((m.dataset.claimIds ?? '').split(' ').includes(claimId)) {
      m.scrollIntoView({ block: 'center' });
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
      return true;
    }
  }
  return false;
}
