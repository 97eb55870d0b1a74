import type { Claim, Range, Totals } from '../record/schema.ts';
import { pointOf, withoutBreakdowns } from '../record/breakdowns.ts';
import { PEOPLE } from './claims/candidate.ts';
import { STATE_BODIES } from './sides.ts';

/**
 * Totals of an event from its claims (docs/extraction.md, "Totals"):
 * - claims about different parties (each side's soldiers, police, civilians, assailants) add up;
 * - claims about the same party are alternatives: low = smallest, high = largest; so is a figure that
 *   disputes another (its partyKey is the disputed figure's: claims/refiners/disputes.ts);
 *   best = a running total ("the toll rose to 12") when there is one, else the largest figure among
 *   the claims of the party's own side or of neutral sources (re-mentions of one report grow as the
 *   story is updated), else among all claims;
 * - a figure about a side-less party ("13 soldiers") repeating, in another sentence, one side's
 *   figure of that kind and outcome is that side's figure again (`groupKeys`);
 * - a breakdown of the dead ("including 3 burned", "among the dead were …") never adds to a
 *   figure at least as large given outside it;
 * - hedged claims ("unconfirmed reports") count only when nothing firmer exists;
 * - "dead or missing" and "killed or wounded" raise `high` of each outcome they might be, never
 *   `low`; people "shot" (killed_or_wounded) who are not reported dead count as wounded;
 * - fatalities (ACLED's conservative figure) = for each party, the smallest figure given (a denial
 *   only when no figure is), summed over parties.
 */
export interface TotalsResult {
  totals: Totals;
  fatalities: number | null;
}

type GroupClaim = Claim & { partyKey?: string };


/** `onlyMore`: every figure of the group is one more person ("another was wounded"), none a figure of its own. */
interface Group { low: number; best: number; high: number; conservative: number; onlyMore?: boolean }

/** Words that tell more dead than a toll already given ("its fighters also killed 12 soldiers at a base nearby"). */
const MORE_DEAD = /\b(?:also|another|other|separately|separate|nearby|more)\b/i;

const ALSO = /\balso\b/i;
const PRONOUN = /^(?:he|she|him|her|they|them|it|who|whom|which|that|this|whose)\b/i;

const STATE_KINDS: ReadonlySet<string> = STATE_BODIES;
const ARMED_GROUP_KINDS = new Set(['rebel', 'militia', 'identity_militia']);

/** Are the two kinds a state's forces and an armed group fighting it (Al-Shabaab and Somalia's army)? */
const enemies = (a: string, b: string) => (STATE_KINDS.has(a) && ARMED_GROUP_KINDS.has(b)) || (ARMED_GROUP_KINDS.has(a) && STATE_KINDS.has(b));

/** A claim not made by the other side: the outlet itself, police, media, international bodies, or the
 *  party's own state (an armed group of the same country is the other side: "Al-Shabaab said it
 *  killed 40 soldiers"). */
function neutral(c: Claim): boolean {
  const by = c.claimedBy;
  if (!by) return true;
  // (A side-less party, "soldiers", claimed by an armed group is the state's forces it fights.)
  if (enemies(by.kind, c.party.kind) && (!c.party.country || !by.country || by.country === c.party.country)) return false;
  if (!by.country) return true;
  if (by.kind === 'international' || by.kind === 'media' || by.kind === 'organization' || by.kind === 'police' || by.kind === 'unknown') return true;
  return !c.party.country || by.country === c.party.country;
}

function summarize(all: GroupClaim[]): Group {
  // "One of the wounded later died": dead from among the wounded, more than any figure of the dead
  // told before (a running total, which counts them already, stands alone).
  const fromHurt = all.filter((c) => (c as { fromHurt?: boolean }).fromHurt);
  const claims = fromHurt.length && fromHurt.length < all.length ? all.filter((c) => !fromHurt.includes(c)) : all;
  const g = summarizeFigures(claims);
  if (claims === all || all.some((c) => c.runningTotal && !c.hedged)) return g;
  const more = fromHurt.reduce((a, c) => a + pointOf(c), 0);
  return { low: g.low + more, best: g.best + more, high: g.high + more, conservative: g.conservative + more };
}

