/**
 * Applies the lexicon's rules to one sentence: each trigger (anchor tag) is read in its context
 * (other cues in the sentence or the text, the anchor's agent and patient, negation and modality)
 * and the heaviest rule that holds gives its sub-event type. Agent and patient: roles.ts.
 */
import { capitalisedInName, type Token } from '../../annotate/tokens.ts';
import type { Lexicon, Rule, Term } from './lexicon.ts';
import type { Hit } from './match.ts';
import { fightIsSubject } from './fight.ts';
import { heldWeapon } from './held.ts';
import { hazardOnly } from './hazards.ts';
import { roles, type Roles } from './roles.ts';
import { isCount, isParticiple, startsObject, TYPING_WORDS as W } from './words.ts';
import { mapPacked } from '../../util/packed.ts';

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'reported';

export interface SentenceCues {
  tokens: Token[];
  cues: Hit[];
  actors: Hit[];
  /** tag -> hits in this sentence (cue and actor layers). */
  byTag: Map<string, Hit[]>;
  /** Tokens inside a cause scope ("protested over [the killing of a teacher]"). */
  inCause: Uint8Array;
  /** Words right after a semicolon, where a new clause with its own subject begins (set by the layer). */
  afterSemicolon?: Uint8Array;
  /** Words joined to the word before by a hyphen, no space ("in" of "sit-in"; set by the layer). */
  hyphenJoined?: Uint8Array;
}

export interface Candidate {
  rule: Rule;
  anchor: Hit;
  modality: Modality;
  agent: string;
  patient: string;
}

const MAX_ANCHOR_OCCURRENCES = 3;

export function indexHits(lex: Lexicon, tokens: Token[], cues: Hit[], allActors: Hit[], context: Hit[] = []): SentenceCues {
  const actors = formerMembers(compoundHeads(lex, allActors, cues, tokens), context, tokens);
  const byTag = new Map<string, Hit[]>();
  for (const h of cues.concat(actors, context)) {
    let l = byTag.get(h.tag);
    if (!l) byTag.set(h.tag, (l = []));
    l.push(h);
  }
  for (const l of byTag.values()) l.sort((a, b) => a.i - b.i);
  return { tokens, cues, actors, byTag, inCause: new Uint8Array(tokens.length) };
}

/**
 * An English noun compound is its last noun: "MRC youths" are youths, "Hezbollah protesters"
 * protesters, "civilian police" police. Of two actor phrases that touch, an organised force
 * (`forceTags`) before a crowd (`compoundHeads`), or a person (`compoundModifiers`) before a force,
 * only describes it; other pairs keep both ("Al Shabaab forces", "KDF soldiers", "military
 * officials" are the force's own; "unidentified youths" stay unidentified attackers). People before
 * a place or a thing (`compoundPlaces`: "refugee camp", "village market") name it and act in nothing.
 */
function compoundHeads(lex: Lexicon, actors: Hit[], cues: Hit[], tokens: Token[]): Hit[] {
  if (!actors.length) return actors;
  const describes = (h: Hit, head: Hit) => (lex.forceTags.has(h.tag) && lex.compoundHeads.has(head.tag)) || (lex.compoundModifiers.has(h.tag) && lex.forceTags.has(head.tag));
  // People before a place or a thing name it ("the Jabalia refugee camp", "a village market"): no actor.
  // A place word with a determiner right after it is a verb, not the compound's head: "migrants
  // crossing the river" are people who cross it.
  const isVerb = (c: Hit) => c.i === c.j - 1 && W.nounDeterminers.has(tokens[c.j]?.lower ?? '');
  const namesPlace = (h: Hit) => lex.compoundModifiers.has(h.tag) && cues.some((c) => lex.compoundPlaces.has(c.tag) && (c.i === h.j || (c.i <= h.i && c.j > h.j)) && !(c.i === h.j && isVerb(c)));
  return actors.filter((h) => !actors.some((n) => n.i === h.j && describes(h, n)) && !namesPlace(h));
}

/** The context tag of words that make a member a former one ("retired", "former", "ex"). */
const FORMER_TAG = 'former_member';
/** The actor classes of state forces, and of civilians. */
const STATE_FORCE = 'gov';
const CIVILIAN = 'civ';

/**
 * "A retired army colonel was shot dead", "a former police officer", "an ex-soldier": a member of the
 * state's forces who has left them is a civilian (ACLED codes an attack on one as violence against
 * civilians, not a battle). A force word right after a word of having left (one word, no clause mark,
 * may stand between: "a former senior police officer") is read as a civilian.
 */
function formerMembers(actors: Hit[], context: Hit[], tokens: Token[]): Hit[] {
  const former = context.filter((h) => h.tag === FORMER_TAG);
  if (!former.length) return actors;
  const left = (a: Hit) => former.some((f) => f.j <= a.i && a.i - f.j <= 1 && !tokens.slice(f.j, a.i + 1).some((t) => t.clauseStart));
  return mapPacked(actors, (a) => (a.tag === STATE_FORCE && left(a) ? { ...a, tag: CIVILIAN } : a)); // packed: util/packed.ts
}

