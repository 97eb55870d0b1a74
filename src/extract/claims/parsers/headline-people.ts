/** Headlines drop articles: "15-year-old girl fatally shot", "Man Shot In The Head" count one person. */
import { personNouns, personPlurals } from '../../words.ts';
import type { CountParser } from '../candidate.ts';
import { isAgeWord } from '../lexicon.ts';

export const headlinePeople: CountParser = {
  name: 'headline people',
  propose(s, tr) {
    if (!s.headline || tr.cls === 'noun') return null;
    for (let k = s.floor; k < tr.at; k++) {
      const w = s.tokens[k]!.lower;
      if (s.tokens[k]!.kind === 'num' || personPlurals.has(w)) break;
      if (personNouns.has(w) || isAgeWord(w)) return { kind: 'count', count: { low: 1, high: 1, qualifier: 'exact', npStart: k, npEnd: k + 1 } };
    }
    return null;
  },
};
