/**
 * A figure with no party of its own ("Al Shabaab claims 15 fatalities") restates the party last
 * counted for that outcome, in the article's order: an alternative, never an addition. A denial ("no
 * casualties were reported") is about everyone, not that party: given its party it would contradict
 * the figure. Not for headlines (read apart from the text).
 */
import type { Candidate, ClaimRefiner } from '../candidate.ts';

export const restatedParty: ClaimRefiner = {
  name: 'restated party',
  refine(_doc, candidates, opts) {
    if (opts.headline) return candidates;
    const last = new Map<string, Candidate>();
    for (const c of candidates) {
      const prev = last.get(c.outcome);
      if (c.party!.kind === 'unknown' && !(c.negated || c.count.negated) && prev && prev.party!.kind !== 'unknown') c.party = prev.party;
      last.set(c.outcome, c);
    }
    return candidates;
  },
};
