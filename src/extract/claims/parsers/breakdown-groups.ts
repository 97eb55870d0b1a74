/**
 * The groups a figure is broken down into after "including" ("claimed at least 50 lives, including
 * 31 militants and two members of a peace committee", "killed nine people, including four
 * children"): each group of people is a figure of the same outcome, of its own party, marked a
 * breakdown by the breakdown refiner (so totals never add it to the figure it is part of). Groups of
 * different parties stay apart; their numbers are not read again by a casualty word after them.
 */
import type { Candidate, FollowUpParser } from '../candidate.ts';
import { countOf } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { personAfter } from '../people.ts';

export const breakdownGroups: FollowUpParser = {
  name: 'breakdown groups',
  propose(s, tr, figure) {
    const { tokens, nums } = s;
    let k = Math.max(tr.end, figure.count.npEnd);
    if (tokens[k]?.lower === ',') k++;
    if (!W.breakdownWords.has(tokens[k]?.lower ?? '')) return [];
    const out: Candidate[] = [];
    k++;
    for (;;) {
      const num = nums.find((n) => n.start === k && !n.yearLike && !s.used.has(n.start));
      if (!num) break;
      const p = personAfter(tokens, num.end, tokens.length);
      if (p < 0) break;
      const count = { ...countOf(num), npStart: num.start, npEnd: p + 1 };
      out.push({ kind: 'figure', si: s.si, outcome: figure.outcome, parsedOutcome: figure.outcome, count, at: tokens[num.start]!.start, trigger: tr, claimantAt: figure.claimantAt, hedged: s.hedged, negated: false, running: false, breakdown: true });
      s.used.add(num.start);
      // The next group: after the noun phrase ("of a peace committee"), a comma or "and".
      let j = p + 1;
      while (j < tokens.length && j < p + 8 && tokens[j]!.lower !== ',' && tokens[j]!.lower !== 'and' && !W.stops.has(tokens[j]!.lower)) j++;
      if (tokens[j]?.lower === ',') j++;
      if (tokens[j]?.lower === 'and') j++;
      if (j === k) break;
      k = j;
    }
    return out;
  },
};
