/**
 * Phrases of wire copy that say who acted on whom, read by event-actors.ts (docs/extraction.md,
 * "Actors", stop 36): a side named before its things is the target ("two Armenian artillery
 * positions"); "came under fire from X"; the subject of a passive act of violence suffered it; a
 * state's voice that speaks of "its units" or of fire "on its positions" names its own forces; "the
 * X-Y border" names the two states of a fight; two parties joined by "and" are the sides of talks.
 * Stop 37: borders of states with several words and "their border"; the side fought "after fighting
 * with" it; fire that "came under" a side "using" a weapon; a vehicle that met a mine; ", police said,
 * blaming X"; backers ("backed by …", also as an aside); parties that accuse "each other".
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Actor } from '../../record/schema.ts';
import { authorityOf, BACKING_PARTICIPLES, authorityPartyName, countryOfWord, militaryOf, ownForcesAt, type ActorMention } from '../actors.ts';
import { inSources, type Attribution } from '../attribution.ts';
import { ARTICLES } from '../words.ts';
import { isParticiple, TYPING_WORDS as TW } from '../typing/words.ts';
import { EVENT_WORDS as W, isVerbForm } from './lexicon.ts';

/** How many words may stand between a passive's subject party and its auxiliary ("positions near Avdiivka were shelled"). */
const PASSIVE_SUBJECT_REACH = 3;
/** How far before its means-noun trigger a passive verb may stand ("was attacked with a grenade"). */
const PASSIVE_MEANS_REACH = 4;

/**
 * Is the party `a` the subject of a passive trigger at `at` ("were ambushed", "had been shelled", past
 * an adverb: "was reportedly attacked")? Only a few words, no verb, stand between it and the
 * auxiliary ("officers said the driver was stabbed": the officers are not the subject). Casualty words are read
 * elsewhere (the victim).
 */
export function passiveSubject(tokens: Doc['sentences'][number]['tokens'], a: ActorMention, at: number, trigger: string): boolean {
  if (W.casualtyTriggers.has(trigger.toLowerCase())) return false;
  // The trigger may be the means after the verb ("was attacked with a grenade"), a noun phrase even
  // when its first word looks like a participle ("killed by an improvised explosive device").
  let v = ARTICLES.has(tokens[at - 1]?.lower ?? '') ? at - 1 : at;
  while (v > at - PASSIVE_MEANS_REACH && v > a.end && !isParticiple(tokens[v]!.lower) && tokens[v]!.kind === 'word' && !tokens[v]!.clauseStart) v--;
  // (Not any verb: "suspects were charged with murder" suffered no murder. A casualty word with the
  // means as its agent is: "two children were killed by a landmine".)
  const harmedBy = W.casualtyTriggers.has(tokens[v]!.lower) && tokens[v + 1]?.lower === 'by';
  if (!isParticiple(tokens[v]!.lower) || (v !== at && !W.attackWords.test(tokens[v]!.text) && !harmedBy)) return false;
  let k = v - 1;
  if (/ly$/.test(tokens[k]?.lower ?? '')) k--;
  if (!TW.auxiliaries.has(tokens[k]?.lower ?? '')) return false;
  while (k > a.end && (TW.auxiliaries.has(tokens[k]!.lower) || W.perfectForms.has(tokens[k]!.lower))) k--;
  if (k - a.end > PASSIVE_SUBJECT_REACH) return false;
  for (let j = a.end; j < k; j++) if (tokens[j]!.clauseStart || isVerbForm(tokens[j]!.lower) || TW.speechVerbs.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * Where "came under" (or "come", "comes", "coming") opens the trigger at `at`, past up to three
 * words ("came under heavy Russian fire"): the index of the verb, or -1.
 */
export function cameUnderAt(tokens: Doc['sentences'][number]['tokens'], at: number): number {
  // The trigger may be the whole phrase ("came under fire"), starting at its verb.
  if (W.underVerbs.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'under') return at;
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    if (tokens[k]!.lower === 'under') return W.underVerbs.has(tokens[k - 1]!.lower) ? k - 1 : -1;
    if (tokens[k]!.kind !== 'word') return -1;
  }
  return -1;
}

/**
 * Where "came under" stands when the trigger is the means told after it ("units came under fire from
 * Armenian positions … using large-caliber machine guns"): the weapon says how the fire came, the
 * clause before it who fired on whom. -1 when there is no means word ("using", "with") between them.
 */
export function cameUnderBeforeMeans(tokens: Doc['sentences'][number]['tokens'], at: number): number {
  let means = false;
  for (let k = at - 1; k >= 1 && at - k <= MEANS_REACH; k--) {
    if (W.meansLeads.has(tokens[k]!.lower)) means = true;
    else if (tokens[k]!.lower === 'under' && means && W.underVerbs.has(tokens[k - 1]!.lower) && underFireAt(tokens, k + 1)) return k - 1;
    else if (tokens[k]!.lower === ';') return -1;
  }
  return -1;
}

/** Is what comes "under" fire or an attack ("under heavy fire", "under mortar attack"), not "under pressure"? */
function underFireAt(tokens: Doc['sentences'][number]['tokens'], k: number): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) if (tokens[j]!.lower === 'fire' || W.attackNouns.matchAt(tokens, j)) return true;
  return false;
}
const MEANS_REACH = 24;

