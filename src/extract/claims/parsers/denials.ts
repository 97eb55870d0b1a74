/** Denials: "no casualties", "no one was hurt", "escaped unharmed": a figure of 0 for each outcome the words deny. */
import type { Outcome } from '../../../record/schema.ts';
import type { SentenceParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const denials: SentenceParser = {
  name: 'denials',
  propose(s) {
    return s.negations.flatMap((n) => deniedOutcomes(s.tokens.slice(n.start, n.end).map((t) => t.lower).join(' ')).map((outcome) => ({
      kind: 'denial' as const, si: s.si, outcome, parsedOutcome: outcome, count: { low: 0, high: 0, qualifier: 'exact' as const, npStart: n.start, npEnd: n.end },
      at: s.tokens[n.start]!.start, trigger: { at: n.start, end: n.end, outcome, cls: 'noun' as const }, claimantAt: null, hedged: s.hedged, negated: true, running: false,
    })));
  },
};

/** Outcomes a denial's words deny: "no injuries" → wounded, "no casualties" → both (data/lexicon/claim-words.json denialOutcomes). */
function deniedOutcomes(words: string): Outcome[] {
  for (const r of W.denialOutcomes) if (r.allOf.every((stems) => stems.some((st) => words.includes(st)))) return r.outcomes;
  return ['killed', 'wounded'];
}
