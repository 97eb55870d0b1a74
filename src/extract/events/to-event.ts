/**
 * A draft made an Event of the record: its country-level place, ACLED's typing corrections, its
 * notes, its totals (totals.ts) and the claims without their assembly fields.
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Token } from '../../annotate/tokens.ts';
import type { Actor, Event, Place } from '../../record/schema.ts';
import { ACTORS, civiliansOf, countryName, authorityOf, militaryOf } from '../actors.ts';
import { HURT_OUTCOMES } from '../claims/candidate.ts';
import type { FoundClaim } from '../claims/index.ts';
import { ARMED_SIDES, factionOf, oneSide, STATE_BODIES, STATE_FORCES, withCountry } from '../sides.ts';
import { computeTotals, withHeadline } from '../totals.ts';
import { isViolent, type Draft } from './draft.ts';
import { beforeCompass, EVENT_WORDS as W } from './lexicon.ts';


/** A draft made from figures alone: the victims of its first figure of people hurt are its actor2. */
export function fillFromClaims(d: Draft): void {
  const victims = d.claims.find((c) => HURT_OUTCOMES.has(c.outcome));
  if (victims && !d.actor2) d.actor2 = partyActor(victims.party);
}

/**
 * An attack or strike with no target: the people its figures tell killed or hurt (some,
 * not "no casualties") are its actor2, unless they are the doer's own side or, in an attack on
 * civilians, armed people (off duty, retired: naming their force would make the attack a clash).
 */
export function victimsAsTarget(d: Draft): void {
  const victims = d.claims.find((c) => HURT_OUTCOMES.has(c.outcome) && !c.negated && (c.high ?? c.low ?? 0) > 0);
  if (!victims || d.actor2) return;
  const a = partyActor(victims.party);
  const armed = a.kind === 'military' || a.kind === 'police' || a.kind === 'rebel';
  if (!(d.actor1 && oneSide(a, d.actor1)) && !(d.subEventType === 'Attack' && armed)) d.actor2 = a;
}

/** The names of parties that say only a kind ("Rebels"), no side. */
const KIND_ONLY = new Set(['Rebels', 'Pro-Government Militia', 'Military Forces', 'Police Forces', 'Suspects or assailants']);

/**
 * A fight whose figures tell of a side its actors leave out ("Hezbollah said two of its fighters were
 * killed", "two Indian soldiers and three militants died in a gunbattle"): the armed parties of its
 * dead or hurt fill an empty actor, in the order told, unless one of its actors' side already.
 */
export function sidesFromClaims(d: Draft): void {
  if (d.eventType !== 'Battles') return;
  // "Fighting broke out on the border …; Armenia said 49 of its soldiers were killed, Azerbaijan that
  // it lost 50": where the figures name two states' forces, forces the text left without a country
  // ("positions on both sides") are those two, not a third side.
  const countryless = (x: Actor | null) => !!x && STATE_BODIES.has(x.kind) && !x.country;
  if (countryless(d.actor1) || countryless(d.actor2)) {
    const states = new Set(d.claims.filter((c) => HURT_OUTCOMES.has(c.outcome) && !c.negated && STATE_BODIES.has(c.party.kind) && c.party.country).map((c) => c.party.country));
    if (states.size >= 2) {
      if (countryless(d.actor1)) d.actor1 = null;
      if (countryless(d.actor2)) d.actor2 = null;
    }
  }
  if (d.actor1 && d.actor2) return;
  for (const c of d.claims) {
    if (!HURT_OUTCOMES.has(c.outcome) || c.negated || !((c.high ?? c.low ?? 0) > 0) || !ARMED_SIDES.has(c.party.kind) || KIND_ONLY.has(c.party.name)) continue;
    const a = partyActor(c.party);
    // (Forces named without their country are taken for the state's, not for a faction's.)
    if ([d.actor1, d.actor2].some((x) => x && (x.name === a.name || (!factionOf(a) && oneSide(x, a)) || oneState(x, a)))) continue;
    // The side told hurt is acted on: beside a side that lost no one ("sniper fire from Azerbaijani
    // positions wounded an Armenian soldier"), it is actor2 and the other actor1.
    const hurt = (x: Actor) => d.claims.some((o) => HURT_OUTCOMES.has(o.outcome) && !o.negated && (x.name === partyActor(o.party).name || oneSide(x, partyActor(o.party))));
    if (!d.actor1 && d.actor2 && !hurt(d.actor2)) { d.actor1 = d.actor2; d.actor2 = a; }
    else if (!d.actor1) d.actor1 = a;
    else d.actor2 = a;
    if (d.actor1 && d.actor2) return;
  }
}

