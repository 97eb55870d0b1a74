/** Not claims: plans, attempts and hypotheses ("tried to kill", "barely missed killing", "could have died"). */
import { nonEventWords } from '../../words.ts';
import { SKIP, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const plans: CountParser = {
  name: 'plans and attempts',
  propose({ tokens }, tr) {
    for (let k = Math.max(0, tr.at - 6); k < tr.at; k++) {
      // "claimed to have killed", "are known to have been killed": a report of the past, not a plan.
      if (nonEventWords.matchAt(tokens, k, tr.at) && !(tokens[k]!.lower === 'to' && W.reported.has(tokens[k - 1]?.lower ?? ''))) return SKIP;
    }
    return null;
  },
};
