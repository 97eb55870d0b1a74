/**
 * Sides stage (docs/extraction.md, "Sides"): after places, a figure whose words name no country takes
 * the one the event says. People of the place — civilians, people whose side is not said, rebels,
 * militias, gunmen — are of the country where the event happened ("22 people were killed in a
 * village near the border" in Pakistan are Pakistan's); soldiers and police are the state's when one
 * state takes part (or none but the place's own), and stay side-less when two states fight; a state's
 * body that gives a figure of soldiers or police counts its own (a de facto authority's, its forces). A local claimant named by role is of
 * the place ("police", "officials") or of that state ("the army"). Parties the text gives a country
 * keep it; the event's totals, read earlier from the claims, do not change.
 */
import type { Actor, Event, Party } from '../record/schema.ts';
import { authorityOf, authorityPartyName, countryName, ETHNIC_MILITIA, GENERIC_GROUP, militaryOf } from './actors.ts';
import { BOTH_SIDES, HURT_OUTCOMES as HURT } from './claims/candidate.ts';

/** Party kinds whose people belong to the place where the event happened. */
const OF_THE_PLACE = new Set<Party['kind']>(['civilians', 'unknown', 'rebel', 'militia', 'identity_militia', 'group', 'rioters', 'protesters']);
/** Party kinds that are a state's forces. */
export const STATE_FORCES = new Set<Party['kind']>(['military', 'police', 'state', 'government']);
/** A state's forces and the officials who speak for it: one state's, named twice, are one side. */
export const STATE_BODIES = new Set<Party['kind']>([...STATE_FORCES, 'official']);
/** Party kinds that are armed sides of a fight: state forces that fight, rebels, militias. */
export const ARMED_SIDES: ReadonlySet<Party['kind']> = new Set<Party['kind']>(['military', 'police', 'rebel', 'militia', 'identity_militia']);
/** The faction of a state's forces that ACLED names by its years ("Military Forces of Libya (2014-) Haftar Faction": "Haftar Faction"), or null. */
export function factionOf(a: Pick<Actor, 'name'>): string | null {
  return /\(\d{4}-\d*\)\s*(.+)$/.exec(a.name)?.[1] ?? null;
}

/**
 * Are x and y one side? The same name, or state forces of one kind of which one is told without a
 * country ("the soldiers" beside "Kenya Defence Forces"): an unnamed force beside a named one of its
 * kind is that force, as ACLED codes one actor per side.
 */
export function oneSide(x: Pick<Actor, 'name' | 'kind' | 'country'>, y: Pick<Actor, 'name' | 'kind' | 'country'>): boolean {
  return x.name === y.name || (x.kind === y.kind && STATE_FORCES.has(x.kind) && (!x.country || !y.country));
}

/**
 * Marks a side-less party of soldiers named as the government's ("nine government soldiers", "regime
 * troops"): the forces of the state where the event happened, whatever other state the event names
 * (a foreign state's forces are named by their country). Read and dropped by assignSides.
 */
export const OWN_STATE = 'ownState';
/**
 * Marks a side-less party of a state's voice's own forces ("we have no losses", said a minister the
 * text gives no country): they take the country sides.ts gives that voice. Read and dropped by assignSides.
 */
export const OWN_VOICE = 'ownVoice';

/** Claimant kinds that speak for the place's own authorities. */
const LOCAL_CLAIMANTS = new Set<Party['kind']>(['police', 'official']);

export function assignSides(events: Event[]): Event[] {
  return events.map((told) => {
    const e = withUnnamedDoer(told);
    const where = e.location?.iso3 ?? null;
    if (!where && !e.claims.some((c) => !c.party.country)) {
      const sides = sidesFromReport(e, e.claims);
      return sides ? { ...e, ...sides } : e;
    }
    const state = stateOf(e, where);
    let changed = false;
    const claims = e.claims.map((c) => {
      // A state's body (defence ministry, army, government, police) counts its own forces unless it
      // names them another's ("the Armenian defence ministry said 51 more servicemen had been killed").
      const own = STATE_FORCES.has(c.party.kind) && c.claimedBy?.country && STATE_FORCES.has(c.claimedBy.kind) ? c.claimedBy.country : null;
      // A denial ("no casualties were reported") is about everyone, no one side's people.
      const ownForces = own ? authorityPartyName(authorityOf(c.claimedBy!.name), c.party.kind) : null;
      // ("killed on both sides": every side's people, not the place's.)
      const local = Object.hasOwn(c.party, OWN_STATE);
      const voice = Object.hasOwn(c.party, OWN_VOICE);
      const p0 = local || voice ? { name: c.party.name, kind: c.party.kind, country: c.party.country } : c.party;
      const by = c.claimedBy;
      const byCountry = !by || by.country ? null : LOCAL_CLAIMANTS.has(by.kind) ? where : STATE_FORCES.has(by.kind) ? state : null;
      const claimedBy = by && byCountry ? withCountry(by, byCountry) : by;
      const party = voice ? (claimedBy?.country ? withCountry(p0, claimedBy.country) : p0)
        : p0.country || c.negated || p0.name === BOTH_SIDES.name ? p0
        : local && (where ?? state) ? withCountry(p0, where ?? state)
          : ownForces ? { ...p0, name: ownForces, country: own }
            : withCountry(p0, own ?? (OF_THE_PLACE.has(p0.kind) ? where : STATE_FORCES.has(p0.kind) ? state : null));
      if (party === c.party && claimedBy === by) return c;
      changed = true;
      return { ...c, party, claimedBy };
    });
    const actors = actorsWithCountry(e, where, state);
    const sides = sidesFromReport({ ...e, ...actors }, claims);
    if (actors || sides) return { ...e, ...actors, ...sides, claims };
    return changed ? { ...e, claims } : e;
  });
}

