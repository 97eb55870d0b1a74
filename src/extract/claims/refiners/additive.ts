/** "another man was killed", "a second victim": more people, added to the party's figure instead of restating it. */
import type { ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const additive: ClaimRefiner = {
  name: 'additive',
  refine(doc, candidates) {
    for (const c of candidates) {
      const np = doc.sentences[c.si]!.tokens.slice(c.count.npStart, c.count.npEnd);
      if (np.some((t) => W.additive.has(t.lower)) && !np.some((t) => t.lower === 'others' || t.lower === 'of')) c.count.additive = true;
    }
    return candidates;
  },
};
