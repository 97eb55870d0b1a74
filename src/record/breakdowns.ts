import type { Claim } from './schema.ts';

/**
 * Claims that break down a figure given elsewhere: "the dead included a teacher and two herders",
 * "five children were among those killed", "5 traders killed, including 3 burned" (the claim's
 * `breakdown`, set by src/extract/claims.ts). Used by the totals of one article
 * (src/extract/totals.ts) and of a merged event (src/resolve/reconcile.ts), so it lives with the
 * record it reads.
 */
export const isBreakdown = (c: { breakdown?: boolean }): boolean => c.breakdown === true;

/** A single figure for a claim: the low end, except "up to N" (N) and vague words (ACLED's values: "dozens" 12). */
export function pointOf(c: Claim): number {
  if (c.conventional !== undefined && !c.negated) return c.conventional;
  if (c.qualifier === 'at_most') return c.high ?? c.low ?? 0;
  return c.low ?? c.high ?? 0;
}

/**
 * Without the breakdowns that a figure of the same outcome at least as large, given outside a
 * breakdown, covers (people "shot" among the dead are compared with the dead): they are part of a
 * total, not more people, and not a rival figure.
 */
export function withoutBreakdowns<C extends Claim>(claims: C[]): C[] {
  if (!claims.some(isBreakdown)) return claims;
  const whole = claims.filter((c) => !isBreakdown(c) && !c.negated);
  return claims.filter((c) => !isBreakdown(c) || !whole.some((w) =>
    (w.outcome === c.outcome || (c.outcome === 'killed_or_wounded' && (w.outcome === 'killed' || w.outcome === 'wounded'))) && pointOf(w) >= pointOf(c)));
}
