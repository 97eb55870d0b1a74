/**
 * Repeats stage (docs/extraction.md, "Repeats"): one figure, one claim. A report tells its figure in
 * the lead, again in a caption and again in a quote; within one event, claims of the same outcome,
 * figure and people (party name and country), neither of them a denial of the other, are one claim
 * with every quote kept (`repeatedIn`), claimed by the most specific claimant any of them names. Two
 * claimants who give the same figure stay two claims: that two sources agree is information. Totals
 * do not change: the same party's figures are alternatives, never added.
 */
import type { Claim, Event } from '../record/schema.ts';

const keyOf = (c: Claim) => JSON.stringify([c.outcome, c.low, c.high, !!c.negated, !!c.breakdown, c.party.name, c.party.country]);
const claimantOf = (c: Claim) => c.claimedBy ? `${c.claimedBy.name}|${c.claimedBy.country ?? ''}` : null;

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

/** The same claimant, or one of the two names none (the outlet's own words repeating a sourced figure). */
function compatible(a: Claim, b: Claim): boolean {
  const x = claimantOf(a), y = claimantOf(b);
  return x === null || y === null || x === y;
}

/** `into` with `c` told again: its quote kept, its claimant when `into` named none, firm when either is. */
function absorb(into: Claim, c: Claim, group: Claim[]): Claim {
  const merged: Claim = { ...into, repeatedIn: [...(into.repeatedIn ?? []), c.quote] };
  if (!merged.claimedBy && c.claimedBy) { merged.claimedBy = c.claimedBy; merged.reportedBy = c.reportedBy; }
  if (!merged.reportedBy && c.reportedBy) merged.reportedBy = c.reportedBy;
  if (merged.hedged && !c.hedged) delete merged.hedged;
  if (c.runningTotal) merged.runningTotal = true;
  group[group.indexOf(into)] = merged;
  return merged;
}
