/**
 * Whose people each figure counts (docs/extraction.md, "Party"): a country word plus a body
 * ("Azerbaijani soldiers" → military of AZE), "its/their soldiers" → the claimant's country, police,
 * suspects, civilians; "others" and figures without a noun take the party of the sentence's previous
 * figure; "killed himself" is the assailant. Groups counted by one verb ("three soldiers and two
 * rebels") stay apart when their parties differ and add up when they are one party's.
 */
import type { Doc } from '../../../annotate/doc.ts';
import type { Token } from '../../../annotate/tokens.ts';
import type { Party } from '../../../record/schema.ts';
import { isStateVoice } from '../../../record/voices.ts';
import { ACTORS, authorityOf, authorityPartyName, countryName, countryNamedAt, countryOfWord, OWN_POSSESSIVES, type ActorMention, type AuthorityEntry } from '../../actors.ts';
import { ARMED_SIDES, OWN_STATE, OWN_VOICE, STATE_FORCES } from '../../sides.ts';
import { BOTH_SIDES, isUnsaid, partyKey, PEOPLE, SUSPECT, UNKNOWN, type Candidate, type ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W, isAgeWord } from '../lexicon.ts';

export const party: ClaimRefiner = {
  name: 'party',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    let si = -1, sentenceStart = 0;
    let last: Party | null = null;
    let groups: Candidate[] = [];
    for (const c of candidates) {
      if (c.si !== si) { si = c.si; sentenceStart = out.length; last = null; }
      if (c.partOf) { groups.push(c); continue; }
      if (c.kind === 'running') {
        c.party = phraseParty(doc, c, c.count.npStart, c.count.npEnd) ?? last ?? UNKNOWN;
        last = c.party;
      } else if (c.kind === 'toll' || c.kind === 'denial') {
        c.party = (c.kind === 'denial' ? ownDenialParty(doc, c) : null) ?? last ?? UNKNOWN;
      } else if (c.kind === 'fatal') {
        c.party = c.of!.party;
      } else {
        // "killed himself" after killing others is one more death (the shooter's); "accidentally
        // shot himself" alone is the victim of the report.
        if (c.count.self && c.parsedOutcome === 'killed' && out.slice(sentenceStart).some((x) => x.outcome === 'killed')) c.count.additive = true;
        const p = figureParty(doc, c, last);
        last = p;
        out.push(...settleGroups(doc, c, p, groups));
        groups = [];
      }
      out.push(c);
    }
    return out;
  },
};

/** The party of a figure: its noun phrase's, the assailant's for "himself", the previous figure's for "others". */
function figureParty(doc: Doc, c: Candidate, last: Party | null): Party {
  let p = c.count.self ? (c.count.additive ? SUSPECT : UNKNOWN) : phraseParty(doc, c, c.count.npStart, c.count.npEnd);
  if (!p?.country && !c.count.self) p = loserParty(doc, c, p) ?? sideParty(doc, c, p) ?? retreatParty(doc, c, p) ?? p;
  if ((!p || (p.kind === 'unknown' && !p.country)) && !c.count.self) p = firedOnParty(doc, c) ?? p;
  const np = doc.sentences[c.si]!.tokens.slice(c.count.npStart, c.count.npEnd).map((t) => t.lower);
  // A group a figure is broken into ("including two members of a committee") is not the previous group's people.
  if (!p && c.breakdown && c.kind === 'figure') return PEOPLE;
  if (!p || (np.includes('others') || np.includes('other')) && last) p = last ?? p ?? UNKNOWN;
  return p ?? UNKNOWN;
}

/** How far before a denial ("no losses") its subject may stand ("its forces have suffered no losses"). */
const DENIAL_SUBJECT_REACH = 5;
/** Subjects that are the speaker itself ("we have no losses", "the ministry said it suffered no casualties"). */
const SPEAKER_SUBJECTS = new Set(['we', 'it']);

/**
 * "We have no losses", "the ministry said its forces suffered no casualties": a denial whose subject
 * is the speaker or the speaker's own people counts the speaker's side: an armed group's voice its
 * group, a state's voice its forces (of the claimant's country, or the country sides.ts gives the
 * claimant when the text names none). Null when the denial's subject is no one's own.
 */
