import type { Claim, Contradiction, Outcome, Range, Totals } from '../record/schema.ts';
import { withoutBreakdowns } from '../record/breakdowns.ts';
import { isStateVoice } from '../record/voices.ts';
import { norm } from './signature.ts';

/**
 * Reconciling the figures of one event (docs/storage.md, "Reconciliation rules").
 *
 * 0. A breakdown ("five children were among those killed") covered by a figure of its outcome at
 *    least as large, from any article, is left out: it is part of that figure.
 * 1. Claims are grouped by party (whose people) and outcome; a figure about a side-less party of
 *    one kind ("13 soldiers") that repeats one side's figure of that kind and outcome joins that side.
 * 2. Within a group, each claimant (who asserts the figure; the outlet's own voice is its own
 *    claimant; a state's government, army and ministries are one claimant) counts once: its running
 *    totals supersede its other figures, else its highest figure stands (tolls are revised upwards
 *    as bodies are found).
 * 3. A claimant's figure is a range: exact n → n..n; about n → n..n; at least n → n..∞; at most n → 0..n;
 *    a range keeps its ends; a denial → 0..0; vague figures ("dozens") keep their low end.
 * 4. The group's range: low = the lowest low, high = the highest high; best by the rule:
 *    `conservative` (after ACLED) the lowest claimant figure (a denial only when no figure is given), `best` (after UCDP's best estimate)
 *    the figure of an unhedged claim in the outlet's own or a third party's voice when there is one,
 *    else the median of the claimants' figures.
 * 5. Totals per outcome add the groups of the different parties, except competing accounts of the
 *    same victims (a state's forces' "N militants" and another claimant's "M civilians", see
 *    foldContested), which are alternatives; a group about unspecified people
 *    ("12 people were killed") stands for all of them when its figure is at least the sum of the others.
 * 6. A contradiction is two claimants of one group whose ranges do not overlap (beyond a tolerance of
 *    10% or 1), e.g. two defence ministries on the other side's dead.
 */

/** How `totals` are derived from the claims of an event (see docs/storage.md). */
export type TotalsRule = 'conservative' | 'best';

export interface ClaimLike extends Claim {
  articleId?: string | null;
}

interface ClaimantFigure {
  /** Who asserts it, as one voice (claimantKey): '' for the report's own voice. */
  key: string;
  claimant: string | null;
  low: number;
  high: number | null;
  best: number;
  neutral: boolean;
  hedged: boolean;
  /** Every claim of this claimant is a denial ("no casualties were reported"). */
  denial: boolean;
  claims: ClaimLike[];
}

export interface Group {
  party: string;
  partyKind: string;
  outcome: Outcome;
  claims: ClaimLike[];
  figures: ClaimantFigure[];
  range: Range;
}

export const TOTAL_OUTCOMES = ['killed', 'wounded', 'missing', 'captured'] as const;

export function partyKey(c: Claim): string {
  return norm(c.party?.name) ?? c.party?.kind ?? 'unknown';
}

function claimRange(c: Claim): { low: number; high: number | null } | null {
  if (c.negated) return { low: 0, high: 0 };
  const lo = c.low, hi = c.high;
  if (lo === null && hi === null) return null;
  // "dozens": ACLED's conventional point (12), not the floor its words assert (24).
  if (c.conventional !== undefined) return { low: c.conventional, high: c.conventional };
  switch (c.qualifier) {
    case 'at_least': return { low: lo ?? hi!, high: null };
    case 'at_most': return { low: 0, high: hi ?? lo! };
    case 'range': return { low: lo ?? 0, high: hi ?? lo };
    default: return { low: lo ?? hi!, high: hi ?? lo };
  }
}

/** A claimant is neutral when it is the outlet itself or a party other than the one whose people are counted. */
function isNeutral(c: Claim): boolean {
  if (!c.claimedBy) return true;
  if (c.claimedBy.country && c.party?.country && c.claimedBy.country !== c.party.country) return false;
  return !['military', 'state', 'government', 'rebel', 'militia', 'identity_militia', 'official'].includes(c.claimedBy.kind);
}

