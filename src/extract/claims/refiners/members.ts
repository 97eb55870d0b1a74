/**
 * "An air strike killed a rebel commander, his bodyguard and six fighters … His bodyguard, a
 * nephew of the commander, died too": one person of the current event told again, definitely ("his
 * bodyguard", "the commander"), by the role under which an earlier figure of the same outcome
 * counted him is a member of that figure, not a claim of his own. Only a singular person, never one
 * told anew ("a soldier was killed": another man) or made more by "another" or an ordinal ("a second
 * soldier died"), and only within the current event: a recalled event's commander is another man.
 * Runs after background, which it reads.
 */
import type { Token } from '../../../annotate/tokens.ts';
import { personNouns, personPlurals } from '../../words.ts';
import type { Candidate, ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const members: ClaimRefiner = {
  name: 'members',
  refine(doc, candidates) {
    const groups: Candidate[] = [];
    return candidates.filter((c) => {
      if (c.kind !== 'figure' || c.background?.background || c.negated) return true;
      const tokens = doc.sentences[c.si]!.tokens;
      if (c.count.singular && c.count.low === 1 && c.count.high === 1) {
        const from = Math.min(c.count.npStart, c.trigger.at), to = Math.max(c.count.npEnd, c.trigger.end);
        const span = tokens.slice(from, to);
        if (span.some((t) => W.additive.has(t.lower))) return true;
        // (Told anew, with an indefinite article or "one": a person not yet counted.)
        if (INDEFINITE.has(tokens[c.count.npStart]?.lower ?? '')) return true;
        const roles = new Set(span.filter(isRole).map((t) => t.lower));
        const np = (g: Candidate) => doc.sentences[g.si]!.tokens.slice(g.count.npStart, g.count.npEnd);
        return !groups.some((g) => g.si < c.si && g.outcome === c.outcome && np(g).some((t) => roles.has(t.lower)) && !restatedApart(g, c));
      }
      if (c.count.low >= 2) groups.push(c);
      return true;
    });

    /**
     * "A ranger and three herders died in the raid … the ranger was shot at the gate, and the herders
     * were also found dead": a figure told again piece by piece, its other people counted apart as
     * well, keeps its pieces (together they restate it); the one person is a member only when the
     * rest is not.
     */
    function restatedApart(g: Candidate, c: Candidate): boolean {
      const plurals = new Set(doc.sentences[g.si]!.tokens.slice(g.count.npStart, g.count.npEnd).filter((t) => t.kind === 'word' && personPlurals.has(t.lower) && /s$/.test(t.lower) && t.lower !== 'others').map((t) => t.lower));
      return candidates.some((d) => d !== c && d !== g && d.si > g.si && d.outcome === g.outcome && !d.background?.background
        && doc.sentences[d.si]!.tokens.slice(d.count.npStart, d.count.npEnd).some((t) => plurals.has(t.lower)));
    }
  },
};

/** Words that tell a person anew. */
const INDEFINITE = new Set(['a', 'an', 'one']);

/** A person's role in the singular ("commander", "deputy"), the word a list of the dead names one by. */
const isRole = (t: Token): boolean => t.kind === 'word' && personNouns.has(t.lower) && !personPlurals.has(t.lower) && !/s$/.test(t.lower);
