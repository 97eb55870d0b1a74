/**
 * Breakdowns of a figure ("including 3 burned", "the dead included a teacher and two herders", "among
 * the dead were …"): marked, so totals never add them to a figure at least as large given outside them.
 */
import type { Token } from '../../../annotate/tokens.ts';
import type { ClaimRefiner } from '../candidate.ts';
import { breakdownLeadEnd, CLAIM_WORDS as W } from '../lexicon.ts';

export const breakdown: ClaimRefiner = {
  name: 'breakdown',
  refine(doc, candidates) {
    const starts = new Map<number, number>();
    for (const c of candidates) {
      if (c.negated || c.count.negated || c.running) continue;
      let mark = starts.get(c.si);
      if (mark === undefined) starts.set(c.si, (mark = breakdownStart(doc.sentences[c.si]!.tokens)));
      if (mark >= 0 && c.count.npStart >= mark) c.breakdown = true;
    }
    return candidates;
  },
};

/**
 * First token of a sentence whose counts break down a figure: the words after "including" or "among
 * the dead"; the whole sentence when its people "were among those killed"; -1 when none.
 */
function breakdownStart(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    const lead = breakdownLeadEnd(tokens, k);
    if (lead > 0) return lead;
    if (w === 'among' && W.amongWhat.has(tokens[k + 1]?.lower ?? '') && W.amongWhat.has(tokens[k + 2]?.lower ?? 'them')) {
      return W.beForms.has(tokens[k - 1]?.lower ?? '') ? 0 : k + 1;
    }
  }
  return -1;
}
