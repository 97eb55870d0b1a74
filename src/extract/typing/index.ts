import { happened, type EventMention, type SentenceRange } from '../mention.ts';
import { eventLexicon, type Lexicon } from './lexicon.ts';
import { matchLayers } from './match.ts';
import { indexHits, markCauses, sentenceCandidates, type Candidate, type SentenceCues } from './rules.ts';
import { tokenize } from './tokens.ts';

/**
 * Ranking. A mention's score is its rule's weight (specific weapon words outweigh "killed"),
 * plus a bonus for the lead sentences (news puts the main event first), minus a penalty when the
 * event did not happen as told ("threatened to attack", "denied shelling").
 */
const LEAD_BONUS = [1.5, 0.5];
const MODALITY_PENALTY = { asserted: 0, reported: 0.5, hypothetical: 5, negated: 6 } as const;
/** Mentions of the lead event's family (the best of the first sentence that has any) gain this:
 *  a later sentence may refine the lead event ("the attackers used grenades", "police fired tear
 *  gas") but another event told later (a ceasefire, an appeal) is rarely the main one. */
const LEAD_FAMILY_BONUS = 2;
/** Territory changes told after the lead are events of their own, not details of the lead. */
const NOT_REFINING = new Set(['Non-state actor overtakes territory', 'Government regains territory']);
/** Earlier triggers in a sentence win ties: the main verb of a news sentence tends to come first. */
const POSITION_TIEBREAK = 0.002;
/** Sentences with more mentions than this are lists; their tail adds nothing. */
const MAX_PER_SENTENCE = 3;
/** Penalty of a secondary reading (looting, arrests...) in a report of violence. */
const SECONDARY_PENALTY = 3;

/** Mentions of the same event family in one sentence are one event: keep the best reading. */
function familyOf(eventType: string): string {
  if (eventType === 'Battles' || eventType === 'Explosions/Remote violence' || eventType === 'Violence against civilians') return 'violence';
  if (eventType === 'Protests' || eventType === 'Riots') return 'demonstration';
  return eventType;
}

function scoreOf(c: Candidate, sentenceIndex: number): number {
  return c.rule.weight + (LEAD_BONUS[sentenceIndex] ?? 0) - MODALITY_PENALTY[c.modality] - POSITION_TIEBREAK * c.anchor.i;
}

/** A trigger that is the text's label ("Arrests: police detained ...", "Movement of forces: ...")
 *  names its main event, whatever else the text tells. */
const LABEL_BONUS = 5;
const LABEL = /^[\s"'“]*[A-Za-z][A-Za-z /-]{2,40}:/;

/** Offset of the colon ending a short label at the start of the first sentence, or -1. */
function labelEndOf(text: string, first: SentenceRange | undefined): number {
  if (!first) return -1;
  const start = Math.max(0, first.start);
  const m = LABEL.exec(text.slice(start, Math.min(text.length, start + 60)));
  return m ? start + m[0].length - 1 : -1;
}

/** Cues of each sentence, and the tags of the whole text (for rules that look beyond the sentence). */
export function annotateSentences(lex: Lexicon, text: string, sentences: SentenceRange[]): { cues: SentenceCues[]; doc: Set<string> } {
  const doc = new Set<string>();
  const cues: SentenceCues[] = [];
  for (const r of sentences) {
    const start = Math.max(0, Math.min(text.length, r.start));
    const end = Math.max(start, Math.min(text.length, r.end));
    const tokens = tokenize(text, start, end);
    const [cueHits, actorHits, contextHits] = matchLayers(lex.firstWords, tokens, lex.sharing);
    const s = indexHits(tokens, cueHits, actorHits, contextHits);
    markCauses(lex, s);
    for (const tag of s.byTag.keys()) doc.add(tag);
    cues.push(s);
  }
  return { cues, doc };
}

/**
 * Finds and types the event mentions of a text, most important first (the primary event of the
 * text first). Types are ACLED sub-event types or fogwatch's diplomatic values.
 */
export function detectEventMentions(text: string, sentences: SentenceRange[]): EventMention[] {
  const lex = eventLexicon();
  const { cues, doc } = annotateSentences(lex, text, sentences);
  let out: (EventMention & { secondary: boolean; fallback: boolean })[] = [];
  const labelEnd = labelEndOf(text, sentences[0]);
  cues.forEach((s, sentenceIndex) => {
    const best = new Map<string, { c: Candidate; score: number }>();
    for (const c of sentenceCandidates(lex, s, doc)) {
      let score = scoreOf(c, sentenceIndex);
      if (sentenceIndex === 0 && s.tokens[c.anchor.j - 1]!.end <= labelEnd) score += LABEL_BONUS;
      const fam = familyOf(c.rule.eventType);
      const prev = best.get(fam);
      if (!prev || score > prev.score) best.set(fam, { c, score });
    }
    const kept = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PER_SENTENCE);
    for (const { c, score } of kept) {
      const first = s.tokens[c.anchor.i]!;
      const last = s.tokens[c.anchor.j - 1]!;
      const labelled = sentenceIndex === 0 && last.end <= labelEnd;
      out.push({
        subEventType: c.rule.sub,
        eventType: c.rule.eventType,
        score: Math.round(score * 1000) / 1000,
        sentenceIndex,
        trigger: { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
        modality: c.modality,
        why: c.rule.why,
        agent: c.agent,
        patient: c.patient,
        // A label ("Non-violent activity: ...") says what the text is about: no secondary penalty.
        secondary: c.rule.secondary && !labelled,
        fallback: c.rule.fallback,
      });
    }
  });
  if (out.some((m) => !m.fallback)) out = out.filter((m) => !m.fallback);
  const violent = out.some((m) => !m.secondary && (m.modality === 'asserted' || m.modality === 'reported') &&
    familyOf(m.eventType) !== 'Strategic developments' && familyOf(m.eventType) !== 'Diplomacy');
  if (violent) for (const m of out) if (m.secondary) m.score -= SECONDARY_PENALTY;
  // The lead: the best asserted mention of the first sentence that has any.
  let lead: EventMention | undefined;
  for (const m of out) {
    if (!happened(m)) continue;
    if (lead && m.sentenceIndex !== lead.sentenceIndex) break;
    if (!lead || m.score > lead.score) lead = m;
  }
  if (lead) {
    // The lead sentence's reading of its family, and later readings that say how the lead event
    // went (a weapon, an exchange of fire, tear gas, stones); a town taken later is another event.
    const fam = familyOf(lead.eventType);
    for (const m of out) {
      if (familyOf(m.eventType) !== fam) continue;
      // A later mention of the lead's own type repeats it ("the fighting ..."): no bonus, so
      // the lead stays first.
      const refines = m.subEventType !== lead.subEventType && !NOT_REFINING.has(m.subEventType);
      if (m.sentenceIndex === lead.sentenceIndex || refines) m.score += LEAD_FAMILY_BONUS;
    }
  }
  // Stable: equal scores keep text order.
  return out
    .map(({ secondary, fallback, ...m }) => { void secondary; void fallback; return { ...m, score: Math.round(m.score * 1000) / 1000 }; })
    .map((m, k) => ({ m, k }))
    .sort((a, b) => b.m.score - a.m.score || a.k - b.k)
    .map(({ m }) => m);
}
