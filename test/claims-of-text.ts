import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/doc.ts';
import { findClaims, type FoundClaim } from '../src/extract/claims/index.ts';

/** The casualty claims of every sentence of `text`, each checked to quote the text exactly. */
export function claimsOfText(text: string, published = '2021-11-17'): FoundClaim[] {
  const d = annotate({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
  const out = findClaims(d, d.sentences.map((s) => s.index));
  for (const c of out) assert.equal(text.slice(c.quote.start, c.quote.end), c.quote.text, 'quote is exact');
  return out;
}
