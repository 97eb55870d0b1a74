import { PhraseMatcher, WordSet } from '../annotate/lexicon.ts';
import { escapeRegex, loadData } from '../util/data-file.ts';
import { docLayer, sentenceLayer } from '../annotate/doc.ts';
import { isAcronym, Shape, spanText, type Token } from '../annotate/tokens.ts';
import type { Actor, ActorKind, Party } from '../record/schema.ts';
import { ARTICLES } from './words.ts';

/**
 * Actor mentions from lexicons: a country word (name, demonym, capital or metonym such as "the
 * Kremlin") optionally followed by a state body ("Armenia's defence ministry", "Azeri forces"),
 * stand-alone bodies and groups ("police", "Al Shabaab"), news media (relays, not claimants) and
 * known people with titles ("Russian President Vladimir Putin").
 */
export interface ActorMention {
  /** Token indices [start, end). */
  start: number;
  end: number;
  actor: Actor;
  /** How it was named: a capital standing for a government, a bare country or demonym, a body, … */
  via: 'metonym' | 'country' | 'demonym' | 'body' | 'standalone' | 'media' | 'person' | 'possessive' | 'place';
  /** The side the words denote ("military", "police", "government") when a body was named. */
  side?: string;
}

interface CountryEntry { iso3: string; name: string; aliases: string[]; demonyms: string[]; capitals: string[]; metonyms: string[] }
interface BodyEntry { words: string[]; kind: ActorKind; inter: number; label: string; side?: string }
interface StandaloneEntry { words: string[]; name: string; kind: ActorKind; inter: number; country?: string }
interface PersonEntry { words: string[]; country: string; kind: ActorKind; name: string }
/** A de facto authority: its name, the territory's country, and what its armed forces are called. */
export interface AuthorityEntry { words: string[]; name: string; country: string; forces: string; kind: ActorKind; inter: number }
interface ActorData {
  authorities: AuthorityEntry[]; bodies: BodyEntry[]; standalone: StandaloneEntry[]; ethnicGroups: Map<string, string>; ethnicMilitias: StandaloneEntry[]; media: string[]; titles: string[]; persons: PersonEntry[];
  skipCapitals: Set<string>; namedAfterPlaces: Set<string>; mediaFillers: Set<string>; mediaNames: Map<string, string>; nameBreaks: Set<string>; ownPossessives: Set<string>; groupEchoes: Set<string>; formerWords: Set<string>; foreignWords: Set<string>; backingParticiples: Set<string>; placeLeads: Set<string>; regionPrefixes: Set<string>; placeDesignators: Set<string>; possessedPlaces: Set<string>; demonymPlaces: Set<string>; cityNouns: Set<string>;
}

/** The end of ACLED's name for a community's militia, before its country. */
export const ETHNIC_MILITIA = 'Ethnic Militia';

/** Compass words before a place ("central", "eastern"), as event assembly reads them. */
const COMPASS = loadData('lexicon/event-words.json', (d) => d.wordSet('compass'));

/** Actor kinds a lexicon entry may name (src/record/schema.ts ActorKind). */
const KINDS: readonly ActorKind[] = ['state', 'military', 'police', 'government', 'official', 'rebel', 'militia', 'identity_militia',
  'rioters', 'protesters', 'civilians', 'international', 'media', 'organization', 'group', 'unknown'];

const countries: CountryEntry[] = loadData('lexicon/countries.json', (d) => d.objects('countries').map((c) => ({
  iso3: c.string('iso3'), name: c.string('name'), aliases: c.words('aliases'), demonyms: c.words('demonyms'),
  capitals: c.words('capitals'), metonyms: c.words('metonyms'),
})));
const actorData: ActorData = loadData('lexicon/actors.json', (d) => ({
  authorities: d.objects('authorities').map((a) => ({ words: a.words('words'), name: a.string('name'), country: a.string('country'), forces: a.string('forces'), kind: a.choice('kind', KINDS), inter: a.number('inter') })),
  bodies: d.objects('bodies').map((b) => ({ words: b.words('words'), kind: b.choice('kind', KINDS), inter: b.number('inter'), label: b.string('label'), side: b.optionalString('side') })),
  standalone: d.objects('standalone').map((b) => ({ words: b.words('words'), name: b.string('name'), kind: b.choice('kind', KINDS), inter: b.number('inter'), country: b.optionalString('country') })),
  media: d.words('media'),
  titles: d.words('titles'),
  persons: d.objects('persons').map((p) => ({ words: p.words('words'), country: p.string('country'), kind: p.choice('kind', KINDS), name: p.string('name') })),
  skipCapitals: d.wordSet('skipCapitals'),
  namedAfterPlaces: d.wordSet('namedAfterPlaces'),
  mediaFillers: d.wordSet('mediaFillers'),
  mediaNames: d.map('mediaNames', (v) => (typeof v === 'string' && v ? v : undefined), 'a name'),
  nameBreaks: d.wordSet('nameBreaks'),
  ownPossessives: d.wordSet('ownPossessives'),
  groupEchoes: d.wordSet('groupEchoes'),
  formerWords: d.wordSet('formerWords'),
  foreignWords: d.wordSet('foreignWords'),
  backingParticiples: d.wordSet('backingParticiples'),
  placeLeads: d.wordSet('placeLeads'),
  regionPrefixes: d.wordSet('regionPrefixes'),
  placeDesignators: d.wordSet('placeDesignators'),
  possessedPlaces: d.wordSet('possessedPlaces'),
  demonymPlaces: d.wordSet('demonymPlaces'),
  cityNouns: d.wordSet('cityNouns'),
  ...withEthnicMilitias(d.map('ethnicGroups', (v) => (typeof v === 'string' && v ? v : undefined), 'a name'), d.words('ethnicArmedNouns')),
}));