function summarizeFigures(claims: GroupClaim[]): Group {
  const firm = claims.filter((c) => !c.hedged);
  let pool = firm.length ? firm : claims;
  const running = pool.filter((c) => c.runningTotal);
  if (running.length) {
    const v = Math.max(...running.map(pointOf));
    return { low: v, best: v, high: Math.max(v, ...pool.map((c) => c.high ?? 0)), conservative: v };
  }
  // "another man was killed" adds to a figure of one; a plural figure already counts the people
  // the article then describes one by one ("Three people were shot … Another man was shot …").
  const base = pool.filter((c) => !(c as { additive?: boolean }).additive);
  const more = pool.filter((c) => (c as { additive?: boolean }).additive).reduce((a, c) => a + pointOf(c), 0);
  if (!base.length) return { low: more, best: more, high: more, conservative: more, onlyMore: true };
  // "Three people were killed …; a fourth died": an ordinal person one past the figure is one more.
  const top = Math.max(...base.map(pointOf));
  const extra = top <= 1 ? more : pool.some((c) => (c as { ordinal?: number }).ordinal === top + 1) ? 1 : 0;
  pool = base;
  const pref = pool.filter(neutral);
  const bestPool = pref.length ? pref : pool;
  const best = Math.max(...bestPool.map(pointOf)) + extra;
  // The most conservative figure any report gives (a denial counts only when nothing else is said).
  const positive = pool.filter((c) => !c.negated);
  const conservative = Math.min(...(positive.length ? positive : pool).map(pointOf)) + extra;
  // A vague figure's range is its conventional point ("dozens": 12), as ACLED codes it.
  const lowOf = (c: Claim) => c.conventional !== undefined ? pointOf(c) : c.low ?? pointOf(c);
  const highOf = (c: Claim) => c.conventional !== undefined ? pointOf(c) : c.high ?? pointOf(c);
  return { low: Math.min(...pool.map(lowOf)) + extra, best, high: Math.max(...pool.map(highOf)) + extra, conservative };
}

const keyOf = (c: GroupClaim) => c.partyKey ?? `${c.party.kind}:${c.party.country ?? ''}`;
const sameSentence = (a: Claim, b: Claim) => a.quote.start === b.quote.start && a.quote.text === b.quote.text;

/**
 * The group key of each claim of one outcome. A figure whose party has no side ("13 soldiers were
 * captured") that repeats, in another sentence, the figure of one side's people of the same kind
 * ("13 Armenian servicemen were captured") is that side's figure told again, not more people: it
 * joins that side's group. Ambiguous repeats (both sides gave the figure) stay apart.
 */
export function groupKeys(claims: GroupClaim[]): Map<GroupClaim, string> {
  const keys = new Map<GroupClaim, string>();
  for (const c of claims) keys.set(c, keyOf(c));
  for (const c of claims) {
    const kind = c.party.kind;
    if (c.party.country || kind === 'civilians' || kind === 'unknown' || c.negated) continue;
    const named = new Set<string>();
    for (const x of claims) {
      if (x.party.country && x.party.kind === kind && x.outcome === c.outcome && !x.negated && pointOf(x) === pointOf(c) && !sameSentence(x, c)) named.add(keys.get(x)!);
    }
    if (named.size === 1) keys.set(c, [...named][0]!);
  }
  return keys;
}

/**
 * The key of civilians' figures when the claims name the civilians of two or more countries ("24 of
 * its people died", said Kyrgyzstan; "15 of their citizens", said the Tajiks): each country's people
 * are a party of their own, and their figures add. Else every civilian figure is one party's (null).
 */
function civiliansByCountry(claims: GroupClaim[]): ((c: GroupClaim) => string | null) | null {
  const civ = (c: GroupClaim) => (c.party.kind === 'civilians' || c.party.kind === 'unknown') && keyOf(c) === 'civilians';
  const countries = new Set(claims.filter((c) => civ(c) && c.party.country && !c.negated).map((c) => c.party.country));
  if (countries.size < 2) return null;
  return (c) => civ(c) && c.party.country ? `civilians:${c.party.country}` : null;
}