/**
 * Who asserts a figure, as one voice: a state's ministries, army, government and capital ("Armenia",
 * "Armenia's defence ministry", "Yerevan") are one claimant, so its later running total ("had risen
 * to six") supersedes its earlier figure instead of standing beside it as another claimant's.
 */
function claimantKey(c: Claim): string {
  const by = c.claimedBy;
  // Police stay their own voice here: a police toll and the ministry's are often counted apart.
  if (by?.country && isStateVoice(by.kind) && by.kind !== 'police') return `state:${by.country}`;
  return norm(by?.name) ?? '';
}

const sameSentence = (a: ClaimLike, b: ClaimLike) => (a.articleId ?? null) === (b.articleId ?? null) && a.quote?.start === b.quote?.start && a.quote?.text === b.quote?.text;
const sameFigure = (a: Claim, b: Claim) => !!a.negated === !!b.negated && a.low === b.low && a.high === b.high;

/**
 * The party key of each claim. A figure whose party has no side ("13 soldiers captured by
 * Azerbaijani forces") repeating the same figure and outcome given for one side's people of the
 * same kind ("13 Armenian servicemen had been captured"), in another sentence or article, is that
 * side's figure told again: it joins that side's group instead of adding to the total. When both
 * sides gave that figure the repeat is ambiguous and stays apart.
 */
function partyKeys(claims: ClaimLike[]): Map<ClaimLike, string> {
  const keys = new Map<ClaimLike, string>();
  for (const c of claims) keys.set(c, partyKey(c));
  for (const c of claims) {
    const kind = c.party?.kind;
    if (!kind || c.party.country || kind === 'civilians' || kind === 'unknown' || c.negated) continue;
    const named = new Set<string>();
    for (const x of claims) {
      if (x.party?.country && x.party.kind === kind && x.outcome === c.outcome && sameFigure(x, c) && !sameSentence(x, c)) named.add(keys.get(x)!);
    }
    if (named.size === 1) keys.set(c, [...named][0]!);
  }
  // A figure that disputes another of its article (extract/claims/refiners/disputes.ts) counts the
  // same dead: it joins the disputed figure's group, as a rival account.
  for (const c of claims) {
    if (!c.disputes) continue;
    const x = claims.find((y) => y !== c && y.outcome === c.outcome && y.articleId === c.articleId && y.quote.start === c.disputes!.start && !y.disputes);
    if (x) keys.set(c, keys.get(x)!);
  }
  return keys;
}

