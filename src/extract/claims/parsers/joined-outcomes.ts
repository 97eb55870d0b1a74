/**
 * One people's second fate joined by "and" to the first: "she was kidnapped and subsequently
 * killed", "three soldiers were captured and later executed". The people taken are the people
 * killed: the killing is a figure of the same count (the count parsers never see it, as each
 * casualty word looks for its count only after the previous one).
 */
import type { FollowUpParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { CASUALTY_WORDS } from '../triggers.ts';

/** Fates after which people can still be killed: taken, missing. */
const TAKEN = new Set(['captured', 'missing']);

export const joinedOutcomes: FollowUpParser = {
  name: 'joined outcomes',
  propose(s, tr, figure) {
    if (!TAKEN.has(figure.outcome) || figure.count.npEnd > tr.at) return [];
    let k = tr.end;
    if (s.tokens[k]?.lower !== 'and') return [];
    k++;
    while (W.predicateAdverbs.has(s.tokens[k]?.lower ?? '')) k++;
    const next = s.doc.get(CASUALTY_WORDS, s.si).find((t) => t.at === k);
    if (!next || next.outcome !== 'killed' || next.cls === 'active' && s.tokens[next.end]?.kind === 'num') return [];
    return [{
      kind: 'figure', si: s.si, outcome: 'killed', parsedOutcome: 'killed', count: { ...figure.count },
      at: s.tokens[next.at]!.start, trigger: next, claimantAt: figure.claimantAt, hedged: s.hedged, negated: false, running: false,
    }];
  },
};
