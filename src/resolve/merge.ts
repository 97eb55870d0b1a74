import type { Actor, Event, Place, Span } from '../record/schema.ts';
import type { TotalsRule } from '../store/types.ts';
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
 * type by majority; the most precise date and place; actors by majority; every claim of every article
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

  const actor1 = pickActor(reports.map((r) => r.event.actor1));
  const actor2 = pickActor(reports.map((r) => r.event.actor2));
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
  return ev;
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