/** Are x and y bodies of one state (its government and its army)? */
function oneState(x: Actor, y: Actor): boolean {
  const state = (a: Actor) => STATE_BODIES.has(a.kind);
  // (A state force whose country the figure left unsaid is taken for the other's: the police
  // beside the army are rarely another state's.)
  // A faction's forces ("Military Forces of Yemen (2016-) Supreme Political Council") are a side of their own.
  return state(x) && state(y) && (!x.country || !y.country || x.country === y.country) && factionOf(x) === factionOf(y);
}

/** A claim's party as an event's actor: a state's forces by their name, people as civilians. */
function partyActor(p: FoundClaim['party']): Actor {
  return p.kind === 'military' && p.country ? (authorityOf(p.name) || factionOf(p) ? { name: p.name, kind: 'military', country: p.country, inter: 1 } : militaryOf(p.country))
    : p.kind === 'civilians' || p.kind === 'unknown' ? civiliansOf(p.country)
      : { name: p.name, kind: p.kind, country: p.country, inter: p.kind === 'police' ? 1 : p.kind === 'rebel' ? 2 : p.kind === 'group' || p.kind === 'militia' ? 3 : null };
}

/** Where the fighting is: a country named after "in"/"on"/"inside" (or as a place's possessor,
 *  "in Mali's Mopti region") in the event's sentences, or null. */
function namedCountry(doc: Doc, d: Draft): string | null {
  let iso3: string | null = null;
  for (const si of d.sentences) {
    const tokens = doc.sentences[si]!.tokens;
    for (const a of doc.get(ACTORS, si)) {
      // Past compass words and "the": "in northern Syria", "on the Gaza Strip", "infiltrated southern Israel".
      const prev = tokens[beforeCompass(tokens, a.start)]?.lower ?? '';
      if (a.actor.country && !besideBorder(tokens, a.end) && (a.via === 'place' || (a.via === 'country' || a.via === 'possessive') && (W.placeLeads.has(prev) || W.entryVerbs.has(prev)))) { iso3 = a.actor.country; break; }
    }
    if (iso3) break;
  }
  return iso3;
}

/**
 * "near the Ugandan border", "along the Malian frontier": a border is two countries', and reports
 * name it as often by the neighbour across it as by the side where the fighting is; the country
 * named there is no evidence of where the event was ("a Ugandan border town" is Uganda's).
 */
function besideBorder(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  return !!next && W.borderNouns.has(next.stem) && !W.borderOwnedNouns.has(tokens[end + 1]?.lower ?? '');
}

/** Country-level place when the event's country is clear from its words or its actors; places/ refines it. */
function countryPlace(doc: Doc, d: Draft, named: string | null): Place | null {
  let iso3 = named;
  if (!iso3) {
    // Violence happens where its target is; other acts (deployments, arrests, recruitment) where the
    // actor is. Civilians named by nationality in violence ("Somali refugees shot dead") are victims
    // wherever they are: their country is no place.
    const violent = isViolent(d);
    const placing = (a: Draft['actor1']) => (a && !(violent && a.kind === 'civilians') ? a : null);
    const a1 = placing(d.actor1), a2 = placing(d.actor2);
    const target = violent && d.direction === 'actor1_on_actor2' ? (d.actor2 ? a2 : a1) : a1 ?? a2;
    const cs = new Set([a1?.country, a2?.country].filter(Boolean));
    if (target?.country && (cs.size === 1 || (violent && d.direction === 'actor1_on_actor2'))) iso3 = target.country;
  }
  if (!iso3) return null;
  return { name: countryName.get(iso3) ?? iso3, admin1: null, country: countryName.get(iso3) ?? iso3, iso3, latitude: null, longitude: null, precision: 6 };
}

/** A state force named without its country ("Military Forces"), given the country it acts in. */
function ofCountry(a: Draft['actor1'], iso3: string): Draft['actor1'] {
  return a && a.kind === 'military' && !a.country && a.name === GENERIC_MILITARY ? militaryOf(iso3) : a;
}
const GENERIC_MILITARY = 'Military Forces';

/** Victim classes of the typing that are armed: an attack on them is a battle. */
const ARMED_PATIENT = new Set(['gov', 'nonstate', 'armed']);

/**
 * ACLED: violence against civilians needs civilian victims; an attack on armed forces is a battle.
 * The typing's reading of the victim next to the trigger decides when it has one: "police shot dead a
 * civilian", "gunmen kill Italian missionary" (a demonym is not an army), "raiders attacked the
 * village" stay attacks; only figures-alone events and attacks on an armed patient are re-typed.
 */