/**
 * Marks the tokens of cause scopes (from a cause phrase to the next clause mark or the scope's
 * reach) and drops the hits inside them: the words of a cause or a source ("protested over police
 * brutality", "according to vigilantes") are neither events nor context.
 */
export function markCauses(lex: Lexicon, s: SentenceCues): void {
  const verbStarts = new Uint8Array(s.tokens.length);
  // A passive aimed at a force ("after projectiles were thrown at police") is the crowd's act, not
  // what was done to it: a force named in the few words after the trigger.
  // A force after "by" is the passive's agent ("a classmate who was beaten by police"): done to them.
  const byBefore = (k: number, a: Hit) => s.tokens.slice(k, a.i).some((t) => t.lower === 'by');
  const aimedAtForce = (k: number) => s.actors.some((a) => a.i > k && a.i <= k + AIM_REACH && lex.forceTags.has(a.tag) && !byBefore(k, a));
  // 1: a verb that ends a scope in the active only; 2: even in the passive; 3: only as the cause's
  // subject's own finite verb (`scopeEndBare`).
  const strength = (v: number) => (v === 3 ? 0.5 : v);
  const objectAfter = (k: number) => s.cues.some((c) => c.i === k && lex.scopeEndBare.has(c.tag) && (startsObject(s.tokens[c.j]?.lower ?? '') || actorStarts[c.j] === 1));
  for (const h of s.cues) {
    if (!lex.scopeEnd.has(h.tag)) continue;
    const v = lex.scopeEndPassive.has(h.tag) ? 2 : lex.scopeEndBare.has(h.tag) ? 3 : 1;
    if (strength(v) > strength(verbStarts[h.i]!)) verbStarts[h.i] = v;
  }
  const actorStarts = new Uint8Array(s.tokens.length + 1);
  for (const a of s.actors) actorStarts[a.i] = 1;
  // inCause holds, per token, 1 + the index of the scope that covers it (0: none), so a scope's
  // `keep` tags can stay as context inside it.
  const keeps: Set<string>[] = [];
  let marked = false;
  for (const [tag, { after, until, reach, notBefore, keep }] of lex.scopes) {
    keeps.push(keep);
    const mark = Math.min(255, keeps.length);
    // Where the first hit of any `after` tag ends: a scope opens only after one of them.
    let firstAfter = Infinity;
    for (const t of after) {
      const first = s.byTag.get(t)?.[0];
      if (first && first.j < firstAfter) firstAfter = first.j;
    }
    for (const h of s.byTag.get(tag) ?? []) {
      if (after.length && firstAfter > h.i) continue;
      // A demonstration told before the cause makes it a grievance, whose relative clauses tell more of it.
      const grievance = DEMONSTRATION_TAGS.some((t) => (s.byTag.get(t)?.[0]?.i ?? Infinity) < h.i);
      // "protesting youth blocked the road": the cause word is an adjective of an actor here.
      if (actorStarts[h.j] && s.tokens[h.j - 1]!.lower.endsWith('ing')) continue;
      const next = s.tokens[h.j];
      if (next && notBefore.size && (next.clauseStart || notBefore.has(next.lower))) continue;
      let end = Math.min(s.tokens.length, h.j + reach);
      let cap = s.tokens.length;
      // An `until` scope tells the grievance of an act told after it ("relatives of men killed by
      // police [marched]"): no such act later in the sentence, no scope.
      if (until.length) {
        const stop = firstFrom(s, until, h.j);
        if (stop < 0) continue;
        end = Math.min(end, stop);
        cap = stop;
      }
      // The cause's subject's own finite verb: no actor or relative word of another clause before it in
      // the scope, and an object right after it ("beat a guard", not "the detention and torture of").
      const ownVerb = (k: number) => !W.nominalBefore.has(s.tokens[k - 1]!.lower) && !passiveAt(s.tokens, k) && !s.tokens[k]!.lower.endsWith('ing') &&
        !s.actors.some((a) => a.i >= h.j && a.i < k) && !s.tokens.slice(h.j, k).some((t) => W.relative.has(t.lower)) && objectAfter(k);
      const relativeAt = (k: number) => grievance && k > h.j && k < cap && W.relativeClause.has(s.tokens[k]!.lower);
      for (let k = h.j; k < end || (k === end && relativeAt(k)); k++) {
        // A relative clause tells more of the grievance ("over the death of a nurse, who was found dead in
        // a forest", "a spate of killings in which traders were targeted"): the cause runs to its end.
        const relative = relativeAt(k);
        if (relative) end = Math.max(end, Math.min(cap, k + RELATIVE_REACH));
        if (s.tokens[k]!.clauseStart && !relative) break; // "In solidarity, the residents marched": the mark closes the cause
        // The word after a hyphenated compound is its head noun, no verb ("the 2019 sit-in dispersal").
        // (A past or -ing form there is the clause's own verb: "protesting the ex-president stormed …".)
        if (k >= h.j + 2 && s.hyphenJoined?.[k - 1] && !/(?:ed|ing)$/.test(s.tokens[k]!.lower)) { s.inCause[k] = mark; marked = true; continue; }
        // A new act of the demonstrators ends the cause ("protested over fees and burned tyres"); a
        // passive does not: "after their stalls were demolished" tells what was done to them.
        if (k > h.j && verbStarts[k] === 3) {
          if (ownVerb(k)) break;
        } else if (k > h.j && verbStarts[k] && !W.nominalBefore.has(s.tokens[k - 1]!.lower) && (verbStarts[k] === 2 || !passiveAt(s.tokens, k) || aimedAtForce(k))) break;
        s.inCause[k] = mark;
        marked = true;
      }
    }
  }
  if (!marked) return;
  const keep = (h: Hit) => { const v = s.inCause[h.i]!; return v === 0 || !!keeps[v - 1]?.has(h.tag); };
  s.cues = s.cues.filter(keep);
  s.actors = s.actors.filter(keep);
  for (const [tag, hits] of s.byTag) {
    const kept = hits.filter(keep);
    if (kept.length) s.byTag.set(tag, kept);
    else s.byTag.delete(tag);
  }
}

