/**
 * Who claims each figure and who relays it (src/extract/attribution.ts): the sentence's source, or,
 * when a sentence names several ("Armenia said 135 of its soldiers were killed, while Azerbaijan said
 * 77 …"), the one whose cue comes before the figure's count. Tolls and denials take the first.
 */
import { ATTRIBUTION, attributionAt, bareClaimant } from '../../attribution.ts';
import type { Doc } from '../../../annotate/doc.ts';
import type { Party } from '../../../record/schema.ts';
import type { ClaimRefiner } from '../candidate.ts';
import { ACTORS } from '../../actors.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

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
        const by = bareClaimant(doc, c.si + 1) ?? (c.kind === 'denial' ? denierBefore(doc, c.si, c.count.npStart) ?? reportBefore(doc, c.si) : null);
        if (by) c.attribution = { ...a, claimedBy: by, claimants: [{ party: by, at: 0 }] };
      } else if (c.kind === 'denial' && !c.attribution.claimedBy) {
        // (A sentence whose only source speaks after the denial: "… has denied any losses, saying …".)
        const by = denierBefore(doc, c.si, c.count.npStart);
        if (by) c.attribution = { ...c.attribution, claimedBy: by };
      }
    }
    return candidates;
  },
};

/**
 * "The army said its jets struck the camp. No casualties were reported.": a denial told by a report
 * verb in the passive with no one named ("were reported", no "by") is the report of the one voice of
 * the sentence right before, which goes on speaking; null when that sentence has none or several.
 */
function reportBefore(doc: Doc, si: number): Party | null {
  const tokens = doc.sentences[si]!.tokens;
  const k = tokens.findIndex((t, i) => W.agentlessReports.has(t.lower) && W.aux.has(tokens[i - 1]?.lower ?? ''));
  if (k < 0 || tokens[k + 1]?.lower === 'by' || si < 1) return null;
  const before = doc.get(ATTRIBUTION, si - 1);
  return before.claimants.length === 1 && !before.claimants[0]!.scope ? before.claimedBy : null;
}

/** Verbs of denying that open a denial's words ("denied any casualties", "denies suffering any losses"). */
const DENYING = new Set(['denied', 'denies']);

/**
 * "The army denied any casualties": the one who denies, named right before the verb (its "has"
 * between), claims the denial's zero. Null when the denial opens with no such verb or no one named.
 */
function denierBefore(doc: Doc, si: number, at: number): Party | null {
  const tokens = doc.sentences[si]!.tokens;
  if (!DENYING.has(tokens[at]?.lower ?? '')) return null;
  let k = at;
  while (k > 0 && W.aux.has(tokens[k - 1]!.lower)) k--;
  const a = doc.get(ACTORS, si).find((x) => x.end === k);
  if (!a) return null;
  let s = a.start;
  if (tokens[s]?.lower === 'the') s++;
  const name = doc.text.slice(tokens[s]!.start, tokens[a.end - 1]!.end);
  return { name, kind: a.actor.kind === 'state' ? 'government' : a.actor.kind, country: a.actor.country };
}