/**
 * "two of its soldiers were wounded by Azerbaijani sniper fire", "a school was hit by heavy Russian
 * shelling": the party that qualifies the means after "by" (past a lowercase modifier or two) fired
 * it; the nearest party before "by" is whom it struck. Null when no party qualifies the trigger so.
 */
export function byMeansRoles(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], actors: ActorMention[], attr: Attribution, at: number): { doer: ActorMention; struck: ActorMention | null } | null {
  // The trigger is fire or an attack's noun ("sniper fire", "shelling"), not a casualty word ("saved by police from death").
  if (!underFireAt(tokens, at)) return null;
  const doer = parties.find((a) => a.end <= at && at - a.end <= OWNED_MODIFIERS && tokens.slice(a.end, at).every(isModifier));
  if (!doer) return null;
  let by = doer.start - 1;
  while (by > 0 && doer.start - by <= OWNED_MODIFIERS && tokens[by]!.lower !== 'by' && tokens[by]!.kind === 'word' && /^\p{Ll}/u.test(tokens[by]!.text)) by--;
  // After a passive: "were wounded by", "was hit by" (not "backed by", "held by").
  if (tokens[by]?.lower !== 'by' || !isParticiple(tokens[by - 1]?.lower ?? '') || TW.holdingParticiples.has(tokens[by - 1]!.lower)) return null;
  const struck = parties.filter((a) => a.end <= by - 1 && by - a.end <= BY_MEANS_REACH && a.actor.name !== doer.actor.name).pop() ?? null;
  // "Armenia's defence ministry said two of its soldiers were wounded by …": the voice's own forces.
  const voice = struck && W.selfPossessives.has(tokens[struck.start - 1]?.lower ?? '')
    ? actors.find((a) => speaksForState(a) && inSources(attr, a)) : undefined;
  const own = voice ? ownForcesAt(tokens, struck!.start, struck!.end, voice.actor.country!) : null;
  return { doer, struck: own ? { ...struck!, actor: own, via: 'body', side: own.kind } : struck };
}
/** How far before "by" the passive's subject may stand ("two of its soldiers were seriously wounded by"). */
const BY_MEANS_REACH = 6;

