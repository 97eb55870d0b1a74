/**
 * One stored event as a row of ACLED's current export (docs/export.md lists every column and how it
 * is filled). ACLED writes actor types and interactions as text since 2024 ("State forces",
 * "Rioters-Civilians", "Protesters only"), as acledR does by default; fogwatch does the same.
 */
import type { Actor } from '../record/schema.ts';
import { disorderTypeOf } from '../record/taxonomy.ts';
import type { StoredEvent } from '../store/types.ts';
import type { AcledRow } from './columns.ts';
import { countryInfo } from './countries.ts';

/** ACLED's actor types, by inter code 1–8. */
export const ACLED_INTER_NAMES = [
  '', 'State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces',
] as const;

/** The inter code of an actor kind, when the extractor gave none. */
const INTER_OF_KIND: Partial<Record<Actor['kind'], number>> = {
  state: 1, military: 1, police: 1, government: 1, official: 1, rebel: 2, militia: 3, identity_militia: 4,
  rioters: 5, protesters: 6, civilians: 7, international: 8,
};

/** Tags fogwatch adds in ACLED's free `tags` column, so that its own rows can be told apart. */
export const TAG_BACKGROUND = 'fogwatch: background event (a past event recalled as context)';
export const TAG_DIPLOMACY = 'fogwatch: Diplomacy is not an ACLED event type';

/** ACLED time_precision (1 day, 2 week, 3 month or coarser), by UCDP date_prec 1–5. */
const TIME_PRECISION = [3, 1, 2, 2, 3, 3];
/** ACLED geo_precision (1 the town, 2 near it or a part of a region, 3 a larger region), by UCDP where_prec 1–7. */
const GEO_PRECISION = [3, 1, 2, 2, 3, 3, 3, 3];

export function interOf(actor: Actor | null): number | null {
  if (!actor) return null;
  if (actor.inter !== null && actor.inter >= 1 && actor.inter <= 8) return actor.inter;
  return INTER_OF_KIND[actor.kind] ?? null;
}

/** ACLED's interaction text: "<type>-<type>" with the lower code first, or "<type> only"; '' when a type is unknown. */
export function interactionOf(i1: number | null, i2: number | null, hasActor2: boolean): string {
  if (i1 === null) return '';
  if (!hasActor2) return `${ACLED_INTER_NAMES[i1]} only`;
  if (i2 === null) return '';
  return `${ACLED_INTER_NAMES[Math.min(i1, i2)]}-${ACLED_INTER_NAMES[Math.max(i1, i2)]}`;
}

interface Side { name: string; inter: number | null }

const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

const named = (a: Actor | null): Side | null => (a && a.name.trim() ? { name: a.name, inter: interOf(a) } : null);

/**
 * ACLED always names actor1. When extraction found only a second side, it becomes actor1; when it
 * found none, the generic actor ACLED itself codes for the event's kind is named (with the
 * country): protesters, rioters, an unidentified armed group; violence against civilians has
 * civilians as actor2, and civilians named alone in violence are its actor2.
 */
function sidesOf(e: StoredEvent, country: string): [Side | null, Side | null] {
  let a1 = named(e.actor1);
  let a2 = named(e.actor2);
  if (!a1 && a2) [a1, a2] = [a2, null];
  const violent = VIOLENT_TYPES.has(e.eventType);
  // Civilians alone are the ones violence was done to: actor2, the one who did it unidentified.
  if (violent && a1?.inter === 7 && !a2) [a1, a2] = [null, a1];
  const of = (who: string) => (country ? `${who} (${country})` : who);
  if (!a1) {
    if (e.eventType === 'Protests') a1 = { name: of('Protesters'), inter: 6 };
    else if (e.eventType === 'Riots') a1 = { name: of('Rioters'), inter: 5 };
    else if (violent) a1 = { name: of('Unidentified Armed Group'), inter: 3 };
  }
  if (!a2 && e.eventType === 'Violence against civilians' && a1?.inter !== 7) a2 = { name: of('Civilians'), inter: 7 };
  return [a1, a2];
}

export function acledRow(e: StoredEvent): AcledRow {
  const loc = e.location;
  const info = countryInfo(loc?.iso3);
  const country = loc?.country ?? info?.name ?? '';
  const day = e.date.start ?? e.date.end ?? '';
  const [a1, a2] = sidesOf(e, country);
  const diplomacy = e.eventType === 'Diplomacy';
  const civ = e.civilianTargeting ?? e.eventType === 'Violence against civilians';
  const tags = [e.background ? TAG_BACKGROUND : '', diplomacy ? TAG_DIPLOMACY : ''].filter(Boolean);
  return {
    event_id_cnty: e.id,
    event_date: day,
    year: day ? Number(day.slice(0, 4)) : '',
    time_precision: TIME_PRECISION[e.date.precision] ?? 3,
    // ACLED would file talks and appeals, if at all, among its strategic developments.
    disorder_type: diplomacy ? 'Strategic developments' : disorderTypeOf(e.eventType, e.subEventType),
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: a1?.name ?? '',
    // Associated actors stand with the main actor they were reported with; without that link, with actor1.
    assoc_actor_1: e.associatedActors.map((a) => a.name).join('; '),
    inter1: a1?.inter ? ACLED_INTER_NAMES[a1.inter] : '',
    actor2: a2?.name ?? '',
    assoc_actor_2: '',
    inter2: a2?.inter ? ACLED_INTER_NAMES[a2.inter] : '',
    interaction: interactionOf(a1?.inter ?? null, a2?.inter ?? null, !!a2),
    civilian_targeting: civ ? 'Civilian targeting' : '',
    iso: info?.numeric ?? '',
    region: info?.region ?? '',
    country,
    admin1: loc?.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: loc?.name ?? '',
    latitude: loc?.latitude ?? '',
    longitude: loc?.longitude ?? '',
    geo_precision: loc ? GEO_PRECISION[loc.precision] ?? 3 : '',
    source: [...new Set((e.sources ?? []).filter(Boolean))].join('; '),
    source_scale: '',
    notes: e.notes ?? e.evidence[0]?.text ?? '',
    fatalities: e.fatalities ?? 0,
    tags: tags.join('; '),
    timestamp: Math.floor(Date.parse(e.updatedAt) / 1000),
  };
}
