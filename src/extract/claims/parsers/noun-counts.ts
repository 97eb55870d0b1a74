/** Counts of casualty nouns: "3 deaths", "no casualties", "four gunshot victims", "the bodies of four men", "caused the death of one". */
import { countOf, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { personAfter } from '../people.ts';

export const nounCounts: CountParser = {
  name: 'noun counts',
  propose(s, tr) {
    if (tr.cls !== 'noun') return null;
    const { tokens, nums } = s;
    // "3 deaths", "6,000 military losses"; not "70 pct losses" (a unit between: a share, no head count).
    const num = nums.find((n) => n.end <= tr.at && n.end >= tr.at - 2 && !n.yearLike && !s.used.has(n.start) && (n.end === tr.at || !W.units.has(tokens[n.end]!.lower)));
    if (num) return { kind: 'count', count: { ...countOf(num), npStart: num.start, npEnd: tr.end, negated: num.low === 0 && num.high === 0 } };
    if (tokens[tr.end]?.lower !== 'of') return null;
    // "the bodies of four men", "the deaths of two children", "the bodies of all four victims"
    const skip = W.ofLeads.has(tokens[tr.end + 1]?.lower ?? '') ? 1 : 0;
    const after = nums.find((n) => n.start === tr.end + 1 + skip && !n.yearLike);
    // "caused the death of one": a bare count closing the clause is people too.
    if (after && (personAfter(tokens, after.end, tokens.length) >= 0 || W.noObject.has(tokens[after.end]?.lower ?? '.'))) {
      return { kind: 'count', count: { ...countOf(after), npStart: after.start, npEnd: after.end + 1 } };
    }
    return null;
  },
};
