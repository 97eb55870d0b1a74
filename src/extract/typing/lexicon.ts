/**
 * The trigger lexicon (data/event-triggers.json) compiled once into hash maps keyed by the first
 * word of each phrase, so matching a sentence costs one map lookup per token instead of one regex
 * per pattern. Every tag a rule names is checked at load time: a typo in the data fails loudly.
 */
import { stem } from '../../annotate/stem.ts';
import { readDataJson } from '../../util/data-file.ts';
import { namedGroups } from '../actors.ts';
import { compileModality, compileRules, compileScopes, fail, strings, tagSet } from './lexicon-rules.ts';

/** One word of a phrase: a stem, an exact-case surface form ("=IS"), a gap of 0-3 words ("*"), or
 *  the long gap of a verb's object ("**": 0-10 words, no clause mark or other verb among them; match.ts). */
export type PhraseWord = { kind: 'stem'; key: string } | { kind: 'raw'; key: string } | { kind: 'gap'; long?: boolean };

export interface Phrase {
  words: PhraseWord[];
  tag: string;
}

/** A tag a rule names: in the anchor's sentence, or anywhere in the text ("@protest" in the data). */
export interface Term {
  tag: string;
  doc: boolean;
}

export interface Rule {
  sub: string;
  eventType: string;
  weight: number;
  /** The first tag is the anchor: the trigger whose words the mention reports. */
  all: Term[];
  any: Term[];
  none: Term[];
  /** Actor classes allowed as the anchor's agent / patient (see rules.ts). */
  agent: string[] | null;
  notAgent: string[] | null;
  patient: string[] | null;
  notPatient: string[] | null;
  /** Actor classes one of which must be among the anchor's victims (any actor it acts on, not only
   *  the first: "killing three civilians and five police"). */
  anyPatient: string[] | null;
  /** Tags of a demonstration that the anchor's agents must be part of: the tag in the anchor's
   *  sentence, or in the sentence just before when the anchor's subject is "they" or the same crowd
   *  word as there, with no shift of time (rules.ts `demonstrators`). Null: no such condition. */
  near: string[] | null;
  /** all/any tags must lie within this many tokens of the anchor. */
  window: number | null;
  /** The anchor must not follow one of these tags closely ("protest over the killing of": the
   *  killing is the cause of the protest, not an act against it). */
  notAfter: string[];
  notAfterReach: number;
  /** The anchor must not be the subject of one of these tags: right before it ("the kidnappers
   *  handed over"), or before it as its passive within `notAfterReach` words in its clause ("three
   *  hostages were handed over": the words of their capture are those of their release). */
  notSubjectOf: string[];
  /** Tags (verbs) that bar the rule only when they govern the anchor's own weapon: in its clause, with
   *  the anchor as their object or subject, not another weapon ("drones hit positions, while the rebels
   *  shot down two drones": the shoot-down acts on other drones, the strike stands; rules.ts). */
  noneGoverning: string[];
  /** `notAfter` reaches into the next clause when the anchor is a participle opening it that takes up
   *  the act's victims ("killed two herders, accusing them of spying": rules.ts pretextClause). */
  pretext: boolean;
  /** The anchor must not be the consequence of a fight (one of these tags) that is its sentence's
   *  subject: "Clashes between … left 20 civilians dead" (typing/fight.ts). */
  notInFight: string[];
  /** One of these tags must stand before the anchor in its sentence ("clashes took place ... amid
   *  shelling": the fight is told first and the weapon is its means). */
  after: string[];
  /** Tags that, as the anchor verb's whole object (rules.ts objectIs: no other `all` or `any` tag of
   *  the rule first or joined to them), make the rule not hold: "took goats from the herders" took
   *  property, not a place. */
  notObject: string[];
  /** Tags of `all` that must be what the anchor acts on: told after it, or before it only when it
   *  reads as a passive ("rifles were seized"): "gunmen armed with rifles seized cattle" seized no rifle. */
  objectTags: string[];
  /** One of these tags must be told in the sentence just before the anchor's, with no shift of time
   *  in the anchor's ("Crowds protested in the town. Soldiers shot two of them dead": the force is
   *  used on that demonstration). Empty: no such condition. */
  prevTells: string[];
  /** A strategic development that ACLED codes only when nothing violent happened in the same
   *  report ("killed two and stole cattle" is an Attack, not Looting). */
  secondary: boolean;
  /** Only when the text has no other event ("violence reported during the elections"). */
  fallback: boolean;
  why: string;
}