/** How many lowercase modifiers may stand between a party and the thing it owns ("Armenian artillery positions"). */
const OWNED_MODIFIERS = 2;
const NOT_MODIFIERS = new Set(['and', 'or', 'out', 'up', 'off', 'back', 'away', 'down', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * Is the party named right before one of its things (event-words.json ownedNouns), past up to two
 * lowercase modifiers that are no verbs? Not after "from": fire "from Armenian positions" came from
 * that side, whose positions fired.
 */
export function ownsNounAfter(tokens: Doc['sentences'][number]['tokens'], a: ActorMention): boolean {
  // A clause's first party is its subject ("Jihadists overran a base"), never a thing's owner.
  if (a.start === 0 || tokens[a.start]!.clauseStart) return false;
  let k = a.start - 1;
  while (k >= 0 && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'their' || tokens[k]!.lower === 'its')) k--;
  if (tokens[k]?.lower === 'from') return false;
  for (let j = a.end; j < tokens.length && j <= a.end + OWNED_MODIFIERS; j++) {
    const t = tokens[j]!;
    // A thing's noun in lowercase ("the Chinland Defence Force Headquarters" is a name); one that is also a verb
    // ("rebels target convoys") only when no object follows it.
    if (W.ownedNouns.has(t.lower)) return /^\p{Ll}/u.test(t.text) && !(W.ownedVerbNouns.has(t.lower) && !ownedNounEnds(tokens[j + 1]));
    if (!isModifier(t)) return false;
  }
  return false;
}

/** A lowercase modifier between a party and its thing: no verb, preposition or conjunction ("pushed Iranian forces out of positions"). */
function isModifier(t: Doc['sentences'][number]['tokens'][number]): boolean {
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isVerbForm(t.lower) && !W.prepositions.has(t.lower) && !NOT_MODIFIERS.has(t.lower);
}

/** Does the token after a thing's noun end its phrase: a stop, a preposition, "and", the sentence's end? */
function ownedNounEnds(t: Doc['sentences'][number]['tokens'][number] | undefined): boolean {
  return !t || t.kind === 'punct' || W.prepositions.has(t.lower) || t.lower === 'and' || t.lower === 'or';
}

/** How far after the trigger a possessive may name the speaker's own forces as the target ("fired on its positions"). */
const OWN_TARGET_REACH = 6;

/**
 * The forces of the state whose voice speaks in the sentence, named by a possessive after the trigger
 * ("fired on its positions", "shelled their units"), or null: the target of the act that voice tells.
 */
export function ownTargetAfter(tokens: Doc['sentences'][number]['tokens'], actors: ActorMention[], attr: Attribution, at: number): ActorMention | null {
  const voice = actors.find((a) => speaksForState(a) && inSources(attr, a))
    ?? actors.find((a) => speaksForState(a) && a.end <= at && tokens.slice(a.end, a.end + 2).some((t) => TW.speechVerbs.has(t.lower) || W.accuseVerbs.has(t.lower)));
  if (!voice) return null;
  for (let k = at + 1; k < tokens.length && k - at <= OWN_TARGET_REACH; k++) {
    if (tokens[k]!.clauseStart) return null;
    if (!W.selfPossessives.has(tokens[k]!.lower)) continue;
    const named = ownForcesAt(tokens, k + 1, Math.min(tokens.length, k + 3), voice.actor.country!);
    const forces = named && voice.actor.kind === 'military' && named.kind === 'military' ? voice.actor : named;
    return forces ? { start: k, end: k + 2, actor: forces, via: 'body', side: forces.kind } : null;
  }
  return null;
}


/** A voice whose "its positions", "its soldiers" are a state's forces: a state's own voice, or an army's
 *  ("the border service said … its posts": those forces under their own name). */
function speaksForState(a: ActorMention): boolean {
  return !!a.actor.country && (STATE_VOICES.has(a.actor.kind) || a.actor.kind === 'military');
}

/** States' voices whose "its forces", "its troops" are that state's forces (an armed force that speaks,
 *  "the Houthis said their forces …", is already who acted, under its own name). */
const STATE_VOICES = new Set<Actor['kind']>(['state', 'government', 'official']);

/**
 * "Baku said its units destroyed …", "the defence ministry said its troops repelled …": a state's voice
 * that speaks of its own forces names who acted, those forces (a de facto authority's: its own), not
 * the government that spoke. Null when the pronoun's noun names no forces ("said it", "said its
 * officials").
 */
export function ownForces(tokens: Doc['sentences'][number]['tokens'], self: { actor: ActorMention; from: number; to: number }): ActorMention | null {
  const voice = self.actor.actor;
  if (!voice.country || !STATE_VOICES.has(voice.kind) || !W.selfPossessives.has(tokens[self.from]!.lower)) return null;
  const forces = ownForcesAt(tokens, self.from + 1, self.to, voice.country);
  if (!forces) return null;
  const authorityName = authorityPartyName(authorityOf(voice.name), forces.kind);
  return { ...self.actor, actor: authorityName ? { ...forces, name: authorityName } : forces, via: 'body', side: forces.kind };
}

/**
 * The two states of "the X-Y border" ("Kyrgyz-Tajik", "Armenia–Azerbaijan", "Sudan-South Sudan"), as their
 * forces, or null: the words right before a border noun, split at their one dash into two country names
 * (each may have several words; the first is the longest run of words before the dash that is one).
 */
export function borderPairAt(tokens: Doc['sentences'][number]['tokens']): [ActorMention, ActorMention] | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!W.borderNouns.has(tokens[k]!.lower)) continue;
    for (let start = Math.max(0, k - BORDER_NAME_WORDS); start < k; start++) {
      const halves = joinedWords(tokens, start, k).split(/ ?[-–—] ?/);
      if (halves.length !== 2) continue;
      const cx = countryOfWord(halves[0]!), cy = countryOfWord(halves[1]!);
      if (!cx || !cy || cx === cy) continue;
      const side = (iso3: string): ActorMention => ({ start, end: k, actor: militaryOf(iso3), via: 'body', side: 'military' });
      return [side(cx), side(cy)];
    }
  }
  return null;
}