/**
 * "Fulani militiamen", "Nuer fighters", "Hema gunmen": an ethnic community's armed men are its
 * militia, an identity militia (ACLED inter 4) named "<Group> Ethnic Militia" and, once placed, the
 * event's country ("Fulani Ethnic Militia (Nigeria)", sides.ts). Only nouns of armed men
 * (actors.json 'ethnicArmedNouns'): "Fulani herders" are people, not a militia.
 */
function withEthnicMilitias(ethnicGroups: Map<string, string>, nouns: string[]): Pick<ActorData, 'ethnicGroups' | 'ethnicMilitias'> {
  const byName = new Map<string, string[]>();
  for (const [word, name] of ethnicGroups) byName.set(name, [...(byName.get(name) ?? []), ...nouns.map((n) => `${word} ${n}`)]);
  const ethnicMilitias = [...byName].map(([name, words]): StandaloneEntry => ({ words, name: `${name} ${ETHNIC_MILITIA}`, kind: 'identity_militia', inter: 4 }));
  return { ethnicGroups, ethnicMilitias };
}

/** A community's militia by the community's word alone ("nuer" → Nuer Ethnic Militia), for the first
 *  words of a list that shares one noun of armed men ("Nuer and Dinka fighters"). */
const ethnicMilitiaByWord = new PhraseMatcher<StandaloneEntry>();
for (const [word, name] of actorData.ethnicGroups) {
  const entry = actorData.ethnicMilitias.find((e) => e.name === `${name} ${ETHNIC_MILITIA}`);
  if (entry) ethnicMilitiaByWord.add(word, entry);
}

/**
 * "Nuer and Dinka fighters", "Hema, Lendu and Twa militiamen": the communities listed before the one
 * whose armed men are named share that noun, each its own militia. The mentions of the list's first
 * words, left to right, or none; `at` is where the named militia starts.
 */
function sharedNounMilitias(tokens: Token[], from: number, at: number): ActorMention[] {
  const found: ActorMention[] = [];
  let k = at;
  while (k - 2 >= from && LIST_JOINS.has(tokens[k - 1]!.lower)) {
    let hit: { value: StandaloneEntry; end: number } | null = null;
    for (let i = Math.max(from, k - 4); i < k - 1 && !hit; i++) {
      const m = ethnicMilitiaByWord.matchAt(tokens, i, k - 1);
      if (m && m.end === k - 1) hit = { value: m.value, end: i };
    }
    if (!hit) break;
    const e = hit.value;
    found.unshift({ start: hit.end, end: k - 1, actor: { name: e.name, kind: e.kind, country: e.country ?? null, inter: e.inter }, via: 'standalone', side: e.kind });
    k = hit.end;
  }
  return found;
}
const LIST_JOINS = new Set(['and', ',', 'or']);


/** The named groups and forces of the lexicon ("Rapid Support Forces", "Fano militia"), by kind: the
 * event typing reads them as its actor classes too, so a new war's groups need one entry, not two. */
export function namedGroups(): readonly { words: string[]; kind: ActorKind }[] {
  return actorData.standalone.filter((s) => s.country);
}

type CountryHit = { iso3: string; via: 'country' | 'demonym' | 'metonym' };
const countryWords = new PhraseMatcher<CountryHit>();
export const countryName = new Map<string, string>();
// Capitals that are also common US places or names (actors.json skipCapitals) would turn shooting reports into diplomacy.
for (const c of countries) {
  countryName.set(c.iso3, c.name);
  for (const a of c.aliases) countryWords.add(a, { iso3: c.iso3, via: 'country' });
  for (const d of c.demonyms) countryWords.add(d, { iso3: c.iso3, via: 'demonym' });
  for (const m of c.metonyms) countryWords.add(m, { iso3: c.iso3, via: 'metonym' });
  for (const cap of c.capitals) if (!actorData.skipCapitals.has(cap) && cap.length > 3) countryWords.add(cap, { iso3: c.iso3, via: 'metonym' });
}