function ownDenialParty(doc: Doc, c: Candidate): Party | null {
  const claimant = c.attribution?.claimedBy;
  if (!claimant) return null;
  const tokens = doc.sentences[c.si]!.tokens;
  let own = false;
  for (let k = c.count.npStart - 1; k >= 0 && c.count.npStart - k <= DENIAL_SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && !QUOTE_MARKS.has(t.text)) break;
    if (SPEAKER_SUBJECTS.has(t.lower) || (OWN_POSSESSIVES.has(t.lower) && tokens[k + 1]?.kind === 'word')) {
      // Only a denial the speaker suffered ("we have no losses", "its forces suffered none"): "it
      // caused no casualties among civilians" denies harm done to others.
      own = tokens.slice(k + 1, c.count.npStart).some((x) => W.sufferVerbs.has(x.lower));
      break;
    }
  }
  if (!own) return null;
  if (claimant.group) return { name: claimant.group, kind: claimant.kind, country: claimant.country };
  if (!isStateVoice(claimant.kind)) return null;
  if (!claimant.country) return { name: 'Military Forces', kind: 'military', country: null, [OWN_VOICE]: true } as Party;
  const forces = authorityOf(claimant.name)?.forces ?? `Military Forces of ${countryName.get(claimant.country) ?? claimant.country}`;
  return { name: forces, kind: 'military', country: claimant.country };
}

/** Quotation marks: no break between a speaker and the words quoted. */
const QUOTE_MARKS = new Set(["'", '"', '“', '”', '‘', '’']);

/** How far before "leaving" the verb of withdrawal may stand ("fled their trenches at dawn, leaving"). */
const RETREAT_REACH = 8;

/**
 * "the enemy's troops fled their trenches, leaving 80 men killed", "the rebels withdrew, leaving
 * behind 30 dead": a side that withdraws leaves its own dead and hurt. The figure right after
 * "leaving" counts the side named right before the verb of withdrawal, when its own words name no
 * side (a plain "men" or "fighters"); a figure that names its people ("leaving three villagers
 * dead") or a subject that is no side ("the attack left") is left as it reads.
 */
function retreatParty(doc: Doc, c: Candidate, p: Party | null): Party | null {
  if (p && p.kind !== 'unknown' && p.kind !== 'civilians' && p.kind !== 'military' && p.kind !== 'rebel') return null;
  const tokens = doc.sentences[c.si]!.tokens;
  const np = doc.sentences[c.si]!.tokens.slice(c.count.npStart, c.count.npEnd);
  // A figure that names people of a kind other than a plain "men" says whose they are.
  if (p?.kind === 'civilians' && !np.some((t) => t.lower === 'men')) return null;
  let k = c.count.npStart - 1;
  if (tokens[k]?.lower === 'behind') k--;
  if (!W.leavingWords.has(tokens[k]?.lower ?? '')) return null;
  for (let j = k - 1; j >= 0 && k - j <= RETREAT_REACH; j--) {
    if (W.stops.has(tokens[j]!.lower)) return null;
    if (!W.retreatVerbs.has(tokens[j]!.lower)) continue;
    const actors = doc.get(ACTORS, c.si);
    const a = actors.find((x) => x.end === j && x.actor.country && x.via !== 'media' && x.via !== 'person');
    if (!a) return null;
    const side = partyOfPhrase(tokens, actors, a.start, a.end, c.attribution!.claimedBy);
    return side && side.country && ARMED_SIDES.has(side.kind) ? side : null;
  }
  return null;
}

/** How many words after a firing verb its "on"/"at" may stand ("opened fire with live rounds on"). */
const FIRE_LEAD_REACH = 5;
/** How many words the people shot at may take ("a crowd of stone-throwing protesters"). */
const TARGET_REACH = 6;

/**
 * "Security forces fired on demonstrators, killing three", "troops opened fire at a crowd of
 * mourners, killing at least five people": a figure that names no people of its own, told after the
 * people shot at in its sentence, counts those people when they are unarmed (protesters or
 * civilians: one group of figures with the unsaid, so no total changes). An armed target ("fired on
 * the attackers, killing two") is left to the figure's own words: the dead may be on either side.
 */