export function groupClaims(claims: ClaimLike[], rule: TotalsRule): Group[] {
  const groups = new Map<string, ClaimLike[]>();
  const keys = partyKeys(claims);
  for (const c of claims) {
    const k = keys.get(c)! + '\u0000' + c.outcome;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const out: Group[] = [];
  for (const list of groups.values()) {
    const byClaimant = new Map<string, ClaimLike[]>();
    for (const c of list) {
      const k = claimantKey(c);
      const g = byClaimant.get(k);
      if (g) g.push(c);
      else byClaimant.set(k, [c]);
    }
    const figures: ClaimantFigure[] = [];
    for (const [k, cs] of byClaimant) {
      const running = cs.filter((c) => c.runningTotal);
      let chosen: { low: number; high: number | null } | null = null;
      for (const c of running.length ? running : cs) {
        const r = claimRange(c);
        if (r && (!chosen || r.low > chosen.low)) chosen = r;
      }
      if (!chosen) continue;
      figures.push({
        key: k,
        claimant: k ? cs.find((c) => c.claimedBy?.name)?.claimedBy?.name ?? k : null,
        low: chosen.low,
        high: chosen.high,
        best: chosen.low,
        neutral: cs.every(isNeutral),
        hedged: cs.every((c) => !!c.hedged),
        denial: cs.every((c) => !!c.negated),
        claims: cs,
      });
    }
    // The group is named after a claim of its own party (a folded repeat has no side of its own).
    const first = list.find((c) => keys.get(c) === partyKey(c)) ?? list[0];
    out.push({
      party: first.party?.name ?? 'unknown',
      partyKind: first.party?.kind ?? 'unknown',
      outcome: first.outcome,
      claims: list,
      figures,
      range: groupRange(figures, rule),
    });
  }
  return out;
}

function groupRange(figures: ClaimantFigure[], rule: TotalsRule): Range {
  if (!figures.length) return { low: null, best: null, high: null };
  const low = Math.min(...figures.map((f) => f.low));
  const high = figures.some((f) => f.high === null) ? null : Math.max(...figures.map((f) => f.high!));
  let best: number;
  // A denial is the conservative figure only when no claimant gives one ("no casualties were
  // reported" in one article does not erase another's six dead; the contradiction is flagged).
  const given = figures.filter((f) => !f.denial);
  if (rule === 'conservative') best = Math.min(...(given.length ? given : figures).map((f) => f.best));
  else {
    const trusted = figures.filter((f) => f.neutral && !f.hedged);
    const pool = trusted.length ? trusted : figures.filter((f) => !f.hedged).length ? figures.filter((f) => !f.hedged) : figures;
    const sorted = pool.map((f) => f.best).sort((a, b) => a - b);
    best = sorted[Math.floor((sorted.length - 1) / 2)];
  }
  return { low, best, high: high === null ? null : Math.max(high, best) };
}

const GENERIC_KINDS = new Set(['unknown', 'group', 'civilians']);
const GENERIC_PARTY = /^(people|persons|unknown|victims|others|residents|individuals|total)$/;

export function totalsOf(claims: ClaimLike[], rule: TotalsRule): Totals {
  const groups = groupClaims(withoutBreakdowns(claims), rule);
  const totals = {} as Totals;
  for (const outcome of TOTAL_OUTCOMES) {
    const gs = groups.filter((g) => g.outcome === outcome && g.range.best !== null);
    totals[outcome] = sumGroups(foldContested(gs, rule));
  }
  return totals;
}

const ARMED_KINDS = new Set(['rebel', 'militia', 'identity_militia']);

/**
 * Contested identity: the same dead told as different people. A state's forces say they killed N
 * militants; another claimant says they killed M civilians (the army of Mali on Moura, 2022: 203
 * "terrorists"; Human Rights Watch: about 300 civilians). When no claimant gives both figures, the
 * two are competing accounts, not two sets of victims to add: they become one group whose range
 * spans both (low = the lower, high = the higher) and whose best follows the rule (conservative:
 * the lower; best: the civilians' figure when its claimant is neutral, as a third party's is).
 * The pair is also reported by contradictionsOf.
 */
function contestedPairs(gs: Group[]): [Group, Group][] {
  const claimants = (g: Group) => new Set(g.figures.map((f) => f.key));
  const out: [Group, Group][] = [];
  for (const armed of gs) {
    if (!ARMED_KINDS.has(armed.partyKind)) continue;
    // The armed party's figure comes only from a state's voice: the forces that did the killing.
    if (!armed.figures.length || !armed.figures.every((f) => f.claims.every((c) => !!c.claimedBy && isStateVoice(c.claimedBy.kind)))) continue;
    for (const civ of gs) {
      if (civ.partyKind !== 'civilians' || !civ.figures.length) continue;
      const a = claimants(armed), b = claimants(civ);
      if ([...a].some((k) => b.has(k))) continue;
      out.push([armed, civ]);
    }
  }
  return out;
}


function foldContested(gs: Group[], rule: TotalsRule): Group[] {
  const pairs = contestedPairs(gs);
  if (!pairs.length) return gs;
  const [armed, civ] = pairs[0]!;
  const figures = [...armed.figures, ...civ.figures];
  const range = groupRange(figures, rule);
  if (rule === 'best') {
    const neutralCiv = civ.figures.filter((f) => f.neutral && !f.hedged);
    if (neutralCiv.length) range.best = Math.max(...neutralCiv.map((f) => f.best));
    if (range.high !== null && range.best! > range.high) range.high = range.best;
  }
  const merged: Group = { ...civ, claims: [...armed.claims, ...civ.claims], figures, range };
  return foldContested([...gs.filter((g) => g !== armed && g !== civ), merged], rule);
}

function sumGroups(gs: Group[]): Range {
  if (!gs.length) return { low: null, best: null, high: null };
  const generic = gs.filter((g) => GENERIC_KINDS.has(g.partyKind) && GENERIC_PARTY.test(norm(g.party) ?? 'unknown'));
  const specific = gs.filter((g) => !generic.includes(g));
  const add = (list: Group[]): Range => ({
    low: list.reduce((s, g) => s + (g.range.low ?? 0), 0),
    best: list.reduce((s, g) => s + (g.range.best ?? 0), 0),
    high: list.some((g) => g.range.high === null) ? null : list.reduce((s, g) => s + (g.range.high ?? 0), 0),
  });
  const spec = add(specific);
  if (generic.length) {
    // The largest "people" figure is the event's whole toll when it covers the named parties.
    const g = generic.reduce((a, b) => ((b.range.best ?? 0) > (a.range.best ?? 0) ? b : a));
    if (!specific.length || (g.range.best ?? 0) >= (spec.best ?? 0)) return g.range;
  }
  return spec;
}

/** Two claimants whose ranges for one party and outcome cannot both be true. */
export function contradictionsOf(claims: ClaimLike[]): Contradiction[] {
  const out: Contradiction[] = [];
  // "Five children were among those killed" is part of another figure, not a rival one.
  const groups = groupClaims(withoutBreakdowns(claims), 'conservative');
  for (const outcome of TOTAL_OUTCOMES) {
    for (const [armed, civ] of contestedPairs(groups.filter((g) => g.outcome === outcome && g.range.best !== null))) {
      const say = (g: Group) => g.figures.map((f) => `${describe(f)} ${g.party.toLowerCase()}`).join(', ');
      out.push({
        party: `${armed.party} / ${civ.party}`,
        outcome,
        claims: contradictionClaims([...armed.figures, ...civ.figures]),
        note: `who was ${outcome}: ${say(armed)}; ${say(civ)} (competing accounts of the same victims: not added up)`,
      });
    }
  }
  for (const g of groups) {
    const fs = g.figures;
    let clash: [ClaimantFigure, ClaimantFigure] | null = null;
    for (let i = 0; i < fs.length && !clash; i++) {
      for (let j = i + 1; j < fs.length && !clash; j++) {
        if (disjoint(fs[i], fs[j])) clash = [fs[i], fs[j]];
      }
    }
    if (!clash) continue;
    out.push({
      party: g.party,
      outcome: g.outcome,
      claims: contradictionClaims(g.figures),
      note: `${g.party} ${g.outcome}: ${describe(clash[0])}, ${describe(clash[1])}`,
    });
  }
  return out;
}

/** "Human Rights Watch says 300", "… says at least 40", "… says 10–12". */
function describe(f: ClaimantFigure): string {
  return `${f.claimant ?? 'the report'} says ${f.high === f.low ? f.low : f.high === null ? `at least ${f.low}` : `${f.low}–${f.high}`}`;
}

/** Every claim behind the figures, with its claimant and article. */
function contradictionClaims(figures: ClaimantFigure[]): Contradiction['claims'] {
  return figures.flatMap((f) => f.claims.map((c) => ({ claimedBy: c.claimedBy?.name ?? null, low: c.low, high: c.high, articleId: c.articleId ?? null })));
}

function disjoint(a: ClaimantFigure, b: ClaimantFigure): boolean {
  const [lo, hi] = a.low <= b.low ? [a, b] : [b, a];
  if (lo.high === null) return false; // "at least n" never contradicts a higher figure
  const tol = Math.max(1, Math.round(hi.low * 0.1));
  return hi.low - lo.high > tol;
}
