/**
 * One stored event as a row of UCDP GED (Georeferenced Event Dataset): GED's 49 columns in GED's
 * order. GED records organised violence that killed at least one person: state-based (1),
 * non-state (2) and one-sided violence against civilians (3). Columns that need UCDP's own
 * coding (conflict and dyad ids, Gleditsch–Ward country codes, regions, code status) are left
 * empty; docs/export.md lists every column and how it is filled.
 */
import type { Actor } from '../record/schema.ts';
import { groupClaims, type ClaimLike } from '../resolve/reconcile.ts';
import { norm } from '../resolve/signature.ts';
import type { StoredEvent, TotalsRule } from '../store/types.ts';
import { interOf } from './acled.ts';
import type { GedRow } from './columns.ts';

const STATE_KINDS = new Set<Actor['kind']>(['state', 'military', 'police', 'government', 'official']);
const isState = (a: Actor | null) => !!a && (interOf(a) === 1 || STATE_KINDS.has(a.kind));
const isCivilians = (a: Actor | null) => !!a && (a.kind === 'civilians' || interOf(a) === 7);

/**
 * GED's type_of_violence, or null for events GED does not record: fighting is state-based when a
 * state's forces take part, else non-state (mob violence too: GED counts informally organised
 * groups); violence against civilians, and lethal force against peaceful protesters, is one-sided.
 */
export function violenceType(e: StoredEvent): 1 | 2 | 3 | null {
  switch (e.eventType) {
    case 'Battles':
    case 'Explosions/Remote violence':
      return isState(e.actor1) || isState(e.actor2) ? 1 : 2;
    case 'Violence against civilians':
      return 3;
    case 'Protests':
      return e.subEventType === 'Excessive force against protesters' ? 3 : null;
    case 'Riots':
      return e.subEventType === 'Mob violence' ? 2 : null;
    default:
      return null;
  }
}

/**
 * GED's sides: in state-based violence side_a is the state; in one-sided violence side_a is the
 * perpetrator and side_b the civilians.
 */
function sidesOf(e: StoredEvent, type: 1 | 2 | 3 | null): [Actor | null, Actor | null] {
  let [a, b] = [e.actor1, e.actor2];
  if (type === 1 && !isState(a) && isState(b)) [a, b] = [b, a];
  if (type === 3 && isCivilians(a) && !isCivilians(b)) [a, b] = [b, a];
  return [a, b];
}

/** Which side a party's dead belong to: side_a, side_b, civilians, or unknown. */
function sideOf(a: Actor | null, b: Actor | null, party: { name: string; kind: string; country: string | null }): 'a' | 'b' | 'civ' | 'unknown' {
  if (party.kind === 'civilians') return 'civ';
  const matches = (x: Actor | null) => !!x && (norm(x.name) === norm(party.name) || (!!x.country && x.country === party.country && x.kind !== 'civilians'));
  if (matches(a)) return 'a';
  if (matches(b)) return 'b';
  return 'unknown';
}

/** The PRIO-GRID cell (0.5 degree, numbered from 1 at 90°S 180°W, eastward then northward) of a point. */
export function priogridCell(lat: number, lon: number): number {
  const row = Math.min(359, Math.max(0, Math.floor((lat + 90) * 2)));
  const col = Math.min(719, Math.max(0, Math.floor((lon + 180) * 2)));
  return row * 720 + col + 1;
}

const joined = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && !!x.trim()))].join('; ');

export function ucdpRow(e: StoredEvent, rule: TotalsRule): GedRow {
  const loc = e.location;
  const type = violenceType(e);
  const [a, b] = sidesOf(e, type);
  const deaths = { a: 0, b: 0, civ: 0, unknown: 0 };
  for (const g of groupClaims(e.claims as ClaimLike[], rule)) {
    if (g.outcome !== 'killed' || g.range.best === null) continue;
    const party = (g.claims[0].party ?? { name: g.party, kind: g.partyKind, country: null }) as { name: string; kind: string; country: string | null };
    deaths[sideOf(a, b, party)] += g.range.best;
  }
  const k = e.totals.killed;
  // When the parties' figures add up to less than the total (a "people" figure covers them), the rest is unknown.
  const split = deaths.a + deaths.b + deaths.civ + deaths.unknown;
  if (k.best !== null && split < k.best) deaths.unknown += k.best - split;
  const sideB = b?.name ?? (type === 3 ? 'Civilians' : '');
  const day = e.date.start ?? e.date.end ?? '';
  const point = loc && loc.latitude !== null && loc.longitude !== null ? { lat: loc.latitude, lon: loc.longitude } : null;
  return {
    id: e.id,
    relid: '',
    year: day ? Number(day.slice(0, 4)) : '',
    active_year: '',
    code_status: '',
    type_of_violence: type ?? '',
    conflict_dset_id: '',
    conflict_new_id: '',
    conflict_name: '',
    dyad_dset_id: '',
    dyad_new_id: '',
    dyad_name: a?.name && sideB ? `${a.name} - ${sideB}` : '',
    side_a_dset_id: '',
    side_a_new_id: '',
    side_a: a?.name ?? '',
    side_b_dset_id: '',
    side_b_new_id: '',
    side_b: sideB,
    number_of_sources: e.articles.length,
    source_article: e.articles.join('; '),
    source_office: joined(e.sources ?? []),
    source_date: '',
    source_headline: '',
    source_original: joined(e.claims.map((c) => c.claimedBy?.name)),
    where_prec: loc?.precision ?? '',
    where_coordinates: loc?.name ?? '',
    where_description: loc?.mention?.text ?? '',
    adm_1: loc?.admin1 ?? '',
    adm_2: '',
    latitude: point?.lat ?? '',
    longitude: point?.lon ?? '',
    geom_wkt: point ? `POINT (${point.lon} ${point.lat})` : '',
    priogrid_gid: point ? priogridCell(point.lat, point.lon) : '',
    country: loc?.country ?? '',
    country_id: '',
    region: '',
    event_clarity: '',
    date_prec: e.date.precision,
    date_start: e.date.start ?? '',
    date_end: e.date.end ?? e.date.start ?? '',
    deaths_a: deaths.a,
    deaths_b: deaths.b,
    deaths_civilians: deaths.civ,
    deaths_unknown: deaths.unknown,
    best: k.best ?? '',
    high: k.high ?? '',
    low: k.low ?? '',
    gwnoa: '',
    gwnob: '',
  };
}
