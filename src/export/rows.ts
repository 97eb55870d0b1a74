import { disorderTypeOf } from '../record/taxonomy.ts';
import type { Actor } from '../record/schema.ts';
import { groupClaims, type ClaimLike } from '../resolve/reconcile.ts';
import { norm } from '../resolve/signature.ts';
import type { StoredEvent, TotalsRule } from '../store/types.ts';
import { countryInfo } from './countries.ts';
import type { ACLED_COLUMNS, UCDP_COLUMNS } from './columns.ts';

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;
type UcdpRow = Record<(typeof UCDP_COLUMNS)[number], string | number>;

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** ACLED time_precision: 1 day, 2 week, 3 month or coarser (from UCDP date_prec). */
const ACLED_TIME_PREC = [3, 1, 2, 2, 3, 3];
/** ACLED geo_precision: 1 the town, 2 near it or a part of a region, 3 a larger region (from UCDP where_prec). */
const ACLED_GEO_PREC = [3, 1, 1, 2, 3, 3, 3, 3];

function assocOf(e: StoredEvent, actor: Actor | null): string {
  // ACLED lists associated actors beside the main actor they stand with; without that link, all go with actor1.
  if (actor !== e.actor1) return '';
  return e.associatedActors.map((a) => a.name).join('; ');
}

export function acledRow(e: StoredEvent): AcledRow {
  const loc = e.location;
  const info = countryInfo(loc?.iso3);
  const day = e.date.start ?? e.date.end ?? '';
  const i1 = e.actor1?.inter ?? null, i2 = e.actor2?.inter ?? null;
  const interaction = i1 !== null ? (i2 !== null ? 10 * Math.min(i1, i2) + Math.max(i1, i2) : 10 * i1) : '';
  const civ = e.civilianTargeting ?? (e.eventType === 'Violence against civilians');
  return {
    event_id_cnty: e.id,
    event_date: day,
    year: day ? Number(day.slice(0, 4)) : '',
    time_precision: ACLED_TIME_PREC[e.date.precision] ?? 3,
    disorder_type: disorderTypeOf(e.eventType, e.subEventType),
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: s(e.actor1?.name),
    assoc_actor_1: assocOf(e, e.actor1),
    inter1: s(i1),
    actor2: s(e.actor2?.name),
    assoc_actor_2: '',
    inter2: s(i2),
    interaction,
    civilian_targeting: civ ? 'Civilian targeting' : '',
    iso: info?.numeric ?? '',
    region: info?.region ?? '',
    country: s(loc?.country ?? info?.name),
    admin1: s(loc?.admin1),
    admin2: '',
    admin3: '',
    location: s(loc?.name),
    latitude: s(loc?.latitude),
    longitude: s(loc?.longitude),
    geo_precision: loc ? ACLED_GEO_PREC[loc.precision] ?? 3 : '',
    source: [...new Set((e.sources ?? []).filter(Boolean))].join('; '),
    source_scale: '',
    notes: e.notes ?? e.evidence[0]?.text ?? '',
    fatalities: e.fatalities ?? 0,
    tags: '',
    timestamp: Math.floor(Date.parse(e.updatedAt) / 1000),
  };
}

/** UCDP type_of_violence: 1 state-based, 2 non-state, 3 one-sided (against civilians). */
function violenceType(e: StoredEvent): number | '' {
  if (e.eventType === 'Violence against civilians') return 3;
  if (e.eventType === 'Battles' || e.eventType === 'Explosions/Remote violence') {
    const state = [e.actor1, e.actor2].some((a) => a && (a.inter === 1 || ['state', 'military', 'police', 'government'].includes(a.kind)));
    return state ? 1 : 2;
  }
  return '';
}

/** Which side a party's dead belong to: actor1 (a), actor2 (b), civilians, or unknown. */
function sideOf(e: StoredEvent, party: { name: string; kind: string; country: string | null }): 'a' | 'b' | 'civ' | 'unknown' {
  if (party.kind === 'civilians') return 'civ';
  const matches = (a: Actor | null) => !!a && ((norm(a.name) === norm(party.name)) || (!!a.country && a.country === party.country && a.kind !== 'civilians'));
  if (matches(e.actor1)) return 'a';
  if (matches(e.actor2)) return 'b';
  return 'unknown';
}

export function ucdpRow(e: StoredEvent, rule: TotalsRule): UcdpRow {
  const loc = e.location;
  const deaths = { a: 0, b: 0, civ: 0, unknown: 0 };
  for (const g of groupClaims(e.claims as ClaimLike[], rule)) {
    if (g.outcome !== 'killed' || g.range.best === null) continue;
    const party = (g.claims[0].party ?? { name: g.party, kind: g.partyKind, country: null }) as { name: string; kind: string; country: string | null };
    deaths[sideOf(e, party)] += g.range.best;
  }
  const k = e.totals.killed;
  // When the parties' figures add up to less than the total (a "people" figure covers them), the rest is unknown.
  const split = deaths.a + deaths.b + deaths.civ + deaths.unknown;
  if (k.best !== null && split < k.best) deaths.unknown += k.best - split;
  const day = e.date.start ?? e.date.end ?? '';
  return {
    id: e.id,
    year: day ? Number(day.slice(0, 4)) : '',
    type_of_violence: violenceType(e),
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    side_a: s(e.actor1?.name),
    side_b: s(e.actor2?.name),
    country: s(loc?.country),
    iso3: s(loc?.iso3),
    adm_1: s(loc?.admin1),
    where_coordinates: s(loc?.name),
    where_prec: s(loc?.precision),
    latitude: s(loc?.latitude),
    longitude: s(loc?.longitude),
    date_start: s(e.date.start),
    date_end: s(e.date.end ?? e.date.start),
    date_prec: e.date.precision,
    deaths_a: deaths.a,
    deaths_b: deaths.b,
    deaths_civilians: deaths.civ,
    deaths_unknown: deaths.unknown,
    best: s(k.best),
    low: s(k.low),
    high: s(k.high),
    source_article: [...new Set((e.sources ?? []).filter(Boolean))].join('; '),
    articles: e.articles.join(' '),
  };
}
