import { sentenceLayer, type Doc } from '../../annotate/doc.ts';
import { TERRITORY_SUB_TYPES } from '../../record/taxonomy.ts';
import { ACTORS } from '../actors.ts';
import { happened, LABEL_END, type EventMention } from '../mention.ts';
import { eventLexicon } from './lexicon.ts';
import { matchLayers, type Hit } from './match.ts';
import { indexHits, markCauses, sameClauseBroken, sentenceCandidates, TIME_SHIFT, type Candidate, type SentenceCues } from './rules.ts';
import { TYPING_WORDS } from './words.ts';
import { hazardOnly } from './hazards.ts';
import { placeNames } from './place-names.ts';
import { mapPacked } from '../../util/packed.ts';

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
/** An event told as earlier than the one reported ("after the riots in the prisons the previous
 *  week", "whose home was attacked the day before") is its background: this penalty, and it never
 *  refines the lead. EARLIER_REACH: how many words after the trigger the time phrase may stand, in
 *  the same clause (before the trigger, anywhere in its clause). */
const EARLIER_PENALTY = 4;
const EARLIER_REACH = 8;
/** A shoot-down or interception told in another clause than a strike that got through (see
 *  responseToStrike): the other side's answer, this penalty, so that the strike leads. */
const RESPONSE_PENALTY = 4;
/** Strikes that hit their targets from afar; a disruption beside one in another clause answers it. */
const STRIKES = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);
/** The cue tag of a shoot-down or interception (data/event-triggers.json): weapons seized or defused
 *  beside a strike are no answer to it. */
const DISRUPT_VERB = 'disrupt_verb';

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

/**
 * The cues of a sentence: the trigger lexicon's cue, actor and context phrases found in its words,
 * with the words inside cause scopes ("protested over [the killing of a teacher]") set apart.
 */
export const EVENT_CUES = sentenceLayer<SentenceCues>('event cues', (doc, si) => {
  const lex = eventLexicon();
  const words = doc.sentences[si]!.words;
  const [allCues, actorHits, contextHits] = matchLayers(lex.firstWords, words, lex.sharing, lex.transparent);
  // "the Government of National Accord", "the Revolutionary Armed Forces": a capitalised word inside
  // a group's name is part of that name, no cue of an event ("accord", "armed").
  const names = allCues.some((c) => /^\p{Lu}/u.test(words[c.i]!.text)) ? actorNames(doc, si) : [];
  // (Its first word too when every word of the name is capitalised: "Allied Democratic Forces".)
  const named = (c: Hit) => /^\p{Lu}/u.test(words[c.i]!.text) && names.some(([from, to, proper]) => (words[c.i]!.start > from || (proper && words[c.i]!.start === from)) && words[c.j - 1]!.end <= to);
  const cueHits = names.length ? allCues.filter((c) => !named(c)) : allCues;
  const s = indexHits(lex, words, cueHits, actorHits, contextHits);
  // Words joined to the one before by a hyphen ("sit-in"): the next word heads that compound.
  if (doc.sentences[si]!.text.includes('-')) for (let k = 1; k < words.length; k++) {
    if (words[k]!.start === words[k - 1]!.end + 1 && doc.text.charCodeAt(words[k - 1]!.end) === 45) (s.hyphenJoined ??= new Uint8Array(words.length))[k] = 1;
  }
  markCauses(lex, s);
  placeNames(lex, s);
  // Words right after a semicolon (few sentences hold one: the rest pay one scan of their text).
  if (doc.sentences[si]!.text.includes(';')) for (let k = 1; k < words.length; k++) {
    if (words[k]!.clauseStart && doc.text.slice(words[k - 1]!.end, words[k]!.start).includes(';')) (s.afterSemicolon ??= new Uint8Array(words.length))[k] = 1;
  }
  return s;
});

/**
 * Character spans of the sentence's named groups of several words ("Government of National Accord"),
 * and whether every word is capitalised (a proper name, whose first word is no cue either: "Allied
 * Democratic Forces"); not a state's bodies, whose words may tell the means ("the Nigerian Air Force").
 */