const AIM_REACH = 5;
/** Cue tags of a demonstration, whose cause is a grievance. */
const DEMONSTRATION_TAGS = ['protest', 'protester'];
/** Words a relative clause inside a grievance adds to its scope. */
const RELATIVE_REACH = 7;

/** Is the trigger at token k a passive ("were demolished", "was burned down")? */
const passiveAt = (tokens: Token[], k: number) => W.auxiliaries.has(tokens[k]!.lower) || W.auxiliaries.has(tokens[k - 1]!.lower);

/** Where the first hit of one of `tags` at or after token `from` starts, or -1. */
function firstFrom(s: SentenceCues, tags: string[], from: number): number {
  let first = -1;
  for (const t of tags) for (const h of s.byTag.get(t) ?? []) if (h.i >= from && (first < 0 || h.i < first)) first = h.i;
  return first;
}

/** Is the rule's term there: its tag in the text (a "@" term) or in the sentence, within `window` words of the anchor? */
function present(s: SentenceCues, doc: Set<string>, term: Term, anchor: Hit, window: number | null): boolean {
  if (term.doc) return doc.has(term.tag);
  const l = s.byTag.get(term.tag);
  if (!l) return false;
  if (window === null) return true;
  return l.some((h) => Math.abs(h.i - anchor.i) <= window);
}

/** Extra words a negation reaches across a coordinated list. */
const COORDINATION_REACH = 3;

function modalityOf(lex: Lexicon, s: SentenceCues, anchor: Hit): Modality {
  let found: Modality = 'asserted';
  for (const h of s.cues) {
    if (h.j > anchor.i) break;
    const m = lex.modality.get(h.tag);
    if (!m) continue;
    // "the director of Budget and Planning was shot": a capitalised cue inside the sentence
    // is part of a name, no plan.
    if (capitalisedInName(s.tokens, h.i)) continue;
    const gap = anchor.i - h.j;
    if (gap >= m.reach + (m.modality === 'negated' ? COORDINATION_REACH : 0)) continue;
    // "(affiliation not known) march": a clause mark between the cue and the trigger ends its reach.
    let crossed = false;
    let coordinated = false;
    for (let k = h.j; k <= anchor.i && !crossed; k++) {
      crossed = s.tokens[k]!.clauseStart;
      if (k < anchor.i && W.coordinators.has(s.tokens[k]!.lower)) coordinated = true;
    }
    // "no injuries or deaths", "devoid of police presence and running battles": a negation covers
    // the whole coordinated list, a little beyond its usual reach.
    if (!crossed && (gap < m.reach || coordinated)) found = m.modality;
  }
  return found;
}

/** Tags of a shift of time ("later", "separately", "on Tuesday", "last week"): a sentence that holds
 *  one tells another moment than the sentence before it. */
export const TIME_SHIFT = ['time_shift', 'earlier_time'];

/** Is one of `tags` told in sentence t, a strike or a boycott aside (no demonstration in the street)? */
const toldIn = (t: SentenceCues, tags: string[]) => tags.some((tag) => t.byTag.get(tag)?.some((h) => !t.tokens.slice(h.i, h.j).some((w) => W.notDemonstration.has(w.lower))));

