/**
 * A figure with no party of its own ("Al Shabaab claims 15 fatalities"; not "15 people", which says
 * they were people of no said side) restates the party last
 * counted for that outcome, in the article's order: an alternative, never an addition. A denial ("no
 * casualties were reported") is about everyone, not that party: given its party it would contradict
 * the figure. Not for headlines (read apart from the text).
 */
import type { Doc } from '../../../annotate/doc.ts';
import { HURT_OUTCOMES, isUnsaid, type Candidate, type ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

/** Is the figure's person a singular personal pronoun ("he", "she")? */
const isPronoun = (doc: Doc, c: Candidate) => c.count.npEnd - c.count.npStart === 1 && W.pronounSing.has(doc.sentences[c.si]!.tokens[c.count.npStart]!.lower);

export const restatedParty: ClaimRefiner = {
  name: 'restated party',
  refine(doc, candidates, opts) {
    if (opts.headline) return candidates;
    const last = new Map<string, Candidate>();
    let person: Candidate | undefined;
    let told: Candidate | undefined;
    for (const c of candidates) {
      const prev = last.get(c.outcome);
      if (isUnsaid(c.party!) && !(c.negated || c.count.negated) && prev && prev.party!.kind !== 'unknown') c.party = prev.party;
      // "Four men were shot; two of them died": "of them" counts among the people of the figure told last.
      else if (isUnsaid(c.party!) && told && ofThem(doc, c)) c.party = told.party;
      // "A police officer was wounded by gunmen. He was shot through the forearm": "he" or "she" opening the next
      // sentence with the same fate, or only "shot", tells again of the one person counted just before.
      else if (isUnsaid(c.party!) && person && person.si === c.si - 1 && (c.outcome === person.outcome || c.outcome === 'killed_or_wounded') && isPronoun(doc, c) && c.count.npStart === 0 && sameGender(doc, person, c)) c.party = person.party;
      last.set(c.outcome, c);
      if (HURT_OUTCOMES.has(c.outcome) && !(c.negated || c.count.negated)) told = c;
      // (Only a subject: "A gunman killed a woman. He was shot by a deputy" tells of the gunman.)
      if (c.count.singular && HURT_OUTCOMES.has(c.outcome) && !(c.negated || c.count.negated) && !isPronoun(doc, c)) person = c.count.npStart < c.trigger.at ? c : undefined;
    }
    return candidates;
  },
};

/** Is the figure's phrase a part of people told before ("two of them")? */
function ofThem(doc: Doc, c: Candidate): boolean {
  const tokens = doc.sentences[c.si]!.tokens;
  return tokens[c.count.npEnd - 1]?.lower === 'them' && tokens[c.count.npEnd - 2]?.lower === 'of';
}

/** Words that tell a person's gender, by the pronoun that stands for them. */
const SHE = /\b(?:woman|women|girl|wife|mother|daughter|sister|widow|lady|grandmother|aunt|niece|female|she|her)\b/i;
const HE = /\b(?:man|boy|husband|father|son|brother|grandfather|uncle|nephew|male|he|him|his)\b/i;

/** Does the pronoun of `c` fit the person of `p` ("a woman … She", not "a woman … He")? */
function sameGender(doc: Doc, p: Candidate, c: Candidate): boolean {
  const words = doc.sentences[p.si]!.tokens.slice(p.count.npStart, p.count.npEnd).map((t) => t.text).join(' ');
  const she = doc.sentences[c.si]!.tokens[c.count.npStart]!.lower === 'she';
  return she ? !HE.test(words) : !SHE.test(words);
}
