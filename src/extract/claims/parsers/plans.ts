/** Not claims: plans, attempts, hypotheses and goals ("tried to kill", "barely missed killing", "could have died", "the goal is 50,000 enemy losses a month"). */
import { capitalisedInName } from '../../../annotate/tokens.ts';
import { goalWords, nonEventWords } from '../../words.ts';
import { SKIP, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const plans: CountParser = {
  name: 'plans and attempts',
  propose({ tokens, nums }, tr) {
    for (let k = Math.max(0, tr.at - 6); k < tr.at; k++) {
      const m = nonEventWords.matchAt(tokens, k, tr.at);
      if (!m) continue;
      // "the director of Budget and Planning was shot": a capitalised word inside the
      // sentence is part of a name, no plan.
      if (capitalisedInName(tokens, k)) continue;
      // "claimed to have killed", "are known to have been killed": a report of the past, not a plan.
      if (tokens[k]!.lower === 'to' && W.reported.has(tokens[k - 1]?.lower ?? '')) continue;
      // "nearly 120 civilians were killed": before a number, "nearly" qualifies the count, not the act.
      if (nums.some((n) => n.start === m.end || n.start <= k && k < n.end)) continue;
      // "fire has continued almost daily, killing 400": a comma closes the clause the word qualifies;
      // the participle after it tells what did happen.
      if (tokens.slice(m.end, tr.at).some((t) => t.lower === ',' || t.lower === ';')) continue;
      return SKIP;
    }
    // A goal names its figure further off: "Our goal is to have at least 50,000 confirmed enemy losses".
    for (let k = Math.max(0, tr.at - 12); k < tr.at; k++) if (goalWords.matchAt(tokens, k, tr.at)) return SKIP;
    return null;
  },
};