/**
 * Are the anchor's agents the demonstrators a `near` tag tells? Only when the demonstration is told
 * in the anchor's own sentence ("students protesting fee hikes beat a guard"), or in the sentence just
 * before it and the anchor's subject is that crowd: "they", "some of them", or the same crowd word
 * ("Residents demonstrated ... The residents beat ..."), at the same moment (no "later", "separately",
 * another day). A strike or a boycott is no demonstration in the street (typing-words 'notDemonstration').
 */
function demonstrators(s: SentenceCues, prev: SentenceCues | undefined, tags: string[], anchor: Hit): boolean {
  const told = (t: SentenceCues) => toldIn(t, tags);
  if (told(s)) return true;
  if (!prev || !told(prev) || TIME_SHIFT.some((t) => s.byTag.has(t))) return false;
  let subject: Hit | undefined;
  for (const h of s.actors) if (h.j <= anchor.i) subject = h;
  if (!subject) {
    for (let k = 0; k < anchor.i; k++) if (W.groupPronouns.has(s.tokens[k]!.lower)) return true;
    return false;
  }
  const head = (t: SentenceCues, h: Hit) => t.tokens[h.j - 1]!.lower;
  return prev.actors.some((h) => head(prev, h) === head(s, subject!));
}

/** Is one of `tags` told in the sentence just before, at the same moment (no "later", another day)
 *  and in the same place (no name after "in", "at", "near" that the sentence before does not name)? */
function toldJustBefore(s: SentenceCues, prev: SentenceCues | undefined, tags: string[]): boolean {
  return !!prev && toldIn(prev, tags) && !TIME_SHIFT.some((t) => s.byTag.has(t)) && !newPlace(s, prev);
}

const isCapital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** Does s name a place after a locative word that the sentence before does not name ("In Mopti, soldiers …")? */
function newPlace(s: SentenceCues, prev: SentenceCues): boolean {
  const named = new Set(prev.tokens.filter(isCapital).map((t) => t.lower));
  return s.tokens.some((t, k) => W.placeLeads.has(t.lower) && isCapital(s.tokens[k + 1]) && !named.has(s.tokens[k + 1]!.lower));
}

function holds(r: Rule, s: SentenceCues, doc: Set<string>, anchor: Hit, role: () => Roles, weapons: Set<string>, prev?: SentenceCues): boolean {
  for (let k = 1; k < r.all.length; k++) if (!present(s, doc, r.all[k]!, anchor, r.window)) return false;
  for (let k = 0; k < r.objectTags.length; k++) if (!toldAsObject(s, r.objectTags[k]!, anchor, r.window)) return false;
  if (r.any.length) {
    let found = false;
    for (let k = 0; k < r.any.length && !found; k++) found = present(s, doc, r.any[k]!, anchor, r.window);
    if (!found) return false;
  }
  for (let k = 0; k < r.none.length; k++) if (present(s, doc, r.none[k]!, anchor, null)) return false;
  // A topic right before the anchor makes it the topic's words ("protested the arrest of …"), within
  // its clause: "to protest police brutality, and police fired tear gas" tells a new act.
  for (const t of r.notAfter) {
    const l = s.byTag.get(t);
    if (l && l.some((h) => h.j <= anchor.i && ((anchor.i - h.j < r.notAfterReach && !sameClauseBroken(s, h.j, anchor.i)) || (r.pretext && pretextClause(s, h.j, anchor))))) return false;
  }
  for (const t of r.notSubjectOf) if (s.byTag.get(t)?.some((h) => subjectOf(s, h, anchor, r.notAfterReach))) return false;
  for (const t of r.noneGoverning) if (s.byTag.get(t)?.some((h) => governsAnchor(s, h, anchor, weapons))) return false;
  if (r.notInFight.length && fightIsSubject(s, r.notInFight, anchor)) return false;
  if (r.notObject.length && objectIs(s, r, anchor)) return false;
  if (depictedObject(s, anchor)) return false;
  if ((anchor.tag === 'clash' || anchor.tag === 'rival') && disputeOnly(s, anchor)) return false;
  if (anchor.tag === 'shell' && assaultArms(s, anchor)) return false;
  if (r.after.length && !r.after.some((t) => s.byTag.get(t)?.some((h) => h.j <= anchor.i))) return false;
  if (r.near && !demonstrators(s, prev, r.near, anchor)) return false;
  if (r.prevTells.length && !toldJustBefore(s, prev, r.prevTells)) return false;
  if (r.agent || r.notAgent || r.patient || r.notPatient || r.anyPatient) {
    const { agent, patient, patients } = role();
    if (r.agent && !r.agent.includes(agent)) return false;
    if (r.notAgent && r.notAgent.includes(agent)) return false;
    if (r.patient && !r.patient.includes(patient)) return false;
    if (r.notPatient && r.notPatient.includes(patient)) return false;
    if (r.anyPatient && !patients.some((p) => r.anyPatient!.includes(p))) return false;
  }
  return true;
}