/** The sides a fight's figures or its reporter name, where the text left them out (below), or null. */
function sidesFromReport(e: Pick<Event, 'eventType' | 'actor1' | 'actor2' | 'assertedBy'>, claims: Event['claims']): Partial<Pick<Event, 'actor1' | 'actor2'>> | null {
  return forcesFromFigures(e, claims) ?? reporterAsSide(e);
}

/**
 * "Fighting flared along the frontier, with the Armenian defence ministry reporting 15 soldiers
 * killed and Baku saying seven of its troops had died"; "the Ukrainian military reported that a
 * serviceman was killed by sniper fire"; "Azerbaijan's defence ministry said one of its soldiers was
 * wounded": a state's forces whose dead or wounded the figures count (as their own bodies told them,
 * above) took part in the fight or were the target of the strike. They are the side the text left
 * without a country ("Military Forces" beside a figure of Azerbaijan's soldiers), or fill an empty
 * side; never a second name for a side already there. Null when nothing changes.
 */
function forcesFromFigures(e: Pick<Event, 'eventType' | 'actor1' | 'actor2'>, claims: Event['claims']): Pick<Event, 'actor1' | 'actor2'> | null {
  if (e.eventType !== 'Battles' && e.eventType !== 'Explosions/Remote violence') return null;
  let { actor1, actor2 } = e;
  for (const c of claims) {
    const p = c.party;
    if (!HURT.has(c.outcome) || c.negated || !((c.high ?? c.low ?? 0) > 0) || (p.kind !== 'military' && p.kind !== 'police') || !p.country) continue;
    const forces: Actor = { name: p.name, kind: p.kind, country: p.country, inter: 1 };
    const unnamed = (a: Actor | null) => !!a && a.kind === p.kind && !a.country;
    if ([actor1, actor2].some((a) => a && a.name === forces.name)) continue;
    if (unnamed(actor1)) actor1 = forces;
    else if (unnamed(actor2)) actor2 = forces;
    else if ([actor1, actor2].some((a) => a && oneSide(a, forces))) continue;
    else if (!actor1 && e.eventType === 'Battles') actor1 = forces;
    else if (!actor2 && actor1) actor2 = forces;
  }
  return actor1 === e.actor1 && actor2 === e.actor2 ? null : { actor1, actor2 };
}

/** A state's defence ministry by the name bodyActor gives it (actors.json 'bodies'). */
const DEFENCE_BODY = /^Ministry of Defence of /;

/**
 * "The Indian army said Pakistani troops violated the ceasefire in Poonch", "Artsakh's defence army
 * said Azerbaijani units fired across the line": a state's army or ministry that tells of a fight
 * with another side, and names no one else as the side fought, is telling of fire on its own forces:
 * they are actor2 (as ACLED codes each side's reports of the other's fire). Not police, officials or
 * a government at large, who report fights of others; null when the fight has both sides or the
 * reporter is actor1's side.
 */
function reporterAsSide(e: Pick<Event, 'eventType' | 'actor1' | 'actor2' | 'assertedBy'>): Pick<Event, 'actor2'> | null {
  const by = e.assertedBy;
  if (e.eventType !== 'Battles' || !e.actor1 || e.actor2 || !by?.country || !(by.kind === 'military' || DEFENCE_BODY.test(by.name))) return null;
  const authority = authorityOf(by.name);
  const forces: Actor = authority ? { name: authorityPartyName(authority, 'military')!, kind: authority.kind, country: authority.country, inter: authority.inter } : militaryOf(by.country);
  if (e.actor1.name === forces.name || oneSide(e.actor1, forces) || (!authority && e.actor1.country === by.country && !authorityOf(e.actor1.name))) return null;
  return { actor2: forces };
}

