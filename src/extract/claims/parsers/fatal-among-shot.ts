/** The dead among people shot: "shot five people, one fatally", "wounding three, two of whom later died". */
import type { FollowUpParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const fatalAmongShot: FollowUpParser = {
  name: 'fatal among shot',
  propose(s, tr, figure) {
    if (figure.outcome !== 'killed_or_wounded') return [];
    const after = s.tokens.slice(tr.end, tr.end + 8).filter((t) => t.kind !== 'punct').map((t) => t.lower).join(' ');
    const m = W.fatal.exec(after);
    if (!m) return [];
    const n = W.fatalCounts.get(m[1]!)!;
    return [{
      kind: 'fatal', si: s.si, outcome: 'killed', parsedOutcome: 'killed', count: { low: n, high: n, qualifier: 'exact', npStart: tr.end, npEnd: tr.end + 3 },
      at: s.tokens[tr.end]!.start, trigger: tr, claimantAt: figure.claimantAt, of: figure, hedged: s.hedged, negated: false, running: false,
    }];
  },
};