function actorNames(doc: Doc, si: number): [number, number, boolean][] {
  const tokens = doc.sentences[si]!.tokens;
  const proper = (from: number, to: number) => tokens.slice(from, to).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || TYPING_WORDS.nameLinks.has(t.lower));
  return doc.get(ACTORS, si).filter((a) => a.end - a.start > 1 && a.via === 'standalone').map((a) => [tokens[a.start]!.start, tokens[a.end - 1]!.end, proper(a.start, a.end)]);
}

/** Does sentence si tell hurt by an accident or a natural hazard only (typing/hazards.ts)? Its figures are no event's. */
export const hazardSentence = (d: Doc, si: number): boolean => hazardOnly(eventLexicon(), d.get(EVENT_CUES, si));

/**
 * Finds and types the event mentions of sentences [0, end) of a Doc, most important first (the
 * primary event of the text first). Types are ACLED sub-event types or fogwatch's diplomatic values.
 */
export function detectEventMentions(d: Doc, end = d.sentences.length): EventMention[] {
  const lex = eventLexicon();
  const cues: SentenceCues[] = [];
  // The tags of the whole text, for rules that look beyond the sentence ("@protest").
  const doc = new Set<string>();
  for (let si = 0; si < end; si++) {
    const s = d.get(EVENT_CUES, si);
    for (const tag of s.byTag.keys()) doc.add(tag);
    cues.push(s);
  }
  const labelEnd = d.value(LABEL_END);
  // (Packed arrays where hot code reads them, mapped or not: util/packed.ts.)
  const candidates = mapPacked(cues, (s, si) => sentenceCandidates(lex, s, offDutyNear(lex.offDutyTags, doc, cues, si), cues[si - 1]));
  // The lead is the first sentence that tells an event: it tells the news, even of last week.
  const leadSentence = candidates.findIndex((c) => c.length > 0);
  let out = cues.flatMap((s, si) => sentenceMentions(d.text, s, si, candidates[si]!, labelEnd, si > leadSentence));
  if (out.some((m) => !m.fallback)) out = out.filter((m) => !m.fallback);
  const violent = out.some((m) => !m.secondary && (m.modality === 'asserted' || m.modality === 'reported') &&
    familyOf(m.eventType) !== 'Strategic developments' && familyOf(m.eventType) !== 'Diplomacy');
  if (violent) for (const m of out) if (m.secondary) m.score -= SECONDARY_PENALTY;
  leadFamilyBonus(out, (si) => TIME_SHIFT.some((t) => cues[si]!.byTag.has(t)));
  out = raidOnProperty(out, candidates, cues, lex.victimTags, lex.assaultTags);
  // Equal scores keep text order: Array.prototype.sort is stable (ES2019), so no index is carried
  // along to break ties (a wrapper object per mention, whose sort V8 deoptimized again and again).
  return mapPacked(out, ({ secondary, fallback, earlier, resists, anchorTag, anchorStart, anchorEnd, ...m }) => { void secondary; void fallback; void earlier; void resists; void anchorTag; void anchorStart; void anchorEnd; return { ...m, score: Math.round(m.score * 1000) / 1000 }; })
    .sort((a, b) => b.score - a.score);
}

/**
 * The text's tags as the rules of sentence si read them: an off-duty word ("off duty", "at his home",
 * "retired soldier") counts only in the sentence of the event or in the one right after it that goes
 * on telling it (no shift of time: "The officer was attacked at his home"). An officer shot at home in
 * one paragraph is no reason to read a base attacked in another as violence against civilians.
 */
function offDutyNear(offDuty: Set<string>, doc: Set<string>, cues: SentenceCues[], si: number): Set<string> {
  const told = [...offDuty].filter((t) => doc.has(t));
  if (!told.length) return doc;
  const near = (k: number) => told.some((t) => cues[k]?.byTag.has(t));
  if (near(si) || (near(si + 1) && !TIME_SHIFT.some((t) => cues[si + 1]!.byTag.has(t)))) return doc;
  const out = new Set(doc);
  for (const t of told) out.delete(t);
  return out;
}

