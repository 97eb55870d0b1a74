/**
 * Who claims each figure and who relays it (src/extract/attribution.ts): the sentence's source, or,
 * when a sentence names several ("Armenia said 135 of its soldiers were killed, while Azerbaijan said
 * 77 …"), the one whose cue comes before the figure's count. Tolls and denials take the first.
 */
import { ATTRIBUTION, attributionAt, bareClaimant } from '../../attribution.ts';
import type { ClaimRefiner } from '../candidate.ts';

export const attribution: ClaimRefiner = {
  name: 'attribution',
  refine(doc, candidates) {
    for (const c of candidates) {
      if (c.kind === 'unsized') continue;
      const a = doc.get(ATTRIBUTION, c.si);
      c.attribution = c.claimantAt === null ? a : attributionAt(a, c.claimantAt);
      // "Fifteen civilians were killed. The health ministry said on Tuesday.": a sentence that names
      // no source takes the one of the next sentence when that sentence is only its source.
      if (!a.sources.length && !a.claimedBy) {
        const by = bareClaimant(doc, c.si + 1);
        if (by) c.attribution = { ...a, claimedBy: by, claimants: [{ party: by, at: 0 }] };
      }
    }
    return candidates;
  },
};
