/**
 * The actors of a typed mention (docs/extraction.md, "Actors"): actor1 acts on actor2. actor1 is the
 * nearest actor named before the trigger (within six words for violence) that is not a target;
 * actor2 a target ("against Armenia", "on Armenian positions") or the first actor after the trigger;
 * "by X" after a passive makes X actor1; the subject of a casualty word ("25 Armenian soldiers are
 * reported as dead") is the victim. Sources of the sentence and mediators are not parties.
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Actor } from '../../record/schema.ts';
import { ACTORS, authorityOf, civiliansOf, GENERIC_GROUP, governmentOf, type ActorMention } from '../actors.ts';
import { inSources, type Attribution } from '../attribution.ts';
import { isSourceFiller } from '../sources.ts';
import type { EventMention } from '../mention.ts';
import { joinedVerbClauseAt, participleClauseAt } from '../clause.ts';
import { NUMBERS } from '../../annotate/doc.ts';
import { inDates } from '../../annotate/dates.ts';
import { isParticiple, startsObject, TYPING_WORDS as TW } from '../typing/words.ts';
import { MUTUAL_SUBS } from './draft.ts';
import { beforeCompass, EVENT_WORDS as W, isVerbForm } from './lexicon.ts';
import { accusationBefore, attackNounDoer, bareCountAfter, earlierClauseDoer, pastJoinedFate, timeClauseSubject, triggerEndAt } from './actor-clauses.ts';
import { fallTaker, transferTaker } from './transfer.ts';
import { backedBy, backingAside, backingBy, blamedAfter, meansFrom, borderPairAt, byMeansRoles, cameUnderAt, cameUnderBeforeMeans, fightOpponentAfter, joinedPairBefore, metDevice, ownForces, ownsNounAfter, ownTargetAfter, passiveSubject, reciprocalAfter, saidRightBefore, sharedBorderPair } from './wire-roles.ts';
import { STATE_BODIES } from '../sides.ts';
import { TERRITORY_SUB_TYPES } from '../../record/taxonomy.ts';

export interface MentionActors {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Other actors next to the trigger with a country (associated actors). */
  others: ActorMention[];
  mediator: Actor | null;
}

/** How many words before the body noun its finding verb may stand ("discovered [a mass grave containing 30] bodies"). */
const FINDING_REACH = 6;