type Ranked = EventMention & { secondary: boolean; fallback: boolean; earlier: boolean; resists: boolean; anchorTag: string; anchorStart: number; anchorEnd: number };

const LOOTING = 'Looting/property destruction';
/** How many words after an assault its object may run ("attacked and burned [a school]", "burned [the homes of farmers]"). */
const ASSAULT_OBJECT_REACH = 7;

/** Is what the assault ending at token `from` hit a building or a thing, with no people or place told? */
function propertyObject(s: SentenceCues, start: number, from: number): boolean {
  // "the farm was attacked": a passive's object is its subject, told before it.
  if (start > 0 && TYPING_WORDS.auxiliaries.has(s.tokens[start - 1]!.lower)) return false;
  let end = Math.min(s.tokens.length, from + ASSAULT_OBJECT_REACH);
  // The object ends at a new clause or where a place is told ("a school [in a village]" says where).
  for (let k = from + 1; k < end; k++) if (s.tokens[k]!.clauseStart || TYPING_WORDS.placeLeads.has(s.tokens[k]!.lower)) end = k;
  const within = (h: Hit) => h.i >= from && h.i < end;
  const things = (s.byTag.get('property') ?? []).filter(within);
  // People are no thing, but a place of people named by its building ("a school") is the building.
  const people = s.actors.filter((h) => within(h) && !things.some((t) => t.i === h.i));
  return things.length > 0 && !people.length && !(s.byTag.get('territory') ?? []).some(within);
}

/**
 * "Militants attacked the village, burned the school and seized livestock; no casualties": an assault
 * ("attacked", "raided", "stormed") that harmed nobody anywhere in the text (no one killed, wounded,
 * shot at, beaten, abducted or arrested, as told: a negated "no casualties" harms no one) and burned,
 * looted or seized property in its own sentence is ACLED's looting/property destruction: the assault
 * word tells how the property was reached, the property is what was hit. Only when the assault's
 * object is a building or a thing (a school, an office, vehicles): an assault on people, a village, a
 * town or a farm targets those who live there, an attack even with no casualty told. The lead assault
 * gives way to that reading (one event, not an attack and its looting).
 */
function raidOnProperty(out: Ranked[], candidates: Candidate[][], cues: SentenceCues[], victimTags: Set<string>, assaultTags: Set<string>): Ranked[] {
  let lead: Ranked | undefined;
  for (const m of out) if (happened(m) && !m.earlier && (!lead || m.score > lead.score)) lead = m;
  if (!lead || lead.subEventType !== 'Attack' || !assaultTags.has(lead.anchorTag)) return out;
  if (!propertyObject(cues[lead.sentenceIndex]!, lead.anchorStart, lead.anchorEnd)) return out;
  const loot = out.find((m) => m.subEventType === LOOTING && m.sentenceIndex === lead!.sentenceIndex && happened(m) && !m.earlier);
  if (!loot) return out;
  const harmed = candidates.some((cs) => cs.some((c) => victimTags.has(c.anchor.tag) && (c.modality === 'asserted' || c.modality === 'reported')));
  if (harmed) return out;
  loot.score = lead.score;
  return out.filter((m) => m !== lead);
}

/** Is the trigger dated before the reported event by a time phrase of its own clause ("the previous week")? */
function toldAsEarlier(s: SentenceCues, c: Candidate): boolean {
  for (const h of s.byTag.get('earlier_time') ?? []) {
    // A time phrase after the trigger dates it when near ("riots in the prisons the previous week");
    // one before it dates the rest of its clause ("the war last year ... that killed 6,500").
    const [from, to] = h.i >= c.anchor.j ? [c.anchor.j, h.i] : [h.j, c.anchor.i];
    if (h.i >= c.anchor.j && to - from > EARLIER_REACH) continue;
    let crossed = false;
    for (let k = from; k <= to && k < s.tokens.length && !crossed; k++) crossed = k > from && s.tokens[k]!.clauseStart;
    if (!crossed) return true;
  }
  return false;
}

/** How many words an "after" clause's subject may hold before its verb ("after government forces withdrew"). */
const AFTER_SUBJECT_REACH = 4;

