/** Tolls: "the death toll rose to 12", "the toll stood at 6", "the toll from Saturday's raid rose to 15". */
import { tollVerbs } from '../../words.ts';
import { countOf, SKIP, type Count, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { broughtTo, runningFigure } from './running-totals.ts';

export const tolls: CountParser = {
  name: 'tolls',
  propose(s, tr) {
    if (tr.cls !== 'toll') return null;
    const { tokens, nums } = s;
    let c: Count | null = null;
    for (let k = tr.end; k < Math.min(tokens.length, tr.end + 6); k++) {
      const num = nums.find((n) => n.start === k);
      if (num && !num.yearLike) { c = { ...countOf(num), npStart: tr.at, npEnd: num.end }; break; }
      if (!tollVerbs.matchAt(tokens, k) && !W.tollFillers.has(tokens[k]!.lower)) break;
    }
    // "the death toll from Saturday's attack on the market rose to 12", "bringing the toll from the raids to 9"
    if (!c) {
      const num = runningFigure(tokens, nums, tr.end, broughtTo(tokens, tr.at));
      if (num) c = { ...countOf(num), npStart: tr.at, npEnd: num.end };
    }
    if (!c) return SKIP;
    const candidate = { kind: 'toll' as const, si: s.si, outcome: 'killed' as const, parsedOutcome: 'killed' as const, count: c, at: tokens[tr.at]!.start, trigger: tr, claimantAt: null, hedged: s.hedged, negated: false, running: true };
    return { kind: 'claim', candidate, floor: tr.end, used: [] };
  },
};
