/**
 * The same people told again in one sentence: a casualty word with no count of its own makes the
 * figure before it graver when it tells of the same people ("were each shot in the head and
 * pronounced dead", "shot the man, who later died", "two were wounded and died in hospital"); a
 * second denial of one outcome is dropped.
 * Runs before the party refiner, which reads the outcomes this settles.
 */
import type { Doc } from '../../../annotate/doc.ts';
import type { Candidate, ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { singularBefore } from '../parsers/singular-people.ts';

export const repeats: ClaimRefiner = {
  name: 'repeats',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out.length && out[out.length - 1]!.si === c.si ? out[out.length - 1] : undefined;
      if (c.kind === 'unsized') {
        if (prev && sameGraverPeople(doc, prev, c)) {
          const last = lastOfList(doc, prev, c);
          if (last) out.push(last);
          else prev.outcome = c.outcome;
        }
        continue;
      }
      if (c.kind === 'denial' && out.some((x) => x.si === c.si && x.outcome === c.outcome && (x.negated || x.count.negated))) continue;
      out.push(c);
    }
    return out;
  },
};

/**
 * "injuring a farmer and a policeman who later died": a relative clause right after a list of
 * single people tells of the last of them only (one dead, one wounded). The list keeps the others;
 * the last person is a figure of their own with the graver outcome. Null when `c` is no such clause
 * ("who were later taken", a plural verb, tells of them all).
 */
function lastOfList(doc: Doc, prev: Candidate, c: Candidate): Candidate | null {
  const n = prev.count;
  if (n.low < 2 || n.low !== n.high || n.also || prev.kind !== 'figure') return null;
  const tokens = doc.sentences[c.si]!.tokens;
  let k = c.trigger.at;
  while (k - 1 >= 0 && (W.aux.has(tokens[k - 1]!.lower) || W.predicateAdverbs.has(tokens[k - 1]!.lower))) {
    if (W.pluralVerbs.has(tokens[k - 1]!.lower)) return null;
    k--;
  }
  const who = k - 1;
  if (!W.relativePronouns.has(tokens[who]?.lower ?? '') || n.npEnd !== who) return null;
  const s = singularBefore(tokens, who, n.npStart);
  if (s === null || s <= n.npStart + 1 || !/^(?:and|,)$/.test(tokens[s - 1]!.lower)) return null;
  n.low -= 1; n.high -= 1;
  n.npEnd = s - 1;
  return { ...prev, outcome: c.outcome, count: { low: 1, high: 1, qualifier: 'exact', npStart: s, npEnd: who, singular: true }, claimantAt: prev.claimantAt };
}

/** Does the casualty word `c` (no count) tell a graver outcome of the people of the figure `prev` just before it? */
function sameGraverPeople(doc: Doc, prev: Candidate, c: Candidate): boolean {
  const tr = c.trigger;
  // Shot, then wounded or killed ("shot and pronounced dead"); wounded, then dead ("were wounded and
  // taken to hospital, where they died": they count among the dead, not the wounded).
  const graver = prev.outcome === 'killed_or_wounded' ? c.outcome === 'killed' || c.outcome === 'wounded' : prev.outcome === 'wounded' && c.outcome === 'killed';
  if (!graver || tr.cls === 'noun' || tr.cls === 'active') return false;
  const tokens = doc.sentences[c.si]!.tokens;
  const between: string[] = [];
  for (let k = tr.at - 1; k >= 0 && tokens[k]!.start > prev.at && between.length <= 17; k--) between.unshift(tokens[k]!.lower);
  const joined = between.includes('and') || between.includes('who') || between.includes('where') || (between.length > 0 && between.every((w) => W.aux.has(w)));
  // A pronoun right before the word names the same people further off: "…, where they died".
  const limit = W.laterPronouns.has(between[between.length - 1] ?? '') ? 16 : 12;
  return between.length <= limit && joined && !between.some((w) => W.stops.has(w) && w !== 'where');
}