/**
 * Is a hit of `tag` what the anchor verb acts on: within `window` words after it, or before it when the
 * anchor reads as a passive (an auxiliary right before it, "rifles were seized"; a bare participle that
 * ends its clause or takes "by", "weapons seized by troops"; a headline's "Bombs found placed ...")? A
 * weapon told before an active verb is its doers' ("gunmen armed with rifles seized cattle", "fired
 * guns in the air and seized motorbikes").
 */
function toldAsObject(s: SentenceCues, tag: string, anchor: Hit, window: number | null): boolean {
  const reach = window ?? s.tokens.length;
  const hits = s.byTag.get(tag) ?? [];
  if (hits.some((h) => h.i >= anchor.j && h.i - anchor.i <= reach)) return true;
  const passive = (anchor.i > 0 && W.auxiliaries.has(s.tokens[anchor.i - 1]!.lower)) || passiveAfter(s, anchor);
  if (passive) return hits.some((h) => h.j <= anchor.i && anchor.i - h.i <= reach);
  // A headline's passive has no auxiliary: the thing right before the participle ("Bombs found placed
  // near houses"), unless it closes a phrase of its doers ("armed with rifles", "carrying guns").
  return hits.some((h) => h.j === anchor.i && (h.i === 0 || !(s.tokens[h.i - 1]!.lower === 'with' || s.tokens[h.i - 1]!.lower.endsWith('ing'))));
}

/** How many words may stand between a trigger and the depiction that is its object ("released [a 10-minute] video"). */
const DEPICTION_REACH = 3;

/**
 * Is the anchor's object a depiction ("released a video of 14 captured soldiers", "shot a video",
 * "captured on video")? Then the trigger acts on a picture of the event, not in it: no release of
 * people, no shooting, no capture.
 */
function depictedObject(s: SentenceCues, anchor: Hit): boolean {
  for (let k = anchor.j; k < s.tokens.length && k - anchor.j <= DEPICTION_REACH; k++) {
    const t = s.tokens[k]!;
    // What the depiction shows follows it ("a video of", "footage showing", "a video in which"), or
    // nothing: "photo journalists", "video cameras" are people and things.
    if (W.depictions.has(t.lower)) {
      const next = s.tokens[k + 1];
      return !next || next.kind === 'punct' || W.depictionFollows.has(next.lower) || /[a-z](?:ing|ed)$/.test(next.lower);
    }
    // Only the object's own words between: no clause, no preposition ("attacked for taking photos"),
    // but "on" right after the verb ("captured on video").
    if (t.kind === 'punct' || (k > anchor.j && t.clauseStart) || t.lower.endsWith('ing')) return false;
    if ((W.objectPrepositions.has(t.lower) || t.lower === 'for' || t.lower === 'of' || t.lower === 'with' || t.lower === 'by') && !(t.lower === 'on' && k === anchor.j)) return false;
  }
  return false;
}

/** How many words may stand between a clash's "over" and the matter of policy ("clashed over [the draft electoral] law"). */
const DISPUTE_REACH = 4;

/**
 * Is the clash of the anchor (a clash word, or the rival sides of one told after them) a clash of
 * words: "clashed verbally", or a clash over a matter of policy ("the president and his prime minister
 * clashed over the budget", "the two ministers clashed on the electoral law"), with no armed party,
 * crowd or police and no word of harm or arms in its sentence? Wire copy says "clash" of a dispute;
 * ACLED codes no event. People of a crowd's class ("lawmakers clashed over a bill") may have come to
 * blows, which ACLED codes as mob violence: their clash stays.
 */
function disputeOnly(s: SentenceCues, anchor: Hit): boolean {
  const clash = anchor.tag === 'clash' ? anchor : s.byTag.get('clash')?.find((h) => h.i >= anchor.j);
  if (!clash) return false;
  const next = s.tokens[clash.j];
  let words = W.wordsOnly.has(next?.lower ?? '') || (clash.i > 0 && W.wordsOnly.has(s.tokens[clash.i - 1]!.lower));
  if (!words && next && W.disputeLeads.has(next.lower)) {
    for (let k = clash.j + 1; k < s.tokens.length && k - clash.j <= DISPUTE_REACH; k++) {
      const t = s.tokens[k]!;
      if (t.kind === 'punct') break;
      if (W.disputeTopics.has(t.lower)) { words = true; break; }
    }
  }
  if (!words) return false;
  return !s.actors.some((a) => W.disputeParties.has(a.tag)) && !W.disputeHarm.some((t) => s.byTag.has(t));
}

/**
 * Is the anchor a vague word of arms ("heavy weapons") told as the means ("with") of a ground assault
 * in its clause ("stormed the village of … with heavy weapons", "attacked the post with heavy
 * weapons")? Then it is the assault's arms, not artillery fired from afar: no shelling of its own.
 */