function firedOnParty(doc: Doc, c: Candidate): Party | null {
  const tokens = doc.sentences[c.si]!.tokens;
  const upTo = Math.min(c.count.npStart, c.trigger.at);
  for (let k = 0; k < upTo; k++) {
    if (!W.fireVerbs.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    while (j < upTo && j <= k + FIRE_LEAD_REACH && !W.fireTargetLeads.has(tokens[j]!.lower) && tokens[j]!.kind === 'word') j++;
    if (j >= upTo || !W.fireTargetLeads.has(tokens[j]!.lower)) continue;
    let end = j + 1;
    while (end < upTo && end <= j + TARGET_REACH && tokens[end]!.kind === 'word' && !W.stops.has(tokens[end]!.lower) && (end === j + 1 || !W.objectOfPreposition.has(tokens[end]!.lower) || tokens[end]!.lower === 'of')) end++;
    const t = partyOfPhrase(tokens, doc.get(ACTORS, c.si), j + 1, end, c.attribution!.claimedBy);
    if (t && (t.kind === 'protesters' || t.kind === 'civilians')) return t;
  }
  return null;
}

/**
 * The groups counted with figure `c` (party `p`): one of the same party, or where either side's is
 * unknown, adds to `c` ("4 farmers and 2 herders were killed" = 6; "Three soldiers and one guard");
 * another party's stays a claim of its own. Sets c.party; returns the groups kept apart.
 */
function settleGroups(doc: Doc, c: Candidate, p: Party, groups: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const g of groups) {
    const p2 = phraseParty(doc, c, g.count.npStart, g.count.npEnd) ?? p;
    // Two peoples of one list are two groups ("14 Afghans and two Pakistanis were killed"), as the
    // soldiers of two states are, though each counts as people of no armed side.
    const twoPeoples = p.country && p2.country && p.country !== p2.country;
    if ((partyKey(p2) === partyKey(p) && !twoPeoples) || isUnsaid(p) || isUnsaid(p2)) {
      c.count.low += g.count.low; c.count.high += g.count.high; c.count.npStart = Math.min(c.count.npStart, g.count.npStart);
      if (isUnsaid(p)) p = p2;
      continue;
    }
    g.party = p2;
    kept.push(g);
  }
  c.party = p;
  return kept;
}

/**
 * The side that suffered a figure it is the object of: "Iraq lost at least 3,000 men", "the Iranians
 * had 15,000 casualties", "Iraqi troops had suffered 3,000 casualties": the actor right before the
 * verb (auxiliaries and "also" between). A state counts its forces; a people its people. `p` is
 * what the figure's own words said (kind without side), kept when they say more.
 */
