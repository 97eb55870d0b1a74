/**
 * The agent and patient of a trigger, by position, which is enough for news syntax (docs/typing.md):
 *   active  "Rebels seized the town"            agent = first actor of the trigger's clause
 *   passive "two men were shot dead by raiders" agent = actor after "by", patient = actor before
 * A noun ("the attack on …") has no agent before it; a participle after a comma ("…, killing five")
 * takes the agent of the verb before it.
 */
import { isAcronym, type Token } from '../../annotate/tokens.ts';
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';
import { participleClauseAt } from '../clause.ts';
import { isCount, isParticiple, startsObject, TYPING_WORDS as W } from './words.ts';

const BY_REACH = 4;
/** The cue tag of injuries, whose noun a verb of suffering takes ("sustained injuries"). */
const INJURY_TAG = 'injure';
const PATIENT_REACH = 10;
/** The actor class of civilians: a relative named after a possessor ("a soldier's wife") is one. */
const CIVILIAN = 'civ';

export interface Roles {
  agent: string;
  patient: string;
  /** The actor classes of the list of victims right after an active verb or a noun ("killing three
   *  civilians and five police", "an attack on police and civilians"): a list names more than one
   *  side. Empty in the passive, whose victim is its subject (`patient`). */
  patients: string[];
}

