import type { Article, Event } from '../record/schema.ts';
import { extractTerms } from './terms.ts';

/** What a report and an event both have: kind, when and where. */
interface SignatureBase {
  background: boolean;
  type: string;
  sub: string;
  /** Event date range as day numbers (days since 1970-01-01); from the article's date when the event has none. */
  d0: number | null;
  d1: number | null;
  /** UCDP date precision 1..5 (5 when only the publication date was known). */
  dp: number;
  lat: number | null;
  lon: number | null;
  /** UCDP where_prec 1..7, null without a place. */
  wp: number | null;
}

/** What the merge compares of one report (one event as one article tells it). Kept small: stored as JSON. */
export interface ReportSignature extends SignatureBase {
  /** Publication day of the article: a second, independent clue to when (extracted dates can be wrong). */
  pub: number | null;
  iso3: string | null;
  admin1: string | null;
  place: string | null;
  actors: string[];
  killed: number | null;
  wounded: number | null;
  /** Distinctive terms of the article (see terms.ts). */
  terms: string[];
}

/** The merged view of an event's reports that a new report is compared with. */
export interface EventSignature extends SignatureBase {
  /** First and last publication day of its articles. */
  p0: number | null;
  p1: number | null;
  iso3s: string[];
  admin1s: string[];
  places: string[];
  actors: string[];
  killed: number[];
  wounded: number[];
  /** term → number of reports that have it. */
  terms: Record<string, number>;
  /** The terms of the first reports, each apart: text is compared report to report, so that a
   *  growing event does not swallow everything that shares a word with one of its articles. */
  members: string[][];
  n: number;
}

const DAY = 86_400_000;
export function dayNumber(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(t) ? null : Math.floor(t / DAY);
}
export function dayString(n: number | null): string | null {
  return n === null ? null : new Date(n * DAY).toISOString().slice(0, 10);
}

export const norm = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return t || null;
};

/** Generic actor words say nothing about identity ("police", "gunman", an unidentified armed group of
 *  any country: extract/actors.ts GENERIC_GROUP, which sides.ts gives every one-sided act whose doer
 *  no one names): only named actors are compared. (Not imported: the server reads signatures without
 *  loading the extractor's lexicons.) */
const GENERIC_ACTOR = /^(unknown|unidentified|unidentified armed group( .+)?|(an? )?(gunm[ae]n|shooters?|suspects?|attackers?|assailants?|police|civilians?|people|residents?|men|women|man|woman|victims?|protesters?|rioters?|soldiers?|troops?|forces?|militants?|rebels?))$/;

export function reportSignature(article: Pick<Article, 'title' | 'text' | 'published'>, event: Event, terms?: string[]): ReportSignature {
  const pub = dayNumber(article.published);
  let d0 = dayNumber(event.date?.start);
  let d1 = dayNumber(event.date?.end) ?? d0;
  let dp = event.date?.precision ?? 5;
  if (d0 === null && d1 !== null) d0 = d1;
  if (d0 === null) {
    // No event date: the publication date bounds it (news is of the last days), imprecisely.
    d0 = pub;
    d1 = pub;
    dp = 5;
  }
  const loc = event.location;
  const actors = [event.actor1, event.actor2, ...(event.associatedActors ?? [])]
    .map((a) => norm(a?.name))
    .filter((n): n is string => !!n && !GENERIC_ACTOR.test(n));
  return {
    background: !!event.background,
    type: event.eventType,
    sub: event.subEventType,
    d0, d1, dp,
    pub,
    lat: loc?.latitude ?? null,
    lon: loc?.longitude ?? null,
    wp: loc ? loc.precision : null,
    iso3: loc?.iso3 ?? null,
    admin1: norm(loc?.admin1),
    place: norm(loc?.name),
    actors: [...new Set(actors)],
    killed: event.totals?.killed?.best ?? null,
    wounded: event.totals?.wounded?.best ?? null,
    terms: terms ?? extractTerms(article.title, article.text),
  };
}