function loserParty(doc: Doc, c: Candidate, p: Party | null): Party | null {
  const tokens = doc.sentences[c.si]!.tokens;
  let k = c.count.npStart - 1;
  // ("lost only 12 men")
  while (k > 0 && W.lossLeads.has(tokens[k]!.lower) && !W.sufferVerbs.has(tokens[k]!.lower)) k--;
  if (k < 0 || !W.sufferVerbs.has(tokens[k]!.lower)) return null;
  k--;
  while (k >= 0 && (W.aux.has(tokens[k]!.lower) || tokens[k]!.lower === 'also')) k--;
  // "said it had repelled the attack and lost 12 men": the second verb's subject is the first's.
  if (tokens[k]?.lower === 'and') k = selfSubjectBefore(tokens, k) ?? k;
  // "Azerbaijan said it had lost 12 servicemen", "we have lost 40 men": the claimant speaks of its own
  // side, which is a state's forces; else the actor right before the verb.
  const claimant = c.attribution?.claimedBy;
  // "al-Shabaab said its fighters lost three men": the claimant's own, told by a possessive and a noun.
  const ownNoun = k >= 1 && OWN_POSSESSIVES.has(tokens[k - 1]!.lower) && tokens[k]!.kind === 'word' && /s$|men$/.test(tokens[k]!.lower);
  if (ownNoun && claimant && NON_STATE_ARMED.has(claimant.kind)) return { name: claimant.group ?? claimant.name, kind: claimant.kind, country: claimant.country };
  // "Houthi officials said their forces lost 12 men", "we lost 40 men": a group's voice counts the group's own.
  if (claimant?.group && (ownNoun || (k >= 0 && W.selfPronouns.has(tokens[k]!.lower)))) return { name: claimant.group, kind: claimant.kind, country: claimant.country };
  // ("The government said it had lost 12 men": a state's voice with no country named speaks for the
  // state the people counted belong to, else for the first state its sentence names.)
  const stateNamed = () => doc.get(ACTORS, c.si).find((x) => x.actor.country && STATE_FORCES.has(x.actor.kind))?.actor.country ?? null;
  const selfCountry = claimant?.country ?? (isStateVoice(claimant?.kind) ? p?.country ?? stateNamed() : null);
  // "It also suffered 31,000 casualties, estimated Kyiv's general staff": a pronoun that opens the
  // sentence before its source's cue is not the source speaking of itself; it is the subject of the
  // sentence before.
  const before = k === 0 && W.selfPronouns.has(tokens[0]!.lower) && tokens[0]!.lower !== 'we' && (c.attribution?.cue ?? -1) > k ? previousSubject(doc, c.si) : undefined;
  const self = !before && k >= 0 && (W.selfPronouns.has(tokens[k]!.lower) || ownNoun) && selfCountry ? selfCountry : null;
  const a = self ? null : before ?? doc.get(ACTORS, c.si).find((x) => x.end === k + 1 && x.actor.country && x.via !== 'media' && x.via !== 'person');
  const country = self ?? a?.actor.country;
  if (!country) return null;
  const forces = (self ? authorityOf(claimant?.name)?.forces : null) ?? `Military Forces of ${countryLabel(a ? [a] : [], country)}`;
  if (p && p.kind !== 'unknown' && p.kind !== 'civilians') return { ...p, country, name: p.kind === 'military' ? forces : p.name };
  if (!a) return { name: forces, kind: 'military', country };
  if (a.via === 'demonym') return { name: PEOPLE.name, kind: 'unknown', country };
  const kind: Party['kind'] = a.via === 'body' || a.via === 'standalone' ? a.actor.kind : 'military';
  if (kind === 'military' || kind === 'state' || kind === 'government') return { name: forces, kind: 'military', country };
  return { name: a.actor.name, kind, country };
}

/** The actor with a country that opens the sentence before si ("Russia has been trying …"), if any. */
function previousSubject(doc: Doc, si: number) {
  if (si < 1) return undefined;
  const first = doc.sentences[si - 1]!.tokens[0]?.lower === 'the' ? 1 : 0;
  return doc.get(ACTORS, si - 1).find((x) => x.start === first && x.actor.country && (x.via === 'country' || x.via === 'body' || x.via === 'metonym'));
}

/** How far back from "and" the pronoun subject of the first verb may stand. */
const JOINED_SUBJECT_REACH = 10;

/** The self pronoun right after a speech verb that is the subject of the verb joined by the "and" at `and` ("said it had repelled … and lost"), in its clause. */
function selfSubjectBefore(tokens: Doc['sentences'][number]['tokens'], and: number): number | undefined {
  for (let j = and - 1; j > 0 && and - j <= JOINED_SUBJECT_REACH; j--) {
    if (tokens[j]!.kind === 'punct') return undefined;
    if (W.selfPronouns.has(tokens[j]!.lower) && (tokens[j - 1]!.lower === 'that' || W.contactReportVerbs.has(tokens[j - 1]!.lower))) return j;
  }
  return undefined;
}

/**
 * "24 people had been killed on its side", "15 died on the Tajik side", "losses among their ranks":
 * after the figure, the side whose people it counts: the claimant's country for "its"/"their"/"our",
 * else the country named. `p` is what the figure's own words said (its kind), kept.
 */
