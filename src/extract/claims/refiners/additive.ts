/**
 * "another man was killed", "a second victim": more people, added to the party's figure instead of
 * restating it. "Another guard later succumbed to his wounds": one more dead from among the wounded,
 * added to the dead however many they were.
 */
import type { Token } from '../../../annotate/tokens.ts';
import type { ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const additive: ClaimRefiner = {
  name: 'additive',
  refine(doc, candidates) {
    for (const c of candidates) {
      const np = doc.sentences[c.si]!.tokens.slice(c.count.npStart, c.count.npEnd);
      if (np.some((t) => W.additive.has(t.lower)) && !np.some((t) => t.lower === 'others' || t.lower === 'of')) {
        c.count.additive = true;
        // (Not an ordinal, "a fifth person died of his wounds": its number places it among the dead already.)
        if (c.outcome === 'killed' && c.kind === 'figure' && c.count.low === 1 && !np.some((t) => W.ordinalPeople.has(t.lower)) && diedOfWounds(doc.sentences[c.si]!.tokens, c.trigger.at, c.trigger.end)) c.count.fromHurt = true;
      }
    }
    return candidates;
  },
};

/** Is the death at tokens [at, end) that of someone hurt before: "later died", "died of his wounds", "succumbed to her injuries"? */
function diedOfWounds(tokens: Token[], at: number, end: number): boolean {
  if (tokens.slice(Math.max(0, at - 3), at).some((t) => t.lower === 'later')) return true;
  return tokens.slice(at, end + 3).some((t) => W.woundNouns.has(t.lower));
}
