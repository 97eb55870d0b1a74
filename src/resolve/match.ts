import type { EventSignature, ReportSignature } from './signature.ts';

/**
 * Scoring a report against a candidate event. Rules (docs/storage.md, "Merge rules"):
 * hard vetoes first (background vs current, dates too far apart for their precision, different
 * countries or admin-1 regions, places too far apart for their precision), then a sum of evidence:
 * date closeness, place, type, figures, named actors and the rare terms both articles share.
 * A report joins the best-scoring candidate at or above `threshold`, else it starts a new event.
 */
export const MERGE = {
  /** Days of tolerance beyond the date range, by date precision (UCDP date_prec 1..5). Precision 5
   *  is also what a report gets when only its publication date is known: reports follow events by days. */
  window: [0, 3, 7, 10, 31, 7] as number[],
  /** Kilometres beyond which two places cannot be one event, by the coarser where_prec 1..7. */
  radiusKm: [0, 30, 60, 120, 400, Infinity, Infinity, Infinity] as number[],
  wDate: 1.0,
  wPlaceNear: 1.0,
  wCountryDiff: -2.0,
  /** Places in two countries this close may be the two sides of one border event. */
  borderKm: 150,
  wAdmin1Diff: -1.0,
  wFar: -1.0,
  wPlaceName: 0.5,
  wSameSub: 0.4,
  wSameType: 0.2,
  wOtherType: -0.6,
  wFigureSame: 0.4,
  wFigureDiff: -0.3,
  wActor: 0.5,
  wText: 7.0,
  threshold: 1.4,
  /** Distinctive terms (a name, a street) the report must share with an article of the event. */
  minRareShared: 2,
  /** A term is distinctive when its idf is at least this share of the highest possible. */
  rareShare: 0.7,
  /** Least text similarity (0..1) for any merge. */
  minText: 0.12,
  /** Days an event's publication range may span for matching: follow-ups must not chain an event on for weeks. */
  pubSpan: 3,
};

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

export interface TermStats {
  /** Articles stored so far (the corpus the frequencies come from). */
  n: number;
  df: Map<string, number>;
}

export function idf(stats: TermStats, term: string): number {
  const df = stats.df.get(term) ?? 0;
  return Math.max(0, Math.log((stats.n + 20) / (df + 1)));
}

/** How far, in days, a side with this date precision reaches beyond its date range. */
export function reachDays(dp: number): number {
  return MERGE.window[Math.min(5, Math.max(1, dp))];
}

type Dated = { d0: number | null; d1: number | null; dp: number; pub?: number | null; p0?: number | null; p1?: number | null };

/** The days around a side's event dates within which it can match (null without event dates). */
export function dateReach(sig: Dated): [number, number] | null {
  return sig.d0 === null ? null : [sig.d0 - reachDays(sig.dp), (sig.d1 ?? sig.d0) + reachDays(sig.dp)];
}

/** The days around a side's publication days within which it can match (null without them). */
export function pubReach(sig: Dated): [number, number] | null {
  const p0 = sig.p0 ?? sig.pub ?? null, p1 = sig.p1 ?? sig.pub ?? null;
  return p0 === null || p1 === null ? null : [p0 - MERGE.window[5], p1 + MERGE.window[5]];
}

/** Both reaches: kept apart, since an event dated years before its report must not block all the years between. */
export function reaches(sig: Dated): [number, number][] {
  return [dateReach(sig), pubReach(sig)].filter((r): r is [number, number] => r !== null);
}

/** Days between two ranges (0 when they overlap), or null when a side has none. */
function gapDays(a0: number | null, a1: number | null, b0: number | null, b1: number | null): number | null {
  if (a0 === null || b0 === null) return null;
  return Math.max(0, a0 - (b1 ?? b0), b0 - (a1 ?? a0));
}