function fixTyping(d: Draft): void {
  if (d.patient !== undefined && !ARMED_PATIENT.has(d.patient)) return;
  if (d.eventType === 'Violence against civilians' && d.subEventType === 'Attack' && d.actor2 && (d.actor2.kind === 'military' || d.actor2.kind === 'rebel')) {
    d.eventType = 'Battles'; d.subEventType = 'Armed clash';
  }
}

/** Kinds of party that are never both sides of one event under one name. */
const ONE_SIDE_KINDS = new Set<Actor['kind']>([...STATE_BODIES, 'protesters']);

const PROTESTERS: Actor = { name: 'Protesters', kind: 'protesters', country: null, inter: 6 };
const RIOTERS: Actor = { name: 'Rioters', kind: 'rioters', country: null, inter: 5 };
/** The crowd `a` as the group `g` of its country ("Protesters (Georgia)"). */
const asGroup = (a: Actor, g: Actor): Actor => withCountry({ ...g }, a.country);

/**
 * ACLED's roles in demonstrations: people who demonstrate are Protesters (inter 6), whatever the text
 * calls them (residents, students, traders), and they are actor1 of a protest, police who intervene
 * actor2; in a riot the crowd that turns violent is Rioters (inter 5), its victims stay who they are;
 * excessive force keeps the forces first and the protesters second.
 */
function demonstrationRoles(d: Draft): void {
  const crowd = (a: Actor | null) => !!a && (a.kind === 'civilians' || a.kind === 'unknown' || a.kind === 'protesters' || a.kind === 'rioters');
  if (d.eventType === 'Protests') {
    const toProtesters = (a: Actor | null) => (a && crowd(a) ? asGroup(a, PROTESTERS) : a);
    d.actor1 = toProtesters(d.actor1); d.actor2 = toProtesters(d.actor2);
    if (d.subEventType === 'Excessive force against protesters') {
      // "Protesters were shot dead by soldiers", "a marcher died after police fired live rounds": the
      // forces told second (or alone) are still the ones who used force: actor1, the protesters actor2.
      if (d.actor2 && STATE_FORCES.has(d.actor2.kind) && !(d.actor1 && STATE_FORCES.has(d.actor1.kind))) [d.actor1, d.actor2] = [d.actor2, d.actor1 ?? { ...PROTESTERS }];
      // "Police fired on the marchers, and 32 people were killed": whoever the dead are called, force
      // used against a protest is used against its protesters.
      d.actor2 ??= withCountry({ ...PROTESTERS }, d.actor1?.country ?? null);
      return;
    }
    // "Police used tear gas on the protesters": the protest is the protesters' act, police who
    // intervene its actor2 (forces alone in a peaceful protest are the ones protesting: "police
    // officers protested over unpaid allowances").
    if (d.subEventType === 'Protest with intervention' && d.actor1 && STATE_FORCES.has(d.actor1.kind) && (!d.actor2 || d.actor2.kind === 'protesters')) [d.actor1, d.actor2] = [d.actor2 ?? { ...PROTESTERS }, d.actor1];
    // The crowd told as the object ("fired tear gas at students marching") is the protest's actor1.
    if (!d.actor1 && d.actor2?.kind === 'protesters') [d.actor1, d.actor2] = [d.actor2, null];
    d.actor1 ??= { ...PROTESTERS };
    // A peaceful protest has no second side but a counter-protest: the body it is held outside of or
    // addressed to ("gathered outside a police station", "marched to the army headquarters") is where
    // or to whom, as ACLED codes it.
    if (d.subEventType === 'Peaceful protest' && d.actor2 && d.actor2.kind !== 'protesters') d.actor2 = null;
  } else if (d.eventType === 'Riots') {
    // "Police dispersed two rival groups who clashed", "police fired tear gas at stone-throwing
    // students": a riot's actor1 is the crowd, never the forces that broke it up; they are its
    // actor2, the crowd (told second or not at all) its actor1.
    if (d.actor1 && STATE_FORCES.has(d.actor1.kind) && (!d.actor2 || crowd(d.actor2))) {
      [d.actor1, d.actor2] = [d.actor2 ?? withCountry({ ...RIOTERS }, d.actor1.country), d.actor1];
    }
    // The crowd told only as the object ("tear gas at youths who hurled stones") is the riot's actor1.
    if (!d.actor1 && d.actor2 && crowd(d.actor2)) [d.actor1, d.actor2] = [d.actor2, null];
    if (d.actor1 && crowd(d.actor1) && d.actor1.kind !== 'rioters') d.actor1 = asGroup(d.actor1, RIOTERS);
  }
}

