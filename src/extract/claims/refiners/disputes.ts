/**
 * Disputed figures: "The villagers contest that figure, saying 13 civilians were killed", "Local
 * officials disputed the army's account, putting the dead at nine". A figure told after a word of
 * dispute aimed at a figure ("contest that figure", "rejected the toll") counts the same dead as the
 * figure it disputes, told by another voice as other people: the two are rival accounts, never two
 * sets of victims to add. The figure keeps its own party and claimant and points at the figure it
 * disputes (`disputes`); totals take the two as alternatives (ACLED codes the lower).
 */
import type { Candidate, ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

/** How far after the dispute verb its object ("that figure", "the army's account") may end. */
const OBJECT_REACH = 4;
const COUNTED: ReadonlySet<Candidate['kind']> = new Set(['figure', 'toll', 'running']);

export const disputes: ClaimRefiner = {
  name: 'disputes',
  refine(doc, candidates) {
    for (const [i, c] of candidates.entries()) {
      if (!COUNTED.has(c.kind) || c.negated) continue;
      const tokens = doc.sentences[c.si]!.tokens;
      const cue = disputeCue(tokens, c.trigger.at);
      if (cue < 0) continue;
      const cueAt = tokens[cue]!.start;
      const voice = c.attribution?.claimedBy?.name ?? null;
      for (let k = i - 1; k >= 0; k--) {
        const p = candidates[k]!;
        if (p.at >= cueAt || !COUNTED.has(p.kind) || p.negated || p.outcome !== c.outcome) continue;
        if ((p.attribution?.claimedBy?.name ?? null) !== voice) c.disputes = p;
        break;
      }
    }
    return candidates;
  },
};

/** The token of a dispute verb with a figure as its object before token `end`, or -1. */
function disputeCue(tokens: { lower: string }[], end: number): number {
  for (let k = 0; k < end; k++) {
    if (!W.disputeVerbs.has(tokens[k]!.lower)) continue;
    for (let j = k + 1; j <= Math.min(end - 1, k + OBJECT_REACH); j++) if (W.disputedFigures.has(tokens[j]!.lower)) return k;
  }
  return -1;
}