/**
 * The two states of "their border", "their common frontier" when the sentence names them joined by
 * "and" before it ("Kyrgyzstan and Tajikistan traded accusations over fighting along their border"),
 * as their forces, or null.
 */
export function sharedBorderPair(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[]): [ActorMention, ActorMention] | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!W.borderNouns.has(tokens[k]!.lower)) continue;
    const owner = W.sharedBorderWords.has(tokens[k - 1]!.lower) && tokens[k - 2]?.lower === 'their' ? k - 2 : k - 1;
    if (tokens[owner]?.lower !== 'their') continue;
    const pair = joinedPairBefore(tokens, parties, owner);
    const [cx, cy] = [pair?.[0].actor.country, pair?.[1].actor.country];
    if (!pair || !cx || !cy || cx === cy) continue;
    const side = (x: ActorMention, iso3: string): ActorMention => ({ ...x, actor: militaryOf(iso3), via: 'body', side: 'military' });
    return [side(pair[0], cx), side(pair[1], cy)];
  }
  return null;
}

/** Most words of two country names around a dash ("Democratic Republic of Congo-Rwanda" is six). */
const BORDER_NAME_WORDS = 7;

/** The text of tokens [from, to) with one space where the article has any, none where it has none. */
function joinedWords(tokens: Doc['sentences'][number]['tokens'], from: number, to: number): string {
  let s = tokens[from]!.text;
  for (let i = from + 1; i < to; i++) s += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return s;
}

/** Two parties joined by "and" (or "and the") whose second ends before the trigger at `at`, of two sides, or null. */
export function joinedPairBefore(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): [ActorMention, ActorMention] | null {
  for (const x of parties) {
    if (x.end >= at || tokens[x.end]?.lower !== 'and') continue;
    const gap = tokens[x.end + 1]?.lower === 'the' ? 2 : 1;
    const y = parties.find((a) => a.start === x.end + gap && a.end <= at);
    if (y && y.actor.name !== x.actor.name) return [x, y];
  }
  return null;
}

