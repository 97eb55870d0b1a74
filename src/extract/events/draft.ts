/** An event being assembled from typed mentions and claims, and what drafts share. */
import type { DateMention } from '../../annotate/dates.ts';
import type { Doc } from '../../annotate/doc.ts';
import type { Actor, Event, EventDate, Party, Span } from '../../record/schema.ts';
import { VIOLENT_EVENT_TYPES } from '../../record/taxonomy.ts';
import { civiliansOf, militaryOf, type ActorMention } from '../actors.ts';
import type { FoundClaim } from '../claims/index.ts';
import { EVENT_WORDS as W, isVerbForm } from './lexicon.ts';
import { TYPING_WORDS as TW } from '../typing/words.ts';

export interface Draft {
  subEventType: string;
  eventType: string;
  background: boolean;
  score: number;
  order: number;
  sentences: number[];
  evidence: Span[];
  date: EventDate | null;
  /** Where the event is told (sentence, offset of its words): its date is read from the first of these
   *  that gives one, once the article's events are known (chrono costs, so only for events kept). */
  anchors: { si: number; at: number }[];
  actor1: Actor | null;
  actor2: Actor | null;
  associated: Actor[];
  mediator: Actor | null;
  assertedBy: Party | null;
  /** Every mention of the event was in someone's words ("X said Y shelled …"). */
  allAttributed: boolean;
  claims: FoundClaim[];
  direction: Event['direction'];
  /** Who relayed the words (Reuters, Interfax), for the notes. */
  relay: string | null;
  /** The class of the victim as the typing read it next to the trigger (civ, locals, gov, nonstate,
   *  armed, none); undefined for events made from figures alone. */
  patient?: string;
  /** Told as an answer to fire ("Soldiers returned fire"): actor1 is the side that was fired on. */
  responds?: boolean;
  /** The trigger is the article's own label ("Property destruction: …"): the coder named the event. */
  labelled?: boolean;
}

/** Sub-types whose two sides act on each other alike (a clash, talks, an agreement). */
export const MUTUAL_SUBS = new Set(['Armed clash', 'Agreement', 'Talks', 'Mediation', 'Non-violent transfer of territory']);


export function isViolent(d: { eventType: string; subEventType: string }): boolean {
  return VIOLENT_EVENT_TYPES.has(d.eventType) || d.subEventType === 'Excessive force against protesters' || d.subEventType === 'Protest with intervention';
}

export function toEventDate(d: DateMention): EventDate {
  return { start: d.date, end: d.endDate, precision: d.precision, mention: { text: d.text, start: d.start, end: d.end } };
}

/** Armed parties of a violent event: a country word stands for its forces, a capital for its government. */
export function asArmed(a: ActorMention, violent: boolean): Actor {
  const act = a.actor;
  if (!violent || !act.country) return act;
  if (act.kind === 'state' || (a.via === 'demonym') || (a.via === 'possessive')) return militaryOf(act.country);
  return act;
}

/**
 * The victim side of a violent event: a nationality that names people ("killed 12 Syrians", "shot
 * dead 58 Palestinians", "a Ugandan was killed") names civilians of that country, not its army; else
 * as asArmed ("12 Iranian guards" stay the state's).
 */
export function asVictim(a: ActorMention, violent: boolean, people: boolean): Actor {
  return violent && people && a.via === 'demonym' && a.actor.country ? civiliansOf(a.actor.country) : asArmed(a, violent);
}

/**
 * Does the demonym at [start, end) name people: counted in the plural ("12 Syrians"), a bare plural
 * ("fired at Palestinians") or one person ("a Ugandan was killed"; not "a Turkish drone", where a
 * noun follows)?
 */
export function demonymNamesPeople(doc: Doc, si: number, start: number, end: number): boolean {
  const tokens = doc.sentences[si]!.tokens;
  const next = tokens[end];
  const noNoun = !next || next.kind !== 'word' || TW.auxiliaries.has(next.lower) || TW.relative.has(next.lower) || TW.coordinators.has(next.lower) || W.prepositions.has(next.lower) || isVerbForm(next.lower);
  if (/^an?$/.test(tokens[start - 1]?.lower ?? '') && noNoun) return true;
  // "a 17-year-old Palestinian", "two elderly Afghans": an age before the nationality names a person.
  if (noNoun && /^\d+-year-olds?$|^(?:elderly|young|teenage)$/.test(tokens[start - 1]?.lower ?? '')) return true;
  // "fired stun grenades at Palestinians": a bare plural names people ("the Russians" may be a side).
  if ((noNoun || /ing$/.test(next!.lower)) && end - start === 1 && /s$/.test(tokens[start]!.lower) && tokens[start - 1]?.lower !== 'the') return true;
  return doc.numbers(si).some((n) => n.end === start) && /s$/.test(tokens[end - 1]?.lower ?? '');
}

/** Type of an event known only from its casualty figures (no typed mention): ACLED's rules. */
export function fallbackType(claims: FoundClaim[], text = ''): { eventType: string; subEventType: string } {
  if (W.warWords.test(text)) return { eventType: 'Battles', subEventType: 'Armed clash' };
  const kinds = new Set(claims.map((c) => c.party.kind));
  const sides = new Set(claims.filter((c) => c.party.kind === 'military' || c.party.kind === 'rebel').map((c) => c.party.country ?? c.party.kind));
  if (sides.size >= 2 || (kinds.has('military') && kinds.has('rebel'))) return { eventType: 'Battles', subEventType: 'Armed clash' };
  return { eventType: 'Violence against civilians', subEventType: 'Attack' };
}

/** A draft with no typed mention (made from figures, or from a headline), told in sentence si. */
export function emptyDraft(sub: { eventType: string; subEventType: string }, si: number, doc: Doc, background: boolean, order: number): Draft {
  const s = doc.sentences[si]!;
  return {
    ...sub, background, score: 0, order, sentences: [si], evidence: [{ text: s.text, start: s.start, end: s.end }], date: null, anchors: [{ si, at: s.start }],
    actor1: null, actor2: null, associated: [], mediator: null, assertedBy: null, allAttributed: false, claims: [], direction: 'none', relay: null,
  };
}