function groups(claims: GroupClaim[], outcome: string, byCountry: ReturnType<typeof civiliansByCountry>): Map<string, Group> {
  const by = new Map<string, GroupClaim[]>();
  const mine = claims.filter((c) => c.outcome === outcome && !(c.low === null && c.high === null));
  // Most events have no side-less figure of a side's kind: no re-keying to do.
  const keys = mine.some((c) => !c.party.country && c.party.kind !== 'civilians' && c.party.kind !== 'unknown') ? groupKeys(mine) : null;
  // "23 people were killed, police said … the militants said they had killed 40 soldiers": an
  // enemy's figure of one side's dead is a rival account of the toll that a neutral source gives
  // for everyone ("people", not people of a side the lexicon does not know), not more dead.
  const everyone = mine.find((c) => c.party.kind === PEOPLE.kind && c.party.name === PEOPLE.name && !c.negated && neutral(c));
  for (const c of mine) {
    const k = byCountry?.(c) ?? (everyone && c.party.kind !== 'unknown' && !neutral(c) && !MORE_DEAD.test(c.quote.text) ? keyOf(everyone) : keys?.get(c) ?? keyOf(c));
    by.set(k, [...(by.get(k) ?? []), c]);
  }
  const out = new Map<string, Group>();
  for (const [k, cs] of by) out.set(k, summarize(cs));
  // A side-less toll beside each country's people's ("nearly 100 people" beside "59 on its side" and
  // "35 of their citizens") is the overall figure, not more dead: the larger account stands.
  const all = byCountry ? out.get('civilians') : undefined;
  const sided = all ? [...out.keys()].filter((k) => k.startsWith('civilians:')) : [];
  if (all && sided.length) {
    const sidedBest = sided.reduce((a, k) => a + out.get(k)!.best, 0);
    if (all.best <= sidedBest) out.delete('civilians');
    else for (const k of sided) out.delete(k);
  }
  return out;
}

const EMPTY: Range = { low: null, best: null, high: null };

function sum(gs: Iterable<Group>): Range {
  let any = false, low = 0, best = 0, high = 0;
  for (const g of gs) { any = true; low += g.low; best += g.best; high += g.high; }
  return any ? { low, best, high } : { ...EMPTY };
}

/** Adds `extra` to high only (figures that might be this outcome). */
function widen(r: Range, extra: number): Range {
  if (extra <= 0) return r;
  if (r.high === null) return { low: 0, best: 0, high: extra };
  return { ...r, high: r.high + extra };
}

/**
 * Headline figures fill in what the text does not say: a headline is a report too ("Boy who was shot
 * has died", "3 dead in quintuple shooting"), but it has no offsets into the text, so its figures are
 * used only for outcomes on which the text gives no positive figure. Returns the claims to total.
 */
export function withHeadline(claims: GroupClaim[], headline: GroupClaim[]): { claims: GroupClaim[]; used: boolean } {
  const has = (o: string) => claims.some((c) => c.outcome === o && (c.high ?? c.low ?? 0) > 0 && !c.negated);
  const hurt = (o: string) => o === 'killed' || o === 'wounded' || o === 'killed_or_wounded';
  const add = headline.filter((c) => hurt(c.outcome) && (c.high ?? c.low ?? 0) > 0 && !c.negated && !has(c.outcome)
    // people shot, per the headline, only when the text has no figure of the hurt at all
    && (c.outcome !== 'killed_or_wounded' || !claims.some((x) => hurt(x.outcome) && (x.high ?? x.low ?? 0) > 0)));
  return add.length ? { claims: [...claims, ...add], used: true } : { claims, used: false };
}

/** Are party k's wounded, each one more person ("a woman was also wounded"), told after its first people shot (`shot` of them), one past them? */
function moreAfterShot(claims: GroupClaim[], k: string, shot: number): boolean {
  const of = (o: string) => claims.filter((c) => c.outcome === o && keyOf(c) === k && !c.negated);
  const first = Math.min(...of('killed_or_wounded').map((c) => c.quote.start));
  return of('wounded').every((c) => c.quote.start >= first && (shot <= 1 || (c as { ordinal?: number }).ordinal === shot + 1));
}