function sideParty(doc: Doc, c: Candidate, p: Party | null): Party | null {
  const tokens = doc.sentences[c.si]!.tokens;
  const from = Math.max(c.trigger.end, c.count.npEnd);
  for (let k = from; k < Math.min(tokens.length - 2, from + 4); k++) {
    const w = tokens[k]!.lower;
    if (W.stops.has(w) || w === ',' || w === ';') return null;
    if (!W.sideLeads.has(w)) continue;
    const det = tokens[k + 1]!.lower;
    // "killed on both sides", "losses on all sides": every side's people, no one country's.
    if (W.allSides.has(det) && tokens[k + 2]?.lower === 'sides') return BOTH_SIDES;
    let country: string | null = null, end = k + 2;
    if (OWN_POSSESSIVES.has(det)) country = c.attribution?.claimedBy?.country ?? null;
    else if (det === 'the') {
      // "the Afghan side" may be read as one mention, its noun included.
      const a = doc.get(ACTORS, c.si).find((x) => (x.start === k + 1 || x.start === k + 2) && x.actor.country && x.via !== 'media' && x.via !== 'person');
      if (a) { country = a.actor.country; end = W.sideNouns.has(tokens[a.end - 1]!.lower) ? a.end - 1 : a.end; }
    }
    if (!country || !W.sideNouns.has(tokens[end]?.lower ?? '')) return null;
    const label = countryName.get(country) ?? country;
    const kind = p?.kind ?? 'unknown';
    if (kind === 'military') return { name: `Military Forces of ${label}`, kind, country };
    if (kind === 'police') return { name: `Police Forces of ${label}`, kind, country };
    if (kind === 'civilians') return { name: `Civilians (${label})`, kind, country };
    if (kind === 'unknown') return { name: PEOPLE.name, kind, country };
    return { ...p!, country };
  }
  return null;
}

/** The party of tokens [start, end) of c's sentence, with c's claimant for "its"/"their". */
function phraseParty(doc: Doc, c: Candidate, start: number, end: number): Party | null {
  const p = wordsParty(doc, c, start, end);
  return p?.country ? p : coalitionParty(doc, c.si, start, end) ?? p;
}

/** How many words after a figure's "of" may name the coalition ("soldiers of the US-led coalition"). */
const COALITION_REACH = 5;

/**
 * "Three coalition soldiers were killed", "two troops of the US-led coalition": a coalition's people
 * are the coalition's, not the forces of the state where it fights. The state that leads it gives
 * its country: a "-led" word in the phrase, else the first coalition the article names up to this
 * sentence (a lexicon's actor, "the Saudi-led coalition", or "US-led"); with none, a coalition of no
 * one state. Null when the phrase names no coalition.
 */
function coalitionParty(doc: Doc, si: number, start: number, end: number): Party | null {
  const tokens = doc.sentences[si]!.tokens;
  let to = end;
  if (tokens[end]?.lower === 'of') to = Math.min(tokens.length, end + 1 + COALITION_REACH);
  const at = tokens.slice(start, to).findIndex((t) => W.coalitionWords.has(t.lower));
  if (at < 0) return null;
  const lead = (ts: Token[], k: number) => {
    const m = /^(.+)-led$/.exec(ts[k - 1]?.lower ?? '');
    return m ? countryOfWord(m[1]!) : null;
  };
  const own = lead(tokens, start + at);
  if (own) return { name: `Military Forces of ${countryName.get(own) ?? own}`, kind: 'military', country: own };
  for (let s = 0; s <= si; s++) {
    const ts = doc.sentences[s]!.tokens;
    for (const a of doc.get(ACTORS, s)) if (a.actor.country && ts.slice(a.start, a.end).some((t) => W.coalitionWords.has(t.lower))) return { name: a.actor.name, kind: a.actor.kind === 'state' ? 'military' : a.actor.kind, country: a.actor.country };
    for (let k = 1; k < ts.length; k++) {
      const country = W.coalitionWords.has(ts[k]!.lower) ? lead(ts, k) : null;
      if (country) return { name: `Military Forces of ${countryName.get(country) ?? country}`, kind: 'military', country };
    }
  }
  return { name: 'Coalition Forces', kind: 'international', country: null };
}

/** The party the phrase's own words name, or the side or people named after its "of". */
function wordsParty(doc: Doc, c: Candidate, start: number, end: number): Party | null {
  const tokens = doc.sentences[c.si]!.tokens;
  const actors = doc.get(ACTORS, c.si);
  const p = partyOfPhrase(tokens, actors, start, end, c.attribution!.claimedBy);
  // "nine soldiers of the Yemeni government forces": the side is named after "of".
  if ((!p || !p.country) && tokens[end]?.lower === 'of') {
    const from = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    const a = actors.find((x) => x.start === from && x.actor.country && x.via !== 'media' && x.via !== 'person');
    if (a) return partyOfPhrase(tokens, actors, start, a.end, c.attribution!.claimedBy) ?? p;
  }
  // "five members of one family", "three of the villagers": the people named after "of".
  if (!p && tokens[end]?.lower === 'of') {
    for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
      const kind = kindOfWord(tokens[k]!.lower);
      if (kind === 'civilians') return { name: 'Civilians', kind, country: null };
      if (tokens[k]!.kind !== 'word') break;
    }
  }
  return p;
}

