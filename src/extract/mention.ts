/**
 * The seam between event typing (src/extract/typing/, which finds and types event mentions in text)
 * and event assembly (src/extract/, which turns mentions into Events with actors, dates, claims).
 */
import { docLayer } from '../annotate/doc.ts';

export interface EventMention {
  /** ACLED sub-event type or a diplomatic value from src/record/taxonomy.ts. */
  subEventType: string;
  eventType: string;
  /** Higher is more certain / more central; the primary event of a text has the highest. */
  score: number;
  /** Index into the sentences given to the detector. */
  sentenceIndex: number;
  /** The trigger words, offsets into the full text. */
  trigger: { start: number; end: number; text: string };
  /** "plans to attack", "threatened to strike", "denied shelling": not a fact that happened. */
  modality?: 'asserted' | 'negated' | 'hypothetical' | 'reported';
  /** Why the typing chose this sub-type (the rule's reason from data/event-triggers.json). */
  why?: string;
  /** Classes of the trigger's agent and patient as the typing read them (gov, nonstate, armed,
   *  civ, locals, protester, rioter, or none): "police shot dead a civilian" has patient civ, so
   *  the Attack should stay an Attack whatever the actor names resolve to. */
  agent?: string;
  patient?: string;
}

/** The strongest mentions are enough to find an article's events (long pages list hundreds). */
export const MAX_MENTIONS = 16;

/** Whether a mention tells of something that happened: negated ("denied shelling") and hypothetical
 *  ("plans to attack") mentions are no events. The one rule typing, assembly and the tests share. */
export function happened(m: Pick<EventMention, 'modality'>): boolean {
  return m.modality !== 'negated' && m.modality !== 'hypothetical';
}

/** A short label that opens a text ("Arrests: police detained …", "Property destruction: …"), as in
 *  ACLED's notes and some wire headlines: it names the text's main event. */
const LABEL = /^[\s"'“]*[A-Za-z][A-Za-z /-]{2,40}:/;

/** Offset of the colon ending the label of the first sentence, or -1 when it has none. */
export const LABEL_END = docLayer('label end', (doc) => {
  const first = doc.sentences[0];
  if (!first) return -1;
  const m = LABEL.exec(doc.text.slice(first.start, Math.min(doc.text.length, first.start + 60)));
  return m ? first.start + m[0].length - 1 : -1;
});
