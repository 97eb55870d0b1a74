/**
 * The actors of a typed mention (docs/extraction.md, "Actors"): actor1 acts on actor2. actor1 is the
 * nearest actor named before the trigger (within six words for violence) that is not a target;
 * actor2 a target ("against Armenia", "on Armenian positions") or the first actor after the trigger;
 * "by X" after a passive makes X actor1; the subject of a casualty word ("25 Armenian soldiers are
 * reported as dead") is the victim. Sources of the sentence and mediators are not parties.
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Actor } from '../../record/schema.ts';
import { ACTORS, civiliansOf, governmentOf, type ActorMention } from '../actors.ts';
import type { Attribution } from '../attribution.ts';
import type { EventMention } from '../mention.ts';
import { participleClauseAt } from '../clause.ts';
import { startsObject, TYPING_WORDS as TW } from '../typing/words.ts';
import { MUTUAL_SUBS } from './draft.ts';
import { EVENT_WORDS as W } from './lexicon.ts';

export interface MentionActors {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Other actors next to the trigger with a country (associated actors). */
  others: ActorMention[];
  mediator: Actor | null;
}

/** The actors of mention m, whose trigger starts at token `at` of its sentence. */
export function mentionActors(doc: Doc, m: EventMention, at: number, violent: boolean, attr: Attribution): MentionActors {
  const si = m.sentenceIndex;
  const tokens = doc.sentences[si]!.tokens;
  const actors = doc.get(ACTORS, si).filter((a) => a.via !== 'media' && !attr.sources.some(([x, y]) => a.start >= x && a.end <= y));
  const { mediator, at: medAt } = mediatorOf(doc, si, actors);
  // "killed 14 villagers in northern Burkina Faso": a country after a locative is where, not who.
  const placeOnly = (a: ActorMention) => {
    if (a.via !== 'country') return false;
    let k = a.start - 1;
    while (k >= 0 && W.compass.has(tokens[k]!.lower)) k--;
    return k >= 0 && W.locatives.has(tokens[k]!.lower);
  };
  const parties = actors.filter((a) => a.start !== medAt && !placeOnly(a));
  const isTarget = (a: ActorMention) => W.targetLeads.has(tokens[a.start - 1]?.lower ?? '');
  // Who fights is named next to the fighting words; further away are bystanders of the sentence
  // ("Armenia had asked Moscow to help … after the worst fighting").
  const reach = violent ? 6 : 14;
  const before = parties.filter((a) => a.end <= at + 1 && at - a.end <= reach).reverse();
  const after = parties.filter((a) => a.start > at && a.start - at <= reach);
  let a1 = before.find((a) => !isTarget(a)) ?? null;
  let a2Main: ActorMention | null = null;
  // ", killing 20 people": a participle clause shares the main clause's subject (the sentence's first
  // party that is no target or object), however long that clause is.
  const clause = participleClauseAt(tokens, at);
  if (clause > 0) {
    const subject = parties.find((a) => a.end <= clause && !isTarget(a) && !W.targetLeads.has(tokens[a.start - 2]?.lower ?? '') && tokens[a.start - 1]?.lower !== 'of');
    if (subject) a1 = subject;
  }
  // "Gunmen killed 14 villagers in an attack on a market": an event noun after "in" hangs on the
  // main clause, whose subject acted and whose object suffered ("Two soldiers were killed in an
  // ambush": a passive's subject suffered).
  const byAgent = after.find((a) => tokens[a.start - 1]?.lower === 'by' || tokens[a.start - 2]?.lower === 'by');
  const prep = inPhraseAt(tokens, at);
  if (prep > 0) {
    const main = parties.filter((a) => a.end <= prep && !isTarget(a));
    // The subject comes before the main verb ("Jihadists killed 100 villagers in two attacks": the
    // villagers, after the verb, are its object, and the jihadists no actor the lexicon knows).
    const verb = tokens.findIndex((t, k) => k < prep && W.casualtyTriggers.has(t.lower));
    const subject = main[0] && (verb < 0 || main[0].end <= verb) ? main[0] : undefined;
    if (!subject) { a1 = null; a2Main = main.find((a) => verb >= 0 && a.start > verb) ?? null; } else {
      // "were killed in an ambush" and "died in an attack" (no object before "in"): the subject suffered.
      const passive = tokens.slice(subject.end, prep).some((t) => TW.auxiliaries.has(t.lower)) || (verb >= 0 && verb + 1 === prep);
      const object = main.find((a) => a !== subject && a.actor.name !== subject.actor.name);
      if (passive) { a1 = byAgent ?? null; a2Main = subject; }
      else { a1 = subject; a2Main = object ?? null; }
    }
  }
  // A casualty word's subject is the victim: "25 Armenian soldiers are reported as dead"; not when
  // the word is an active verb with its object ("security forces killed 10 militants", "rebels
  // captured the town").
  let victim: ActorMention | null = null;
  const next = tokens[at + 1];
  const active = !!next && (startsObject(next.lower) || after.some((a) => a.start === at + 1));
  if (a1 && !active && W.casualtyTriggers.has(m.trigger.text.toLowerCase())) { victim = a1; a1 = null; }
  // "Troops discovered the bodies of four civilians", "police recovered the body of a soldier": who
  // found the dead is no party to their killing (a "by" agent after is, as above).
  if (a1 && !byAgent && W.bodyNouns.has(m.trigger.text.toLowerCase()) && tokens.slice(Math.max(a1.end, at - 4), at).some((t) => W.findingVerbs.has(t.lower))) a1 = null;
  // "warplanes struck Gaza, killing 20 civilians": a bare country or territory struck is where; the
  // civilians named after it are the victims, that country's civilians.
  const struck = after.find((a) => a !== a1);
  const named = struck?.via === 'country' ? after.find((a) => a.start > struck.start && a.actor.kind === 'civilians') : undefined;
  const civilians = named && { ...named, actor: named.actor.country ? named.actor : civiliansOf(struck!.actor.country) };
  let a2 = a2Main ?? victim ?? civilians ?? struck ?? before.find((a) => isTarget(a)) ?? null;
  if (byAgent && violent && prep < 0) { a2 = a1; a1 = byAgent; }
  if (a1 && a2 && a1.actor.country && a1.actor.country === a2.actor.country && a1.actor.kind === a2.actor.kind) a2 = after.find((a) => a !== a1 && a !== a2 && a.actor.country !== a1!.actor.country) ?? null;
  // "clashes between Sudan's army and the Rapid Support Forces", "talks between Armenia and
  // Azerbaijan": the two sides are named after "between", the first as actor1.
  const pair = betweenPair(tokens, parties, at);
  if (pair) [a1, a2] = pair;
  if (!a2 && MUTUAL_SUBS.has(m.subEventType)) {
    // "Ethiopian troops and Fano militiamen fought": two sides joined by "and" fight each other, of one country or not.
    const joined = (a: ActorMention) => !!a1 && a.end < a1.start && a1.start - a.end === 1 && tokens[a.end]!.lower === 'and' && a.actor.name !== a1.actor.name;
    const other = before.find((a) => a !== a1 && (a.actor.country !== a1?.actor.country || joined(a)));
    if (other) { a2 = a1; a1 = other; }
  }
  const others = [...before, ...after].filter((a) => a !== a1 && a !== a2 && a.actor.name !== a1?.actor.name && a.actor.name !== a2?.actor.name && a.actor.country !== null);
  return { actor1: a1, actor2: a2, others, mediator };
}