/** A country's name or adjective, lowercase, words joined by one space, to its code ("tajik" → TJK,
 *  "south sudan" → SSD): for the halves of compounds ("the Kyrgyz-Tajik border", "the Sudan-South Sudan
 *  border"). Capitals and metonyms are left out. */
const countryByWord = new Map<string, string>();
for (const c of countries) for (const w of [...c.aliases, ...c.demonyms]) countryByWord.set(w.toLowerCase().replace(/\s+/g, ' '), c.iso3);
export const countryOfWord = (w: string): string | null => countryByWord.get(w.toLowerCase()) ?? null;

const bodies = new PhraseMatcher<BodyEntry>();
for (const b of actorData.bodies) bodies.addAll(b.words, b);
const standalone = new PhraseMatcher<StandaloneEntry>();
for (const s of [...actorData.standalone, ...actorData.ethnicMilitias]) standalone.addAll(s.words, s);
const media = new PhraseMatcher<string>();
for (const m of actorData.media) media.add(m, m);
const titles = new PhraseMatcher<string>().addAll(actorData.titles, 't');
const persons = new PhraseMatcher<PersonEntry>();
for (const p of actorData.persons) persons.addAll(p.words, p);
const authorities = new PhraseMatcher<AuthorityEntry>();
for (const a of actorData.authorities) authorities.addAll(a.words, a);

/** Capitalised, or a name with a glued particle ("al-Shabaab", "el-Fasher"). */
const isCap = (t: Token) => (t.shape & (Shape.CAP | Shape.NAME_PARTICLE)) !== 0;

export function governmentOf(iso3: string): Actor {
  return { name: `Government of ${countryName.get(iso3) ?? iso3}`, kind: 'government', country: iso3, inter: 1 };
}
export function militaryOf(iso3: string): Actor {
  return { name: `Military Forces of ${countryName.get(iso3) ?? iso3}`, kind: 'military', country: iso3, inter: 1 };
}
export function civiliansOf(iso3: string | null): Actor {
  return { name: iso3 ? `Civilians (${countryName.get(iso3) ?? iso3})` : 'Civilians', kind: 'civilians', country: iso3, inter: 7 };
}

function bodyActor(iso3: string, b: BodyEntry): Actor {
  return { name: b.label.replace('{country}', countryName.get(iso3) ?? iso3), kind: b.kind, country: iso3, inter: b.inter };
}

/**
 * The forces a noun at i names when a state's voice speaks of its own ("Baku said its units …",
 * "the ministry said its troops …"): that country's military or police, or null for any other noun.
 */
export function ownForcesAt(tokens: Token[], i: number, to: number, iso3: string): Actor | null {
  const b = i < to ? bodies.matchAt(tokens, i, to) : null;
  return b && (b.value.kind === 'military' || b.value.kind === 'police') ? bodyActor(iso3, b.value) : null;
}

/** A de facto authority's body: its soldiers are its forces, its ministries are named after it. */
function authorityBody(a: AuthorityEntry, b: BodyEntry): Actor {
  const armed = b.kind === 'military' || b.kind === 'rebel' || b.kind === 'militia' || b.side === 'military' && b.kind !== 'government';
  if (armed) return { name: a.forces, kind: a.kind, country: a.country, inter: a.inter };
  return { name: b.label.replace('{country}', a.name), kind: b.kind, country: a.country, inter: b.inter };
}

/** What a de facto authority's own people of a kind are called: its forces, its police, or null (the text's own words). */
export function authorityPartyName(a: AuthorityEntry | null, kind: ActorKind): string | null {
  if (!a) return null;
  return kind === 'military' ? a.forces : kind === 'police' ? `Police Forces of ${a.name}` : null;
}

/**
 * The de facto authority a claimant's name speaks for ("Artsakh's defence ministry", "the
 * Ministry of Defence of Nagorno-Karabakh"), or null: its own side's people are that authority's.
 */