export function roles(lex: Lexicon, s: SentenceCues, anchor: Hit): Roles {
  const { tokens, actors } = s;
  if (lex.takerTags.has(anchor.tag)) return takerRoles(s, anchor);
  // "forces were behind the killing": a noun after its determiner is no passive verb, whatever
  // auxiliary stands before it (only a "by" after it makes it one: "an attack by militants").
  const noun = anchor.i > 0 && W.nounDeterminers.has(tokens[anchor.i - 1]!.lower);
  let passive = false;
  for (let k = anchor.i - 1; !noun && k >= Math.max(0, anchor.i - 3); k--) {
    // "was arrested after shooting dead a man": the auxiliary belongs to another clause.
    if (W.relative.has(tokens[k]!.lower)) break;
    // "gunmen believed to be IS militants attacked": a noun phrase between them makes the auxiliary
    // another verb's ("be" + its complement), and the actor the trigger's subject.
    if (actors.some((h) => h.i <= k && h.j > k)) break;
    if (W.auxiliaries.has(tokens[k]!.lower) && !isAcronym(tokens[k]!)) { passive = true; break; }
  }
  let by = byAgent(tokens, actors, anchor);
  // "He was shot by police and wounded": a participle joined by "and" right after a passive's "by"
  // agent is passive too, with the same agent and subject; that agent is no subject of its own.
  const coAgent = !noun && !by.hit ? coordinatedAfterBy(tokens, actors, anchor) : null;
  if (coAgent) by = { passive: true, hit: coAgent, tag: coAgent.tag };
  if (by.passive) passive = true;
  // "Several residents sustained serious injuries": the subject of a verb of suffering is the one
  // hurt, as in a passive (one adjective, no actor, may stand between the verb and the injury).
  if (!passive && anchor.tag === INJURY_TAG && [1, 2].some((d) => anchor.i >= d && W.sufferVerbs.has(tokens[anchor.i - d]!.lower) &&
    (d === 1 || (!tokens[anchor.i - 1]!.clauseStart && !actors.some((h) => h.i <= anchor.i - 1 && h.j > anchor.i - 1))))) passive = true;
  // "as fighting entered its fourth week": the event noun right before the verb is its subject, no actor.
  const eventSubject = anchor.i > 0 && s.cues.some((h) => h.j === anchor.i && lex.eventSubjects.has(h.tag)) && !actors.some((h) => h.j === anchor.i);
  const beforeHit = eventSubject ? null : subjectOf(tokens, coAgent ? actors.filter((h) => h !== coAgent) : actors, anchor);
  let before = beforeHit?.tag ?? null;
  // The agent after "by" may be named by two overlapping or adjacent phrases ("by unidentified cattle
  // raiders"): none of them is the patient.
  const inBy = (h: Hit) => !!by.hit && h.i >= by.hit.i && h.i <= by.hit.j + 1;
  // Not past a semicolon: "…, killing 130 people; Islamic State claimed responsibility" names no victim.
  let reach = Math.min(anchor.j + PATIENT_REACH, sourceClauseAt(tokens, anchor.j));
  if (s.afterSemicolon) for (let k = anchor.j; k < Math.min(reach, tokens.length); k++) if (s.afterSemicolon[k]) { reach = k; break; }
  // A possessor names whose kin the victim is ("a policeman's brother"): a relative of a force member
  // is a civilian, and the possessor no victim itself ("the regime's lieutenant" stays the force's).
  const possessor = (h: Hit) => { const t = tokens[h.j - 1]!; return t.end - t.start > t.text.length && actors.some((a) => a.i === h.j && a.tag === CIVILIAN); };
  // "pushed the militants back", "burned five villagers to death": a verb whose phrase holds its
  // object between its words acts on the actor inside it.
  const inner = actors.filter((h) => h.i > anchor.i && h.j < anchor.j);
  const afterHits = () => inner.concat(actors.filter((h) => !inBy(h) && h.i >= anchor.j && h.i < reach && !possessor(h)));
  const patientAfter = (): string | null => afterHits()[0]?.tag ?? null;
  // The victims of a list: the actors right after the trigger ("killing three civilians", "an attack
  // on police") and those coordinated with them ("and five police"), not an actor that only names a
  // place or a later clause ("a raid on a brewery, police opened fire").
  const victims = () => {
    const l: string[] = [];
    let last = anchor.j;
    const first = afterHits()[0];
    for (const h of actors) {
      if (inBy(h) || h.i < anchor.j || h.i >= reach || possessor(h)) continue;
      // The object's own head, past its modifiers ("killed three [volunteer] fighters", "two
      // [traffic] policemen"), is its first victim, as `patient` reads it; the list goes on from it.
      if (!(l.length === 0 && h === first && headOfObject(tokens, anchor.j, h.i)) && !listGap(tokens, last, h.i, last === anchor.j)) break;
      // "five people including a police officer", "ten villagers, among them two soldiers": a part
      // of the civilian victims named after them is among them; the attack's primary target stays
      // the civilians (ACLED codes an event by its primary target), no armed side met.
      if (l.length && !l.some((t) => lex.forceTags.has(t)) && subsetBetween(tokens, last, h.i)) break;
      if (!l.includes(h.tag)) l.push(h.tag);
      last = h.j;
    }
    return l;
  };
  // A noun ("the second attack on a school", "a raid by police") has no agent before it.
  if (!passive && noun) return { agent: by.tag ?? 'none', patient: patientAfter() ?? 'none', patients: victims() };
  // ("Gunmen burned five villagers to death": a phrase that holds an actor between its words holds
  // its object; it is active.)
  if (!passive && beforeHit && inner.length === 0 && !actors.some((h) => h.i === anchor.j) && headlinePassive(lex, tokens, anchor, beforeHit)) passive = true;
  // "Nine killed and dozens wounded in an attack by raiders": a bare count before a participle, no
  // actor before it, is the headline passive's subject (its people are the victims, not the raiders).
  if (!passive && !beforeHit && anchor.i > 0 && isCount(tokens[anchor.i - 1]!.lower) && !tokens[anchor.i]!.clauseStart && isParticiple(tokens[anchor.j - 1]!.lower) && !startsObject(tokens[anchor.j]?.lower ?? '')) passive = true;
  let after = patientAfter();
  // "Police opened fire on protesters, killing five": a participle after a comma has the agent of
  // the verb before it (the actor before "opened fire"), not the nearest actor (its object).
  const clause = passive ? -1 : participleClauseAt(tokens, anchor.i);
  if (clause > 0) {
    let verb: Hit | undefined;
    for (const h of s.cues) if (h.j <= clause && lex.verbTags.has(h.tag)) verb = h;
    let subject: Hit | undefined;
    if (verb) for (const h of actors) if (h.j <= verb.i) subject = h;
    // With the verb found, an actor after it is its object ("settlers attacked villagers, shooting
    // dead a man": the villagers shot no one), no subject of the participle.
    if (!verb) subject ??= actors.find((h) => h.j <= clause);
    if (subject) before = subject.tag;
    else if (verb) before = null;
    // "…opened fire on a crowd of mourners, killing six": a bare count's people are the main verb's object.
    if (!after && verb && isCount(tokens[anchor.j]?.lower ?? '')) after = actors.find((h) => h !== subject && h.i >= verb!.j && h.j <= anchor.i)?.tag ?? null;
  }
  if (passive) return { agent: by.tag ?? 'none', patient: passivePatient(s, anchor, beforeHit && before === beforeHit.tag ? beforeHit : null, before, afterHits()), patients: [] };
  return { agent: before ?? 'none', patient: after ?? 'none', patients: victims() };
}