/** Words of weapons held, not used: a `means` trigger in the object of a `holders` cue ("seized
 *  rifles and grenades") is no grenade attack; an `until` cue ends that object ("found the bodies of
 *  men killed in a grenade attack"). */
export interface HeldWeapons {
  holders: Set<string>;
  /** A holder word that is also one of these is no seizure ("intercepted" a missile in flight). */
  except: Set<string>;
  means: Set<string>;
  until: Set<string>;
  /** Verbs (words, lower case) that end the seized object as well: "seized a bus and set off a bomb". */
  endVerbs: Set<string>;
  /** Strikes whose object a holder is ("struck an ammunition depot with rockets"): the depot is a
   *  target, the weapons after it were used on it. */
  struck: Set<string>;
}

/** The phrases that start with one word, per layer (cues, actors, context). */
export type FirstWordEntry = [PhraseList | null, PhraseList | null, PhraseList | null];

/**
 * The phrases of one layer that start with one word, in lexicon order, and the keys (stems and exact
 * forms together) of their second words: a common first word ("to", "in", "who", "military") starts
 * dozens of phrases, and the word after it mostly continues none, which one set lookup tells.
 * `next` is null when some phrase may end at its first word or skip words after it (a gap).
 */
export interface PhraseList {
  phrases: Phrase[];
  next: Set<string> | null;
}

export interface Layer {
  index: 0 | 1 | 2;
}

/**
 * All layers keyed by first word, so a token costs two map lookups (its stem, its exact form)
 * whatever the number of layers and phrases.
 */
export interface FirstWordIndex {
  byStem: Map<string, FirstWordEntry>;
  byRaw: Map<string, FirstWordEntry>;
}

