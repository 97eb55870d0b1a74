/**
 * Is a figure about a past event recalled for context (src/extract/background.ts: "the 44-day war last
 * year that killed at least 6,500"), and its date? Also: in a sentence typed as a demonstration, a
 * figure after a cause word ("students protested the killing of a classmate", "riots broke out after
 * a rider was killed") is the earlier event that caused it (ACLED codes the protest with its own
 * fatalities only). A figure of a war's scale (a hundred thousand or more) is a tally over a period,
 * and so is a thousand or more in the present perfect with nothing that bounds it to one incident,
 * with the figures that tally's sentence leaves out of it ("does not include the 629 who died").
 * Not for headlines.
 */
import { backgroundAt, excludesFromTally, isRunningTally, isWarScale } from '../../background.ts';
import { MAX_MENTIONS } from '../../mention.ts';
import type { Candidate, ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

const DEMONSTRATION = new Set(['Peaceful protest', 'Protest with intervention', 'Violent demonstration']);

export const background: ClaimRefiner = {
  name: 'background',
  refine(doc, candidates, opts) {
    if (opts.headline) return candidates;
    const demonstrations = new Set((opts.mentions ?? []).slice(0, MAX_MENTIONS).filter((m) => DEMONSTRATION.has(m.subEventType)).map((m) => m.sentenceIndex));
    const tallies: Candidate[] = [];
    for (const c of candidates) {
      const tokens = doc.sentences[c.si]!.tokens;
      const at = Math.max(0, tokens.findIndex((t) => t.start >= c.at));
      const bg = backgroundAt(doc, c.si, at);
      if (!bg.background && !c.negated && isWarScale(c.outcome, c.count.low, c.count.high)) bg.background = true;
      if (!bg.background && !c.negated && isRunningTally(doc, c.si, c.outcome, c.count.low, c.count.high)) { bg.background = true; tallies.push(c); }
      // "3,290 have been injured this year, and that does not include the 629 who died": what a
      // tally leaves out is counted over the same period.
      const tally = tallies.find((t) => t.si === c.si && t !== c);
      if (!bg.background && tally && excludesFromTally(tokens, tokens.findIndex((t) => t.start >= tally.at), at)) bg.background = true;
      if (!bg.background && demonstrations.has(c.si) && tokens.slice(Math.max(0, at - 12), at).some((t) => W.causeWords.has(t.lower))) bg.background = true;
      c.background = bg;
    }
    return candidates;
  },
};