function assaultArms(s: SentenceCues, anchor: Hit): boolean {
  if (anchor.i === 0 || !W.meansLeads.has(s.tokens[anchor.i - 1]!.lower)) return false;
  if (!W.vagueArms.has(s.tokens.slice(anchor.i, anchor.j).map((t) => t.lower).join(' '))) return false;
  return W.assaultTags.some((tag) => s.byTag.get(tag)?.some((h) => h.j < anchor.i && !sameClauseBroken(s, h.j, anchor.i)));
}

/**
 * Is the anchor the subject of the verb `v`: `v` its passive, after it in its clause within `reach`
 * words right after an auxiliary ("three hostages [abducted in May] were handed over", "the kidnapped
 * students have been freed"), or `v` right after it ("the kidnappers handed over", "abductors freed")?
 */
function subjectOf(s: SentenceCues, v: Hit, anchor: Hit, reach: number): boolean {
  if (v.i === anchor.j) return true;
  if (v.i < anchor.j || v.i - anchor.j > reach || sameClauseBroken(s, anchor.j, v.i)) return false;
  // A relative word or a coordinator between them opens another subject ("kidnapped 30 students who
  // were released", "abducted six and two were freed"): the release is theirs, not the capture's.
  for (let k = anchor.j; k < v.i; k++) if (W.relative.has(s.tokens[k]!.lower) || W.coordinators.has(s.tokens[k]!.lower)) return false;
  return W.auxiliaries.has(s.tokens[v.i - 1]!.lower);
}

/** How many words after a verb its object may start ("took [about two hundred] goats"). */
const OBJECT_REACH = 5;

/**
 * Is the anchor verb's object only one of the rule's `notObject` tags? Within OBJECT_REACH words after
 * the anchor, in its clause, a `notObject` word is told and none of the rule's other `all` or `any`
 * tags: "took goats from the herders" took property, "took the hill town and its market" the town.
 */
function objectIs(s: SentenceCues, r: Rule, anchor: Hit): boolean {
  // (Not past "by": "the town was captured by jihadists" names who took it, no object.)
  const byBefore = (i: number) => s.tokens.slice(anchor.j, i).some((t) => t.lower === 'by');
  const inObject = (t: string) => (s.byTag.get(t) ?? []).filter((h) => h.i >= anchor.j && h.i - anchor.j < OBJECT_REACH && !sameClauseBroken(s, anchor.j, h.i) && !byBefore(h.i));
  // A word inside a longer phrase of the lexicon names a thing or a place with it ("the [army] base",
  // "a [police] station"): the object is that place, not the people.
  const inLonger = (h: Hit) => s.cues.some((c) => c.i <= h.i && c.j >= h.j && c.j - c.i > h.j - h.i);
  // People named right before a word of the rule's own, other names of people aside, are whose the
  // place is ("three [Kachin Independence Army] outposts", "a [rebel] stronghold"): the place is the object.
  const ownTags = new Set([...r.all.slice(1), ...r.any].map((a) => a.tag).filter((t) => !r.notObject.includes(t)));
  const whose = (h: Hit) => {
    let k = h.j;
    while (k < s.tokens.length && s.actors.some((a) => a.i <= k && a.j > k)) k++;
    return s.cues.some((c) => c.i === k && ownTags.has(c.tag));
  };
  // "his motorbike [was] seized by the gunmen", "livestock seized": a passive's object is its subject,
  // told right before it (auxiliaries aside); when that is a `notObject` word, so is the whole object.
  // With no auxiliary only a thing's word reads so: "militants captured and burned the town" has its
  // doers before the verb.
  let k = anchor.i;
  while (k > 0 && W.auxiliaries.has(s.tokens[k - 1]!.lower)) k--;
  const bare = k === anchor.i;
  if (!bare || passiveAfter(s, anchor)) {
    const actor = (h: Hit) => s.actors.some((a) => a.i === h.i && a.j === h.j && a.tag === h.tag);
    if (r.notObject.some((t) => s.byTag.get(t)?.some((h) => h.j === k && !inLonger(h) && !(bare && actor(h))))) return true;
  }
  const blocked = r.notObject.flatMap(inObject).filter((h) => !inLonger(h) && !whose(h)).sort((a, b) => a.i - b.i)[0];
  if (!blocked) return false;
  // A word of the rule's own in the object keeps it when it comes first or is joined to the property
  // word without a preposition ("the market town of X", "the airstrip and the town" were taken);
  // after one it only says where ("seized their rifles in the town").
  // (A tag the rule names both ways, as "@gov" in `any` and "gov" in `notObject`, is no word of its own
  // in the object: "captured two soldiers" took people, whoever else the text names.)
  const own = [...r.all.slice(1), ...r.any].filter((a) => !r.notObject.includes(a.tag)).flatMap((a) => inObject(a.tag));
  return !own.some((h) => h.i < blocked.i || !s.tokens.slice(blocked.j, h.i).some((t) => W.objectPrepositions.has(t.lower)));
}

