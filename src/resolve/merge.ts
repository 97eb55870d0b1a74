import type { Actor, Event, Place, Span } from '../record/schema.ts';
import type { TotalsRule } from './reconcile.ts';
import { contradictionsOf, totalsOf, type ClaimLike } from './reconcile.ts';
import { norm } from './signature.ts';

/** One report of an event: the event as one article tells it (its claims kept apart). */
export interface Report {
  articleId: string;
  event: Event;
}

const MAX_EVIDENCE = 4;

/**
 * The merged record of an event from its reports, first report first (docs/storage.md, "Merge rules"):
 * type by majority; the most precise date and place; the pair of sides most reports support (two
 * different actors); every claim of every article
 * with its article id; totals reconciled under `rule`; contradictions flagged.
 */
export function mergeReports(id: string, reports: Report[], claims: ClaimLike[], rule: TotalsRule = 'conservative'): Event {
  if (!reports.length) throw new Error(`event ${id} has no report`);
  const first = reports[0].event;
  const sub = majority(reports.map((r) => r.event.subEventType)) ?? first.subEventType;
  const typed = reports.find((r) => r.event.subEventType === sub)!.event;

  // Date: the most precise; among equally precise ones the one most reports give, then the earliest.
  const dated = reports.map((r) => r.event.date).filter((d) => d && (d.start || d.end));
  let date = first.date;
  if (dated.length) {
    const prec = Math.min(...dated.map((d) => d.precision));
    const top = dated.filter((d) => d.precision === prec);
    const key = majority(top.map((d) => `${d.start}|${d.end}`), (a, b) => a.localeCompare(b));
    date = top.find((d) => `${d.start}|${d.end}` === key)!;
  }

  // Place: the most precise with coordinates, then the most precise without.
  const places = reports.map((r) => r.event.location).filter((p): p is Place => !!p);
  let location: Place | null = null;
  if (places.length) {
    const withCoords = places.filter((p) => p.latitude !== null && p.longitude !== null);
    const pool = withCoords.length ? withCoords : places;
    const prec = Math.min(...pool.map((p) => p.precision));
    const top = pool.filter((p) => p.precision === prec);
    const name = majority(top.map((p) => norm(p.name) ?? ''));
    location = top.find((p) => (norm(p.name) ?? '') === name) ?? top[0];
  }

  const [actor1, actor2] = pickSides(reports, sub);
  const assoc = new Map<string, Actor>();
  for (const r of reports) for (const a of r.event.associatedActors ?? []) {
    const k = norm(a.name) ?? '';
    if (k && !assoc.has(k) && k !== norm(actor1?.name) && k !== norm(actor2?.name)) assoc.set(k, a);
  }

  const evidence: Span[] = [];
  for (const r of reports) for (const s of r.event.evidence ?? []) if (evidence.length < MAX_EVIDENCE) evidence.push(s);

  const articles: string[] = [];
  for (const r of reports) if (!articles.includes(r.articleId)) articles.push(r.articleId);

  const totals = totalsOf(claims, rule);
  const conservative = rule === 'conservative' ? totals : totalsOf(claims, 'conservative');
  const contradictions = contradictionsOf(claims);
  const ev: Event = {
    id,
    eventType: typed.eventType,
    subEventType: sub,
    background: reports.every((r) => r.event.background),
    date,
    location,
    actor1,
    actor2,
    associatedActors: [...assoc.values()],
    claims,
    totals,
    fatalities: conservative.killed.best,
    evidence,
    articles,
    contradictions,
  };
  const optional = ['assertedBy', 'mediator', 'direction', 'civilianTargeting', 'notes'] as const;
  for (const k of optional) {
    const from = reports.find((r) => r.event[k] !== undefined && r.event[k] !== null);
    if (from) (ev as Record<string, unknown>)[k] = from.event[k];
  }
  // "actor1 on actor2" only when a report says so of the sides in this order.
  if (ev.direction === 'actor1_on_actor2' && !reports.some((r) => r.event.direction === 'actor1_on_actor2' && norm(r.event.actor1?.name) === norm(actor1?.name) && norm(r.event.actor2?.name) === norm(actor2?.name))) ev.direction = 'mutual';
  return ev;
}

