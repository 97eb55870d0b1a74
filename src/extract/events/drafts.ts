/** Drafts of events: one per typed mention, one per accusation in a source's words. */
import type { Doc } from '../../annotate/doc.ts';
import { eventTypeOf } from '../../record/taxonomy.ts';
import { ACTORS, type ActorMention } from '../actors.ts';
import { ATTRIBUTION, inSources, type Attribution } from '../attribution.ts';
import { backgroundAt } from '../background.ts';
import type { Accusation } from '../counterclaims.ts';
import { LABEL_END, type EventMention } from '../mention.ts';
import { STATE_FORCES } from '../sides.ts';
import { asArmed, asVictim, demonymNamesPeople, isViolent, MUTUAL_SUBS, toEventDate, type Draft } from './draft.ts';
import { mentionActors } from './event-actors.ts';
import { EVENT_WORDS as W, isVerbForm } from './lexicon.ts';

const NO_ACTORS = { actor1: null, actor2: null, others: [], mediator: null } as const;

/**
 * Where the subject of the text after a label ends (its verb), or -1 when none: the first party
 * after the label that is no object of a preposition ("Looting: On 9 May, in X, rebels looted …").
 */
function labelSubjectEnd(doc: Doc, si: number, label: number): number {
  const tokens = doc.sentences[si]!.tokens;
  const subject = doc.get(ACTORS, si).find((a) => a.start > label && a.via !== 'media' && a.via !== 'place' && !W.prepositions.has(tokens[a.start - 1]?.lower ?? ''));
  if (!subject) return -1;
  // A party after a verb of its clause is an object ("regime forces looted displaced civilians").
  let k = subject.start;
  while (k > label + 1 && !tokens[k]!.clauseStart) k--;
  return tokens.slice(k, subject.start).some((t) => isVerbForm(t.lower)) ? -1 : subject.end;
}

export function draftFromMention(doc: Doc, m: EventMention, order: number): Draft {
  const si = m.sentenceIndex;
  const s = doc.sentences[si]!;
  const at = Math.max(0, s.tokens.findIndex((t) => t.end > m.trigger.start));
  const bg = backgroundAt(doc, si, at);
  const violent = isViolent(m);
  // Weapons disrupted (drones shot down, rockets intercepted, mines cleared) are armed sides' weapons:
  // a country named there stands for its forces, as in violence.
  const armed = violent || m.subEventType === 'Disrupted weapons use';
  const attr = doc.get(ATTRIBUTION, si);
  const labelled = si === 0 && m.trigger.end <= doc.value(LABEL_END);
  // A lead label ("Looting: On 9 May, rebels looted …") names the type, not the parties: they are
  // read at the verb of the text after it, right after its subject.
  const verbAt = labelled ? labelSubjectEnd(doc, si, at) : at;
  const found = verbAt < 0 ? NO_ACTORS : mentionActors(doc, m, verbAt, violent, attr);
  const { others, mediator } = found;
  let { actor1: a1, actor2: a2 } = found;
  // ACLED's excessive force against protesters is force used by state forces (or others) on a
  // demonstration: when the reading found no force among its sides, the state force its sentence names
  // ("two protesters were shot dead as security forces dispersed the crowd", "when soldiers fired on a
  // march") used it, not a source ("…, police said").
  if (m.subEventType === 'Excessive force against protesters' && ![a1, a2].some((a) => a && STATE_FORCES.has(a.actor.kind)) && (!a1 || CROWDS.has(a1.actor.kind))) {
    const force = sentenceForce(doc, si, attr);
    if (force) { a2 ??= a1; a1 = force; }
  }
  // Said in someone's words rather than the outlet's own: "…, the Kremlin said", "X said Y shelled …".
  const attributed = attr.claimedBy !== null || m.modality === 'reported';
  return {
    subEventType: m.subEventType,
    eventType: m.eventType || eventTypeOf(m.subEventType),
    background: bg.background,
    score: m.score,
    order,
    sentences: [si],
    evidence: [{ text: s.text, start: s.start, end: s.end }],
    date: bg.background && bg.date ? toEventDate(bg.date) : null,
    anchors: [{ si, at: m.trigger.start }],
    actor1: a1 ? asArmed(a1, armed) : null,
    actor2: a2 ? asVictim(a2, armed, demonymNamesPeople(doc, si, a2.start, a2.end)) : null,
    associated: others.map((a) => asArmed(a, armed)),
    mediator,
    assertedBy: attributed ? attr.claimedBy : null,
    relay: attr.reportedBy?.name ?? null,
    allAttributed: attributed,
    claims: [],
    direction: W.attackWords.test(m.trigger.text) && a1 && a2 ? 'actor1_on_actor2' : MUTUAL_SUBS.has(m.subEventType) || m.eventType === 'Diplomacy' ? 'mutual' : a1 && a2 ? 'actor1_on_actor2' : 'none',
    patient: m.patient,
    labelled,
    responds: violent && W.responseWords.test(m.trigger.text),
  };
}

/** Kinds of a crowd's party: the people a demonstration gathers, never the force used on it. */
const CROWDS = new Set<string>(['protesters', 'rioters', 'civilians']);

/** The first state force (police, soldiers, the state's forces) sentence si names as a doer: outside
 *  its sources' words and after no preposition ("a demonstration against police officers", "outside a
 *  police station" name what the protest addressed). */
function sentenceForce(doc: Doc, si: number, attr: Attribution): ActorMention | null {
  const tokens = doc.sentences[si]!.tokens;
  return doc.get(ACTORS, si).find((a) => a.via !== 'media' && a.via !== 'place' && STATE_FORCES.has(a.actor.kind) && a.actor.kind !== 'government' && !inSources(attr, a) &&
    !W.prepositions.has(tokens[a.start - 1]?.lower ?? '') && !W.prepositions.has(tokens[a.start - 2]?.lower ?? '')) ?? null;
}

/** "X said Y shelled …": the attack as the source asserts it, an event of its own (counterclaims.ts). */
export function accusationDraft(doc: Doc, acc: Accusation, order: number, mentions: EventMention[]): Draft {
  const s = doc.sentences[acc.sentenceIndex]!;
  const score = Math.max(0, ...mentions.filter((m) => m.sentenceIndex === acc.sentenceIndex).map((m) => m.score));
  const bg = backgroundAt(doc, acc.sentenceIndex, Math.max(0, s.tokens.findIndex((t) => t.start >= acc.at)));
  return {
    subEventType: acc.subEventType, eventType: acc.eventType, background: bg.background, score, order,
    sentences: [acc.sentenceIndex], evidence: [{ text: s.text, start: s.start, end: s.end }],
    date: bg.background && bg.date ? toEventDate(bg.date) : null, anchors: [{ si: acc.sentenceIndex, at: acc.at }],
    actor1: asArmed(acc.accused, true), actor2: acc.target ? asArmed(acc.target, true) : null, associated: [], mediator: null,
    assertedBy: acc.assertedBy, allAttributed: true, claims: [], direction: 'actor1_on_actor2', relay: null,
  };
}
