/**
 * Repeats stage (docs/extraction.md, "Repeats"): one figure, one claim. A report tells its figure in
 * the lead, again in a caption and again in a quote; within one event, claims of the same outcome,
 * figure and people (`samePeople`) from the same voice (`compatible`), neither of them a denial of
 * the other, are one claim with every quote kept (`repeatedIn`), claimed by the most specific
 * claimant and party any of them names. Two claimants who give the same figure stay two claims:
 * that two sources agree is information.
 */
import type { Claim, Event } from '../record/schema.ts';
import { isStateVoice } from '../record/voices.ts';

/** Outcome and figure: what must be equal for two quotes to tell one claim. */
const keyOf = (c: Claim) => JSON.stringify([c.outcome, c.low, !!c.negated, !!c.breakdown]);

/** Words of a claimant's name that say who it is ("ministry", "commander"), not how it is written. */
const nameWords = (n: string) => new Set(n.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));

export function mergeRepeatedFigures(events: Event[]): Event[] {
  return events.map((e) => {
    if (e.claims.length < 2) return e;
    const kept: Claim[] = [];
    const byKey = new Map<string, Claim[]>();
    for (const c of e.claims) {
      const same = byKey.get(keyOf(c)) ?? [];
      const into = same.find((k) => compatible(k, c));
      if (into) { kept[kept.indexOf(into)] = absorb(into, c, same); continue; }
      kept.push(c);
      same.push(c);
      byKey.set(keyOf(c), same);
    }
    return kept.length === e.claims.length ? e : { ...e, claims: kept };
  });
}

/** One figure told two ways: "at least 3,000" and "3,000"; a range is another figure than its low end. */
const sameFigure = (a: Claim, b: Claim) => a.high === b.high || a.high === null || b.high === null;

/**
 * The same people: the same party, or one of them says only that people were hit ("two deaths",
 * "Two Frenchmen" beside "two French soldiers"): within one event and one figure, the unspecific
 * words are the specific ones told again.
 */
const samePeople = (a: Claim, b: Claim) =>
  a.party.kind === 'unknown' || b.party.kind === 'unknown' || (a.party.name === b.party.name && a.party.country === b.party.country);

/**
 * The same voice: the same claimant, or one of the two names none (the outlet's own words repeating a
 * sourced figure), or two names of one state's voice ("Iraq said" and "the chief of its defence
 * ministry's political department said"), or one speaker named twice ("an Iranian commander" and
 * "the commander"). Two states, or two different sources, stay two claims.
 */
function compatible(a: Claim, b: Claim): boolean {
  if (!sameFigure(a, b) || !samePeople(a, b)) return false;
  const x = a.claimedBy, y = b.claimedBy;
  if (!x || !y) return true;
  if (x.name === y.name && x.country === y.country) return true;
  if (x.country && y.country) return x.country === y.country && isStateVoice(x.kind) && isStateVoice(y.kind);
  const wx = nameWords(x.name);
  return x.kind === y.kind && [...nameWords(y.name)].some((w) => wx.has(w));
}

/** `into` with `c` told again: its quote kept, its claimant when `into` named none, firm when either is. */
function absorb(into: Claim, c: Claim, group: Claim[]): Claim {
  const merged: Claim = { ...into, repeatedIn: [...(into.repeatedIn ?? []), c.quote] };
  if (!merged.claimedBy && c.claimedBy) { merged.claimedBy = c.claimedBy; merged.reportedBy = c.reportedBy; }
  if (!merged.reportedBy && c.reportedBy) merged.reportedBy = c.reportedBy;
  // Whose people: the words that say it ("two French soldiers"), not "two deaths".
  if (merged.party.kind === 'unknown' && c.party.kind !== 'unknown') merged.party = c.party;
  if (merged.hedged && !c.hedged) delete merged.hedged;
  if (c.runningTotal) merged.runningTotal = true;
  group[group.indexOf(into)] = merged;
  return merged;
}
