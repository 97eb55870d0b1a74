/**
 * The groups a figure is broken down into after "including" ("claimed at least 50 lives, including
 * 31 militants and two members of a peace committee", "killed nine people, including four
 * children"): each group of people is a figure of the same outcome, of its own party, marked a
 * breakdown by the breakdown refiner (so totals never add it to the figure it is part of). Groups of
 * different parties stay apart; their numbers are not read again by a casualty word after them.
 */
import type { Outcome } from '../../../record/schema.ts';
import type { Candidate, FollowUpParser, SentenceState, Trigger } from '../candidate.ts';
import { countOf } from '../candidate.ts';
import { breakdownLeadEnd, CLAIM_WORDS as W } from '../lexicon.ts';
import { personAfter } from '../people.ts';
import { CASUALTY_WORDS } from '../triggers.ts';

export const breakdownGroups: FollowUpParser = {
  name: 'breakdown groups',
  propose(s, tr, figure) {
    const { tokens } = s;
    let k = Math.max(tr.end, figure.count.npEnd);
    // "killed 27 people across the Gaza Strip on Tuesday, including 11 …": where and when may come
    // between the figure and its breakdown, up to the clause's comma (no other number before it).
    for (let j = k; j < Math.min(tokens.length, k + 12); j++) {
      const t = tokens[j]!;
      if (t.lower === ',') { if (breakdownLeadEnd(tokens, j + 1) > 0) k = j; break; }
      // Not past another group ("one woman dead and five others, including …") or a number.
      if (t.kind !== 'word' || t.lower === 'and' || breakdownLeadEnd(tokens, j) > 0 || s.nums.some((n) => n.start === j)) break;
    }
    if (tokens[k]?.lower === ',') k++;
    const lead = breakdownLeadEnd(tokens, k);
    if (lead < 0) return [];
    return readGroups(s, lead, figure.outcome, tr, figure.claimantAt);
  },
};

/**
 * The groups of people from token k on ("four children and two women", "31 militants, two members of
 * a peace committee"): each a breakdown figure of `outcome`, its numbers marked used.
 */
export function readGroups(s: SentenceState, k: number, outcome: Outcome, tr: Trigger, claimantAt: number | null): Candidate[] {
  const { tokens, nums } = s;
  const out: Candidate[] = [];
  const triggers = s.doc.get(CASUALTY_WORDS, s.si);
  for (;;) {
    const num = nums.find((n) => n.start === k && !n.yearLike && !s.used.has(n.start));
    if (!num) break;
    const p = personAfter(tokens, num.end, tokens.length);
    if (p < 0) break;
    // Not a group of its own outcome ("… 1 police officer and 3 civilians, and 9 others injured"):
    // "others" and "more", or people a casualty word of their own follows, are no part of the whole.
    if (W.otherPeople.has(tokens[p]!.lower) || triggers.some((t) => t !== tr && t.at > p && t.at <= p + 2)) break;
    const count = { ...countOf(num), npStart: num.start, npEnd: p + 1 };
    out.push({ kind: 'figure', si: s.si, outcome, parsedOutcome: outcome, count, at: tokens[num.start]!.start, trigger: tr, claimantAt, hedged: s.hedged, negated: false, running: false, breakdown: true });
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
}