/**
 * Where "in" opens the phrase that holds the event noun at `at` ("in an attack", "in two attacks",
 * "in a deadly ambush"), or -1: up to three determiners, counts or modifiers between.
 */
function inPhraseAt(tokens: Doc['sentences'][number]['tokens'], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    const w = tokens[k]!.lower;
    if (w === 'in' || w === 'during') return k;
    if (tokens[k]!.clauseStart || tokens[k]!.kind !== 'word' && !/^\d/.test(w)) return -1;
  }
  return -1;
}

/** The two actors of "between X and Y" within a few words after the trigger at `at`, or null. */
function betweenPair(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): [ActorMention, ActorMention] | null {
  let b = -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 4); k++) if (tokens[k]!.lower === 'between') { b = k; break; }
  if (b < 0) return null;
  const x = parties.find((a) => a.start > b && a.start - b <= 3);
  if (!x) return null;
  const y = parties.find((a) => a.start > x.end && a.start - x.end <= 4 && tokens.slice(x.end, a.start).some((t) => t.lower === 'and'));
  return y && y.actor.name !== x.actor.name ? [x, y] : null;
}

/** The mediator of a sentence ("mediated by the Russian side", "Russia … brokered"), who is not a party, and where it is named. */
function mediatorOf(doc: Doc, si: number, actors: ActorMention[]): { mediator: Actor | null; at: number } {
  const s = doc.sentences[si]!;
  if (!W.mediation.test(s.text)) return { mediator: null, at: -1 };
  const tokens = s.tokens;
  const med = actors.find((a) => W.mediatorLeads.has(tokens[a.start - 1]?.lower ?? '') || W.mediatorLeads.has(tokens[a.start - 2]?.lower ?? '')
    || W.mediatorAfter.has(tokens[a.end]?.lower ?? '') || (tokens[a.end]?.lower === ',' && W.mediatorAfterText.test(s.text)));
  if (!med) return { mediator: null, at: -1 };
  return { mediator: med.actor.country ? governmentOf(med.actor.country) : med.actor, at: med.start };
}
