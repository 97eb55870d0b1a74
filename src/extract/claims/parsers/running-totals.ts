/**
 * Running totals told as "the number of …": "the number of its soldiers killed in the clashes had risen
 * to six" (killed 6 of the claimant's military), "bringing the number of people injured to 31", "the
 * death count climbed to 9". "A number of people were killed" is a vague count, not a total.
 */
import type { NumberMention } from '../../../annotate/numbers.ts';
import type { Token } from '../../../annotate/tokens.ts';
import { runningBring, runningPut, runningVerbs } from '../../words.ts';
import { countOf, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';

export const runningTotals: CountParser = {
  name: 'running totals',
  propose(s, tr) {
    if (tr.cls === 'toll') return null;
    const { tokens, nums } = s;
    const ps = countPhraseStart(tokens, nums, tr.at);
    const num = ps >= 0 ? runningFigure(tokens, nums, tr.end, broughtTo(tokens, ps)) : null;
    if (!num) return null;
    const count = { ...countOf(num), npStart: ps + 2, npEnd: tr.at };
    const candidate = { kind: 'running' as const, si: s.si, outcome: tr.outcome, parsedOutcome: tr.outcome, count, at: tokens[tr.at]!.start, trigger: tr, claimantAt: ps, hedged: s.hedged, negated: false, running: true };
    return { kind: 'claim', candidate, floor: num.end, used: [num.start] };
  },
};

/**
 * Index of "number" when the casualty word at `at` ends a phrase "the number of [people] <word>"
 * ("the number of its soldiers killed", "the number of wounded"), else -1.
 */
function countPhraseStart(tokens: Token[], nums: NumberMention[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 8); k--) {
    const t = tokens[k]!;
    if (t.lower === 'of' && W.countNouns.has(tokens[k - 1]!.lower)) {
      return tokens[k - 2]?.lower === 'a' || nums.some((n) => n.start >= k && n.start < at) ? -1 : k - 1;
    }
    if (W.stops.has(t.lower) || t.kind === 'num' || (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’')) return -1;
  }
  return -1;
}

/**
 * "bringing the number of dead to 12", "raising the toll to 9": a bare "to" then gives the figure;
 * "put the number of Armenian military dead at 18", "put the toll at 25": a bare "at".
 */
export function broughtTo(tokens: Token[], start: number): 'to' | 'at' | null {
  const k = tokens[start - 1]?.lower === 'the' || tokens[start - 1]?.lower === 'its' || tokens[start - 1]?.lower === 'their' ? start - 2 : start - 1;
  const w = tokens[k]?.lower ?? '';
  return runningBring.has(w) ? 'to' : runningPut.has(w) ? 'at' : null;
}

/**
 * The figure of a running total, to the right of `from` in the same clause: the first number right
 * after a verb of a total ("had risen to six", "stood at 40", "was 12"), or after the bare `lead`
 * ("to" after "bringing"/"raising", "at" after "put"). None when another number comes first or the
 * clause ends.
 */
export function runningFigure(tokens: Token[], nums: NumberMention[], from: number, lead: 'to' | 'at' | null): NumberMention | null {
  for (let k = from; k < Math.min(tokens.length, from + 20); k++) {
    const t = tokens[k]!;
    if (W.stops.has(t.lower) || t.lower === ',' || t.lower === '.') return null;
    if (nums.some((n) => n.start === k)) return null;
    const m = runningVerbs.matchAt(tokens, k) ?? (lead && t.lower === lead ? { end: k + 1 } : null);
    if (!m) continue;
    let j = m.end;
    while (j < tokens.length && W.totalFillers.has(tokens[j]!.lower)) j++;
    const num = nums.find((n) => n.start === j);
    if (num && !num.yearLike && !W.units.has(tokens[num.end]?.lower ?? '')) return num;
    k = m.end - 1;
  }
  return null;
}