/** How many words the "to" that names the taker may stand after the trigger ("lost control of [the
 *  district headquarters] to the insurgents"). */
const TAKER_REACH = 8;

/**
 * "The town fell to the rebels", "Government forces lost control of the base to the insurgents": the
 * actor after "to" (the trigger's own last word, or a "to" a few words on in its clause) took the
 * place; the subject before the trigger, if any, lost it.
 */
function takerRoles(s: SentenceCues, anchor: Hit): Roles {
  const { tokens, actors } = s;
  let to = tokens[anchor.j - 1]!.lower === 'to' ? anchor.j - 1 : -1;
  for (let k = anchor.j; to < 0 && k < Math.min(tokens.length, anchor.j + TAKER_REACH); k++) {
    if (k > anchor.j && tokens[k]!.clauseStart) break;
    if (tokens[k]!.lower === 'to') to = k;
  }
  const taker = to < 0 ? undefined : actors.find((h) => h.i > to && h.i <= to + BY_REACH && !tokens.slice(to + 1, h.i + 1).some((t) => t.clauseStart));
  const loser = subjectOf(tokens, actors, anchor);
  return { agent: taker?.tag ?? 'none', patient: loser?.tag ?? 'none', patients: [] };
}

/**
 * The victim of a passive is its subject, in its own clause: "Gunmen stormed a hotel; five killed"
 * names no victim before the semicolon, which opens a clause with its own subject. With no subject,
 * the first actor after the verb is its victim unless a "by" a few words before it makes it the
 * agent, however far from the verb: "seven killed in a reprisal raid by herders" (the agent's own
 * search stops BY_REACH words after the verb).
 */
function passivePatient(s: SentenceCues, anchor: Hit, beforeHit: Hit | null, before: string | null, after: Hit[]): string {
  if (before && !(beforeHit && s.afterSemicolon && s.afterSemicolon.subarray(beforeHit.j, anchor.i + 1).includes(1))) return before;
  let from = anchor.j;
  for (const h of after) {
    let byAgent = false;
    for (let k = Math.max(from, h.i - BY_REACH); k < h.i && !byAgent; k++) byAgent = s.tokens[k]!.lower === 'by';
    if (!byAgent) return h.tag;
    from = h.j;
  }
  return 'none';
}

/** How many words of modifiers may stand before the object's head ("four members of a [self-defence group]"). */
const MODIFIER_REACH = 4;

/**
 * Is the actor at `to` the head of the object that starts at `from`: a few words on, in the same
 * clause (no clause mark from the object's first word on: "Shooting, police found …" has no
 * object), with no preposition of place or direction between ("killed a man [near] a police post"
 * names where)?
 */
function headOfObject(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MODIFIER_REACH) return false;
  // Nor past a relative or subordinate word ("a compound where customs officers …", "when soldiers
  // fired"), "with" or a participle ("an individual associated with the militia" is no member of it),
  // nor an auxiliary or a modal ("the shooting should contact the police": the trigger is a subject).
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (tokens[k]!.clauseStart || W.objectPrepositions.has(w) || W.relative.has(w) || W.subordinators.has(w) || w === 'where' || w === 'with' || isParticiple(w) || W.auxiliaries.has(w) || W.modals.has(w)) return false;
  }
  return !tokens[to]!.clauseStart;
}

/** Does a word that names a part of the victims before it ("including", "among them", "of them") stand in [from, to)? */
function subsetBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (W.subsetLeads.has(w)) return true;
    if (W.partWhole.has(tokens[k + 1]?.lower ?? '') && (W.partOf.has(w) || W.subsetLeads.has(w))) return true;
  }
  return false;
}

/**
 * Do tokens [from, to) only join two members of a list (list words, counts, names, commas), or, right
 * after the trigger (`first`), start its object ("on", "against" after a noun) within the clause?
 */