const named = (a: Actor | null | undefined): a is Actor => !!a && !!norm(a.name);
/** A side named only by its kind ("Military Forces", no country) may be either side of that kind. */
const generic = (a: Actor) => !a.country && a.kind !== 'unknown' && a.kind !== 'civilians';
/** Does a report's actor `a` stand for the side `s`: the same name, or a generic side of its kind? */
const fits = (a: Actor, s: Actor) => norm(a.name) === norm(s.name) || (generic(a) && !!s.country && a.kind === s.kind);

/**
 * The event's two sides. Reports can disagree (one article's actor1 is another's actor2, one names a
 * side only as "Military Forces"), and picking each end by its own majority can give one actor on
 * both ends. So the unordered pair is chosen first: among the pairs some report names, the one whose
 * sides fit most of the actors the reports name (first seen on a tie), a report typed as the event
 * (`sub`) counting double; when those reports name actors, the pair must include one of them (a
 * report typed otherwise may tell another act: the arrests in a clash's follow-up). Then its order
 * by the reports that name its sides exactly, a report that says who acted on whom ("Azerbaijani
 * forces attacked") counting three times, the first report's order on a tie. Without such a pair,
 * each end is its own majority and actor2 never repeats actor1.
 */
function pickSides(reports: Report[], sub: string): [Actor | null, Actor | null] {
  const typed = (r: Report) => (r.event.subEventType === sub ? 2 : 1);
  const ownActors = reports.filter((r) => r.event.subEventType === sub).flatMap((r) => [r.event.actor1, r.event.actor2]).filter(named);
  const pairs: [Actor, Actor][] = [];
  const seen = new Set<string>();
  for (const r of reports) {
    const { actor1: a, actor2: b } = r.event;
    if (!named(a) || !named(b) || norm(a.name) === norm(b.name)) continue;
    const k = [norm(a.name), norm(b.name)].sort().join('\u0000');
    if (seen.has(k)) continue;
    seen.add(k);
    if (!ownActors.length || ownActors.some((o) => fits(o, a) || fits(o, b))) pairs.push([a, b]);
  }
  if (!pairs.length) {
    const a1 = pickActor(reports.map((r) => r.event.actor1));
    // Not actor1 again, nor a side named only by actor1's kind ("Military Forces" beside the army of Mali).
    const a2 = pickActor(reports.map((r) => r.event.actor2).filter((a) => !a1 || !named(a) || !fits(a, a1)));
    return [a1, a2];
  }
  let best = pairs[0]!;
  let top = -1;
  for (const [x, y] of pairs) {
    let score = 0;
    for (const r of reports) for (const a of [r.event.actor1, r.event.actor2]) if (named(a) && (fits(a, x) || fits(a, y))) score += typed(r);
    if (score > top) { top = score; best = [x, y]; }
  }
  const [x, y] = best;
  const same = (a: Actor | null, s: Actor) => named(a) && norm(a.name) === norm(s.name);
  let order = 0;
  for (const r of reports) {
    const w = r.event.direction === 'actor1_on_actor2' ? 3 : 1;
    order += w * (Number(same(r.event.actor1, x)) + Number(same(r.event.actor2, y)) - Number(same(r.event.actor1, y)) - Number(same(r.event.actor2, x)));
  }
  return order < 0 ? [y, x] : [x, y];
}

function pickActor(list: (Actor | null)[]): Actor | null {
  const named = list.filter((a): a is Actor => !!a && !!norm(a.name));
  if (!named.length) return null;
  const specific = named.filter((a) => a.kind !== 'unknown');
  const pool = specific.length ? specific : named;
  const k = majority(pool.map((a) => norm(a.name)!));
  return pool.find((a) => norm(a.name) === k)!;
}

/** The most frequent value; ties go to the first seen (or to `tie` order when given). */
function majority<T>(values: T[], tie?: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n || (c === n && tie && best !== undefined && tie(v, best) < 0)) {
      best = v;
      n = c;
    }
  }
  return best;
}
