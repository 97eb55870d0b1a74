/** Counts of casualty nouns: "3 deaths", "no casualties", "four gunshot victims", "the bodies of four men", "caused the death of one", "casualties at around 600,000". */
import { countOf, SKIP, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import type { Token } from '../../../annotate/tokens.ts';
import { isCapitalised, personAfter } from '../people.ts';
import { personPlurals } from '../../words.ts';

/** Words before "the death of" that make it a grievance or a cause, not the event's toll. */
const GRIEVANCE = /^(?:following|over|against|after|in|remov\w*|tak(?:e|es|ing|en)|took|away|protest\w*|demonstrat\w*|mourn\w*|march\w*|riot\w*|justice|probe|inquiry|investigat\w*|funeral|acquittal|outrage|anger|angered|angry)$/;
/** Verbs of outcome before "in": "resulted in", "ended in", "culminated in". */
const OUTCOME = /^(?:result\w*|end\w*|culminat\w*)$/;
const isSingularPerson = (w: string) => !personPlurals.has(w) && (!/s$/.test(w) || W.singularInS.has(w));

export const nounCounts: CountParser = {
  name: 'noun counts',
  propose(s, tr) {
    if (tr.cls !== 'noun') return null;
    const { tokens, nums } = s;
    // "3 deaths", "6,000 military losses"; not "70 pct losses" (a unit between: a share, no head count).
    const num = nums.find((n) => n.end <= tr.at && n.end >= tr.at - 2 && !n.yearLike && !s.used.has(n.start) && (n.end === tr.at || !W.units.has(tokens[n.end]!.lower)));
    // "exchanged 95 prisoners of war", "freed 24 hostages", "the release of 12 captives": people let
    // go in this event were not captured in it.
    if (num && tr.outcome === 'captured' && released(tokens, num.start)) return SKIP;
    if (num) {
      // "two casualties for every soldier lost", "three deaths per 1,000": a ratio, no head count.
      if (W.ratioWords.has(tokens[tr.end]?.lower ?? '') && (tokens[tr.end]!.lower === 'per' || tokens[tr.end + 1]?.lower === 'every' || tokens[tr.end + 1]?.lower === 'each')) return SKIP;
      const none = num.low === 0 && num.high === 0;
      // "no arrests have been made": where an inquiry stands, not a count of people taken.
      if (none && tr.outcome === 'arrested') return SKIP;
      // "No Iranian casualties were given": no figure was given, which denies nothing.
      if (none && W.be.has(tokens[tr.end]?.lower ?? '') && W.notGiven.has(tokens[tr.end + 1]?.lower ?? '')) return SKIP;
      return { kind: 'count', count: { ...countOf(num), npStart: num.start, npEnd: tr.end, negated: none } };
    }
    // "put Ukrainian military casualties at around 600,000", "Ukrainian losses at about 200,000".
    if (tokens[tr.end]?.lower === 'at') {
      // Not a time or a place ("victims at 2 a.m.", "the injured at 3 hospitals"): the count ends the phrase.
      const at = nums.find((n) => n.start === tr.end + 1 && !n.yearLike && endsPhrase(tokens[n.end]));
      // Whose: the words before the noun ("total Russian", "its own", "Ukrainian military").
      let start = tr.at;
      while (start > tr.at - 3 && (isCapitalised(tokens[start - 1]) || W.casualtyModifiers.has(tokens[start - 1]?.lower ?? ''))) start--;
      if (at) return { kind: 'count', count: { ...countOf(at), npStart: start, npEnd: at.end } };
    }
    if (tokens[tr.end]?.lower !== 'of') return null;
    // "the bodies of four men", "the deaths of two children", "the bodies of all four victims"
    const skip = W.ofLeads.has(tokens[tr.end + 1]?.lower ?? '') ? 1 : 0;
    const after = nums.find((n) => n.start === tr.end + 1 + skip && !n.yearLike);
    // "caused the death of one": a bare count closing the clause is people too.
    // ("the remains of 212 fallen Armenian servicemen": the people's phrase runs to its person noun.)
    const person = after ? personAfter(tokens, after.end, tokens.length) : -1;
    if (after && (person >= 0 || W.noObject.has(tokens[after.end]?.lower ?? '.'))) {
      // (Not past "of": "the killing of one of three bandits" counts one, whose side the part does not say.)
      const modifiersOnly = person > after.end && !tokens.slice(after.end, person).some((t) => t.lower === 'of');
      return { kind: 'count', count: { ...countOf(after), npStart: after.start, npEnd: modifiersOnly ? person + 1 : after.end + 1 } };
    }
    // "the body of a man was found", "leading to the death of a bystander": one person after a
    // singular noun. Not a grievance or a cause ("protested the death of a student", "following
    // the death of a man in custody", "after the body of a girl was found, residents…", "took away
    // the body of a man shot by police"): the death is why people act, told apart from the event
    // (its own report gives its figures).
    const det = tokens[tr.end + 1];
    // ("resulted in the death of" is a toll: "in" after a verb of outcome is none of those.)
    const grievance = tokens.slice(Math.max(0, tr.at - 4), tr.at).some((t, i, a) => GRIEVANCE.test(t.lower) && !(t.lower === 'in' && OUTCOME.test(a[i - 1]?.lower ?? '')));
    if (!after && !grievance && tr.end - tr.at === 1 && !/s$/.test(tokens[tr.at]!.lower) && det && W.detSing.has(det.lower) && det.lower !== 'one') {
      const k = personAfter(tokens, tr.end + 2, tokens.length);
      const p = tokens[k];
      if (p && isSingularPerson(p.lower)) return { kind: 'count', count: { low: 1, high: 1, qualifier: 'exact', npStart: tr.end + 1, npEnd: k + 1, singular: true } };
    }
    return null;
  },
};

/** How many words before a count of prisoners a word of release may stand ("released [the] 39"). */
const RELEASE_REACH = 3;

/** Does a word of release ("freed", "exchanged", "the release of") stand right before the count at `start`? */
function released(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - RELEASE_REACH); k--) {
    if (W.releaseWords.matchAt(tokens, k)) return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** The token after "casualties at N" closes the figure (a break, or a clause going on), not a time, an address or a unit. */
function endsPhrase(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && t.text !== ':' && t.text !== '-') || W.noObject.has(t.lower) || W.stops.has(t.lower);
}