/** The index of the "after" that opens the clause of the trigger at `i` (its subject between), or -1. */
function afterClauseAt(s: SentenceCues, i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= AFTER_SUBJECT_REACH + 1; k--) {
    if (s.tokens[k]!.lower === 'after') return k;
    if (s.tokens[k]!.kind !== 'word' || (k < i - 1 && s.tokens[k]!.clauseStart)) return -1;
  }
  return -1;
}

/** Does an act of another kind than a change of hands come before the "after" clause of trigger c? */
function sceneSetBefore(s: SentenceCues, c: Candidate, candidates: Candidate[]): boolean {
  const after = afterClauseAt(s, c.anchor.i);
  return after > 0 && candidates.some((o) => o.anchor.i < after && !TERRITORY_SUB_TYPES.has(o.rule.sub));
}

/**
 * Is the trigger a harm told in the past perfect ("over villagers who had been killed the week before",
 * "a classmate who had been shot dead")? That harm came before what the sentence reports: beside an
 * event of another family told in the simple past (a protest held over it), it is that event's
 * background (context tag earlier_harm, data/event-rules-civilians-protests.json).
 */
function pastPerfect(s: SentenceCues, c: Candidate): boolean {
  return (s.byTag.get('earlier_harm') ?? []).some((h) => h.i <= c.anchor.i && c.anchor.i < h.j);
}

/**
 * "Army drones hit rebel positions overnight, while the rebels said they shot down two drones": a
 * disruption (shot down, intercepted) told in another clause than a strike that happened is the
 * struck side's answer, its weapon another than the strike's (the `noneGoverning` rules already bar a
 * strike whose own weapon was downed). The strike is the event; the disruption one of its own at most.
 */
function responseToStrike(s: SentenceCues, c: Candidate, candidates: Candidate[]): boolean {
  if (c.rule.sub !== 'Disrupted weapons use' || c.anchor.tag !== DISRUPT_VERB) return false;
  return candidates.some((o) => STRIKES.has(o.rule.sub) && (o.modality === 'asserted' || o.modality === 'reported') &&
    sameClauseBroken(s, Math.min(o.anchor.j, c.anchor.j), Math.max(o.anchor.i, c.anchor.i)));
}

/** The mentions of one sentence: the best reading of each event family, at most MAX_PER_SENTENCE. */
function sentenceMentions(text: string, s: SentenceCues, sentenceIndex: number, candidates: Candidate[], labelEnd: number, afterLead: boolean): Ranked[] {
  const { resistanceTags } = eventLexicon();
  const best = new Map<string, { c: Candidate; score: number; earlier: boolean }>();
  for (const c of candidates) {
    let score = scoreOf(c, sentenceIndex);
    if (sentenceIndex === 0 && s.tokens[c.anchor.j - 1]!.end <= labelEnd) score += LABEL_BONUS;
    // A sentence after the lead that dates its event earlier tells the background.
    const earlier = (afterLead && toldAsEarlier(s, c)) || (pastPerfect(s, c) && candidates.some((o) => familyOf(o.rule.eventType) !== familyOf(c.rule.eventType) && !pastPerfect(s, o)));
    if (earlier) score -= EARLIER_PENALTY;
    if (responseToStrike(s, c, candidates)) score -= RESPONSE_PENALTY;
    // "set off a bomb in the market after seizing the town", "looted shops after the rebels
    // withdrew": a change of hands told in an "after" clause came first and sets the scene; the main
    // clause's act of another kind is the event. (A town "captured after the soldiers withdrew" was
    // taken with no fight: the clause tells how the main change of hands went.)
    else if (TERRITORY_SUB_TYPES.has(c.rule.sub) && sceneSetBefore(s, c, candidates)) score -= EARLIER_PENALTY;
    const fam = familyOf(c.rule.eventType);
    const prev = best.get(fam);
    if (!prev || score > prev.score) best.set(fam, { c, score, earlier });
  }
  const kept = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PER_SENTENCE);
  return mapPacked(kept, ({ c, score, earlier }) => {
    const first = s.tokens[c.anchor.i]!;
    const last = s.tokens[c.anchor.j - 1]!;
    const labelled = sentenceIndex === 0 && last.end <= labelEnd;
    return {
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
      earlier,
      resists: c.rule.sub === 'Armed clash' && c.rule.all.some((t) => resistanceTags.has(t.tag)),
      anchorTag: c.anchor.tag,
      anchorStart: c.anchor.i,
      anchorEnd: c.anchor.j,
    };
  });
}