/** Whose people a noun phrase counts: a side's soldiers, police, civilians, suspects, or null when it does not say. */
export function partyOfPhrase(tokens: Token[], actors: ActorMention[], start: number, end: number, claimant: Party | null): Party | null {
  // "the victim of what police called a robbery", "a man who soldiers said was armed": a clause
  // inside the phrase has its own subject; whose people the phrase counts is told before it.
  for (let k = start + 1; k < end; k++) if (W.clauseOpeners.has(tokens[k]!.lower)) { end = k; break; }
  const inside = actors.filter((a) => a.start >= start && a.end <= end + 1 && a.via !== 'media' && a.via !== 'metonym');
  let country: string | null = null;
  for (const a of inside) if (a.actor.country) { country = a.actor.country; break; }
  // "its soldiers" of a de facto authority ("Artsakh's defence ministry") are its forces.
  let own: AuthorityEntry | null = null;
  let possessive = false;
  for (let k = start; k < end; k++) {
    const w = tokens[k]!.lower;
    if (OWN_POSSESSIVES.has(w)) possessive = true;
    if (OWN_POSSESSIVES.has(w) && claimant?.country) {
      country = claimant.country;
      own = authorityOf(claimant.name);
    }
  }
  // The words before a possessive name whose the person is, not the person: "a police officer's son".
  let from = start;
  for (let k = start; k < end; k++) if (tokens[k]!.lower === "'s" || tokens[k]!.lower === '’s') from = k + 1;
  const body = inside.find((a) => (a.via === 'body' || a.via === 'standalone') && a.start >= from);
  let kind: Party['kind'] | null = body ? body.actor.kind : null;
  // "the army said five of its men were wounded": an armed voice's own men are its fighters.
  const ownMen = !kind && possessive && !!claimant && ARMED_SIDES.has(claimant.kind) && tokens.slice(start, end + 1).some((t) => W.ownMenWords.has(t.lower));
  if (ownMen) kind = claimant!.kind;
  // An age makes a person a civilian unless another word names an armed kind ("the 51-year-old
  // inspector" is a policeman; "the 20-year-old victim" a civilian).
  for (let k = from; k < end && !kind; k++) kind = isAgeWord(tokens[k]!.lower, true) ? null : kindOfWord(tokens[k]!.lower);
  if (!kind || kind === 'unknown') for (let k = from; k < end; k++) if (isAgeWord(tokens[k]!.lower, true)) { kind = 'civilians'; break; }
  // "Hezbollah said two of its fighters were killed", "al-Shabaab said 12 of its militants died": an
  // armed group's own fighters, named by a generic word (no group, no country of their own), are its.
  const generic = !body || (body.via === 'standalone' && !body.actor.country);
  // "a Taliban spokesman said five of their fighters were killed": a group's voice, its own armed men.
  if (possessive && generic && claimant?.group && (ownMen || ARMED_SIDES.has(kind ?? 'civilians'))) return { name: claimant.group, kind: claimant.kind, country: claimant.country };
  const ownFighters = !ownMen && possessive && generic && !!claimant && NON_STATE_ARMED.has(claimant.kind) && NON_STATE_ARMED.has(kind ?? 'civilians');
  if (ownFighters) return { name: claimant!.name, kind: claimant!.kind, country: claimant!.country };
  if (!kind && !country) return null;
  // A side named without a body ("1,200 Iraqis", "Iranian casualties") says whose people, not
  // whether soldiers or civilians; a state itself ("its", a country's name) counts its forces.
  kind ??= inside.some((a) => a.actor.country === country && a.via === 'demonym') ? 'unknown' : 'military';
  if (kind === 'government' || kind === 'state') kind = 'military';
  // "nine government soldiers": the forces of the state where the fighting is (sides.ts gives the country).
  const ownState = kind === 'military' && !country && tokens.slice(from, end).some((t) => W.ownStateWords.has(t.lower));
  const label = () => countryLabel(inside, country!);
  const name = authorityPartyName(own, kind) ?? (kind === 'military' ? (country ? `Military Forces of ${label()}` : 'Military Forces')
    : kind === 'police' ? (country ? `Police Forces of ${label()}` : 'Police Forces')
      : kind === 'group' ? 'Suspects or assailants'
        : kind === 'rebel' ? (body?.actor.name ?? (ownMen ? claimant!.name : 'Rebels'))
          : kind === 'militia' ? (body?.actor.name ?? 'Pro-Government Militia')
          : kind === 'unknown' ? PEOPLE.name
            : body && body.actor.kind === kind ? body.actor.name : (country ? `Civilians (${label()})` : 'Civilians'));
  return ownState ? { name, kind, country, [OWN_STATE]: true } as Party : { name, kind, country };
}