/**
 * The other side of a fight told after the event's word ("seized the town after fighting with the
 * Congolese army", "overran the base following heavy clashes against government troops"): the first
 * party right after "with" or "against" (and "the") that follows a fight noun, or null. For a change
 * of hands (`taken`), also the party it was taken from ("recaptured the town of X from Islamic State").
 */
export function fightOpponentAfter(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number, taken: boolean): ActorMention | null {
  return parties.find((a) => {
    if (a.start <= at) return false;
    const lead = tokens[a.start - 1]?.lower === 'the' ? a.start - 2 : a.start - 1;
    if (taken && tokens[lead]?.lower === 'from') return true;
    // ("an exchange of fire with police": the fight's noun before "of fire".)
    const noun = tokens[lead - 1]?.lower === 'fire' && tokens[lead - 2]?.lower === 'of' ? lead - 3 : lead - 1;
    return W.opponentLeads.has(tokens[lead]?.lower ?? '') && W.fightNouns.has(tokens[noun]?.lower ?? '');
  }) ?? null;
}

/**
 * Did the party `a` meet the mine or bomb at `at` ("the lead truck of a convoy hit a mine", "a patrol ran over
 * a landmine")? Then it suffered the blast; whoever laid the device is named elsewhere, if at all.
 * Only a verb of meeting, and nothing but a determiner or modifiers, between it and the device.
 */
export function metDevice(tokens: Doc['sentences'][number]['tokens'], a: ActorMention, at: number): boolean {
  for (let k = a.end; k < at && k - a.end <= DEVICE_SUBJECT_GAP; k++) {
    const hit = W.deviceHitVerbs.matchAt(tokens, k, at);
    // The device is the verb's object: "hit a convoy with IEDs" hit the convoy.
    if (hit) return at - hit.end <= DEVICE_OBJECT_GAP && !tokens.slice(hit.end, at).some((t) => W.prepositions.has(t.lower));
  }
  return false;
}
/** Words between a subject and its verb ("vehicle carrying troops"), and between the verb and the device ("a roadside"). */
const DEVICE_SUBJECT_GAP = 4;
const DEVICE_OBJECT_GAP = 3;

/**
 * The party a participle clause of accusation names right after the event ("Rockets hit a market,
 * killing 20, officials said, blaming Ukrainian forces"): who the speaker says did it, or null. Only a
 * participle right after the speaker's ", … said," (the clause hangs on what was said), its object
 * right after it; not a crowd's grievance ("traders blocked the bypass, accusing officials of graft").
 */
export function blamedAfter(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): ActorMention | null {
  for (let k = at + 1; k < tokens.length; k++) {
    if (!saidRightBefore(tokens, k) || !/ing$/.test(tokens[k]!.lower) || !W.accuseVerbs.has(tokens[k]!.lower)) continue;
    const object = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return parties.find((a) => a.start === object) ?? null;
  }
  return null;
}

/** Does the word at k follow ", … said," ("police said, blaming bandits")? Its clause is the speaker's. */
export function saidRightBefore(tokens: Doc['sentences'][number]['tokens'], k: number): boolean {
  return tokens[k - 1]?.lower === ',' && TW.speechVerbs.has(tokens[k - 2]?.lower ?? '');
}