/**
 * Does the verb `v` ("shot down", "intercepted") act on the anchor's weapon? Only in the anchor's clause,
 * and only when no other weapon stands in between as the verb's object: before the anchor, the anchor
 * is the first weapon after it ("rebels shot down an army drone"); after the anchor, the verb has no
 * weapon of its own after it in the clause ("a drone was shot down", not "drones struck the camp and
 * the rebels shot down two drones", nor ", while the rebels said they downed a helicopter").
 */
function governsAnchor(s: SentenceCues, v: Hit, anchor: Hit, weapons: Set<string>): boolean {
  const [from, to] = v.j <= anchor.i ? [v.j, anchor.i] : [anchor.j, v.i];
  if (sameClauseBroken(s, from, to)) return false;
  const weaponAt = (lo: number, hi: number) => [...weapons].some((t) => s.byTag.get(t)?.some((h) => h.i >= lo && h.i < hi && h.i !== anchor.i));
  if (v.j <= anchor.i) return !weaponAt(v.j, anchor.i);
  let end = v.j;
  while (end < s.tokens.length && !s.tokens[end]!.clauseStart) end++;
  return !weaponAt(v.j, end);
}

/**
 * Is the anchor a participle opening the clause right after the act's ("gunmen killed two herders,
 * accusing them of spying", "shot dead a chief, accused of collaborating")? A participle after a comma
 * takes the main clause's subject, and "them", "him" or a bare "accused of" takes up its victims: the
 * doers' pretext for their act, told in their next clause (only one clause mark between, whatever the
 * words of the act's clause after the act: "killed two herders near the well on Friday, accusing them").
 */
function pretextClause(s: SentenceCues, from: number, anchor: Hit): boolean {
  if (!s.tokens[anchor.i]!.clauseStart) return false;
  if (sameClauseBroken(s, from, anchor.i - 1)) return false;
  const word = s.tokens[anchor.i]!.lower;
  const next = s.tokens[anchor.j]?.lower ?? '';
  if (word.endsWith('ing')) return W.victimPronouns.has(next);
  return isParticiple(word) && next === 'of';
}

/** Is the anchor a bare participle whose doer follows ("seized by the assailants") or that ends its clause ("livestock seized.")? */
function passiveAfter(s: SentenceCues, anchor: Hit): boolean {
  const next = s.tokens[anchor.j];
  return !next || next.clauseStart || next.lower === 'by' || W.coordinators.has(next.lower) || W.placeLeads.has(next.lower);
}

/** Every anchor occurrence of the sentence with the heaviest rule that holds for it. */
export function sentenceCandidates(lex: Lexicon, s: SentenceCues, doc: Set<string>, prev?: SentenceCues): Candidate[] {
  const out: Candidate[] = [];
  if (hazardOnly(lex, s)) return out;
  for (const [tag, hits] of s.byTag) {
    const rules = lex.rulesByAnchor.get(tag);
    if (!rules) continue;
    const means = lex.held.means.has(tag);
    const describing = lex.describingParticiples.has(tag);
    const adjective = lex.attributiveParticiples.has(tag);
    for (const anchor of hits.filter((h) => !s.inCause[h.i] && !(means && heldWeapon(lex, s, h)) && !topicOf(lex, s, h) && !(describing && describesForce(lex, s, h)) && !(adjective && attributive(s, h))).slice(0, MAX_ANCHOR_OCCURRENCES)) {
      let memo: Roles | null = null;
      const role = () => (memo ??= roles(lex, s, anchor));
      const rule = rules.find((r) => holds(r, s, doc, anchor, role, lex.weaponTags, prev));
      if (rule) {
        const { agent } = role();
        let { patient } = role();
        // ACLED codes off-duty soldiers or police who are attacked as civilians: the rules that read
        // them as an armed side already stand down (`@off_duty`), and the event must not be re-typed
        // as a battle later for its victims' being a force (`doc` holds them only near the event's
        // sentence: index.ts offDutyNear).
        if (patient === 'gov' && [...lex.offDutyTags].some((t) => doc.has(t))) patient = 'civ';
        // Captives killed by those who held them are out of the fight: civilians, as ACLED codes them.
        if (rule.all.some((t) => lex.captiveTags.has(t.tag))) patient = 'civ';
        out.push({ rule, anchor, modality: modalityOf(lex, s, anchor), agent, patient });
      }
    }
  }
  return out;
}

/** Does a clause mark fall between token `from` and the anchor at `to` (the anchor's own included)? */
export function sameClauseBroken(s: SentenceCues, from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k <= to; k++) if (s.tokens[k]!.clauseStart) return true;
  return false;
}

/** Does some member of `set` pass `test`? (Without spreading the set into an array per call.) */
function someOf(set: ReadonlySet<string>, test: (x: string) => boolean): boolean {
  for (const x of set) if (test(x)) return true;
  return false;
}