/** Event types of one-sided violence, whose doer ACLED always names. */
const ONE_SIDED_TYPES = new Set(['Violence against civilians', 'Explosions/Remote violence']);

/**
 * "Seven bodies with gunshot wounds were found", "a grenade was thrown into a market": one-sided
 * violence told with no doer was done by someone, whom ACLED codes as an unidentified armed group
 * of the country (inter 3), as it does gunmen and attackers no one names; so is a mosque torched
 * or a shop looted by "unknown persons" (looting and property destruction, too, always have a doer).
 */
function withUnnamedDoer(e: Event): Event {
  if (e.actor1) return e;
  // "A protester was shot dead during a demonstration": force against protesters is the state's, and
  // the police's when the text names no force as its doer (ACLED's commonest doer of it); their
  // country is the one state's (actorsWithCountry, stateOf).
  if (e.subEventType === 'Excessive force against protesters') return { ...e, actor1: { name: 'Police Forces', kind: 'police', country: null, inter: 1 } };
  if (!(ONE_SIDED_TYPES.has(e.eventType) || e.subEventType === 'Looting/property destruction')) return e;
  return { ...e, actor1: { name: GENERIC_GROUP, kind: 'group', country: null, inter: 3 } };
}

/**
 * The event's own parties named without a country take it as its figures' do, as ACLED names every
 * actor ("Civilians (Nigeria)", "Military Forces of Myanmar"): people of the place (civilians,
 * protesters, rioters, gunmen) are of the country where it happened; soldiers and police are the one
 * state's (stateOf). Not when that would make both sides one party ("Pakistani forces … two soldiers
 * were also killed": the other side is not Pakistan's army). Null when nothing changes.
 */
function actorsWithCountry(e: Event, where: string | null, state: string | null): Pick<Event, 'actor1' | 'actor2' | 'associatedActors'> | null {
  const fill = (a: Actor | null): Actor | null => {
    if (!a || a.country) return a;
    const iso3 = OF_THE_PLACE.has(a.kind) ? where : STATE_FORCES.has(a.kind) ? state : null;
    return iso3 ? withCountry(a, iso3) : a;
  };
  let actor1 = fill(e.actor1), actor2 = fill(e.actor2);
  if (actor1 && actor2 && actor1.name === actor2.name) {
    if (actor1 !== e.actor1) actor1 = e.actor1;
    else actor2 = e.actor2;
  }
  const associatedActors = e.associatedActors.map((a) => fill(a)!);
  const same = actor1 === e.actor1 && actor2 === e.actor2 && associatedActors.every((a, i) => a === e.associatedActors[i]);
  return same ? null : { actor1, actor2, associatedActors };
}

/**
 * The one state whose forces an event's side-less soldiers or police are: the only state among the
 * actors and the parties the text names; the place's own when no state is named; none when two are.
 */
function stateOf(e: Event, where: string | null): string | null {
  const states = new Set<string>();
  const add = (a: Actor | Party | null | undefined) => { if (a?.country && STATE_FORCES.has(a.kind)) states.add(a.country); };
  add(e.actor1); add(e.actor2);
  for (const a of e.associatedActors) add(a);
  for (const c of e.claims) add(c.party);
  if (states.size === 1) return [...states][0]!;
  return states.size === 0 ? where : null;
}

/** The end of ACLED's name for a local self-defence militia ("Dozo Communal Militia"), and for a clan's ("Unidentified Clan Militia"). */
const COMMUNAL_MILITIA = 'Communal Militia';
const CLAN_MILITIA = 'Clan Militia';

/** Generic names that take their country as ACLED writes it. */
const NAMED_BY_COUNTRY: Record<string, (label: string) => string> = {
  'Military Forces': (c) => `Military Forces of ${c}`,
  'Police Forces': (c) => `Police Forces of ${c}`,
  Civilians: (c) => `Civilians (${c})`,
  Protesters: (c) => `Protesters (${c})`,
  Rioters: (c) => `Rioters (${c})`,
};

/** The party or actor with the country, under ACLED's name for a generic one ("Civilians (Mali)"). */
export function withCountry<P extends Party | Actor>(p: P, iso3: string | null): P {
  if (!iso3) return p;
  // "Fulani Ethnic Militia (Nigeria)", "Dozo Communal Militia (Burkina Faso)", "Unidentified Clan Militia
  // (Somalia)": a community's militia is the place's.
  const named = Object.hasOwn(NAMED_BY_COUNTRY, p.name) ? NAMED_BY_COUNTRY[p.name]!
    : p.name.endsWith(ETHNIC_MILITIA) || p.name.endsWith(COMMUNAL_MILITIA) || p.name.endsWith(CLAN_MILITIA) ? (c: string) => `${p.name} (${c})` : null;
  return { ...p, name: named ? named(countryName.get(iso3) ?? iso3) : p.name, country: iso3 };
}
