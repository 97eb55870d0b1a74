/**
 * "The dead included four children and two women", "the wounded include three policemen": the groups
 * after a word for the casualties and "included" break down the sentence's or an earlier sentence's
 * figure (breakdown figures: totals never add them to it).
 */
import type { SentenceParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { CASUALTY_WORDS } from '../triggers.ts';
import { readGroups } from './breakdown-groups.ts';

export const deadIncluded: SentenceParser = {
  name: 'the dead included',
  propose(s) {
    const { tokens } = s;
    // The casualty word is the sentence's own (casualty-words.json), killed or wounded only: not
    // "victims", who may be the wounded of a shooting.
    for (const tr of s.doc.get(CASUALTY_WORDS, s.si)) {
      const k = tr.end;
      if (k >= tokens.length - 1 || !W.breakdownWords.has(tokens[k]!.lower) || tokens[k]!.lower === 'including') continue;
      if (tr.outcome !== 'killed' && tr.outcome !== 'wounded') continue;
      return readGroups(s, k + 1, tr.outcome, tr, null);
    }
    return [];
  },
};