export function authorityOf(name: string | null | undefined): AuthorityEntry | null {
  if (!name) return null;
  const m = AUTHORITY_WORDS.exec(name);
  return m ? authorityByWord.get(m[1]!.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')) ?? null : null;
}
/** Every authority's words as one pattern (one scan of a claimant's name, which most names fail). */
const authorityByWord = new Map(actorData.authorities.flatMap((a) => a.words.map((w) => [w, a] as const)));
const AUTHORITY_WORDS = new RegExp(`(?<![\\p{L}\\p{N}'-])(${[...authorityByWord.keys()].sort((a, b) => b.length - a.length).map((w) => escapeRegex(w).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');

/** First words of every actor phrase: one array read per token before the phrase matchers. */
const ACTOR_FIRST = new WordSet(['the'], countryWords, persons, media, standalone, authorities);

/** Participles after a country's name that make it a backer of the party named next ("a Turkey backed patrol"). */
export const BACKING_PARTICIPLES: ReadonlySet<string> = actorData.backingParticiples;

/** The actor of unnamed gunmen, militants and attackers (actors.json). */
export const GENERIC_GROUP = 'Unidentified Armed Group';

/** Kinds of named groups whose backers are told as "X supporters" (not "police and protesters"). */
const NAMED_BACKED = new Set<ActorKind>(['rebel', 'militia', 'group', 'organization']);

/** Do only names and "and" stand between a group's name ending at `from` and a crowd at `to`? */
function crowdOf(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.lower !== 'and' && !isCap(tokens[k]!)) return false;
  return true;
}

/** Actor mentions of a token range, left to right, not overlapping. */
export function findActors(tokens: Token[], from = 0, to = tokens.length): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // (A name may open with digits: "3R" is read as 3 and R.)
    if (t.kind === 'punct' || !ACTOR_FIRST.has(t)) continue;
    const au = isCap(t) ? authorityBodyAt(tokens, i, to) : null;
    if (au) {
      // "the defence ministry of the self-proclaimed Nagorno-Karabakh Republic": the body came first.
      while (out.length && out[out.length - 1]!.end > au.start) out.pop();
      out.push(au);
      i = au.end - 1;
      continue;
    }
    // "the Kremlin": the optional article belongs to the metonym.
    const c = countryWords.matchAt(tokens, i, to) ?? (t.lower === 'the' && i + 1 < to ? countryWords.matchAt(tokens, i + 1, to) : null);
    // "the Syrian Democratic Forces", "Sudan People's Liberation Movement": a named group that opens
    // with a country's word is the group, not that country's forces.
    const named = c ? standalone.matchAt(tokens, i, to) ?? (t.lower === 'the' && i + 1 < to ? standalone.matchAt(tokens, i + 1, to) : null) : null;
    const found = c && !(named && named.end > c.end) && (isCap(tokens[i]!) || isCap(tokens[i + 1] ?? tokens[i]!)) ? countryActorAt(tokens, i, to, c) : otherActorAt(tokens, i, to);
    if (!found) continue;
    const prev = out[out.length - 1];
    // "Al-Shabaab militants", "Hamas gunmen": a named group's generic noun is the group itself.
    if (found.mention && prev && prev.end === found.mention.start && prev.via === 'standalone' && found.mention.via === 'standalone'
      && found.mention.actor.name === GENERIC_GROUP && prev.actor.name !== GENERIC_GROUP && prev.actor.kind !== 'civilians') prev.end = found.mention.end;
    // "Haitian gangs", "Nigerian bandits": a nationality before the generic group says whose country's
    // group it is; the country itself is no party.
    else if (found.mention && prev && prev.end === found.mention.start && prev.via === 'demonym' && found.mention.actor.name === GENERIC_GROUP && !found.mention.actor.country)
      out[out.length - 1] = { ...found.mention, start: prev.start, actor: { ...found.mention.actor, country: prev.actor.country } };
    else if (found.mention) {
      // "Hezbollah supporters", "Hamas and Fatah supporters": a group named before a crowd of its
      // backers only says whom they back; the crowd is the actor, not the group's fighters.
      if (found.mention.actor.kind === 'protesters' && prev?.via === 'standalone' && NAMED_BACKED.has(prev.actor.kind) && prev.actor.name !== GENERIC_GROUP && crowdOf(tokens, prev.end, found.mention.start)) out.pop();
      if (found.mention.actor.kind === 'identity_militia') out.push(...sharedNounMilitias(tokens, Math.max(from, prev?.end ?? from), found.mention.start));
      out.push(found.mention);
    }
    i = found.end - 1;
  }
  return out;
}

/**
 * The actor that starts with a country word at i: a title and person ("Russian President Vladimir
 * Putin"), a body ("Armenia's defence ministry", "Azeri army positions"), or the country itself (its
 * government for a capital or metonym); no actor when a bare country name begins a person's or a
 * body's name ("Jordan Smith", "Georgia Bureau of Investigation"). `end`: where reading goes on.
 */
function countryActorAt(tokens: Token[], i: number, to: number, c: { value: CountryHit; end: number }): { mention?: ActorMention; end: number } {
  const iso3 = c.value.iso3;
  let j = c.end;
  let poss = false;
  if (tokens[j]?.lower === "'s") { j++; poss = true; }
  const ti = j < to ? titles.matchAt(tokens, j, to) : null;
  if (ti && !bodies.matchAt(tokens, j, to)) {
    let k = ti.end;
    const p = k < to ? persons.matchAt(tokens, k, to) : null;
    if (p) k = p.end;
    else while (k < to && isCap(tokens[k]!) && tokens[k]!.kind === 'word' && k < ti.end + 3) k++;
    return { mention: { start: i, end: k, actor: { name: p ? p.value.name : spanText(tokens, i, k), kind: 'official', country: iso3, inter: 1 }, via: 'person', side: 'government' }, end: k };
  }
  // Skip a modifier: "Azeri army positions", "Armenian border guards".
  let b = j < to ? bodies.matchAt(tokens, j, to) : null;
  // Not "a Turkey backed police patrol": that country backs the police.
  if (!b && j + 1 < to && !poss && tokens[j]!.kind === 'word' && /^[a-z]/.test(tokens[j]!.text) && !actorData.backingParticiples.has(tokens[j]!.lower)) {
    const b2 = bodies.matchAt(tokens, j + 1, to);
    if (b2 && b2.value.kind !== 'civilians') b = b2;
  }
  if (b) return { mention: { start: i, end: b.end, actor: bodyActor(iso3, b.value), via: 'body', side: b.value.side ?? b.value.kind }, end: b.end };
  const via = c.value.via;
  const next = tokens[c.end];
  if ((via === 'country' || via === 'metonym') && !poss && next && c.end < to && next.kind === 'word' && isCap(next) && !ACTOR_FIRST.has(next) && !actorData.nameBreaks.has(next.lower)) return { end: c.end };
  // "bombed positions in Khartoum", "fighting near Kyiv": a capital after a locative word is the city, not its government.
  // Past compass words: "marched through central Tbilisi", "shelling in eastern Kyiv".
  let lead = i - 1;
  while (lead > 0 && COMPASS.has(tokens[lead]!.lower)) lead--;
  if (via === 'metonym' && lead >= 0 && actorData.placeLeads.has(tokens[lead]!.lower)) return { end: c.end };
  // "Lower Juba", "Middle Juba": a capital's name inside a region's name is no government.
  if (via === 'metonym' && i > 0 && isCap(tokens[i - 1]!) && actorData.regionPrefixes.has(tokens[i - 1]!.lower)) return { end: c.end };
  // "strikes on southern Lebanon", "shelled eastern Ukraine": a country's name after a compass word
  // names a part of its land, where the event happened, never the state acting or hit.
  const actor: Actor = via === 'metonym' ? governmentOf(iso3) : { name: countryName.get(iso3) ?? iso3, kind: 'state', country: iso3, inter: 1 };
  if (via === 'country' && !poss && i > 0 && COMPASS.has(tokens[i - 1]!.lower)) return { mention: { start: i, end: c.end, actor, via: 'place' }, end: c.end };
  // "a Mogadishu hotel", "Kabul residents": a capital before a noun of the city is the city.
  if (via === 'metonym' && !poss && next && c.end < to && actorData.cityNouns.has(next.lower)) return { end: c.end };
  // "the Minsk Group", "the Minsk agreements", "the Geneva talks": a thing named after the place, no government acting.
  if (via !== 'demonym' && !poss && next && c.end < to && actorData.namedAfterPlaces.has(next.lower)) return { end: c.end };
  // "Pakistan: suicide bomber kills 59": a headline's label says where, not who; so does a dateline
  // ("DAMASCUS, June 1 (Xinhua) --").
  if (i === 0 && (next?.text === ':' || isAcronym(tokens[i]!) && (next?.text === ',' || next?.text === '(' || next?.text === '-' || next?.text === '—'))) return { end: c.end };
  // "West Azerbaijan province": the country's name is part of a place's.
  if (!poss && next && c.end < to && actorData.placeDesignators.has(next.lower)) return { end: c.end };
  // "Cameroon's North-West region", "Azerbaijan's second-largest city": the country's possessive
  // names where, not who (a 'place' mention: no party of any event).
  if (poss && possessedPlaceAt(tokens, j, to)) return { mention: { start: i, end: c.end, actor, via: 'place' }, end: c.end };
  // "rockets at Israeli cities", "struck Syrian territory": a country's adjective before a place noun is where.
  if ((via === 'demonym' || via === 'country') && !poss && next && c.end < to && (actorData.demonymPlaces.has(next.lower) || actorData.demonymPlaces.has(`${next.lower} ${tokens[c.end + 1]?.lower}`))) return { mention: { start: i, end: c.end, actor, via: 'place' }, end: c.end };
  return { mention: { start: i, end: c.end, actor, via: poss ? 'possessive' : via }, end: c.end };
}

/** A de facto authority's body named after it: "Artsakh's defence ministry", "the Karabakh army". */
function authorityBodyAt(tokens: Token[], i: number, to: number): ActorMention | null {
  const au = authorities.matchAt(tokens, i, to);
  if (!au) return null;
  let j = au.end;
  if (tokens[j]?.lower === "'s") j++;
  const b = j < to ? bodies.matchAt(tokens, j, to) : null;
  if (b && b.value.kind !== 'civilians') return { start: i, end: b.end, actor: authorityBody(au.value, b.value), via: 'body', side: b.value.side ?? b.value.kind };
  // A body before "of": "the defence ministry of (the self-proclaimed) Nagorno-Karabakh (Republic)".
  let of = i - 1;
  while ((of > 0 && i - of <= 3 && tokens[of]!.lower !== 'of' && tokens[of]!.kind === 'word' && !isCap(tokens[of]!)) || tokens[of]?.lower === 'the') of--;
  if (of < 1 || tokens[of]!.lower !== 'of') return null;
  for (let s = Math.max(0, of - 4); s < of; s++) {
    const before = bodies.matchAt(tokens, s, of);
    if (!before || before.end !== of || before.value.kind === 'civilians') continue;
    let end = au.end;
    if (/^republic$/i.test(tokens[end]?.text ?? '')) end++;
    const start = tokens[s - 1]?.lower === 'the' ? s - 1 : s;
    return { start, end, actor: authorityBody(au.value, before.value), via: 'body', side: before.value.side ?? before.value.kind };
  }
  return null;
}

/** A known person, a news medium (relays, not claimants) or a stand-alone body or group at i, or null. */
function otherActorAt(tokens: Token[], i: number, to: number): { mention: ActorMention; end: number } | null {
  const t = tokens[i]!;
  const p = persons.matchAt(tokens, i, to);
  if (p && isCap(t)) return { mention: { start: i, end: p.end, actor: { name: p.value.name, kind: p.value.kind, country: p.value.country, inter: 1 }, via: 'person', side: 'government' }, end: p.end };
  const m = media.matchAt(tokens, i, to);
  if (m && (isCap(t) || m.value.includes(' '))) {
    let k = m.end;
    while (k < to && actorData.mediaFillers.has(tokens[k]!.lower)) k++;
    const name = actorData.mediaNames.get(m.value) ?? spanText(tokens, i, m.end);
    return { mention: { start: i, end: k, actor: { name, kind: 'media', country: null, inter: null }, via: 'media' }, end: k };
  }
  const s = standalone.matchAt(tokens, i, to);
  if (!s) return null;
  const of = s.value.country ? null : bodyOfCountry(tokens, i, s.end, to, s.value.kind);
  if (of) return of;
  // Short ambiguous names ("un", "mob", "nation") need a capital or a multi-word match.
  if (s.end - i === 1 && s.value.kind !== 'police' && s.value.kind !== 'military' && s.value.kind !== 'civilians' && s.value.kind !== 'group' && s.value.kind !== 'protesters' && s.value.kind !== 'rioters' && s.value.name !== GENERIC_GROUP && !isCap(t)) return null;
  return { mention: { start: i, end: s.end, actor: { name: s.value.name, kind: s.value.kind, country: s.value.country ?? null, inter: s.value.inter }, via: 'standalone', side: s.value.kind }, end: s.end };
}

/**
 * "the military forces of Armenia", "troops of Azerbaijan", "the police of Kenya": a state body named
 * before its country (ACLED's own "Military Forces of X" order) is that country's body. So are
 * police or troops named by no nation of their own and placed in a country ("police in Bangladesh
 * fired tear gas", "soldiers in Mali killed"): a state's forces at home are told that way, foreign
 * ones by their nation or as foreign ("French troops in Mali", "foreign troops in Syria", actors.json
 * 'foreignWords'). i: where the words start; e: the end of the body words read so far; kind: what
 * those words name.
 */
function bodyOfCountry(tokens: Token[], i: number, e: number, to: number, kind: ActorKind): { mention: ActorMention; end: number } | null {
  let j = e;
  const more = j < to ? bodies.matchAt(tokens, j, to) : null;
  if (more) j = more.end;
  const link = tokens[j]?.lower;
  if (link !== 'of' && !(link === 'in' && forcesAtHome(tokens, i, kind))) return null;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  const c = k < to && isCap(tokens[k]!) ? countryWords.matchAt(tokens, k, to) : null;
  const au = !c && link === 'of' && k < to && isCap(tokens[k]!) ? authorities.matchAt(tokens, k, to) : null;
  if (!c && !au || c?.value.via === 'metonym' || (link === 'in' && c?.value.via !== 'country')) return null;
  // "Fighters of the Sudan People's Liberation Movement-North", "troops of the Sudanese Armed Forces":
  // a named group that opens with the country's word is whose they are: the group, not the country.
  const group = c ? standalone.matchAt(tokens, k, to) : null;
  if (group && group.end > c!.end) {
    const g = group.value;
    return { mention: { start: i, end: group.end, actor: { name: g.name, kind: g.kind, country: g.country ?? null, inter: g.inter }, via: 'standalone', side: g.kind }, end: group.end };
  }
  const b = bodies.matchAt(tokens, i, to) ?? (tokens[i]!.lower === 'the' ? bodies.matchAt(tokens, i + 1, to) : null);
  if (!b || b.value.kind === 'civilians') return null;
  if (au) return { mention: { start: i, end: au.end, actor: authorityBody(au.value, (more ?? b).value), via: 'body', side: b.value.side ?? b.value.kind }, end: au.end };
  if (!c || b.value.kind === 'government') return null;
  return { mention: { start: i, end: c.end, actor: bodyActor(c.value.iso3, (more ?? b).value), via: 'body', side: b.value.side ?? b.value.kind }, end: c.end };
}

/**
 * Are the words from i, of `kind`, police or troops that no word before them makes another's: no
 * foreign word ("foreign troops") and no name ("NATO troops", "Wagner troops", "AU troops in Somalia")?
 */
function forcesAtHome(tokens: Token[], i: number, kind: ActorKind): boolean {
  if (kind !== 'police' && kind !== 'military') return false;
  const lead = tokens[i - 1];
  if (lead && isCap(lead) && !ARTICLES.has(lead.lower)) return false;
  return !actorData.foreignWords.has(lead?.lower ?? '') && !actorData.foreignWords.has(tokens[i]!.lower);
}

/** Actor mentions of each sentence as the lexicon reads them, before the text's other sentences are weighed. */
const FOUND_ACTORS = sentenceLayer<ActorMention[]>('found-actors', (doc, si) => findActors(doc.sentences[si]!.tokens));

const OWNER_LEADS = new Set(['of', 'from', 'loyal']);
/** Possessives by which a speaker or a group tells of its own people ("its fighters", "our forces"; actors.json 'ownPossessives'). */
export const OWN_POSSESSIVES: ReadonlySet<string> = actorData.ownPossessives;
/** Does a modifier tell whose side armed men are on ("pro-government", "Turkish-backed", "Iran-sponsored", "loyalist")? */
const allegiance = (w: string) => w.startsWith('pro-') || w === 'loyalist' || actorData.backingParticiples.has(w.slice(w.lastIndexOf('-') + 1)) && w.includes('-');
const namesGroup = (ms: ActorMention[]) => ms.some((a) => NAMED_BACKED.has(a.actor.kind) && a.actor.name !== GENERIC_GROUP);
/** Does the text name an armed group anywhere? */
const NAMES_GROUP = docLayer<boolean>('names-group', (doc) => doc.sentences.some((_, si) => namesGroup(doc.get(FOUND_ACTORS, si))));

/**
 * The actor mentions of each sentence (one layer, read by claims, attribution, accusations and
 * assembly). "Nigerian troops shelled Boko Haram positions. 78 fighters were
 * killed": where the text names an armed group, bare "fighters" are that group's or its foe's, not a
 * third, unnamed group; in a text that names none ("Fighters ambushed a convoy") they are an
 * unidentified armed group.
 */
export const ACTORS = sentenceLayer<ActorMention[]>('actors', (doc, si) => {
  const tokens = doc.sentences[si]!.tokens;
  // "a former rebel", "a retired policeman", "former FARC fighters" (the whole phrase): no longer of
  // the force, civilians.
  const all = doc.get(FOUND_ACTORS, si);
  const formerBefore = (a: ActorMention) => {
    // Past the names between: "former FARC fighters".
    let k = a.start - 1;
    while (k > a.start - 4 && k > 0 && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
    return actorData.formerWords.has(tokens[k]?.lower ?? '');
  };
  let found = all;
  if (all.some(formerBefore)) {
    found = [];
    let former = -1;
    for (const a of all) {
      if (formerBefore(a) || a.start === former) former = a.end;
      else found.push(a);
    }
  }
  // "its militants", "their fighters": the possessor's own (a group named before), no group of their own.
  const owned = (a: ActorMention) => a.actor.name === GENERIC_GROUP && OWN_POSSESSIVES.has(tokens[a.start - 1]?.lower ?? '');
  if (found.some(owned)) found = found.filter((a) => !owned(a));
  // "rebels from the Ambazonia Defence Forces", "militants of the Islamic State": the generic word
  // names the armed group that follows, no second, unidentified one.
  const ofGroup = (a: ActorMention) => a.actor.name === GENERIC_GROUP && OWNER_LEADS.has(tokens[a.end]?.lower ?? '') &&
    found.some((b) => b.start > a.end && b.start - a.end <= 4 && (b.actor.kind === 'rebel' || b.actor.kind === 'militia') && b.actor.name !== GENERIC_GROUP);
  if (found.some(ofGroup)) found = found.filter((a) => !ofGroup(a));
  // "militants from Somalia", "gunmen from Niger": a country after armed men's "from" is where they
  // came from, neither its state acting nor where the event was: no mention at all.
  const origin = (b: ActorMention) => (b.via === 'country' || b.via === 'metonym') && tokens[b.start - 1]?.lower === 'from' &&
    found.some((a) => a.end === b.start - 1 && a.actor.name === GENERIC_GROUP);
  const origins = found.filter(origin).map((b) => b.start);
  if (origins.length) found = found.filter((b) => !origins.includes(b.start));
  const echo = (a: ActorMention) => a.actor.name === GENERIC_GROUP && actorData.groupEchoes.has(tokens.slice(a.start, a.end).map((t) => t.lower).join(' '));
  if (!found.some(echo)) return found;
  // "fighters of the 5th Brigade", "fighters from the Republican Guard": whose they are follows, named.
  const ofParty = (a: ActorMention) => {
    if (!OWNER_LEADS.has(tokens[a.end]?.lower ?? '')) return false;
    const k = tokens[a.end + 1]?.lower === 'the' ? a.end + 2 : a.end + 1;
    if (origins.includes(k)) return false; // "fighters from Chad": where from, not whose
    return found.some((b) => b.start > a.end && b.start - a.end <= 4) || /^[\p{Lu}\d]/u.test(tokens[k]?.text ?? '');
  };
  const named = doc.value(NAMES_GROUP);
  // "pro-government fighters", "Kremlin-backed fighters": fighters whose allegiance is told are that
  // side's (a militia the claims name), not an unidentified group.
  const sided = (a: ActorMention) => allegiance(tokens[a.start - 1]?.lower ?? '');
  return found.filter((a) => !(echo(a) && (named || ofParty(a) || sided(a))));
});

/**
 * Is token k, read alone, a country's name (not a demonym, a capital or a possessive): what
 * findActors(tokens, k, k + 1) says of it ("Central Mali", "Devin Anderson" tell a region from a name)?
 */
export function countryNameAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !ACTOR_FIRST.has(t)) return false;
  const c = countryWords.matchAt(tokens, k, k + 1);
  if (!c || !(isCap(t) || isCap(tokens[k + 1] ?? t))) return false;
  return c.value.via === 'country' && tokens[k + 1]?.lower !== "'s";
}

/** The country whose capitalised name starts at token k ("Israel", "South Sudan"), or null. */
export function countryNamedAt(tokens: Token[], k: number): string | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !isCap(t)) return null;
  const c = countryWords.matchAt(tokens, k);
  return c && c.value.via === 'country' && tokens[c.end]?.lower !== "'s" ? c.value.iso3 : null;
}

/** Is the capitalised word at k a country's demonym in the singular ("a Palestinian", "an Afghan")? */
export function singularDemonymAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !isCap(t) || /s$/.test(t.lower)) return false;
  const c = countryWords.matchAt(tokens, k, k + 1);
  return c?.value.via === 'demonym';
}

export function partyOf(a: Actor): Party {
  return { name: a.name, kind: a.kind, country: a.country };
}

/** Words a possessed place's name may hold before its noun ("North-West", "second-largest", "Idlib"). */
const POSSESSED_REACH = 4;

/** Does a place noun (actors.json 'possessedPlaces') follow at j, past a few names or lowercase
 *  modifiers? A body ("army", "defence ministry") or a verb before it ends the search. */
function possessedPlaceAt(tokens: Token[], j: number, to: number): boolean {
  for (let k = j; k < to && k < j + POSSESSED_REACH + 1; k++) {
    const t = tokens[k]!;
    // A body first: "Kyrgyzstan's border service" is its forces, not its border.
    if (bodies.matchAt(tokens, k, to) || titles.matchAt(tokens, k, to)) return false;
    if (t.kind === 'word' && actorData.possessedPlaces.has(t.lower)) return true;
    if (t.text !== '-' && t.kind !== 'word') return false;
  }
  return false;
}