function haversineKm(la1: number, lo1: number, la2: number, lo2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((la2 - la1) * r) / 2) ** 2 + Math.cos(la1 * r) * Math.cos(la2 * r) * Math.sin(((lo2 - lo1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface MatchScore {
  score: number;
  vetoed: string | null;
  parts: Record<string, number>;
}

export function scoreMatch(r: ReportSignature, e: EventSignature, stats: TermStats): MatchScore {
  const parts: Record<string, number> = {};
  const veto = (why: string): MatchScore => ({ score: -Infinity, vetoed: why, parts });
  if (r.background !== e.background) return veto('background');

  // Date: the event dates, or the publication days when those are closer (an extracted date may be wrong).
  const eventGap = gapDays(r.d0, r.d1, e.d0, e.d1);
  const pubGap = gapDays(r.pub ?? null, r.pub ?? null, e.p0 ?? null, e.p1 ?? null);
  const win = reachDays(r.dp) + reachDays(e.dp);
  const pubWin = 2 * MERGE.window[5];
  const inEvent = eventGap !== null && eventGap <= win;
  const inPub = pubGap !== null && pubGap <= pubWin;
  if ((eventGap !== null || pubGap !== null) && !inEvent && !inPub) return veto('date');
  const closeness = Math.max(
    inEvent ? (eventGap === 0 ? 1 : 0.7 * (1 - eventGap! / (win + 1))) : 0,
    inPub ? (pubGap === 0 ? 0.8 : 0.6 * (1 - pubGap! / (pubWin + 1))) : 0);
  parts.date = MERGE.wDate * closeness;

  // Place: agreement is evidence; disagreement counts against but does not forbid, as places read
  // from text are sometimes wrong (a namesake town in another state).
  let place = 0;
  const km = r.lat !== null && r.lon !== null && e.lat !== null && e.lon !== null ? haversineKm(r.lat, r.lon, e.lat, e.lon) : null;
  // Two countries are no evidence against when the places are close: each side of a border clash
  // names a village on its own side.
  // Admin-1 regions are compared within one country only: across a border they always differ.
  const otherCountry = !!r.iso3 && e.iso3s.length > 0 && !e.iso3s.includes(r.iso3);
  // A border, region or country-level place (where_prec 5-7) of one side says little about the
  // other side's country: "on the country's eastern border" is also the neighbour's border.
  const bothPrecise = (r.wp ?? 9) <= 4 && (e.wp ?? 9) <= 4;
  if (otherCountry && bothPrecise && !(km !== null && km <= MERGE.borderKm)) place = MERGE.wCountryDiff;
  else if (!otherCountry && r.admin1 && e.admin1s.length && !e.admin1s.includes(r.admin1) && (r.wp ?? 9) <= 4 && (e.wp ?? 9) <= 4) place = MERGE.wAdmin1Diff;
  else if (r.lat !== null && r.lon !== null && e.lat !== null && e.lon !== null && r.wp !== null && e.wp !== null) {
    const radius = MERGE.radiusKm[Math.max(r.wp, e.wp)];
    if (km! > radius) place = MERGE.wFar;
    else if (Math.max(r.wp, e.wp) <= 3) place = MERGE.wPlaceNear * (1 - km! / (radius + 1));
  }
  if (place) parts.place = place;
  if (r.place && e.places.includes(r.place)) parts.placeName = MERGE.wPlaceName;

  // Type.
  // Type: the same sub-type is evidence; two kinds of violence may be one event read two ways
  // (a shooting as an attack or as a clash); violence against a non-violent type counts against.
  if (r.sub === e.sub) parts.type = MERGE.wSameSub;
  else if (r.type === e.type) parts.type = MERGE.wSameType;
  else if (!(VIOLENT.has(r.type) && VIOLENT.has(e.type))) parts.type = MERGE.wOtherType;

  // Figures: the same count of killed or wounded is evidence; different counts weakly against (tolls rise).
  let fig = 0;
  // A toll of one is common to countless events: it counts for little.
  const same = (n: number) => MERGE.wFigureSame * (n >= 2 ? 1 : 0.25);
  if (r.killed !== null && r.killed > 0 && e.killed.length) fig += e.killed.includes(r.killed) ? same(r.killed) : MERGE.wFigureDiff / 2;
  if (r.wounded !== null && r.wounded > 0 && e.wounded.length) fig += e.wounded.includes(r.wounded) ? same(r.wounded) : MERGE.wFigureDiff / 2;
  if (fig) parts.figures = fig;

  if (r.actors.some((a) => e.actors.includes(a))) parts.actors = MERGE.wActor;

  // Text: the rare terms the report shares with the closest article of the event (idf-weighted Dice).
  const text = textMatch(r.terms, e, stats);
  if (text.sim > 0) parts.text = MERGE.wText * text.sim;
  if (text.rareShared < MERGE.minRareShared) return { score: -Infinity, vetoed: 'no distinctive words shared', parts };

  let score = 0;
  for (const v of Object.values(parts)) score += v;
  return { score, vetoed: null, parts };
}

const weightCache = new WeakMap<TermStats, Map<string, number>>();

function weight(stats: TermStats, t: string): number {
  let m = weightCache.get(stats);
  if (!m) weightCache.set(stats, (m = new Map()));
  let w = m.get(t);
  if (w === undefined) m.set(t, (w = idf(stats, t)));
  return w;
}

/** A term is distinctive when few stored articles have it (relative to the rarest possible, so small corpora work too). */
function isRare(stats: TermStats, w: number): boolean {
  return w >= MERGE.rareShare * Math.log((stats.n + 20) / 2);
}

/** The report's terms that are distinctive in the stored corpus (rule 5 needs some of them shared). */
export function distinctiveTerms(terms: string[], stats: TermStats): string[] {
  return terms.filter((t) => isRare(stats, weight(stats, t)));
}

export interface TextMatch { sim: number; rareShared: number }

export function textMatch(terms: string[], e: EventSignature, stats: TermStats): TextMatch {
  let massR = 0;
  const mine = new Set(terms);
  for (const t of mine) massR += weight(stats, t);
  const out: TextMatch = { sim: 0, rareShared: 0 };
  if (massR <= 0) return out;
  for (const m of e.members ?? []) {
    let massM = 0, shared = 0, rare = 0;
    for (const t of m) {
      const w = weight(stats, t);
      massM += w;
      if (mine.has(t)) {
        shared += w;
        if (isRare(stats, w)) rare++;
      }
    }
    const sim = massM > 0 ? (2 * shared) / (massR + massM) : 0;
    if (sim > out.sim) { out.sim = sim; out.rareShared = rare; }
  }
  return out;
}

/** The best candidate at or above the threshold, or null: the report starts a new event. */
export function chooseEvent<T extends { sig: EventSignature }>(r: ReportSignature, candidates: T[], stats: TermStats): { best: T; score: MatchScore } | null {
  // Cheap first pass: a candidate none of whose articles shares enough distinctive terms with the
  // report cannot pass rule 5; most candidates of a busy week fall here before any scoring.
  const rare = distinctiveTerms(r.terms, stats);
  if (rare.length < MERGE.minRareShared) return null;
  let best: { best: T; score: MatchScore } | null = null;
  for (const c of candidates) {
    let shared = 0;
    // Own keys only: a term such as "constructor" is not in every object.
    for (const t of rare) if (Object.hasOwn(c.sig.terms, t)) shared++;
    if (shared < MERGE.minRareShared) continue;
    const s = scoreMatch(r, c.sig, stats);
    if (s.vetoed) continue;
    // Date, place and type alone fit every shooting in a city that week: some words must be shared too.
    if ((s.parts.text ?? 0) < MERGE.minText * MERGE.wText) continue;
    if (s.score >= MERGE.threshold && (!best || s.score > best.score.score || (s.score === best.score.score && before(c.sig, best.best.sig)))) {
      best = { best: c, score: s };
    }
  }
  return best;
}

/**
 * Between two candidates of equal score, the one whose content sorts first: the order in which
 * candidates come (storage order, a backend's row order, the order events were loaded) must not
 * decide which event a report joins. Content, not ids: event ids are random, drawn anew by each run.
 */
function before(a: EventSignature, b: EventSignature): boolean {
  return tieKey(a) < tieKey(b);
}

function tieKey(s: EventSignature): string {
  return JSON.stringify([s.d0, s.d1, s.p0, s.p1, s.sub, s.lat, s.lon, s.n, s.members?.[0] ?? [], Object.keys(s.terms)]);
}