function listGap(tokens: Token[], from: number, to: number, first: boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (first && t.clauseStart) return false;
    if (first && W.objectLeads.has(t.lower)) continue;
    // "of" joins a list only as a part of it ("three of them", "among them"): "the wife of a soldier"
    // names a relative, whose kin only say who she is (a civilian), not a second victim.
    if (W.partOf.has(t.lower)) {
      if (!W.partWhole.has(tokens[k + 1]?.lower ?? '')) return false;
      continue;
    }
    if (!W.listWords.has(t.lower) && !isCount(t.lower) && !/^[A-Z]/.test(t.text)) return false;
  }
  return true;
}

/**
 * "was shot by police and wounded", "were beaten by the soldiers and injured": the actor of a "by"
 * phrase (a determiner may stand before it) that ends right before an "and" that ends right before
 * the participle anchor, or null.
 */
function coordinatedAfterBy(tokens: Token[], actors: Hit[], anchor: Hit): Hit | null {
  if (anchor.i < 3 || tokens[anchor.i - 1]!.lower !== 'and' || !isParticiple(tokens[anchor.i]!.lower) || W.intransitiveParticiples.has(tokens[anchor.i]!.lower)) return null;
  const h = actors.find((a) => a.j === anchor.i - 1);
  if (!h) return null;
  const k = h.i - 1;
  const by = tokens[k]?.lower === 'by' ? k : W.nounDeterminers.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'by' ? k - 1 : -1;
  return by > 0 && !W.holdingParticiples.has(tokens[by - 1]!.lower) ? h : null;
}

/** "killed by unknown people": the actor after "by" (a few words after the trigger) is the agent, and the trigger is passive. */
function byAgent(tokens: Token[], actors: Hit[], anchor: Hit): { passive: boolean; hit: Hit | undefined; tag: string | null } {
  // (A trigger may end in its own "by": "shelling by the paramilitary RSF" names the doer after it.)
  for (let k = tokens[anchor.j - 1]?.lower === 'by' ? anchor.j - 1 : anchor.j; k < Math.min(tokens.length, anchor.j + BY_REACH); k++) {
    // "killings attributed to the sect", "a blast blamed on rebels": the link names the doer as "by"
    // does, and the actor after it is no victim.
    if (k + 1 < tokens.length && W.agentLinks.has(`${tokens[k]!.lower} ${tokens[k + 1]!.lower}`)) {
      const hit = actors.find((h) => h.i > k + 1 && h.i <= k + 1 + BY_REACH);
      if (hit) return { passive: true, hit, tag: hit.tag };
    }
    // "territory held by rebels": whose the thing is, not who acted.
    if (tokens[k]!.lower !== 'by' || W.holdingParticiples.has(tokens[k - 1]?.lower ?? '')) continue;
    const hit = actors.find((h) => h.i > k && h.i <= k + BY_REACH);
    // "police shot dead a young man by a petrol station": a "by" with no actor after it, a few
    // words on, is a place; right after the verb ("killed by unknown people") it still marks the passive.
    return { passive: !!hit || k === anchor.j, hit, tag: hit ? hit.tag : null };
  }
  return { passive: false, hit: undefined, tag: null };
}

/**
 * The actor before the trigger: the first actor of its clause (after a clause mark, a relative word
 * or a verb of speech: "Rustlers struck a village inhabited by Luhya farmers and shot dead a farmer" → rustlers);
 * for a verb right after a comma, the sentence's first actor ("Officers rounded up locals, burnt
 * several houses"); else the nearest before.
 */