export interface Lexicon {
  firstWords: FirstWordIndex;
  /** Cue tags whose longer phrases do not hide other tags' shorter ones at the same place. */
  sharing: Set<string>;
  /** Tags whose phrases hide no phrase inside them ("came under heavy mortar fire" keeps "mortar"). */
  transparent: Set<string>;
  /** Event words and context cues, matched longest-first ("rocket-propelled grenade" hides "grenade"). */
  cues: Layer;
  /** Actor words, matched on their own so a longer cue phrase never hides an actor. */
  actors: Layer;
  /** Context words (causes: "protest over the ..."), matched on their own for the same reason. */
  context: Layer;
  actorClasses: Set<string>;
  /** Modality tag -> the modality it gives an anchor it precedes. */
  modality: Map<string, { modality: 'negated' | 'hypothetical' | 'reported'; reach: number }>;
  /** Tags that open a cause scope ("protested over ..."): triggers inside it, up to the next clause
   *  mark or `reach` words, are the reason for the event, not events. `after`: only when one of
   *  these tags precedes. `notBefore`: the scope does not open when the next word is one of these
   *  ("residents protest a recent attack" is a cause, "the protest turned violent" is not).
   *  `keep`: tags whose hits inside the scope stay as context, though never as triggers ("riders
   *  who had barricaded the road" still tells a violent demonstration). `until`: only when one of
   *  these tags follows in the sentence, and the scope ends there ("relatives of two men killed by
   *  police [marched]"). */
  scopes: Map<string, { after: string[]; until: string[]; reach: number; notBefore: Set<string>; keep: Set<string> }>;
  /** Weapons told as seized or found, not used (typing/held.ts). */
  held: HeldWeapons;
  /** Cue tags that end a cause scope when they read as a verb: "students protesting against fees
   *  set fire to dormitories" (not "protesting against the burning of stalls"). */
  scopeEnd: Set<string>;
  /** The `scopeEnd` tags that end a scope even in the passive ("were dispersed": an act on the
   *  demonstrators); the others' passives belong to the cause ("after their stalls were demolished"). */
  scopeEndPassive: Set<string>;
  /** `scopeEnd` tags that end a scope only as the cause's subject's own finite verb ("students
   *  protesting fee hikes beat a guard"): not an -ing form, and no actor or relative word before it in
   *  the scope ("after a police officer beat", "who had beaten them", "for torturing" tell the grievance). */
  scopeEndBare: Set<string>;
  /** Triggers a participle after a comma can hang on ("Police opened fire on protesters, killing five"). */
  verbTags: Set<string>;
  /** Triggers whose bare participle names what happened to someone ("members killed in a raid"). */
  victimTags: Set<string>;
  /** Triggers of an assault on a place or people ("attacked", "raided", "stormed"), which name no harm of their own. */
  assaultTags: Set<string>;
  /** Tags of an Armed clash reading that, told after an armed group's attack, say the attack met
   *  armed resistance ("Village defence fighters routed the attackers"): the event is the battle. */
  resistanceTags: Set<string>;
  /** Tags of weapons a disruption verb acts on ("shot down two drones", "intercepted a rocket"): what a
   *  rule's `noneGoverning` verb must govern to bar it (rules.ts governsAnchor). */
  weaponTags: Set<string>;
  /** Tags of discussion words ("to discuss", "talks on"): an event noun a few words after one, with
   *  no actor of its own between, is the discussion's topic, no event ("met to discuss the fight against …"). */
  topicLeads: Set<string>;
  /** Trigger tags that a discussion word before them makes its topic: campaigns, settlements and
   *  deployments ("the fight against", "a ceasefire"); a particular shooting discussed did happen. */
  topicTags: Set<string>;
  /** Tags of triggers that, as a bare participle after a force and before a place, with another
   *  event told later in the sentence, only say where that force is ("troops deployed in the town came under fire"). */
  describingParticiples: Set<string>;
  /** Tags of acts whose past participle also serves as an adjective before its noun ("the abandoned
   *  villages", "found abandoned villages"): so used it tells a state, not the act (rules.ts attributive). */
  attributiveParticiples: Set<string>;
  /** Tags that tell the forces harmed were off duty, whom ACLED codes as civilians. */
  offDutyTags: Set<string>;
  /** Tags that tell the people killed were captives of their killers ("soldiers they had captured"):
   *  out of the fight, a rule that names one reads them as civilians, as ACLED codes them. */
  captiveTags: Set<string>;
  /** Accidents and natural hazards ("a boat capsized", "floods"): hurt told only with one of
   *  `hazardHurtTags` in a sentence that names one is no political violence (typing/hazards.ts). */
  hazardTags: Set<string>;
  hazardHurtTags: Set<string>;
  /** Tags of a craft ("fighter jet", "helicopter") that, told right before the accident as its subject
   *  ("a fighter jet crashed"), name what crashed, no strike's means. */
  hazardCraftTags: Set<string>;
  /** Words of a weapon or of violence that keep the event of a sentence that also names an accident or a hazard
   *  ("a bystander police shot where two buses had collided", "a hunting accident"). */
  hazardKeepWords: Set<string>;
  /** Triggers of a place changing hands whose taker is named after "to" ("the town fell to the
   *  rebels", "troops lost control of the base to the insurgents"): that actor is the agent, the
   *  subject before the trigger the side that lost it (roles.ts). */
  takerTags: Set<string>;
  /** Triggers of taking a place whose object, a bare name with no place word ("rebels seized Sake"),
   *  is the place taken (typing/place-names.ts). */
  placeObjectTags: Set<string>;
  /** Triggers whose subject, a bare name ("Sake fell to the rebels"), is the place taken. */
  placeSubjectTags: Set<string>;
  /** Cue tags of event nouns that, right before a verb trigger, are its subject ("fighting entered its fourth week"). */
  eventSubjects: Set<string>;
  /** Actor classes of organised forces, which before a `compoundHeads` actor only describe it ("MRC youths"). */
  forceTags: Set<string>;
  compoundHeads: Set<string>;
  /** Actor classes that before a force only describe it ("civilian police"). */
  compoundModifiers: Set<string>;
  /** Tags of places and things that a person word before them only names ("refugee camp"). */
  compoundPlaces: Set<string>;
  /** Rules indexed by anchor tag. */
  rulesByAnchor: Map<string, Rule[]>;
  rules: Rule[];
  tags: Set<string>;
}