/** Armed groups that are no state's forces: their fighters, however named, are one kind. */
const NON_STATE_ARMED = new Set<Party['kind']>(['rebel', 'militia', 'identity_militia']);


/** The party kind a word names ("soldiers" military, "militants" rebel, "officers" police, "gunmen" group, "villagers" civilians), or null. */
function kindOfWord(w: string): Party['kind'] | null {
  for (const [kind, words] of W.partyWords) if (words.has(w)) return kind;
  return isAgeWord(w, true) ? 'civilians' : null;
}

function countryLabel(inside: ActorMention[], iso3: string): string {
  const a = inside.find((x) => x.actor.country === iso3);
  const m = a?.actor.name.match(/of (.+)$|^Civilians \((.+)\)$/);
  return m?.[1] ?? m?.[2] ?? countryName.get(iso3) ?? iso3;
}

/** How far after a figure's words "in" and its country may stand ("were killed on Saturday in Israel"). */
const COUNTRY_REACH = 5;

/**
 * "The war began after militants killed some 1,200 people in southern Israel": people of no side
 * that a recalled event counted in a country are that country's people, not those of the place of
 * the article's event (which the event's location gives a current figure's people). Read by the
 * background refiner once it knows the figure is recalled.
 */
export function recalledPeopleParty(doc: Doc, c: Candidate): Party | null {
  const p = c.party;
  if (!p || p.country || (p.kind !== 'unknown' && p.kind !== 'civilians') || isUnsaid(p)) return null;
  const tokens = doc.sentences[c.si]!.tokens;
  // (Or the recalled attack's own place, right before its figure: "the attack on southern Israel, which killed 1,200".)
  const iso3 = countryAfter(tokens, Math.max(c.count.npEnd, c.trigger.end)) ?? countryBefore(tokens, Math.min(c.count.npStart, c.trigger.at));
  if (!iso3) return null;
  return p.kind === 'civilians' ? { name: `Civilians (${countryName.get(iso3) ?? iso3})`, kind: p.kind, country: iso3 } : { ...p, country: iso3 };
}

/** The country named after "in" (and compass words) within a few words from `from`, in the clause; null if none. */
function countryAfter(tokens: Token[], from: number): string | null {
  for (let k = from; k < Math.min(tokens.length, from + COUNTRY_REACH); k++) {
    if (tokens[k]!.kind === 'punct') return null;
    if (tokens[k]!.lower !== 'in') continue;
    let j = k + 1;
    while (W.regionLeads.has(tokens[j]?.lower ?? '')) j++;
    return countryNamedAt(tokens, j);
  }
  return null;
}

/** How far before a figure the place of the act it hangs off may stand ("attack on southern Israel, which killed"). */
const PLACE_BACK_REACH = 6;

/** The country after "on"/"in" (and compass words) within a few words before `to`, not across a semicolon; null if none. */
function countryBefore(tokens: Token[], to: number): string | null {
  for (let k = to - 1; k >= Math.max(0, to - PLACE_BACK_REACH); k--) {
    if (tokens[k]!.lower === ';') return null;
    if (tokens[k]!.lower !== 'on' && tokens[k]!.lower !== 'in') continue;
    let j = k + 1;
    while (W.regionLeads.has(tokens[j]?.lower ?? '')) j++;
    const iso3 = countryNamedAt(tokens, j);
    if (iso3) return iso3;
  }
  return null;
}