function subjectOf(tokens: Token[], actors: Hit[], anchor: Hit): Hit | null {
  let nearest: Hit | null = null;
  for (const h of actors) if (h.j <= anchor.i) nearest = h;
  let clause = 0;
  for (let k = anchor.i; k > 0; k--) {
    // A speech verb opens the words said: "Colombian police said FARC dissidents killed five young
    // men": the dissidents killed, the police only said so.
    if (tokens[k]!.clauseStart || W.relative.has(tokens[k - 1]!.lower) || W.speechVerbs.has(tokens[k - 1]!.lower)) { clause = k; break; }
  }
  const subject = actors.find((h) => h.i >= clause && h.j <= anchor.i);
  if (subject) return subject;
  // "killed in what officers say was a reprisal": a copula right after the verb of speech has
  // no subject of its own ("what" is it); the speaker before the verb only tells of the act.
  if (clause > 0 && clause < anchor.i && W.speechVerbs.has(tokens[clause - 1]!.lower) && W.auxiliaries.has(tokens[clause]!.lower)) return null;
  // "Gunmen abducted two doctors after killing their guard": an -ing verb right after a subordinator
  // has no subject of its own; it shares the subject of the clause the subordinator hangs on.
  if (clause === anchor.i && clause > 1 && W.subordinators.has(tokens[clause - 1]!.lower) && tokens[anchor.i]!.lower.endsWith('ing')) {
    const main = subjectOf(tokens, actors, { ...anchor, i: clause - 1, j: clause });
    if (main) return main;
  }
  // "Militants attacked the village, and killed two militiamen": a verb coordinated after a comma
  // ("and", "and then") has no subject of its own; it shares the subject of the clause before it.
  if (clause > 1 && clause < anchor.i && W.coordinators.has(tokens[clause]!.lower) && tokens.slice(clause + 1, anchor.i).every((t) => W.coordinatedAdverbs.has(t.lower))) {
    const main = subjectOf(tokens, actors, { ...anchor, i: clause - 1, j: clause });
    if (main) return main;
  }
  if (clause === anchor.i && tokens[anchor.i]!.clauseStart && !tokens[anchor.i]!.lower.endsWith('ing')) {
    const first = actors.find((h) => h.j <= anchor.i);
    if (first) return first;
  }
  return nearest;
}

/**
 * Headline participles: "two people killed", "13 villagers shot dead", "2 Mungiki members killed in
 * a raid" are passive: a count before the actor, or no object after the verb (an actor right after
 * the verb is its object: "about 250 people targeted police forces" is active; see roles()). "Three militants shot
 * dead a driver", "On May 23, gunmen killed four herders": an object right after the verb makes it
 * active whatever count stands before the actor.
 */
function headlinePassive(lex: Lexicon, tokens: Token[], anchor: Hit, beforeHit: Hit): boolean {
  // "Two families clashed", "three gangs fought": a verb of fighting each other has no passive.
  if (W.mutualVerbs.has(tokens[anchor.i]!.lower)) return false;
  if (!isParticiple(tokens[anchor.i]!.lower) && !isParticiple(tokens[anchor.j - 1]!.lower)) return false;
  // "Soldiers opened fire on villagers": the phrase holds its own object; it is active.
  for (let k = anchor.i + 1; k < anchor.j; k++) if (W.verbObjects.has(tokens[k]!.lower)) return false;
  const next = tokens[anchor.j];
  // The count belongs to the actor's own noun phrase: "On 28 April 2020, Taliban militants attacked"
  // has a year in another clause before the actor, no count of it.
  const counted = anchor.i - beforeHit.j <= 2 && beforeHit.i > 0 && !tokens[beforeHit.i]!.clauseStart && isCount(tokens[beforeHit.i - 1]!.lower);
  const noObject = !next || next.clauseStart || W.noObject.has(next.lower);
  // "shot and killed a teacher": the object follows the second verb.
  const at = next && next.lower === 'and' && anchor.j + 2 < tokens.length ? anchor.j + 2 : anchor.j;
  const head = tokens[at];
  const object = !!next && !next.clauseStart && !!head && !head.clauseStart && (startsObject(head.lower) || quantifiedObject(tokens, at));
  return !object && (counted || (noObject && lex.victimTags.has(anchor.tag)));
}

/** A quantity starts at token j: a leading word and a number within the next two tokens. */
function quantifiedObject(tokens: Token[], j: number): boolean {
  if (!W.quantityLeads.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    if (tokens[k]!.clauseStart) return false;
    if (isCount(tokens[k]!.lower) && tokens[k]!.lower !== 'more' && tokens[k]!.lower !== 'other') return true;
  }
  return false;
}

/**
 * Where the sentence's closing clause of saying begins, after the word `after` (", the state
 * prosecutor's office said."), or the sentence's length: who tells of the act is no victim of it. (These are words: the comma before
 * such a clause marks its first word's clauseStart.)
 */
function sourceClauseAt(tokens: Token[], after: number): number {
  // From the word right after the trigger on: "Two of them were wounded, police said" (the clause of
  // saying starts at `after` itself) names no wounded police.
  for (let k = tokens.length - 1; k >= after; k--) {
    if (!tokens[k]!.clauseStart) continue;
    return tokens.slice(k).some((t) => W.speechVerbs.has(t.lower)) ? k : tokens.length;
  }
  return tokens.length;
}