/** The actors of mention m, whose trigger starts at token `at` of its sentence. */
export function mentionActors(doc: Doc, m: EventMention, at: number, violent: boolean, attr: Attribution): MentionActors {
  const si = m.sentenceIndex;
  const tokens = doc.sentences[si]!.tokens;
  const allActors = doc.get(ACTORS, si);
  const actors = allActors.filter((a) => a.via !== 'media' && !inSources(attr, a));
  const { mediator, at: medAt } = mediatorOf(doc, si, actors);
  let mediatorOfPair: Actor | null = null;
  // "killed 14 villagers in northern Burkina Faso": a country after a locative is where, not who.
  const placeOnly = (a: ActorMention) => {
    if (a.via === 'place') return true;
    // "a missile fired from Lebanon", "drones launched from Yemen": where the fire came from, not who
    // fired it (a verb's "from", not a noun's: "a delegation from Turkey" is its state).
    if (violent && (a.via === 'country' || a.via === 'metonym') && tokens[a.start - 1]?.lower === 'from' && isVerbForm(tokens[a.start - 2]?.lower ?? '')) return true;
    // "a missile attack on Kyiv", "shelling in Khartoum": a capital struck or where violence happens
    // is a place, not its government ("Kyiv said", "talks with Moscow" are the government).
    if (a.via === 'metonym') {
      const prev = tokens[a.start - 1]?.lower ?? '';
      return W.locatives.has(prev) || (violent && W.targetLeads.has(prev));
    }
    if (a.via !== 'country') return false;
    // "in Gonaives, Haiti": a country after a place's name (after a preposition) and a comma holds
    // that place ("On Monday, Russia launched …", "At 0030 on Tuesday, Azerbaijan …" is no place: a
    // day's name is no place's).
    // So does one after compass words: "in Zvecan, northern Kosovo".
    const k = beforeCompass(tokens, a.start);
    if (tokens[k]?.lower === ',') {
      let j = k - 1;
      while (j >= 0 && /^\p{Lu}/u.test(tokens[j]!.text) && !W.prepositions.has(tokens[j]!.lower) && k - j <= 4) j--;
      const dated = doc.dates(si).some((d) => d.end === tokens[k - 1]!.end);
      if (j >= 0 && j < k - 1 && W.prepositions.has(tokens[j]!.lower) && !dated) return true;
    }
    return k >= 0 && W.locatives.has(tokens[k]!.lower);
  };
  // "Somali forces backed by US air strikes retook the town", "rebels backed by Turkey attacked
  // Kurdish forces": who backs a side only helps it; it is associated, no side of the act.
  const backer = (a: ActorMention) => backedBy(tokens, a, actors);
  const parties = actors.filter((a) => a.start !== medAt && !placeOnly(a) && !backer(a));
  // "a militant hideout", "a rebel camp", "two Armenian artillery positions", "a Russian ammunition
  // depot": the party owns the thing named after it, past a modifier or two; it is a target, no doer.
  const isTarget = (a: ActorMention) => W.targetLeads.has(tokens[a.start - 1]?.lower ?? '') || ownsNounAfter(tokens, a);
  // Who fights is named next to the fighting words; further away are bystanders of the sentence
  // ("Armenia had asked Moscow to help … after the worst fighting").
  const reach = violent ? 6 : 14;
  // (A party whose own name holds the trigger acts: "the Nigerian Air Force struck", where the
  // aircraft are the means the typing read.)
  // (Words of time between are no distance: "troops had violated it on Saturday morning with mortar fire".)
  const dates = doc.dates(si);
  const timeWords = (from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) if (inDates(dates, tokens[k]!)) n++;
    return n;
  };
  const before = parties.filter((a) => a.start <= at && at - a.end - backingAside(tokens, a.end, at) - timeWords(a.end, at) <= reach).reverse();
  const after = parties.filter((a) => a.start > at && a.start - at <= reach);
  let a1 = before.find((a) => !isTarget(a)) ?? null;
  // "Police arrested a man who shot his neighbour", "… a man who they said shot": the relative
  // clause's subject is the noun before its relative word, not a party named before that noun.
  const otherRelative = !!a1 && relativeOfOther(tokens, a1, at);
  if (otherRelative) a1 = null;
  // "The Rapid Support Forces stormed the village of … with heavy weapons": the means, read as the
  // trigger, may stand far from the clause's subject when a verb of attack follows that subject at
  // once, in the trigger's own clause.
  if (!a1 && violent && !otherRelative) a1 = parties.find((a) => a.end < at && !isTarget(a) && W.attackVerbStart.test(tokens[a.end]?.text ?? '') && sameClause(tokens, a.end, at)) ?? null;
  // "Turkish forces and allied rebels shelled the village": of two subjects joined by "and", the
  // first named is actor1 (the other is associated); sides that fight each other are read below.
  // "Wagner fighters and Malian troops", "Turkish forces and allied rebels": a noun or an adjective
  // of their own may stand beside the "and".
  const pairedBefore = (a: ActorMention) => {
    const gap = tokens.slice(a.end, a1!.start);
    if (gap.length === 0 || gap.length > 3) return false;
    if (gap[0]!.lower === 'and') return gap.length <= 2;
    return gap[gap.length - 1]!.lower === 'and' && gap.slice(0, -1).every((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isVerbForm(t.lower));
  };
  const firstOfPair = a1 && !MUTUAL_SUBS.has(m.subEventType) && parties.find((a) => pairedBefore(a) && !isTarget(a) && !W.prepositions.has(tokens[a.start - 1]?.lower ?? ''));
  if (firstOfPair) a1 = firstOfPair;
  let a2Main: ActorMention | null = null;
  // ", killing 20 people": a participle clause shares the main clause's subject (the sentence's first
  // party that is no target or object), however long that clause is.
  // ", triggering fierce clashes": the event noun is the clause's object, and the main clause's
  // object (whom the subject attacked) is the other side.
  const ownClause = participleClauseAt(tokens, at);
  const nounClause = ownClause > 0 ? -1 : eventNounClauseAt(tokens, at);
  const clause = nounClause > 0 ? nounClause : ownClause;
  if (clause > 0) {
    const subject = parties.find((a) => a.end <= clause && !isTarget(a) && !W.targetLeads.has(tokens[a.start - 2]?.lower ?? '') && tokens[a.start - 1]?.lower !== 'of');
    if (subject) a1 = subject;
    if (subject && nounClause > 0) a2Main = parties.find((a) => a.start >= subject.end && a.end <= nounClause && a.actor.name !== subject.actor.name) ?? null;
    // "Soldiers opened fire on Afghans …, killing four": a bare count after the participle counts
    // the main clause's object, who are the victims. "Rebels clashed with Malian troops, killing three
    // soldiers": in a fight the main clause named both sides, and the dead are one side's (whose, the
    // claims read), not a new side.
    if (subject && ownClause > 0 && (MUTUAL_SUBS.has(m.subEventType) || bareCountAfter(doc, si, at))) a2Main = parties.find((a) => a.start >= subject.end && a.end <= ownClause && a.actor.name !== subject.actor.name) ?? null;
  }
  // "Hamas fighters crossed the border and killed 1,200 people": a verb joined by "and" to the verb
  // before it shares that verb's subject, the clause's first party, however far back; the place or
  // people the first verb acted on are its object, not the second verb's subject. A party after a
  // verb of the clause is an object ("Rebels attacked Malian soldiers and killed 10": not the soldiers).
  // (A participle joined to another, "a man getting out of a car and opening fire", is read as a
  // participle clause above, not here.)
  let joined = /ing$/.test(tokens[at]?.lower ?? '') ? -1 : joinedVerbClauseAt(tokens, at);
  if (joined >= 0) {
    // "a youth group who blocked roads and hurled stones", "after gunmen stormed the town and killed":
    // the joined verbs are those of the relative or subordinate clause, whose subject comes after its word.
    for (let k = at - 2; k >= joined; k--) if (TW.relative.has(tokens[k]!.lower)) { joined = k + 1; break; }
    const subject = parties.find((a) => a.start >= joined && a.end < at && !isTarget(a) && !W.prepositions.has(tokens[a.start - 1]?.lower ?? ''));
    if (subject && !tokens.slice(joined, subject.start).some((t) => isVerbForm(t.lower))) {
      a1 = subject;
      // "pursued a gang of raiders and killed four of them": the joined verb's pronoun object is the
      // first verb's object.
      if (tokens.slice(at + 1, at + 4).some((t) => W.objectPronouns.has(t.lower))) a2Main = parties.find((a) => a.start >= subject.end && a.end <= at - 1) ?? null;
    }
  }
  // "Gunmen killed 14 villagers in an attack on a market": an event noun after "in" hangs on the
  // main clause, whose subject acted and whose object suffered ("Two soldiers were killed in an
  // ambush": a passive's subject suffered).
  // Not "territory held by the rebels", "a camp run by the army": those participles say whose a
  // thing is, not who acted.
  // Nor "militants backed by Ankara": who backs them helped (see backer below).
  // "an ambush attributed to JNIM", "a blast blamed on rebels": the link names the doer as "by" does.
  const linkAt = (k: number) => k > 0 && TW.agentLinks.has(`${tokens[k - 1]!.lower} ${tokens[k]?.lower}`);
  const byAt = (k: number) => (tokens[k]?.lower === 'by' && !TW.holdingParticiples.has(tokens[k - 1]?.lower ?? '') && !backingBy(tokens, k)) || linkAt(k);
  // "was hit by the soldiers and injured": a participle joined by "and" right after a passive's "by"
  // agent shares that agent (no victim of its own).
  const coBy = tokens[at - 1]?.lower === 'and' && !TW.intransitiveParticiples.has(tokens[at]?.lower ?? '') ? parties.find((a) => a.end === at - 1 && (byAt(a.start - 1) || byAt(a.start - 2))) : undefined;
  // ("The raid on the checkpoint was attributed to the ELN": the link may come past the noun's own
  // phrase, in its clause; not in a clause of its own: "youths attacked traders after a bombing blamed on …".)
  const linkedFar = () => parties.find((a) => a.start > at && a.start - at <= LINK_REACH && (linkAt(a.start - 1) || linkAt(a.start - 2)) && !tokens.slice(at + 1, a.start).some((t) => t.clauseStart || TW.relative.has(t.lower)));
  // "intercepted a missile fired by the Houthis", "defused a bomb planted by militants": in a weapon's
  // disruption, a "by" after another participle than the trigger, past the trigger's object, names who
  // fired or planted the weapon stopped (actor2), not who stopped it. (In an attack, "killed by a bomb
  // planted by militants" names the doer.)
  const disrupted = m.subEventType === 'Disrupted weapons use' && !TW.auxiliaries.has(tokens[at - 1]?.lower ?? '') && before.length > 0;
  /** The "by" (or agent link) right before party a, past an article and a modifier or two ("by the
   *  paramilitary Rapid Support Forces", "by suspected Boko Haram fighters"): its index, else -1. */
  const byBefore = (a: ActorMention) => {
    for (let k = a.start - 1; k >= Math.max(0, a.start - BY_MODIFIERS - 1); k--) {
      if (byAt(k)) return k;
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.clauseStart || TW.coordinators.has(t.lower) || W.prepositions.has(t.lower)) return -1;
    }
    return -1;
  };
  const otherAct = (by: number) => disrupted && by - 2 > at && isParticiple(tokens[by - 1]?.lower ?? '') && tokens[by]?.lower === 'by';
  const launcher = disrupted ? after.find((a) => { const by = byBefore(a); return by >= 0 && otherAct(by); }) : undefined;
  const byAgent = after.find((a) => { const by = byBefore(a); return by >= 0 && !otherAct(by); }) ?? coBy ?? linkedFar();
  const prep = inPhraseAt(tokens, at, actors);
  if (prep > 0) {
    const main = parties.filter((a) => a.end <= prep && !isTarget(a));
    // The subject comes before the main verb ("Jihadists killed 100 villagers in two attacks": the
    // villagers, after the verb, are its object, and the jihadists no actor the lexicon knows).
    const verb = tokens.findIndex((t, k) => k < prep && W.casualtyTriggers.has(t.lower));
    const subject = main[0] && (verb < 0 || main[0].end <= verb) ? main[0] : undefined;
    // "killed in Russian shelling", "died in an al-Shabaab attack": the party that qualifies the event
    // noun inside the phrase did it (attackNounDoer).
    const doer = attackNounDoer(tokens, parties.filter((a) => !isTarget(a)), prep, subject ?? null);
    if (doer) {
      a1 = doer;
      a2Main = subject ?? main.find((a) => verb >= 0 && a.start > verb) ?? null;
    } else if (!subject) {
      // "A chief was shot dead in an attack by clan militiamen": the "by" right after the event noun's
      // phrase names its doer (not one past another phrase: "in retaliation for a crackdown by …").
      const by = byAgent ? byBefore(byAgent) : -1;
      const nounBy = by > prep && by - prep <= NOUN_BY_REACH && !tokens.slice(prep + 1, by).some((t) => t.kind !== 'word' || t.clauseStart || W.prepositions.has(t.lower));
      a1 = nounBy ? byAgent! : null;
      a2Main = main.find((a) => verb >= 0 && a.start > verb) ?? null;
    } else {
      // "were killed in an ambush" and "died in an attack" (no object before "in"): the subject suffered.
      const passive = tokens.slice(subject.end, prep).some((t) => TW.auxiliaries.has(t.lower)) || (verb >= 0 && verb + 1 === prep);
      const object = main.find((a) => a !== subject && a.actor.name !== subject.actor.name);
      if (passive) { a1 = byAgent ?? null; a2Main = subject; }
      else { a1 = subject; a2Main = object ?? null; }
    }
  }
  // "Officials accused the militia of killing 40 villagers", "blamed the army for shelling": whoever
  // accuses did not act; the accused, between the verb and "of"/"for", did (none when the lexicon
  // does not know them).
  const accuser = accusationBefore(tokens, at);
  if (accuser >= 0 && (!a1 || a1.end <= accuser + 1)) a1 = parties.find((a) => a.start > accuser && a.end < at && !isTarget(a)) ?? null;
  // "The army said it killed 20 militants", "Al-Shabaab said its fighters had killed …": a source
  // that speaks of itself is who acted; its own name is fuller than the pronoun's noun ("its troops").
  const self = selfReportAt(tokens, allActors, attr, at);
  // (A party after the pronoun's own words is its verb's object: "said it struck a Russian refinery".)
  const objectOfSelf = !!self && !!a1 && a1.start > self.to && a1.end <= at + 1;
  // "11 soldiers it said it had killed in an ambush", "the soldiers whom they claimed to have killed":
  // the people right before a relative clause whose subject is the source are the object of its act,
  // and the source, which speaks of its own act, did not suffer it (whatever a phrase after says).
  const relativeHead = self ? parties.find((a) => a.actor.name !== self.actor.actor.name && headOfRelative(tokens, a.end, self.source)) : undefined;
  if (self && relativeHead) {
    a2Main = relativeHead;
    a1 = ownForces(tokens, self) ?? self.actor;
  } else if (self && a2Main !== self.actor && (!a1 || (a1.start >= self.from && a1.end <= self.to) || objectOfSelf) && !(a2Main && a2Main.start >= self.from && a2Main.end <= self.to)) {
    if (objectOfSelf && !a2Main) a2Main = a1;
    a1 = ownForces(tokens, self) ?? self.actor;
  }
  const selfActed = !!relativeHead;
  // A casualty word's subject is the victim: "25 Armenian soldiers are reported as dead"; not when
  // the word is an active verb with its object ("security forces killed 10 militants", "rebels
  // captured the town").
  let victim: ActorMention | null = null;
  const next = tokens[at + 1];
  // "killed about 1,200 people", "killed 1,200": a count right after the word is its object.
  const counted = doc.get(NUMBERS, si).some((n) => n.start === at + 1 && !n.yearLike);
  // (So is the head of a relative clause whose subject, the source, did it: "gendarmes they claimed to have shot".)
  const active = selfActed || !!next && (counted || startsObject(next.lower) || after.some((a) => a.start === at + 1));
  if (a1 && !active && W.casualtyTriggers.has(m.trigger.text.toLowerCase())) { victim = a1; a1 = null; }
  // "Two people were killed after soldiers opened fire on a bus", "… died when gunmen stormed the
  // hotel": the subject of a clause of time right after a casualty word told of its victims acted.
  // "Two soldiers died in an al-Shabaab attack", "were wounded in Israeli strikes on the camp": the
  // party that qualifies the attack noun after the casualty word did it.
  if (!a1 && !active && W.casualtyTriggers.has(m.trigger.text.toLowerCase())) a1 = attackNounDoer(tokens, after, pastJoinedFate(tokens, triggerEndAt(tokens, at, m.trigger.end)), victim);
  const actedInClause = !a1 && !active && W.casualtyTriggers.has(m.trigger.text.toLowerCase()) ? timeClauseSubject(tokens, after, at, m.trigger.end) : null;
  if (actedInClause) a1 = actedInClause;
  if (!a1 && !active && W.casualtyTriggers.has(m.trigger.text.toLowerCase())) a1 = earlierClauseDoer(tokens, parties, at);
  // "Troops discovered the bodies of four civilians", "police recovered the body of a soldier": who
  // found the dead is no party to their killing (a "by" agent after is, as above). Nor who found the
  // grave or the place that held them ("residents discovered a mass grave containing 30 bodies").
  if (a1 && !byAgent && W.bodyNouns.has(m.trigger.text.toLowerCase()) && tokens.slice(Math.max(a1.end, at - FINDING_REACH), at).some((t) => W.findingVerbs.has(t.lower))) a1 = null;
  // "warplanes struck Gaza, killing 20 civilians": a bare country or territory struck is where; the
  // civilians named after it are the victims, that country's civilians.
  // So is a place named by the country's adjective ("rockets at Israeli cities, killing two women"),
  // no party itself: the civilians harmed after it, in the same sentence, are the victims.
  const struckPlace = allActors.find((a) => a.via === 'place' && a.start > at && a.start - at <= reach);
  const struck = after.find((a) => a !== a1) ?? struckPlace;
  const named = struck?.via === 'country' || struck?.via === 'place'
    ? parties.find((a) => a.start > struck.start && a.start - struck.end <= PLACE_VICTIM_REACH && a.actor.kind === 'civilians') : undefined;
  const civilians = named && { ...named, actor: named.actor.country ? named.actor : civiliansOf(struck!.actor.country) };
  let a2 = a2Main ?? victim ?? civilians ?? (struck?.via === 'place' ? undefined : struck) ?? before.find((a) => isTarget(a)) ?? joinedObject(tokens, parties, at, reach) ?? null;
  if (a1 === coBy) a1 = before.find((a) => a !== coBy && !isTarget(a) && a.end < coBy!.start) ?? null;
  // The side the means came from ("mortar rounds from the militia"), read only when no one else acted.
  const fromSide = violent && prep < 0 && !a1 ? meansFrom(tokens, after, at) : undefined;
  // "X were ambushed and killed by soldiers": the agent after "by" acted on the subject (already the victim of a casualty word).
  // (So did the side a weapon was "shot down by" or "defused by": the weapon's side is actor2.)
  if (byAgent && (violent || m.subEventType === 'Disrupted weapons use') && prep < 0) {
    a2 = a1 ?? before.find((a) => a !== byAgent && isTarget(a)) ?? (a2 === byAgent ? null : a2);
    // "Houthi forces launched a drone which was intercepted by the coalition": whoever launched the
    // weapon stopped is the interception's actor2.
    if (!a2 && m.subEventType === 'Disrupted weapons use') a2 = before.find((a) => a !== byAgent && !isTarget(a)) ?? null;
    a1 = byAgent;
  }
  // "Saudi air defences intercepted a missile fired by the Houthis": who fired the weapon stopped is actor2.
  else if (launcher && (!a2 || a2 === a1)) a2 = launcher;
  // "mortar rounds from the militia landed near the market": the side the means came from fired them.
  else if (fromSide) { if (a2 === fromSide) a2 = after.find((a) => a.start > fromSide.end) ?? null; a1 = fromSide; }
  // "Malian soldiers were ambushed near Gao", "a police station was attacked", "its troops had been
  // shelled": the subject of a passive act of violence suffered it, and no doer is named.
  else if ((violent || m.subEventType === 'Disrupted weapons use') && prep < 0 && a1 && a1.end <= at && a2 !== a1 && passiveSubject(tokens, a1, at, m.trigger.text)) { a2 = a1; a1 = null; }
  // "A patrol truck ran over a mine", "the convoy hit a roadside bomb": the subject met the device.
  else if (m.subEventType === 'Remote explosive/landmine/IED' && a1 && a1.end <= at && a2 !== a1 && metDevice(tokens, a1, at)) { a2 = a1; a1 = null; }
  // "Three policemen were killed when an IED exploded under their car", "a soldier was wounded after
  // his vehicle hit a mine": the subject of a passive casualty verb before the blast suffered it.
  else if (m.eventType === 'Explosions/Remote violence' && a1 && a1.end <= at && a2 !== a1 && diedBefore(tokens, a1.end, at)) { a2 = a1; a1 = null; }
  // "Malian troops came under attack", "Azerbaijani units came under fire from Armenian positions":
  // the subject was attacked; the side named after "from" or "by" attacked.
  // So did a party that qualifies the attack ("came under heavy Russian shelling"). The subject may be
  // a target by its noun ("Indian posts came under fire").
  // (The trigger may be the means told after: "… came under fire from Armenian positions using machine guns".)
  const near = cameUnderAt(tokens, at);
  const came = near >= 0 ? near : cameUnderBeforeMeans(tokens, at);
  const underFire = near >= 0 ? before.find((a) => a.end <= came) : came >= 0 ? parties.filter((a) => a.end <= came && came - a.end <= reach).pop() : undefined;
  if (underFire) {
    const fromAfter = (a: ActorMention) => a.start > came && a !== underFire && W.sourceOfFire.has(tokens[a.start - 1]?.lower ?? '');
    const from = before.find((a) => a.start > came + 1) ?? (near >= 0 ? after : parties).find(fromAfter);
    a2 = underFire;
    a1 = from ?? null;
  }
  // "were wounded by Azerbaijani sniper fire": the means' own party fired it, on the passive's subject.
  const byMeans = violent && !underFire ? byMeansRoles(tokens, parties, allActors, attr, at) : null;
  if (byMeans) { a1 = byMeans.doer; a2 = byMeans.struck ?? (a2 === byMeans.doer ? null : a2); }
  // One country's forces named twice are one side; a de facto authority's forces and the state's are
  // two, and so are two armed groups of one country with names of their own ("the ELN clashed with
  // FARC dissidents").
  const ownNames = (x: ActorMention, y: ActorMention) => !STATE_BODIES.has(x.actor.kind) && x.actor.name !== y.actor.name && x.actor.name !== GENERIC_GROUP && y.actor.name !== GENERIC_GROUP;
  if (a1 && a2 && a1.actor.country && a1.actor.country === a2.actor.country && a1.actor.kind === a2.actor.kind && !authorityOf(a1.actor.name) === !authorityOf(a2.actor.name) && !ownNames(a1, a2)) a2 = after.find((a) => a !== a1 && a !== a2 && a.actor.country !== a1!.actor.country) ?? null;
  // "clashes between Sudan's army and the Rapid Support Forces", "talks between Armenia and
  // Azerbaijan": the two sides are named after "between", the first as actor1.
  const pair = betweenPair(tokens, parties, at, m.subEventType === 'Armed clash' ? BETWEEN_REACH : SHORT_BETWEEN)
    ?? (m.subEventType === 'Armed clash' ? fightPairBefore(tokens, parties, at) ?? fightVerbPairBefore(tokens, parties, at) : null);
  if (pair) [a1, a2] = pair;
  // "M23 seized the town after fighting with the Congolese army": the side fought is the other side of
  // a battle, however far after the event's word it is named.
  if (!a2 && a1 && m.eventType === 'Battles') {
    const opponent = fightOpponentAfter(tokens, parties, at, TERRITORY_SUB_TYPES.has(m.subEventType));
    if (opponent && opponent.actor.name !== a1.actor.name) a2 = opponent;
  }
  // "Three soldiers were killed in clashes with al-Shabaab", "two policemen died in a gunfight with
  // bandits": the side that suffered fought the one named after the fight's noun, which is actor1.
  if (!a1 && a2 && m.eventType === 'Battles') {
    const opponent = fightOpponentAfter(tokens, parties, at, false);
    if (opponent && opponent !== a2 && opponent.actor.name !== a2.actor.name) a1 = opponent;
  }
  if (!a2 && MUTUAL_SUBS.has(m.subEventType)) {
    // "Ethiopian troops and Fano militiamen fought": two sides joined by "and" fight each other, of one country or not.
    // ("The Sudanese army and the RSF fought": "and the" joins them too.)
    const joined = (a: ActorMention) => !!a1 && a.end < a1.start && tokens[a.end]!.lower === 'and' && (a1.start - a.end === 1 || a1.start - a.end === 2 && tokens[a.end + 1]!.lower === 'the') && a.actor.name !== a1.actor.name;
    const other = before.find((a) => a !== a1 && (a.actor.country !== a1?.actor.country || joined(a)));
    // The first named acts: a side named before the subject found is actor1, one after it actor2.
    // Not an accuser: "Armenia accused Azerbaijani forces of firing on its positions" was fired on.
    // Nor the people a clause of time follows: "Two Ugandan soldiers were killed when South Sudanese
    // troops attacked their patrol" (the clause's subject acted).
    const sufferedBefore = (o: ActorMention) => !!a1 && tokens.slice(o.end, a1.start).some((t) => W.timeClauseLeads.has(t.lower));
    if (other && a1 && (other.start > a1.start || (accuser >= 0 && other.end <= accuser) || sufferedBefore(other))) a2 = other;
    else if (other) { a2 = a1; a1 = other; }
  }
  // "Kyrgyz President X and Tajik President Y agreed to pull back troops", "Sudan's army and the RSF
  // agreed to a truce": two subjects joined by "and" before talks or an agreement are its two sides;
  // what they agreed to act on (the troops) is no party.
  // So are two that accuse "each other" ("Eritrea and Ethiopia blamed each other for the clashes").
  if (!violent && (MUTUAL_SUBS.has(m.subEventType) || m.subEventType === 'Accusation' && reciprocalAfter(tokens, at))) {
    const pairBefore = joinedPairBefore(tokens, parties, at);
    // "Qatar and Egypt mediated talks between Israel and Hamas": who mediates is no side of the talks.
    if (pairBefore && m.subEventType === 'Mediation' && pair) mediatorOfPair = asMediator(pairBefore[0].actor);
    else if (pairBefore) [a1, a2] = pairBefore;
  }
  // "Fighting erupted on the Kyrgyz-Tajik border", "clashes along the Armenia–Azerbaijan frontier": a
  // fight on the border of two states named by nobody else is between their forces.
  // (So is one whose only parties are those states: "along the Eritrea–Ethiopia frontier".)
  // A side told as the one that suffered ("killed 49 Armenian soldiers") is actor2, the other state actor1.
  // (Forces named without a country may be either state's: "Troops clashed on …", "Two soldiers were
  // killed in clashes along …"; not when the text sets them against someone else: "Smugglers clashed with police".)
  if ((!a1 || !a2 || a1.actor.country === a2.actor.country) && m.subEventType === 'Armed clash') {
    const border = borderPairAt(tokens) ?? sharedBorderPair(tokens, parties);
    const opposed = W.opponentLeads.has(tokens[triggerEndAt(tokens, at, m.trigger.end)]?.lower ?? '');
    const theirs = (a: ActorMention | null) => !a || STATE_BODIES.has(a.actor.kind) && (!a.actor.country && (a === victim || !opposed) || border!.some((b) => b.actor.country === a.actor.country));
    if (border && theirs(a1) && theirs(a2)) {
      // (A bare country is the border's own name, no side told as hit: "along the Eritrea–Ethiopia frontier".)
      const hit = a2 && a2.actor.kind !== 'state' ? border.findIndex((b) => b.actor.country === a2!.actor.country) : -1;
      [a1, a2] = hit === 0 ? [border[1], border[0]] : border;
    }
  }
  // (The clause's subject named again after it is no victim: "… when police fired at police posts".)
  if (actedInClause && a2 && a2 !== a1 && a2.actor.name === a1?.actor.name) a2 = null;
  // "Baku said Armenian forces had fired on its positions", "accusing Armenian forces of firing at its
  // positions": the speaking state's own forces, told by a possessive after the act, were its target.
  if (!a2 && violent) {
    const own = ownTargetAfter(tokens, allActors, attr, at);
    if (own && own.actor.country !== a1?.actor.country) a2 = own;
  }
  // "Rockets hit a market, killing 20, officials said, blaming Ukrainian forces": violence with no doer
  // told is the blamed party's, as the speaker tells it (the event stays in the speaker's words).
  if (!a1 && violent) {
    const blamed = blamedAfter(tokens, parties, at);
    if (blamed && blamed.actor.name !== a2?.actor.name) a1 = blamed;
  }
  // "…, the defence ministry said, accusing Armenian forces of …": whoever speaks accuses; the source of
  // the sentence is the actor1 of an accusation told by a participle ("accusing", "blaming"), not of a
  // passive one ("a man accused of killing …, police said": the police accuse no one there).
  // Right after ", police said," the participle is the speaker's even when the main clause has a
  // subject ("Gunmen killed 15 villagers, police said, blaming bandits").
  if ((!a1 || saidRightBefore(tokens, at)) && m.subEventType === 'Accusation' && /ing$/.test(tokens[at]?.lower ?? '')) {
    const speaker = allActors.filter((a) => a.via !== 'media' && inSources(attr, a)).pop();
    if (speaker && speaker.actor.name !== a2?.actor.name) a1 = speaker;
  }
  // ACLED: a non-violent transfer's actor1 is the side that takes the place ("M23 took the town after
  // the army withdrew"); the side that left it is actor2.
  if (m.subEventType === 'Non-violent transfer of territory') {
    const taker = transferTaker(doc, m.sentenceIndex, parties, a1);
    if (taker && taker.actor.name !== a1?.actor.name) { a2 = a1; a1 = taker; }
  }
  // "The town fell to the rebels", "troops lost control of the base to the insurgents": the party
  // after "to" took the place (actor1); the subject that lost it, if named, is actor2.
  if (TERRITORY_SUB_TYPES.has(m.subEventType)) {
    const taker = fallTaker(doc, m.sentenceIndex, parties, at, m.trigger.end);
    if (taker && taker.actor.name !== a1?.actor.name) {
      const loser = a1 && a1.end <= at ? a1 : null;
      a2 = loser ?? (a2 && a2.actor.name !== taker.actor.name ? a2 : null);
      a1 = taker;
      // "Sake fell to M23 after days of fighting with the army": the side fought lost it.
      const opponent = a2 ? null : fightOpponentAfter(tokens, parties, at, true);
      if (opponent && opponent.actor.name !== taker.actor.name) a2 = opponent;
    }
  }
  // "Soldiers looted shops after the rebels withdrew", "looted the market as the army advanced": a
  // party past a lead of a clause of time is that clause's subject, doing another act; a looting's
  // victims are the owners of what was taken (ACLED: civilians), never the side that left or came.
  // (Not "described as Boko Haram": the lead is no verb's complement.) A thing "destroyed when
  // militants threw grenades", "damaged as forces shelled the area", told with no doer, was hit by
  // the clause's subject: it is actor1.
  if (m.subEventType === 'Looting/property destruction' && a2 && a2.start > at && a2.actor.kind !== 'civilians' &&
    tokens.slice(Math.max(at + 1, a2.start - LEAD_SUBJECT_REACH), a2.start).some((t, i, all) => {
      const k = a2!.start - all.length + i;
      // ("as" right after a participle is its complement even when that is the trigger's word.)
      return W.timeClauseLeads.has(t.lower) && ((k - 1 === at && t.lower !== 'as') || !isVerbForm(tokens[k - 1]?.lower ?? ''));
    })) {
    if (!a1 && TW.auxiliaries.has(tokens[at - 1]?.lower ?? '')) a1 = a2;
    a2 = null;
  }
  const others = [...before, ...after, ...actors.filter(backer)].filter((a) => a !== a1 && a !== a2 && a.actor.name !== a1?.actor.name && a.actor.name !== a2?.actor.name && a.actor.country !== null);
  return { actor1: a1, actor2: a2, others, mediator: mediator ?? mediatorOfPair };
}