interface RawLexicon {
  cues?: Record<string, unknown>;
  actors?: Record<string, unknown>;
  context?: Record<string, unknown>;
  modality?: Record<string, unknown>;
  scopes?: Record<string, unknown>;
  sharing?: unknown;
  transparent?: unknown;
  scopeEnd?: unknown;
  scopeEndPassive?: unknown;
  scopeEndBare?: unknown;
  verbTags?: unknown;
  victimTags?: unknown;
  assaultTags?: unknown;
  resistanceTags?: unknown;
  weaponTags?: unknown;
  topicLeads?: unknown;
  topicTags?: unknown;
  describingParticiples?: unknown;
  attributiveParticiples?: unknown;
  offDutyTags?: unknown;
  captiveTags?: unknown;
  hazardTags?: unknown;
  hazardHurtTags?: unknown;
  hazardCraftTags?: unknown;
  hazardKeepWords?: unknown;
  takerTags?: unknown;
  placeObjectTags?: unknown;
  placeSubjectTags?: unknown;
  forceTags?: unknown;
  eventSubjects?: unknown;
  compoundHeads?: unknown;
  compoundModifiers?: unknown;
  compoundPlaces?: unknown;
  rules?: unknown;
  heldWeapons?: Record<string, unknown>;
  /** Actor kind of data/lexicon/actors.json → typing actor class (withNamedGroups). */
  namedGroupClasses?: Record<string, unknown>;
  /** Cue tag → phrases each read after a country's demonym (withStateCues): "Israeli strikes on". */
  stateCues?: Record<string, unknown>;
  /** Actor class of a nation's people named alone by their plural demonym ("three Syrians"): withStatePeople. */
  statePeople?: unknown;
}

