/** Drafts of events: one per typed mention, one per accusation in a source's words. */
import type { Doc } from '../../annotate/doc.ts';
import { eventTypeOf } from '../../record/taxonomy.ts';
import { ATTRIBUTION } from '../attribution.ts';
import { backgroundAt } from '../background.ts';
import type { Accusation } from '../counterclaims.ts';
import { LABEL_END, type EventMention } from '../mention.ts';
import { asArmed, asVictim, isViolent, MUTUAL_SUBS, toEventDate, type Draft } from './draft.ts';
import { mentionActors } from './event-actors.ts';
import { EVENT_WORDS as W } from './lexicon.ts';

export function draftFromMention(doc: Doc, m: EventMention, order: number): Draft {
  const si = m.sentenceIndex;
  const s = doc.sentences[si]!;
  const at = Math.max(0, s.tokens.findIndex((t) => t.end > m.trigger.start));
  const bg = backgroundAt(doc, si, at);
  const violent = isViolent(m);
  const attr = doc.get(ATTRIBUTION, si);
  const { actor1: a1, actor2: a2, others, mediator } = mentionActors(doc, m, at, violent, attr);
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
    actor1: a1 ? asArmed(a1, violent) : null,
    actor2: a2 ? asVictim(a2, violent, doc.numbers(si).some((n) => n.end === a2.start), /s$/.test(s.tokens[a2.end - 1]?.lower ?? '')) : null,
    associated: others.map((a) => asArmed(a, violent)),
    mediator,
    assertedBy: attributed ? attr.claimedBy : null,
    relay: attr.reportedBy?.name ?? null,
    allAttributed: attributed,
    claims: [],
    direction: W.attackWords.test(m.trigger.text) && a1 && a2 ? 'actor1_on_actor2' : MUTUAL_SUBS.has(m.subEventType) || m.eventType === 'Diplomacy' ? 'mutual' : a1 && a2 ? 'actor1_on_actor2' : 'none',
    patient: m.patient,
    labelled: si === 0 && m.trigger.end <= doc.value(LABEL_END),
  };
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