/** Is the party `a` named right after "backed by", "supported by the" …? It only helps a side. */
export function backedBy(tokens: Doc['sentences'][number]['tokens'], a: ActorMention, others: readonly ActorMention[] = []): boolean {
  // Past an article and a modifier or two: "aided by local residents", "backed by the US-led coalition".
  let by = a.start - 1;
  while (by >= a.start - 3 && by > 0 && tokens[by]!.kind === 'word' && tokens[by]!.lower !== 'by' && /^\p{Ll}/u.test(tokens[by]!.text) && !isVerbForm(tokens[by]!.lower)) by--;
  if (backingBy(tokens, by)) return true;
  // "a Turkey backed police patrol": a country named before the participle backs the party after it,
  // as in "Turkey-backed" (not "troops backed by …", "backed up", "backed with drones": its own act).
  // So does a named armed group before one when the affiliate is named too ("an al-Qaeda allied
  // faction, Katiba Macina, raided …"): the affiliate acts, the patron is no party (an affiliate left
  // unnamed is known only by its patron; "linked to the attack" ties a thing, not a side).
  if (!BACKING_PARTICIPLES.has(tokens[a.end]?.lower ?? '') || OWN_BACKING.has(tokens[a.end + 1]?.lower ?? '')) return false;
  if (COUNTRY_VIAS.has(a.via)) return true;
  return a.via === 'standalone' && ARMED_KINDS.has(a.actor.kind) && tokens[a.end + 1]?.lower !== 'to' &&
    others.some((b) => b !== a && b.start > a.end && b.start - a.end <= AFFILIATE_REACH && b.via === 'standalone' && ARMED_KINDS.has(b.actor.kind) && b.actor.name !== a.actor.name);
}
const ARMED_KINDS = new Set(['rebel', 'militia']);
/** How far after "X affiliated" the affiliate's own name may come ("an X affiliated group, Y,"). */
const AFFILIATE_REACH = 6;

/** Is token k a "by" after a backing verb ("backed by", "supported by"; past a particle: "backed up by")? */
export function backingBy(tokens: Doc['sentences'][number]['tokens'], k: number): boolean {
  const verb = tokens[k - 1]?.lower === 'up' ? k - 2 : k - 1;
  return tokens[k]?.lower === 'by' && W.backingVerbs.has(tokens[verb]?.lower ?? '');
}

const COUNTRY_VIAS = new Set<ActorMention['via']>(['country', 'metonym', 'demonym']);
/** Words after a backing participle that make it the subject's own act ("backed by", "backed up", "backed with"). */
const OWN_BACKING = new Set(['by', 'up', 'with']);

/**
 * The length of an aside that names a backer right after a subject ("Iraqi forces, backed by the
 * US-led coalition, recaptured …"): the subject acts across it. 0 when there is none before `to`.
 */
export function backingAside(tokens: Doc['sentences'][number]['tokens'], from: number, to: number): number {
  if (tokens[from]?.lower !== ',' || !W.backingVerbs.has(tokens[from + 1]?.lower ?? '')) return 0;
  for (let k = from + 2; k < to; k++) if (tokens[k]!.lower === ',') return k - from + 1;
  return 0;
}

/** Does "each other" or "one another" follow the word at `at`, right after it or past one word ("accused each other", "traded blame with one another")? */
export function reciprocalAfter(tokens: Doc['sentences'][number]['tokens'], at: number): boolean {
  for (let k = at + 1; k <= at + 3 && k + 1 < tokens.length; k++) if (W.reciprocals.has(`${tokens[k]!.lower} ${tokens[k + 1]!.lower}`)) return true;
  return false;
}

/** How many words (a participle: "fired", "launched"; the means' noun: "shells") may stand between the means and "from". */
const FROM_GAP = 2;

/**
 * "a dozen mortar rounds from the militia landed near the market", "rockets fired from the
 * insurgents' positions struck the outskirts": the party right after "from" (past its article) that follows
 * the means at `at` is the side that fired them.
 */
export function meansFrom(tokens: Doc['sentences'][number]['tokens'], after: ActorMention[], at: number): ActorMention | undefined {
  let k = at + 1;
  // (The means may be told in two words: "artillery shells", "mortar rounds".)
  while (k < tokens.length && k - at - 1 < FROM_GAP && tokens[k]!.lower !== 'from' && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && !tokens[k]!.clauseStart) k++;
  if (tokens[k]?.lower !== 'from') return undefined;
  let s = k + 1;
  while (s < tokens.length && NOT_MODIFIERS.has(tokens[s]!.lower)) s++;
  return after.find((a) => a.start === s);
}