/** What telling forces among the victims of an attack in the sentence right after it weighs:
 *  enough to outrank the lead sentence's bonus (LEAD_BONUS[0] - LEAD_BONUS[1]). */
const VICTIMS_LATER_BONUS = 1.5;

/**
 * "Militants attacked a border town. Three policemen were killed": an armed group's attack that names
 * no victim in its sentence is coded by the victims the next sentence tells (told as victims: no
 * agent of their own, at the same moment: no "later" or other day in their sentence), and soldiers,
 * police or guards among them are an armed side met, a battle (ACLED codes an event by whom it targeted).
 */
function forcesHitLater(lead: EventMention, m: EventMention): boolean {
  return lead.subEventType === 'Attack' && (lead.agent === 'nonstate' || lead.agent === 'armed') && (lead.patient ?? 'none') === 'none' &&
    m.subEventType === 'Armed clash' && (m.agent ?? 'none') === 'none' &&
    m.sentenceIndex === lead.sentenceIndex + 1 && (m.patient === 'gov' || m.patient === 'guard');
}

/**
 * "Gunmen attacked the village. Local defence fighters routed the attackers": an armed group's attack
 * that a later sentence tells was fought back (routed, repelled, clashes, the attackers killed by
 * those who responded) met an armed, organised side. ACLED codes the event by its two armed sides: a
 * battle, not an attack on civilians.
 */
function resistedLater(lead: EventMention, m: Ranked): boolean {
  return lead.subEventType === 'Attack' && (lead.agent === 'nonstate' || lead.agent === 'armed' || (lead.agent ?? 'none') === 'none') &&
    m.resists && m.sentenceIndex > lead.sentenceIndex &&
    // Civilians the attack already harmed keep it an attack, whoever later routed the attackers.
    lead.patient !== 'civ' && lead.patient !== 'locals';
}

/**
 * The lead is the best asserted mention of the first sentence that has any. Its sentence's reading of
 * its family, and later readings that say how the lead event went (a weapon, an exchange of fire, tear
 * gas, stones), gain LEAD_FAMILY_BONUS; a later mention of the lead's own type repeats it ("the
 * fighting ...") and a town taken later is another event: no bonus.
 */
function leadFamilyBonus(out: Ranked[], shifted: (si: number) => boolean): void {
  let lead: EventMention | undefined;
  for (const m of out) {
    if (!happened(m) || m.earlier) continue;
    if (lead && m.sentenceIndex !== lead.sentenceIndex) break;
    if (!lead || m.score > lead.score) lead = m;
  }
  if (!lead) return;
  const fam = familyOf(lead.eventType);
  for (const m of out) {
    if (familyOf(m.eventType) !== fam || m.earlier) continue;
    // Artillery or an air strike told after a clash is the clash's means: two sides fought (ACLED
    // codes the battle), so it does not replace the lead.
    const meansOfClash = lead.subEventType === 'Armed clash' && m.eventType === 'Explosions/Remote violence';
    // Force against demonstrators told after a riot is the riot's toll: ACLED's excessive force and
    // intervention are for peaceful protesters, so a later "were shot dead by police" keeps the riot.
    const forceOnRioters = lead.subEventType === 'Violent demonstration' && m.eventType === 'Protests';
    const refines = m.subEventType !== lead.subEventType && !NOT_REFINING.has(m.subEventType) && !meansOfClash && !forceOnRioters;
    if (m.sentenceIndex === lead.sentenceIndex || refines) m.score += LEAD_FAMILY_BONUS;
    if (refines && (forcesHitLater(lead, m) || resistedLater(lead, m)) && !shifted(m.sentenceIndex)) m.score += VICTIMS_LATER_BONUS;
  }
}
