/**
 * Tolls: "the death toll rose to 12", "the toll stood at 6", "the toll from Saturday's raid rose to 15",
 * "the toll rose from 85 to 120" (the new figure), "rose from a previously reported 85" (the earlier
 * figure, told as news: no running total, since it is the one superseded).
 */
import type { NumberMention } from '../../../annotate/numbers.ts';
import type { Token } from '../../../annotate/tokens.ts';
import { isPutVerb } from '../../sources.ts';
import { tollVerbs } from '../../words.ts';
import { countOf, SKIP, type Count, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { personAfter, unitAt } from '../people.ts';
import { CASUALTY_WORDS } from '../triggers.ts';
import { broughtTo, runningFigure } from './running-totals.ts';

export const tolls: CountParser = {
  name: 'tolls',
  propose(s, tr) {
    if (tr.cls !== 'toll') return null;
    const { tokens, nums } = s;
    let c: Count | null = null;
    let running = true;
    const used: number[] = [];
    // "the toll (from the bombing) rose from 85 to 120": its numbers are this toll's ("85 as news
    // emerged that a village had been hit" is no count of the hit).
    for (let k = tr.end; k < Math.min(tokens.length, tr.end + 10) && !W.stops.has(tokens[k]!.lower) && !nums.some((n) => n.start === k); k++) {
      const rise = risenFrom(tokens, nums, k);
      if (rise) { c = rise.count; running = rise.running; used.push(...rise.used); break; }
    }
    // "the toll was expected to reach 80", "could rise to 60": a figure foreseen, hedged (it counts
    // only when nothing firmer is told) and no running total.
    let projected = false;
    for (let k = tr.end; !c && k < Math.min(tokens.length, tr.end + 7); k++) {
      const num = nums.find((n) => n.start === k);
      if (num && !num.yearLike) {
        // "put the toll at nine police officers dead and four wounded": the people and their outcome
        // follow the number; the casualty word after them reads it, with its party.
        const p = personAfter(tokens, num.end, tokens.length);
        if (p >= 0 && s.doc.get(CASUALTY_WORDS, s.si).some((w) => w.cls !== 'toll' && w.at > p && w.at <= p + 3 && !tokens.slice(p + 1, w.at).some((t) => t.kind === 'punct'))) return SKIP;
        c = { ...countOf(num), npStart: tr.at, npEnd: num.end };
        break;
      }
      if (W.tollProjection.has(tokens[k]!.lower)) { projected = true; continue; }
      if (!tollVerbs.matchAt(tokens, k) && !W.tollFillers.has(tokens[k]!.lower)) break;
    }
    if (projected && c) {
      running = false;
      if (c.qualifier === 'exact') c.qualifier = 'about';
    }
    // "the figure could climb to 90": a plain noun is a toll only for a figure foreseen.
    // (Not a share: "the number is expected to reach 60 percent".)
    if (tr.anaphor && (!projected || !c || unitAt(tokens, c.npEnd))) return SKIP;
    // "the death toll from Saturday's attack on the market rose to 12", "bringing the toll from the raids to 9"
    if (!c) {
      const num = runningFigure(tokens, nums, tr.end, broughtTo(tokens, tr.at));
      if (num) c = { ...countOf(num), npStart: tr.at, npEnd: num.end };
    }
    if (!c) return SKIP;
    // "…, but residents put the toll at more than 50": the voice that puts it claims it, not the
    // sentence's first (a toll with no such verb takes the sentence's source, named before or after).
    const put = tokens.slice(Math.max(0, tr.at - 3), tr.at).some((t) => isPutVerb(t.lower));
    // A toll a voice puts at a figure is that voice's estimate, a rival of the others' figures, not
    // an update that supersedes them ("police said 30, … residents put the toll at 45").
    if (put) running = false;
    const candidate = { kind: 'toll' as const, si: s.si, outcome: 'killed' as const, parsedOutcome: 'killed' as const, count: c, at: tokens[tr.at]!.start, trigger: tr, claimantAt: put ? tr.at : null, hedged: s.hedged || projected, negated: false, running };
    return { kind: 'claim', candidate, floor: tr.end, used };
  },
};

/** "rose from 85 to 120" → 120, a running total; "rose from a previously reported 85" → 85, the figure it replaces. */
function risenFrom(tokens: Token[], nums: NumberMention[], k: number): { count: Count; running: boolean; used: number[] } | null {
  const verb = W.tollRise.matchAt(tokens, k);
  if (!verb || tokens[verb.end]?.lower !== 'from') return null;
  let j = verb.end + 1;
  while (j < tokens.length && W.earlierFillers.has(tokens[j]!.lower)) j++;
  const from = nums.find((n) => n.start === j && !n.yearLike);
  if (!from) return null;
  // "from 85 to 120" reads as a range: its upper end is the new toll.
  if (from.qualifier === 'range' && tokens.slice(from.start, from.end).some((t) => t.lower === 'to')) {
    return { count: { low: from.high, high: from.high, qualifier: 'exact', npStart: k, npEnd: from.end }, running: true, used: [from.start] };
  }
  if (tokens[from.end]?.lower === 'to') {
    let t = from.end + 1;
    while (t < tokens.length && W.totalFillers.has(tokens[t]!.lower)) t++;
    const to = nums.find((n) => n.start === t && !n.yearLike);
    if (to) return { count: { ...countOf(to), npStart: k, npEnd: to.end }, running: true, used: [from.start, to.start] };
  }
  return { count: { ...countOf(from), npStart: k, npEnd: from.end }, running: false, used: [from.start] };
}