/**
 * Where a participle clause opens whose object is the event noun at `at` (", triggering fierce
 * clashes", ", sparking heavy fighting"): the clause shares the main clause's subject. -1 when none.
 */
function eventNounClauseAt(tokens: Doc['sentences'][number]['tokens'], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (tokens[k]!.kind !== 'word') return -1;
    if (participleClauseAt(tokens, k) === k) return k;
  }
  return -1;
}

/** How many words may stand between a lead of a clause of time and its subject ("after the retreating rebels"). */
const LEAD_SUBJECT_REACH = 3;

/** How many words of time may stand between a speech verb and what it said ("said late on Friday night"). */
const TIME_REACH = 4;

/**
 * The source that speaks of itself before the trigger at `at` ("The army said it killed …"), with the
 * tokens [from, to) of its pronoun and the pronoun's noun ("its fighters"), or null.
 */
function selfReportAt(tokens: Doc['sentences'][number]['tokens'], actors: ActorMention[], attr: Attribution, at: number): { actor: ActorMention; from: number; to: number; source: number } | null {
  for (const [x, y] of attr.sources) {
    const actor = actors.filter((a) => a.start >= x && a.end <= y && a.via !== 'media').pop() ?? referredTo(actors, attr, x, y);
    if (!actor) continue;
    let k = y;
    while (k < Math.min(y + 3, at) && !TW.speechVerbs.has(tokens[k]!.lower)) k++;
    if (!TW.speechVerbs.has(tokens[k]?.lower ?? '')) continue;
    let p = k + 1;
    // "The rebels claimed to have killed 30 soldiers", "soldiers they claimed to have shot down": the
    // infinitive's subject is the speaker, who claims the act as its own.
    if (tokens[p]?.lower === 'to' && W.perfectForms.has(tokens[p + 1]?.lower ?? '') && p + 2 === at) return { actor, from: p, to: p + 1, source: x };
    // "said on Sunday it had killed", "said late on Friday that its troops": a time between (not a
    // year's: "declared in early 2019 that its units had retaken" tells of another time).
    while (p < at && p - k <= TIME_REACH && tokens[p]!.lower !== 'in' && (isSourceFiller(tokens[p]!.lower) || tokens[p]!.kind === 'num')) p++;
    if (tokens[p]?.lower === 'that') p++;
    const w = tokens[p]?.lower ?? '';
    if (p >= at || !(W.selfPronouns.has(w) || W.selfPossessives.has(w))) continue;
    // "said it was attacked", "said its troops had been ambushed": the source suffered.
    // The possessive's noun runs to the verb ("its units destroyed", "its special forces had stormed").
    let to = p + 1;
    if (W.selfPossessives.has(w)) while (to < at && to < p + 4 && tokens[to]!.kind === 'word' && !isVerbForm(tokens[to]!.lower) && !W.perfectForms.has(tokens[to]!.lower)) to++;
    if (tokens.slice(p + 1, Math.min(at, to + 2)).some((t) => TW.auxiliaries.has(t.lower))) continue;
    // The pronoun is the subject of the trigger or of the verb the event noun hangs on ("said they
    // shot dead three robbers in a gunfight"): a verb follows at once, or after "had"/"have"
    // ("police said they believe …", "said they responded to a shooting" tell of no act of theirs).
    let v = to;
    while (v < at && W.perfectForms.has(tokens[v]!.lower)) v++;
    // So is a trigger that names the means of that verb of attack in its own clause ("said they
    // targeted a tanker with missiles"), with no clause mark or relative word between ("said they
    // responded to a shooting" tells no act of theirs).
    // (An irregular verb of attack counts as a participle does: "said it struck Hezbollah targets".)
    if (v !== at && !(isParticiple(tokens[v]?.lower ?? '') && inPhraseAt(tokens, at, actors) > v || W.attackWords.test(tokens[v]?.text ?? '') && sameClause(tokens, v, at))) continue;
    return { actor, from: p, to, source: x };
  }
  return null;
}

