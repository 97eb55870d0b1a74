/**
 * "The dead included four children and two women", "the wounded include three policemen": the groups
 * after a word for the casualties and "included" break down the sentence's or an earlier sentence's
 * figure (breakdown figures: totals never add them to it).
 */
import type { Outcome } from '../../../record/schema.ts';
import type { SentenceParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { readGroups } from './breakdown-groups.ts';

const WOUNDED = new Set(['wounded', 'injured']);
/** The words for the casualties that may come before "included" (not "victims": the victims of a shooting may be wounded). */
const CASUALTY_NOUNS = new Set(['dead', 'killed', 'deceased', 'fatalities', 'wounded', 'injured']);

export const deadIncluded: SentenceParser = {
  name: 'the dead included',
  propose(s) {
    const { tokens } = s;
    for (let k = 1; k < tokens.length - 1; k++) {
      if (!W.breakdownWords.has(tokens[k]!.lower) || tokens[k]!.lower === 'including') continue;
      const noun = tokens[k - 1]!.lower;
      if (!CASUALTY_NOUNS.has(noun)) continue;
      const outcome: Outcome = WOUNDED.has(noun) ? 'wounded' : 'killed';
      return readGroups(s, k + 1, outcome, { at: k - 1, end: k, outcome, cls: 'noun' }, null);
    }
    return [];
  },
};
