/**
 * A side's losses told with "lost" ("Pakistan has lost more than 3,000 soldiers", "lost five of its
 * men", "a girl who lost five members of her family"): the count of people right after the verb
 * (only "of", "its", "their", "our" or "the" between) are the dead. When another casualty word follows
 * them ("lost 3,000 men killed or wounded and 289 captured"), that word tells what befell them and
 * this one reports nothing; "lost two positions", "lost contact" (no people) are no claim.
 */
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { countOf, SKIP, type CountParser } from '../candidate.ts';
import { CASUALTY_WORDS } from '../triggers.ts';
import { personAfter } from '../people.ts';

export const losses: CountParser = {
  name: 'losses',
  propose(s, tr) {
    const { tokens, nums } = s;
    if (tr.cls !== 'active') return null;
    // "retook the pass with the loss of 300 men": the noun, its people after "of".
    const noun = tokens[tr.at]!.lower === 'the' && tokens[tr.at + 1]?.lower === 'loss';
    if (!noun && !W.lostWords.has(tokens[tr.at]!.lower)) return null;
    let k = tr.end;
    while (k < tr.end + 2 && W.lossLeads.has(tokens[k]?.lower ?? '')) k++;
    const num = nums.find((n) => n.start === k && !n.yearLike);
    if (!num) return SKIP;
    const p = personAfter(tokens, num.end, tokens.length);
    // (The noun's other counts, "the loss of 12 lives", are read as before.)
    if (p < 0 || W.notPeople.has(tokens[p]!.lower)) return noun ? null : SKIP;
    // "lost 3,000 men killed or wounded": the next casualty word says what befell them.
    if (s.doc.get(CASUALTY_WORDS, s.si).some((t) => t.at > p && t.at <= p + 2)) return SKIP;
    return { kind: 'count', count: { ...countOf(num), npStart: num.start, npEnd: p + 1 }, outcome: 'killed' };
  },
};