const COMMUNAL: Actor = { name: 'Unidentified Communal Militia', kind: 'identity_militia', country: null, inter: 4 };
const DOER_TYPES = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence']);

/**
 * ACLED never codes civilians as the doers of violence: people named by who they are (herders,
 * farmers, villagers, residents of a place) who attack others, fight or plant a bomb act as a group
 * organised around their community or livelihood, a communal militia (identity militia, inter 4);
 * unorganised crowds are Rioters (a riot, see demonstrationRoles). Victims stay civilians, and so do
 * the civilians of an event told with no doer ("two villagers were shot dead").
 */
function civilianDoers(d: Draft): void {
  // (A direction 'none' tells no doer: the civilians named are the victims.)
  if (!DOER_TYPES.has(d.eventType) || !d.direction || d.direction === 'none') return;
  const communal = (a: Actor | null) => (a && a.kind === 'civilians' ? withCountry({ ...COMMUNAL }, a.country) : a);
  d.actor1 = communal(d.actor1);
  // Both sides of a battle are armed: civilians told as the other side fought back.
  if (d.eventType === 'Battles') d.actor2 = communal(d.actor2);
}

/** Short notes: who said it and who relayed it, and positions lost ("lost two military positions"). */
function notesOf(doc: Doc, d: Draft): string | undefined {
  const notes: string[] = [];
  if (d.assertedBy) notes.push(`according to ${d.assertedBy.name}${d.relay ? ` (reported by ${d.relay})` : ''}`);
  else if (d.relay) notes.push(`reported by ${d.relay}`);
  for (const si of d.sentences) {
    const m = /\blost (\w+) (?:military )?positions\b/i.exec(doc.sentences[si]!.text);
    const loser = d.direction === 'actor1_on_actor2' ? d.actor2 : null;
    if (m) notes.push(`${loser?.country ? countryName.get(loser.country) : 'a side'} lost ${m[1]} positions`);
  }
  return notes.length ? notes.join('; ') : undefined;
}

export function toEvent(doc: Doc, d: Draft, id: string, articleId: string, main?: { headlineClaims?: FoundClaim[]; headline?: string | null }): Event {
  fixTyping(d);
  demonstrationRoles(d);
  civilianDoers(d);
  // A state's forces or a crowd of protesters named as both sides tell no second side (a state's
  // forces told twice, "Protesters" marching): the second is left unnamed rather than repeated. Armed
  // groups, rioters and communities may fight their own kind ("Rioters" against "Rioters").
  if (d.actor1 && d.actor2 && d.actor1.name === d.actor2.name && d.actor1.country === d.actor2.country && ONE_SIDE_KINDS.has(d.actor1.kind)) d.actor2 = null;
  const claims = d.claims.map(({ sentenceIndex: _s, at: _a, partyKey: _p, additive: _d, fromHurt: _h, singular: _g, npAt: _n, afterDead: _ad, background: _b, ...c }) => ({ ...c, articleId }));
  const h = main?.headlineClaims?.length ? withHeadline(d.claims, main.headlineClaims) : { claims: d.claims, used: false };
  const { totals, fatalities } = computeTotals(h.claims);
  // "Militants attacked an army base in Mali's Mopti region": unnamed state forces that armed groups
  // attack where the text puts the event are that country's (foreign forces come with their name:
  // "Turkish forces", "US troops").
  const named = namedCountry(doc, d);
  if (named && isViolent(d) && !(d.actor1 && STATE_FORCES.has(d.actor1.kind))) d.actor2 = ofCountry(d.actor2, named);
  const ev: Event = {
    id,
    eventType: d.eventType,
    subEventType: d.subEventType,
    background: d.background,
    date: d.date ?? { start: null, end: null, precision: 5, mention: null },
    location: countryPlace(doc, d, named),
    actor1: d.actor1,
    actor2: d.actor2,
    associatedActors: d.associated,
    claims,
    totals,
    fatalities,
    evidence: d.evidence.sort((a, b) => a.start - b.start),
    articles: [articleId],
    direction: d.direction,
  };
  if (d.assertedBy) ev.assertedBy = d.assertedBy;
  if (d.mediator) ev.mediator = d.mediator;
  if (d.eventType === 'Violence against civilians') ev.civilianTargeting = true;
  let notes = notesOf(doc, d);
  if (h.used) notes = [notes, `figures from the headline: "${main!.headline}"`].filter(Boolean).join('; ');
  if (notes) ev.notes = notes;
  return ev;
}