const MAX_EVENT_TERMS = 400;
const MAX_MEMBERS = 12;
/** Days an event's publication range may span (see MERGE.pubSpan). */
const PUB_SPAN = 3;

/** How many of the reports have each term, in order of first appearance. */
export function termCounts(reports: ReportSignature[], into = new Map<string, number>()): Map<string, number> {
  for (const r of reports) for (const t of r.terms) into.set(t, (into.get(t) ?? 0) + 1);
  return into;
}

/**
 * The `max` most frequent terms, most frequent first, ties in the map's order: what a stable sort by
 * count would give, by buckets of counts (counts are at most the number of reports), as an event
 * growing by one report at a time would otherwise sort all its terms again at every join.
 */
function mostFrequent(counts: Map<string, number>, max: number): [string, number][] {
  const buckets: string[][] = [];
  for (const [t, c] of counts) (buckets[c] ??= []).push(t);
  const out: [string, number][] = [];
  for (let c = buckets.length - 1; c > 0 && out.length < max; c--) {
    for (const t of buckets[c] ?? []) {
      if (out.length === max) break;
      out.push([t, c]);
    }
  }
  return out;
}

/**
 * The event's view from its reports; recomputed whenever a report joins or leaves. `counts`: the
 * reports' termCounts when the caller keeps them up to date as reports join (an event of n
 * reports would otherwise count n reports' terms again at every join).
 */
export function eventSignature(reports: ReportSignature[], counts?: Map<string, number>): EventSignature {
  if (!reports.length) throw new Error('an event needs at least one report');
  const subs = new Map<string, number>();
  const terms = counts ?? termCounts(reports);
  let d0: number | null = null, d1: number | null = null, dp = 5;
  let best: ReportSignature | null = null;
  let p0: number | null = null, p1: number | null = null;
  const iso3s = new Set<string>(), admin1s = new Set<string>(), places = new Set<string>(), actors = new Set<string>();
  const killed = new Set<number>(), wounded = new Set<number>();
  for (const r of reports) {
    subs.set(r.sub, (subs.get(r.sub) ?? 0) + 1);
    if (r.pub !== null && r.pub !== undefined) {
      p0 = p0 === null ? r.pub : Math.min(p0, r.pub);
      p1 = p1 === null ? r.pub : Math.max(p1, r.pub);
    }
    // The most precise date wins; among equally precise ones, the first report's.
    if (r.d0 !== null && (r.dp < dp || d0 === null)) { d0 = r.d0; d1 = r.d1; dp = r.dp; }
    if (r.wp !== null && r.lat !== null && (!best || best.wp === null || r.wp < best.wp)) best = r;
    if (r.iso3) iso3s.add(r.iso3);
    if (r.admin1) admin1s.add(r.admin1);
    if (r.place) places.add(r.place);
    r.actors.forEach((a) => actors.add(a));
    if (r.killed !== null) killed.add(r.killed);
    if (r.wounded !== null) wounded.add(r.wounded);
  }
  // Follow-up reports must not stretch the event's time window on and on (chaining unrelated events).
  if (p0 !== null && p1 !== null) p1 = Math.min(p1, p0 + PUB_SPAN);
  const sub = [...subs.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const first = reports.find((r) => r.sub === sub)!;
  // A single report's terms (each counted once) are in order already.
  const topTerms = reports.length === 1 && terms.size <= MAX_EVENT_TERMS ? terms : mostFrequent(terms, MAX_EVENT_TERMS);
  return {
    background: reports.every((r) => r.background),
    type: first.type,
    sub,
    d0, d1, dp,
    p0, p1,
    lat: best?.lat ?? null,
    lon: best?.lon ?? null,
    wp: best?.wp ?? null,
    iso3s: [...iso3s], admin1s: [...admin1s], places: [...places], actors: [...actors],
    killed: [...killed], wounded: [...wounded],
    terms: Object.fromEntries(topTerms),
    members: reports.slice(0, MAX_MEMBERS).map((r) => r.terms),
    n: reports.length,
  };
}