/** How many words after a discussion word ("to discuss", "talks on") its topic's event noun may stand. */
const TOPIC_REACH = 4;

/**
 * Is the trigger the topic of a discussion told just before it ("met to discuss the fight against the
 * militants", "talks on a ceasefire")? Only campaigns ("the fight against", "the war on"), settlements and
 * deployments (`topicTags`): a particular attack or clash discussed ("met to review the clashes that
 * killed 12") did happen. Within TOPIC_REACH words of a `topicLeads` word, in its
 * clause, and no actor between them: "to discuss security after gunmen attacked a base" tells a new
 * act with its own subject.
 */
function topicOf(lex: Lexicon, s: SentenceCues, h: Hit): boolean {
  // A trigger inside a topic phrase ("fight" of "the fight against") is that topic.
  const inTopic = (t: string) => s.byTag.get(t)?.some((c) => c.i <= h.i && h.j <= c.j) ?? false;
  if (!lex.topicTags.has(h.tag) && !someOf(lex.topicTags, inTopic)) return false;
  for (const t of lex.topicLeads) for (const lead of s.byTag.get(t) ?? []) {
    if (lead.j > h.i || h.i - lead.j > TOPIC_REACH) continue;
    if (sameClauseBroken(s, lead.j, h.i)) continue;
    if (s.actors.some((a) => a.i >= lead.j && a.i < h.i)) continue;
    // "the mayor tried talks with them, then police fired tear gas": a coordinated verb is a new act, no topic ("sought to negotiate but soon charged the crowd").

    if (s.tokens.slice(lead.j, h.i).some((t) => W.coordinators.has(t.lower))) continue;
    return true;
  }
  return false;
}

/**
 * Is the trigger a participle that only says where a force is ("peacekeepers deployed in the town
 * came under fire", "troops stationed near the border were ambushed")? A one-word past participle
 * right after a force (no auxiliary: "were deployed" tells the act), before a place word, with
 * another event's trigger later in the sentence: a reduced relative clause describing the force,
 * whose sentence tells that other event.
 */
function describesForce(lex: Lexicon, s: SentenceCues, h: Hit): boolean {
  if (h.j - h.i !== 1 || h.i === 0 || !s.tokens[h.i]!.lower.endsWith('ed')) return false;
  if (!W.placeLeads.has(s.tokens[h.j]?.lower ?? '') && s.tokens[h.j]?.lower !== 'to') return false;
  if (!s.actors.some((a) => a.j === h.i && lex.forceTags.has(a.tag))) return false;
  // The other event is the main clause's verb: told within a few words, with no clause mark, "after",
  // "amid" or the like between ("the army redeployed to the town after withdrawing amid attacks" tells
  // the redeployment itself).
  // Nor in an infinitive of purpose: "troops deployed to the province to fight the insurgents" tells
  // the deployment, whose aim is the fight.
  return s.cues.some((c) => c.i > h.j && c.i - h.j <= PARTICIPLE_REACH && c.tag !== h.tag && lex.rulesByAnchor.has(c.tag) && !lex.describingParticiples.has(c.tag) &&
    !s.tokens.slice(h.j, c.i + 1).some((t, k) => (k > 0 && (t.clauseStart || t.lower === 'to')) || W.subordinators.has(t.lower) || t.lower === 'amid'));
}

/**
 * Is the trigger a past participle used as an adjective before its noun ("the abandoned villages",
 * "patrolled abandoned villages", "burned abandoned huts")? One word in -ed, a word of its noun right
 * after it (no determiner, preposition, "by" or clause mark: "abandoned the town", "abandoned by the
 * army" are the verb), and before it a determiner, a preposition, a count, another participle or verb
 * of finding (`attributiveLeads`): the subject of a verb stands there, never these. It tells the
 * state of the place, not an act told.
 */
function attributive(s: SentenceCues, h: Hit): boolean {
  if (h.j - h.i !== 1 || h.i === 0 || !s.tokens[h.i]!.lower.endsWith('ed')) return false;
  const next = s.tokens[h.j];
  if (!next || next.kind !== 'word' || next.clauseStart || next.lower === 'by' || W.nounDeterminers.has(next.lower) || W.objectPrepositions.has(next.lower) ||
    W.coordinators.has(next.lower) || W.attributiveLeads.has(next.lower) || isCount(next.lower)) return false;
  if (s.tokens[h.i]!.clauseStart) return false;
  const prev = s.tokens[h.i - 1]!;
  if (prev.kind !== 'word') return false;
  const w = prev.lower;
  return W.nounDeterminers.has(w) || W.objectPrepositions.has(w) || W.attributiveLeads.has(w) || isCount(w) || (isParticiple(w) && !W.auxiliaries.has(w));
}
/** How many words after the participle the main verb may come ("deployed in the northern district came under fire"). */
const PARTICIPLE_REACH = 8;