export function computeTotals(all: GroupClaim[]): TotalsResult {
  const claims = withoutBreakdowns(all);
  // Whose people a civilian figure counts, read once for every outcome's groups.
  const byCountry = civiliansByCountry(claims);
  const killedG = groups(claims, 'killed', byCountry);
  const woundedG = groups(claims, 'wounded', byCountry);
  const kow = groups(claims, 'killed_or_wounded', byCountry);
  const kom = groups(claims, 'killed_or_missing', byCountry);
  // A single person reported hurt ("found the victim suffering from a gunshot wound") in a party
  // whose dead are reported is taken to be one of the dead, not one more wounded.
  // Not a person told apart from the dead: in the sentence that tells them ("a trader was killed and a
  // girl was wounded": two noun phrases, two people), or "also" hurt ("the shooting also injured a guard").
  // A pronoun ("where she died") names someone already told.
  const named = (c: GroupClaim) => {
    const at = (c as { npAt?: number }).npAt;
    return at !== undefined && !PRONOUN.test(c.quote.text.slice(at - c.quote.start));
  };
  const apart = (w: GroupClaim) => {
    const at = (w as { npAt?: number }).npAt;
    return (w as { afterDead?: boolean }).afterDead || named(w) && claims.some((c) => c.outcome === 'killed' && c.quote.start === w.quote.start && !c.negated && named(c) && (c as { npAt?: number }).npAt !== at)
      || ALSO.test(w.quote.text.slice(0, Math.max(0, ((w as { at?: number }).at ?? w.quote.start) - w.quote.start)));
  };
  for (const [k, dead] of killedG) {
    if (!dead.best) continue;
    const ws = claims.filter((c) => c.outcome === 'wounded' && (c.partyKey ?? '') === k && !c.negated);
    if (ws.length && ws.every((c) => (c as { singular?: boolean }).singular && !(c as { additive?: boolean }).additive && !apart(c))) woundedG.delete(k);
  }
  // People shot (or "casualties") and not reported dead are wounded, per party.
  for (const [k, g] of kow) {
    const dead = killedG.get(k);
    const w = woundedG.get(k);
    const rest = Math.max(0, g.best - (dead?.best ?? 0));
    if (!w) { woundedG.set(k, { low: Math.max(0, g.low - (dead?.high ?? 0)), best: rest, high: Math.max(0, g.high - (dead?.low ?? 0)), conservative: rest }); }
    // "Jamia was shot in the wrist, and a woman was also wounded", "Two men were shot … a third man
    // was also injured": one more hurt than the one person shot or than the people an ordinal follows
    // (a plural figure already counts the people then told one by one, as in summarize). Only after
    // them: "after another teen was injured … the victim was rushed to hospital" is no one more.
    else if (w.onlyMore && moreAfterShot(claims, k, g.best)) woundedG.set(k, { low: Math.max(0, g.low - (dead?.high ?? 0)) + w.low, best: rest + w.best, high: Math.max(0, g.high - (dead?.low ?? 0)) + w.high, conservative: rest + w.conservative });
    else if (rest > w.best) woundedG.set(k, { ...w, best: rest, high: Math.max(w.high, rest) });
  }
  let killed = sum(killedG.values());
  const wounded = sum(woundedG.values());
  let missing = sum(groups(claims, 'missing', byCountry).values());
  const komHigh = [...kom.values()].reduce((a, g) => a + g.high, 0);
  killed = widen(killed, komHigh);
  missing = widen(missing, komHigh);
  const kowOnly = [...kow.entries()].filter(([k]) => !killedG.has(k)).reduce((a, [, g]) => a + g.high, 0);
  killed = widen(killed, kowOnly);
  const captured = sum(groups(claims, 'captured', byCountry).values());
  const fatalities = killedG.size ? [...killedG.values()].reduce((a, g) => a + g.conservative, 0) : null;
  return { totals: { killed, wounded, missing, captured }, fatalities };
}