/**
 * The party a source that names none refers to ("they", "the group" in "Boko Haram released a video of
 * soldiers the group said it had killed"): its claimant, as attribution resolved it, when that claimant
 * is named earlier in the same sentence.
 */
function referredTo(actors: ActorMention[], attr: Attribution, x: number, y: number): ActorMention | undefined {
  const by = attr.claimants.find((c) => c.at >= x && c.at <= y)?.party;
  return by ? actors.find((a) => a.end <= x && a.via !== 'media' && a.actor.name === by.name) : undefined;
}

/** Relative pronouns (not the subordinators of typing-words' 'relative': "after they burned" has its own subject). */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);
/** Those that may open a relative clause whose head is its object ("the soldiers whom they …"). */
const RELATIVE_OBJECTS = new Set([...RELATIVE_PRONOUNS, 'whom']);

/** Is the noun phrase ending at `end` the head of a relative clause that starts at `source` (its "that" or "whom" may be left out)? */
function headOfRelative(tokens: Doc['sentences'][number]['tokens'], end: number, source: number): boolean {
  if (end === source) return true;
  return end + 1 === source && RELATIVE_OBJECTS.has(tokens[end]!.lower);
}

/** How far after the event's noun "attributed to" or "blamed on" may name its doer, in its clause. */
const LINK_REACH = 12;