function compilePhrase(source: string, tag: string, text: string): Phrase {
  const words: PhraseWord[] = [];
  for (const w of text.trim().split(/[\s-]+/)) {
    if (w === '*') words.push({ kind: 'gap' });
    else if (w === '**') words.push({ kind: 'gap', long: true });
    else if (w.startsWith('=')) words.push({ kind: 'raw', key: w.slice(1) });
    else words.push({ kind: 'stem', key: stem(w.toLowerCase().replace(/['’]s$/, '')) });
  }
  if (!words.length || words[0]!.kind === 'gap' || words[words.length - 1]!.kind === 'gap') {
    fail(source, `phrase ${JSON.stringify(text)} of ${tag} must start and end with a word`);
  }
  return { words, tag };
}

function addPhrase(idx: FirstWordIndex, layer: Layer, p: Phrase) {
  const w = p.words[0]!;
  const map = w.kind === 'raw' ? idx.byRaw : idx.byStem;
  const key = (w as { key: string }).key;
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = [null, null, null]));
  const list = (entry[layer.index] ??= { phrases: [], next: new Set() });
  list.phrases.push(p);
  const second = p.words[1];
  if (!second || second.kind === 'gap') list.next = null;
  else list.next?.add(second.key);
}

export function compileLexicon(raw: RawLexicon, source = 'event lexicon'): Lexicon {
  if (!raw || typeof raw !== 'object') fail(source, 'expected a JSON object');
  const firstWords: FirstWordIndex = { byStem: new Map(), byRaw: new Map() };
  const cues: Layer = { index: 0 };
  const actors: Layer = { index: 1 };
  const context: Layer = { index: 2 };
  const tags = new Set<string>();
  const actorClasses = new Set<string>();
  const layer = (name: 'cues' | 'actors' | 'context', into: Layer) => {
    for (const [tag, list] of Object.entries(raw[name] ?? {})) {
      if (name === 'context' && tags.has(tag)) fail(source, `context.${tag} is also a cue or actor tag`);
      tags.add(tag);
      if (name === 'actors') actorClasses.add(tag);
      for (const p of strings(source, `${name}.${tag}`, list)) addPhrase(firstWords, into, compilePhrase(source, tag, p));
    }
  };
  layer('cues', cues);
  layer('actors', actors);
  layer('context', context);
  const modality = compileModality(source, raw.modality, tags);
  const scopeEnd = tagSet(source, 'scopeEnd', raw.scopeEnd, tags);
  const scopeEndPassive = tagSet(source, 'scopeEndPassive', raw.scopeEndPassive, tags);
  const scopeEndBare = tagSet(source, 'scopeEndBare', raw.scopeEndBare, tags);
  const sharing = tagSet(source, 'sharing', raw.sharing, tags);
  const transparent = tagSet(source, 'transparent', raw.transparent, tags);
  const verbTags = tagSet(source, 'verbTags', raw.verbTags, tags);
  const victimTags = tagSet(source, 'victimTags', raw.victimTags, tags);
  const assaultTags = tagSet(source, 'assaultTags', raw.assaultTags, tags);
  const resistanceTags = tagSet(source, 'resistanceTags', raw.resistanceTags, tags);
  const weaponTags = tagSet(source, 'weaponTags', raw.weaponTags, tags);
  const topicLeads = tagSet(source, 'topicLeads', raw.topicLeads, tags);
  const topicTags = tagSet(source, 'topicTags', raw.topicTags, tags);
  const describingParticiples = tagSet(source, 'describingParticiples', raw.describingParticiples, tags);
  const attributiveParticiples = tagSet(source, 'attributiveParticiples', raw.attributiveParticiples, tags);
  const offDutyTags = tagSet(source, 'offDutyTags', raw.offDutyTags, tags);
  const captiveTags = tagSet(source, 'captiveTags', raw.captiveTags, tags);
  const hazardTags = tagSet(source, 'hazardTags', raw.hazardTags, tags);
  const hazardHurtTags = tagSet(source, 'hazardHurtTags', raw.hazardHurtTags, tags);
  const hazardCraftTags = tagSet(source, 'hazardCraftTags', raw.hazardCraftTags, tags);
  const hazardKeepWords = new Set(strings(source, 'hazardKeepWords', raw.hazardKeepWords).map((w) => w.toLowerCase()));
  const forceTags = tagSet(source, 'forceTags', raw.forceTags, tags);
  const takerTags = tagSet(source, 'takerTags', raw.takerTags, tags);
  const placeObjectTags = tagSet(source, 'placeObjectTags', raw.placeObjectTags, tags);
  const placeSubjectTags = tagSet(source, 'placeSubjectTags', raw.placeSubjectTags, tags);
  const eventSubjects = tagSet(source, 'eventSubjects', raw.eventSubjects, tags);
  const compoundHeads = tagSet(source, 'compoundHeads', raw.compoundHeads, tags);
  const compoundModifiers = tagSet(source, 'compoundModifiers', raw.compoundModifiers, tags);
  const compoundPlaces = tagSet(source, 'compoundPlaces', raw.compoundPlaces, tags);
  const scopes = compileScopes(source, raw.scopes, tags);
  const held = compileHeld(source, raw.heldWeapons, tags);
  const rules = compileRules(source, raw.rules, tags, actorClasses);
  const rulesByAnchor = new Map<string, Rule[]>();
  for (const r of rules) {
    let l = rulesByAnchor.get(r.all[0]!.tag);
    if (!l) rulesByAnchor.set(r.all[0]!.tag, (l = []));
    l.push(r);
  }
  // Heaviest first, so the first rule that fires for an anchor is its best reading.
  for (const l of rulesByAnchor.values()) l.sort((a, b) => b.weight - a.weight);
  return { firstWords, sharing, transparent, scopeEnd, scopeEndPassive, scopeEndBare, verbTags, victimTags, assaultTags, resistanceTags, weaponTags, topicLeads, topicTags, describingParticiples, attributiveParticiples, offDutyTags, captiveTags, hazardTags, hazardHurtTags, hazardCraftTags, hazardKeepWords, takerTags, placeObjectTags, placeSubjectTags, forceTags, eventSubjects, compoundHeads, compoundModifiers, compoundPlaces, cues, actors, context, actorClasses, modality, scopes, held, rulesByAnchor, rules, tags };
}

function compileHeld(source: string, raw: Record<string, unknown> | undefined, tags: Set<string>): HeldWeapons {
  const set = (k: string) => tagSet(source, `heldWeapons.${k}`, raw?.[k], tags);
  const endVerbs = new Set(raw?.endVerbs === undefined ? [] : strings(source, 'heldWeapons.endVerbs', raw.endVerbs).map((w) => w.toLowerCase()));
  return { holders: set('holders'), except: set('except'), means: set('means'), until: set('until'), endVerbs, struck: set('struck') };
}

let loaded: Lexicon | null = null;

/** The lexicon of data/event-triggers.json, compiled on first use. */
export function eventLexicon(): Lexicon {
  return (loaded ??= compileLexicon(withStatePeople(withStateCues(withNamedGroups(withRuleFiles(readDataJson('event-triggers.json') as RawLexicon)))), 'data/event-triggers.json'));
}

/** Rule files kept apart from event-triggers.json (their own subject, their own history): their
 *  rules are appended to its rules and may name its tags; their cues and context words add new tags
 *  only, with the scopes of those new tags, and `extend` adds phrases to a tag of event-triggers.json
 *  (whose other fields stay defined there, in one place). */
const RULE_FILES = ['event-rules-civilians-protests.json'];

function withRuleFiles(raw: RawLexicon): RawLexicon {
  const rules = Array.isArray(raw.rules) ? [...(raw.rules as unknown[])] : [];
  const cues: Record<string, unknown> = { ...(raw.cues ?? {}) };
  const context: Record<string, unknown> = { ...(raw.context ?? {}) };
  const scopes: Record<string, unknown> = { ...(raw.scopes ?? {}) };
  for (const f of RULE_FILES) {
    const extra = readDataJson(f) as { rules?: unknown; cues?: Record<string, unknown>; context?: Record<string, unknown>; scopes?: Record<string, unknown>; extend?: Record<string, unknown> };
    if (!Array.isArray(extra.rules)) fail(`data/${f}`, 'rules must be a list');
    const added = new Set<string>();
    for (const [layer, into] of [['cues', cues], ['context', context]] as const) {
      for (const [tag, list] of Object.entries(extra[layer] ?? {})) {
        if (tag in cues || tag in context || tag in (raw.actors ?? {})) fail(`data/${f}`, `${layer}.${tag} is already a tag of data/event-triggers.json`);
        into[tag] = list;
        added.add(tag);
      }
    }
    // More phrases for a tag of event-triggers.json, read as its own.
    for (const [tag, list] of Object.entries(extra.extend ?? {})) {
      const into = tag in cues ? cues : tag in context ? context : null;
      if (!into || added.has(tag)) fail(`data/${f}`, `extend.${tag} names no cue or context tag of data/event-triggers.json`);
      if (!Array.isArray(list) || !Array.isArray(into[tag])) fail(`data/${f}`, `extend.${tag} must be a list of phrases`);
      into[tag] = [...(into[tag] as unknown[]), ...list];
    }
    for (const [tag, scope] of Object.entries(extra.scopes ?? {})) {
      if (!added.has(tag)) fail(`data/${f}`, `scopes.${tag}: a rule file may give scopes to its own new tags only`);
      scopes[tag] = scope;
    }
    rules.push(...extra.rules);
  }
  return { ...raw, cues, context, scopes, rules };
}

/**
 * Adds the `stateCues` to the cues, each phrase after every demonym of data/lexicon/countries.json:
 * "Israeli strikes on", "Russian strikes against". A state's strikes are its forces' (a labour
 * strike "on Monday" has no demonym before it), and the list of states stays in one place.
 */
function withStateCues(raw: RawLexicon): RawLexicon {
  if (!raw.stateCues) return raw;
  const countries = (readDataJson('lexicon/countries.json') as { countries?: { demonyms?: unknown }[] }).countries ?? [];
  const demonyms = [...new Set(countries.flatMap((c) => (Array.isArray(c.demonyms) ? c.demonyms.filter((d): d is string => typeof d === 'string') : [])))];
  const cues: Record<string, unknown> = { ...(raw.cues ?? {}) };
  for (const [tag, list] of Object.entries(raw.stateCues)) {
    if (!Array.isArray(list)) fail('data/event-triggers.json', `stateCues.${tag}: expected a list of phrases`);
    const own = Array.isArray(cues[tag]) ? (cues[tag] as unknown[]) : [];
    cues[tag] = [...own, ...demonyms.flatMap((d) => list.map((p) => `=${d} ${String(p)}`))];
  }
  return { ...raw, cues };
}

/**
 * Adds to the actor class `statePeople` every plural demonym of data/lexicon/countries.json (one whose
 * singular is listed too: "Syrians", "Afghans"): people named by their nation alone, with no force or
 * group noun after them, are its people, not its forces ("border guards shot dead three Syrians").
 * Demonyms with one form ("Sudanese") also qualify forces ("Sudanese troops") and are left out.
 */
function withStatePeople(raw: RawLexicon): RawLexicon {
  const cls = raw.statePeople;
  if (cls === undefined) return raw;
  const actors: Record<string, unknown> = { ...(raw.actors ?? {}) };
  if (typeof cls !== 'string' || !Array.isArray(actors[cls])) fail('data/event-triggers.json', 'statePeople: expected the name of an actor class');
  const countries = (readDataJson('lexicon/countries.json') as { countries?: { demonyms?: unknown }[] }).countries ?? [];
  const plurals = countries.flatMap((c) => {
    const d = Array.isArray(c.demonyms) ? c.demonyms.filter((x): x is string => typeof x === 'string') : [];
    return d.filter((x) => x.endsWith('s') && d.includes(x.slice(0, -1)));
  });
  actors[cls] = [...(actors[cls] as unknown[]), ...new Set(plurals.map((p) => `=${p}`))];
  return { ...raw, actors };
}

/**
 * Adds the actor lexicon's named groups (data/lexicon/actors.json) to the typing actor classes named
 * by `namedGroupClasses` (their kind → class: a rebel group is 'nonstate', a state's forces 'gov'):
 * "Fighters of the Rapid Support Forces stormed a village" has a non-state agent, not the state
 * 'forces' its last word alone would say. A phrase whose first word a class already lists alone is
 * left to that class: the typing's 'houthi' is non-state, whatever ACLED's actor name for the
 * Houthis' forces says of "Houthi fighters".
 */
function withNamedGroups(raw: RawLexicon): RawLexicon {
  const classes = raw.namedGroupClasses ?? {};
  const actors: Record<string, unknown> = { ...(raw.actors ?? {}) };
  const listed = new Set(Object.values(actors).flatMap((l) => (Array.isArray(l) ? l.map((w) => String(w).replace(/^=/, '').toLowerCase()) : [])));
  const known = (w: string) => listed.has(w.toLowerCase()) || listed.has(w.toLowerCase().split(/[\s-]+/)[0]!);
  for (const g of namedGroups()) {
    const cls = classes[g.kind];
    if (typeof cls !== 'string' || !Array.isArray(actors[cls])) continue;
    const add = g.words.filter((w) => !known(w));
    if (add.length) actors[cls] = [...(actors[cls] as unknown[]), ...add];
  }
  return { ...raw, actors };
}
