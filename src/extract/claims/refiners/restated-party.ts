/**
 * A figure with no party of its own ("Al Shabaab claims 15 fatalities"; not "15 people", which says
 * they were people of no said side) restates the party last
 * counted for that outcome, in the article's order: an alternative, never an addition. A denial ("no
 * casualties were reported") is about everyone, not that party: given its party it would contradict
 * the figure. Not for headlines (read apart from the text).
 */
import { isUnsaid, type Candidate, type ClaimRefiner } from '../candidate.ts';

export const restatedParty: ClaimRefiner = {
  name: 'restated party',
  refine(_doc, candidates, opts) {
    if (opts.headline) return candidates;
    const last = new Map<string, Candidate>();
    for (const c of candidates) {
      const prev = last.get(c.outcome);
      if (isUnsaid(c.party!) && !(c.negated || c.count.negated) && prev && prev.party!.kind !== 'unknown') c.party = prev.party;
      last.set(c.outcome, c);
    }
    return candidates;
  },
};