/** How many words may stand between a relative word and the trigger ("who [they said] shot", "who [had] fired"). */
const RELATIVE_GAP = 3;

/** Does a relative pronoun whose antecedent is no part of `a` open the trigger's clause ("a man who shot")? */
function relativeOfOther(tokens: Doc['sentences'][number]['tokens'], a: ActorMention, at: number): boolean {
  for (let k = at - 1; k > a.end && at - k <= RELATIVE_GAP + 1; k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (RELATIVE_PRONOUNS.has(tokens[k]!.lower)) return tokens[k - 1]!.kind === 'word';
    if (TW.relative.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** No clause mark nor relative or subordinate word in tokens (from, to]. */
function sameClause(tokens: Doc['sentences'][number]['tokens'], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.clauseStart || TW.relative.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * Who suffered a casualty verb joined by "and" to the trigger at `at` in its clause ("Jihadists
 * ambushed a convoy and killed 20 soldiers": the soldiers), or undefined: the first party within
 * `reach` words of that verb.
 */
function joinedObject(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number, reach: number): ActorMention | undefined {
  for (let k = at + 2; k < tokens.length && k - at <= 12; k++) {
    if (tokens[k]!.clauseStart) return undefined;
    if (tokens[k - 1]!.lower !== 'and' || !W.casualtyTriggers.has(tokens[k]!.lower) || !tokens[k]!.lower.endsWith('ed')) continue;
    return parties.find((a) => a.start > k && a.start - k <= reach && tokens[a.start - 1]?.lower !== 'by');
  }
  return undefined;
}

/**
 * Where "in" opens the phrase that holds the event noun at `at` ("in an attack", "in two attacks",
 * "in a deadly ambush"), or -1: up to three determiners, counts or modifiers between. An "in" within
 * a party's words opens none (`actors`: "police in Kenya fired tear gas", "soldiers in Mali killed"),
 * nor one that holds a party of several words ("in twin al Shabaab explosions").
 */
function inPhraseAt(tokens: Doc['sentences'][number]['tokens'], at: number, actors: ActorMention[]): number {
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    const w = tokens[k]!.lower;
    // "police in Kenya fired tear gas": an "in" inside a party's own words is part of its name; "in
    // twin al Shabaab explosions": inside a party's words named in the phrase, the phrase tells its
    // doer (read elsewhere), not an event of the main clause's subject.
    if (actors.some((a) => a.start < k && k < a.end)) return -1;
    if (w === 'in' || w === 'during') return k;
    if (tokens[k]!.clauseStart || tokens[k]!.kind !== 'word' && !/^\d/.test(w)) return -1;
  }
  return -1;
}

/** How many words (an article, a modifier or two) may stand between "by" and the party it names. */
const BY_MODIFIERS = 3;

/** How far after a place struck its civilian victims may be named ("at Israeli cities on Tuesday, killing two women"). */
const PLACE_VICTIM_REACH = 10;

/** How far after the trigger its "between" may stand: a fight's sides may be named past a place
 *  ("fighting erupted along the border between X and Y", "fighting broke out along the line of
 *  contact in Karabakh between X and Y"); other acts' only right after it ("talks between"), as "took
 *  the crossing between Chad and Sudan" names a place. */
const BETWEEN_REACH = 12;
/** How many words an event noun's phrase may hold between "in" and its "by" ("in a [suspected] grenade attack by"). */
const NOUN_BY_REACH = 5;
const SHORT_BETWEEN = 4;

/** The two actors of "between X and Y" within `reach` words after the trigger at `at`, or null. */
function betweenPair(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number, reach: number): [ActorMention, ActorMention] | null {
  let b = -1;
  // "fighting between", "clashes broke out between", "fighting erupted along the border between".
  for (let k = at + 1; k < Math.min(tokens.length, at + reach); k++) {
    if (tokens[k]!.lower === 'between') { b = k; break; }
    // Past the trigger's own words, only words of outbreak, of the border and a place's name lead on.
    if (k >= at + SHORT_BETWEEN - 1 && (tokens[k]!.clauseStart || !W.betweenPath.has(tokens[k]!.lower) && !placeWordAt(tokens, k))) break;
  }
  return b < 0 ? null : pairAfter(tokens, parties, b);
}

/** A capitalised word after a word of the path ("in", "near the town of"), past the name's other
 *  words: the name of where the fight is. */
function placeWordAt(tokens: Doc['sentences'][number]['tokens'], k: number): boolean {
  let j = k;
  while (j > 0 && /^\p{Lu}/u.test(tokens[j]!.text)) j--;
  return j < k && W.betweenPath.has(tokens[j]!.lower);
}

/**
 * The sides of a fight named before the clash's trigger, in the same clause or sentence ("Fighting
 * between the army and the rebels resumed in the city, with 12 civilians killed by stray shells":
 * the clash is typed from "shells"): a fight noun, then only outbreak or border words, then "between".
 */
function fightPairBefore(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): [ActorMention, ActorMention] | null {
  for (let b = 1; b < at; b++) {
    if (tokens[b]!.lower !== 'between') continue;
    let k = b - 1;
    while (k > 0 && b - k < SHORT_BETWEEN && W.betweenPath.has(tokens[k]!.lower)) k--;
    if (W.fightNouns.has(tokens[k]!.lower)) return pairAfter(tokens, parties, b);
  }
  return null;
}

/**
 * The sides of a fight told by its verb before the clash's trigger, in the trigger's sentence: the
 * verb's subject, the party that ends right before it, and the party right after its "with" ("M23
 * rebels clashed with the Congolese army near Rutshuru, leaving 20 dead on both sides": the clash is
 * typed from "dead on both sides").
 */
function fightVerbPairBefore(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): [ActorMention, ActorMention] | null {
  for (let k = 1; k < at; k++) {
    const verb = W.fightVerbs.find((v) => v.every((w, n) => tokens[k + n]?.lower === w));
    if (!verb) continue;
    const w = k + verb.length;
    if (w >= at || tokens[w]!.lower !== 'with') continue;
    const x = parties.find((a) => a.end === k);
    const y = parties.find((a) => a.start === w + 1 || (a.start === w + 2 && tokens[w + 1]!.lower === 'the'));
    return x && y && y.actor.name !== x.actor.name ? [x, y] : null;
  }
  return null;
}

/** The two actors of "X and Y" right after the "between" at `b`, or null. */
function pairAfter(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], b: number): [ActorMention, ActorMention] | null {
  const x = parties.find((a) => a.start > b && a.start - b <= 3);
  if (!x) return null;
  const y = parties.find((a) => a.start > x.end && a.start - x.end <= 4 && tokens.slice(x.end, a.start).some((t) => t.lower === 'and'));
  return y && y.actor.name !== x.actor.name ? [x, y] : null;
}

/** A state that mediates does so through its government. */
const asMediator = (a: Actor): Actor => (a.country ? governmentOf(a.country) : a);

/** The mediator of a sentence ("mediated by the Russian side", "Russia … brokered"), who is not a party, and where it is named. */
function mediatorOf(doc: Doc, si: number, actors: ActorMention[]): { mediator: Actor | null; at: number } {
  const s = doc.sentences[si]!;
  if (!W.mediation.test(s.text)) return { mediator: null, at: -1 };
  const tokens = s.tokens;
  const med = actors.find((a) => W.mediatorLeads.has(tokens[a.start - 1]?.lower ?? '') || W.mediatorLeads.has(tokens[a.start - 2]?.lower ?? '')
    || W.mediatorAfter.has(tokens[a.end]?.lower ?? '') || (tokens[a.end]?.lower === ',' && W.mediatorAfterText.test(s.text)));
  if (!med) return { mediator: null, at: -1 };
  return { mediator: asMediator(med.actor), at: med.start };
}

/**
 * Do the words right after a party (at `from`) say it was killed or hurt ("were killed", "was badly
 * wounded", "have been injured"), with the trigger at `at` still to come in the sentence?
 */
function diedBefore(tokens: Doc['sentences'][number]['tokens'], from: number, at: number): boolean {
  let k = from;
  if (!TW.auxiliaries.has(tokens[k]?.lower ?? '')) return false;
  while (k < at && (TW.auxiliaries.has(tokens[k]!.lower) || W.perfectForms.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k++;
  return k < at && W.casualtyTriggers.has(tokens[k]!.lower) && isParticiple(tokens[k]!.lower);
}
