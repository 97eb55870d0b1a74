import type { Span } from '../record/schema.ts';
import type { StoredClaim } from '../store/types.ts';
import type { HighlightSpan } from './api-types.ts';

/**
 * Claim quotes and evidence as sorted, non-overlapping spans to highlight. Overlapping claim
 * quotes (two figures in one sentence) become one span listing both claims; evidence that
 * overlaps a claim quote is left to the quote. Spans outside the text are dropped, not trusted.
 */
export function highlightSpans(textLength: number, claims: StoredClaim[], evidence: Span[]): HighlightSpan[] {
  const valid = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= textLength && s.start < s.end;
  const quotes = claims
    .filter((c) => c.quote && valid(c.quote))
    .map((c) => ({ start: c.quote.start, end: c.quote.end, ids: [c.id] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightSpan[] = [];
  for (const q of quotes) {
    const last = merged[merged.length - 1];
    if (last && q.start < last.end) {
      last.end = Math.max(last.end, q.end);
      for (const id of q.ids) if (!last.claimIds.includes(id)) last.claimIds.push(id);
    } else {
      merged.push({ start: q.start, end: q.end, kind: 'claim', claimIds: [...q.ids] });
    }
  }
  const out: HighlightSpan[] = [...merged];
  const overlapsAny = (s: { start: number; end: number }, list: HighlightSpan[]) => list.some((m) => s.start < m.end && m.start < s.end);
  for (const e of [...evidence].filter(valid).sort((a, b) => a.start - b.start)) {
    if (!overlapsAny(e, out)) out.push({ start: e.start, end: e.end, kind: 'evidence', claimIds: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}
