/**
 * The sources a sentence names, as wire copy attributes a figure (docs/extraction.md, "Claimant"):
 * the subject of a reporting verb ("military and hospital officials said", "Iran earlier today said",
 * "Mr Lysenko said"), a person with a role in apposition ("Adnan Haidar, deputy head of the army,
 * said"), an inverted source that ends its clause ("…, said resident Ali Omar"), "according to X",
 * "citing X", the author of a document ("an order from the militia claimed", "a war communique said",
 * "an estimate by the institute"), "X told AFP" (X speaks, AFP relays) and "Y quoted X as saying" (X
 * speaks, Y relays). A phrase is a source when it ends in a source word (data/lexicon/sources.json
 * `heads`), names a known actor or outlet, is a capitalised name, or is a pronoun or "the agency"
 * (an anaphor, which attribution.ts resolves against the sources of earlier sentences). Lexicons are
 * data; nothing here names a war.
 */
import { PhraseMatcher, WordSet } from '../annotate/lexicon.ts';
import { numberAt } from '../annotate/numbers.ts';
import { Shape, type Token } from '../annotate/tokens.ts';
import type { ActorKind } from '../record/schema.ts';
import { anyWord, loadData } from '../util/data-file.ts';
import { authorityOf, type ActorMention } from './actors.ts';
import { ARMED_SIDES } from './sides.ts';
import { accordingTo, ARTICLES, fateAfterReport, personPlurals } from './words.ts';

const KINDS: readonly ActorKind[] = ['state', 'military', 'police', 'government', 'official', 'rebel', 'militia', 'identity_militia',
  'rioters', 'protesters', 'civilians', 'international', 'media', 'organization', 'group', 'unknown'];

interface Agency { name: string; country: string | null }

const S = loadData('lexicon/sources.json', (d) => ({
  relayCues: d.wordSet('relayCues'),
  verbs: d.wordSet('verbs'),
  putVerbs: d.wordSet('putVerbs'),
  figureVerbs: d.wordSet('figureVerbs'),
  notCues: new PhraseMatcher<true>().addAll(d.words('notCues'), true),
  fillers: d.wordSet('fillers'),
  stops: d.wordSet('stops'),
  heads: d.oneOf('heads', KINDS),
  modifiedHeads: d.oneOf('modifiedHeads', KINDS),
  documents: d.wordSet('documents'),
  documentParticiples: d.wordSet('documentParticiples'),
  titles: new PhraseMatcher<true>().addAll(d.words('titles'), true),
  titleWords: d.words('titles'),
  agencies: d.objects('agencies').map((a) => ({ names: a.words('names'), name: a.string('name'), country: a.optionalString('country') ?? null })),
  mediaHeads: d.wordSet('mediaHeads'),
  stateMarks: d.wordSet('stateMarks'),
  pronouns: d.oneOf('pronouns', ['person', 'body', 'plural'] as const),
  determiners: d.wordSet('determiners'),
  honorifics: d.wordSet('honorifics'),
  afterInverted: d.wordSet('afterInverted'),
  nameLinks: d.wordSet('nameLinks'),
  clauseBeforeName: d.wordSet('clauseBeforeName'),
  reportNounAfter: d.wordSet('reportNounAfter'),
  reportNounBefore: d.wordSet('reportNounBefore'),
  subordinators: d.wordSet('subordinators'),
  asideOpeners: d.wordSet('asideOpeners'),
  voiceVerbs: d.wordSet('voiceVerbs'),
}));

/** A cheap gate on a sentence's text: a reporting verb, "according to", "citing" or a role word. */
export const SOURCE_TEXT = anyWord([...S.verbs, ...S.putVerbs, ...S.documentParticiples, ...S.voiceVerbs, 'according', 'citing', 'per', ...S.titleWords].map((w) => w.replace(/\.$/, '')), 'i');

/** The words a cue starts with (one array read per token before anything else is looked at). */
const CUE_FIRST = new WordSet([...S.verbs, ...S.putVerbs], accordingTo);

const agencies = new PhraseMatcher<Agency>();
for (const a of S.agencies) for (const n of a.names) agencies.add(n, { name: a.name, country: a.country });
const agencyNames = new Set(S.agencies.flatMap((a) => a.names));
/** A news agency's name, lower case ("ap", "afp", "sana"): in a credit "(AP)" it is no place. */
export const isAgencyName = (lower: string) => agencyNames.has(lower);

/** A source phrase of one sentence, before anaphora are resolved. */
export interface SourceMention {
  /** Token range [start, end) of the phrase. */
  start: number;
  end: number;
  /** Token index of its cue (the verb, "according to"). */
  at: number;
  /** The phrase as written, without a leading article ("the high command", "Andriy Lysenko, a spokesman for …"). */
  name: string;
  kind: ActorKind;
  country: string | null;
  /** An outlet or news agency: a relay unless it is the only voice; `country` when it is a state's. */
  medium: boolean;
  /** The named armed group or force whose person or office this is ("a Taliban spokesman", "Houthi officials"). */
  group?: string;
  /** Named, not speaking here: only what later pronouns refer back to. */
  mentionOnly?: boolean;
  /** Only relays ("told AFP", "IRNA quoted …"): never the claimant. */
  relayOnly?: boolean;
  /** A named person, or a person by role ("a senior security official"). */
  person: boolean;
  plural: boolean;
  /**
   * Token range [from, to) of what the source asserts, when it speaks inside a relative or subordinate
   * clause ("the blast, which the president said was an attempt on her life"; "while the rebels claimed
   * no motive, …"): figures outside it are not its own.
   */
  scope?: [number, number];
  /** Refers back: a pronoun, a definite phrase ("the agency", "the official") or a surname ("Lysenko"). */
  anaphor?: { pronoun?: 'person' | 'body' | 'plural'; head?: string; surname?: string };
}

const isCap = (t: Token | undefined) => !!t && t.kind === 'word' && (t.shape & Shape.CAP) !== 0;
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
const isQuote = (t: Token | undefined) => !!t && t.kind === 'punct' && QUOTE_MARKS.has(t.text);
const PLURAL_HEADS = /s$/;
/** A named armed group or force (its spokesmen and officials speak for it): a lexicon entry of an armed side with a country. */
const isArmedGroup = (a: ActorMention) => a.via === 'standalone' && !!a.actor.country && ARMED_SIDES.has(a.actor.kind);

/** The tokens [a, b) as the text writes them. */
export type Slicer = (a: number, b: number) => string;

/**
 * Reads a noun phrase backwards from token k (inclusive): words not in `stops`, links ("of", "for",
 * "and", "'s"), quotes and abbreviation stops. Returns its start, or -1 when there is none.
 */
function phraseBack(tokens: Token[], k: number, limit = 10): number {
  let s = k + 1;
  for (let j = k; j >= 0 && k - j < limit; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      if (isQuote(t) && j !== k) { s = j; continue; }
      // "Col. Gilles Jaron", "Mr. Lysenko": the full stop of an honorific.
      if (t.text === '.' && S.honorifics.has(tokens[j - 1]?.lower ?? '')) { s = j; continue; }
      if (t.text === '-' && j > 0 && tokens[j - 1]!.kind === 'word') { s = j; continue; }
      break;
    }
    // (A number written on to a word is part of a name: "M23", "G5".)
    if (t.kind === 'num' && !(j > 0 && tokens[j - 1]!.kind === 'word' && tokens[j - 1]!.end === t.start)) break;
    if (S.stops.has(t.lower) && !(j === k && S.pronouns.has(t.lower))) break;
    // "with Kyrgyz officials reporting 24 dead on their side and Dushanbe saying …": an "and" after a
    // figure joins two voices' clauses, each with its own figure; the source starts after it.
    if (t.lower === 'and' && figureBefore(tokens, j)) break;
    // A pronoun right before the verb is the whole subject: "the 14 soldiers they claimed to have
    // captured" (a relative clause, its "that" left out) names the soldiers as no part of the source.
    if (j === k && S.pronouns.has(t.lower)) return k;
    if (t.lower === 'in' && !(isCap(tokens[j + 1]) || tokens[j + 1]?.lower === 'the')) break;
    s = j;
    // "15 soldiers the group said it had killed", "the fighters the army said it captured": an
    // article right after a plural of people opens the source's own phrase (a relative clause whose
    // "that" is left out, the people its object).
    if (j < k && ARTICLES.has(t.lower) && j > 0 && personPlurals.has(tokens[j - 1]!.lower)) break;
  }
  // Links never begin a phrase.
  while (s <= k && (S.nameLinks.has(tokens[s]!.lower) || isQuote(tokens[s]))) s++;
  return s <= k ? s : -1;
}

/** How far before an "and" a figure of the clause it ends may stand ("24 dead on their side and"). */
const FIGURE_BEFORE_AND = 6;

/** Does a number stand within a few words before the "and" at `and`, in its clause? */
function figureBefore(tokens: Token[], and: number): boolean {
  for (let j = and - 1; j >= Math.max(0, and - FIGURE_BEFORE_AND); j--) {
    const t = tokens[j]!;
    if (t.kind === 'num') return true;
    if (t.kind === 'punct' || t.clauseStart) return false;
  }
  return false;
}

/**
 * The first verb of the clause that ends at the "and" at `and` ("The army denied the reports and
 * said"): a lower-case past form, or a speech verb, after a clause mark or in the clause; `and` + 1 when
 * there is none, so that no subject is read.
 */
function firstVerbOfClause(tokens: Token[], and: number): number {
  let start = and;
  while (start > 0 && !tokens[start]!.clauseStart && tokens[start - 1]!.kind !== 'punct') start--;
  for (let j = start; j < and; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && !isCap(t) && (S.verbs.has(t.lower) || /[a-z]ed$/.test(t.lower))) return j;
  }
  return and + 1;
}

/** Reads a noun phrase forwards from token i: its end (exclusive) when it ends its clause, else -1. */
function phraseForward(tokens: Token[], i: number, limit = 9): number {
  let e = i;
  while (e < tokens.length && e - i < limit) {
    const t = tokens[e]!;
    if (t.kind === 'punct') {
      if (t.text === '.' && S.honorifics.has(tokens[e - 1]?.lower ?? '') && isCap(tokens[e + 1])) { e++; continue; }
      if (t.text === '-' && tokens[e + 1]?.kind === 'word' && e > i) { e++; continue; }
      break;
    }
    if (t.kind === 'num' || (S.stops.has(t.lower) && !(e === i && S.pronouns.has(t.lower)))) break;
    if (e > i && S.afterInverted.has(t.lower) && !S.nameLinks.has(t.lower)) break;
    if (e > i && t.lower === 'in' && !isCap(tokens[e + 1]) && tokens[e + 1]?.lower !== 'the') break;
    e++;
  }
  while (e > i && S.nameLinks.has(tokens[e - 1]!.lower)) e--;
  if (e === i) return -1;
  const next = tokens[e];
  return !next || next.kind === 'punct' || S.afterInverted.has(next.lower) ? e : -1;
}

/**
 * A source mention with every field of SourceMention present, in one order. Made by a dozen literals
 * with different optional fields, and given a scope later, mentions had many hidden classes, and
 * findSources and its readers were deoptimized on a "wrong map" as each new kind turned up. Absent
 * and undefined read alike: no reader tests for a field's presence.
 */
function oneShape(m: SourceMention): SourceMention {
  return {
    start: m.start, end: m.end, at: m.at, name: m.name, kind: m.kind, country: m.country, medium: m.medium, group: m.group,
    mentionOnly: m.mentionOnly, relayOnly: m.relayOnly, person: m.person, plural: m.plural, scope: m.scope, anaphor: m.anaphor,
  };
}

/** The source a phrase [s, e) names, or null when it names none (in one shape). */
function classify(tokens: Token[], s: number, e: number, at: number, actors: ActorMention[], slice: Slicer): SourceMention | null {
  const m = classifyPhrase(tokens, s, e, at, actors, slice);
  return m && oneShape(m);
}

function classifyPhrase(tokens: Token[], s: number, e: number, at: number, actors: ActorMention[], slice: Slicer): SourceMention | null {
  const s0 = s;
  // Neither an article nor a time ("On Monday Ali Hassan said") is part of the source's name.
  while (s < e && (S.determiners.has(tokens[s]!.lower) || isQuote(tokens[s]) || (S.fillers.has(tokens[s]!.lower) && s + 1 < e))) s++;
  while (e > s && isQuote(tokens[e - 1])) e--;
  if (s >= e) return null;
  // The author of a document: "an order from the militia", "data collected … by the bureau".
  for (let j = s; j < e; j++) {
    if (!S.documents.has(tokens[j]!.lower)) continue;
    // "by" names the author even after "from" ("data collected from news reports by the bureau").
    for (const link of ['by', 'from', 'of']) {
      for (let k = j + 1; k < e - 1; k++) {
        if (tokens[k]!.lower !== link) continue;
        const inner = classify(tokens, k + 1, e, at, actors, slice);
        if (inner) return { ...inner, scope: undefined };
      }
    }
  }
  // "a United Nations report", "an army communique": the document's author.
  if (e - s > 1 && S.documents.has(tokens[e - 1]!.lower)) {
    const author = classify(tokens, s, e - 1, at, actors, slice);
    if (author) return author;
  }
  const words = tokens.slice(s, e);
  const last = words[words.length - 1]!;
  const name = slice(s, e);
  const pronoun = e - s === 1 ? S.pronouns.get(last.lower) : undefined;
  if (pronoun) return { start: s, end: e, at, name, kind: 'unknown', country: null, medium: false, person: pronoun === 'person', plural: pronoun === 'plural', anaphor: { pronoun } };
  // A news agency or outlet.
  let agency: Agency | null = null;
  for (let j = s; j < e && !agency; j++) {
    const m = agencies.matchAt(tokens, j, e);
    if (m && (isCap(tokens[j]) || m.end - j > 1)) agency = m.value;
  }
  const inside = actors.filter((a) => a.start >= s0 && a.end <= e && a.via !== 'media');
  // "Nagorno-Karabakh's ombudsman", "separatist officials in Abkhazia": a de facto authority's voice has the territory's country.
  const country = inside.find((a) => a.actor.country)?.actor.country ?? authorityOf(slice(s, e))?.country ?? null;
  let headAt = -1;
  for (let j = e - 1; j >= s && headAt < 0; j--) if (headKind(tokens, j, s) || S.titles.matchAt(tokens, j, e)) headAt = j;
  const mediaHead = words.some((t) => S.mediaHeads.has(t.lower)) && (headAt < 0 || headKind(tokens, headAt, s) === 'media');
  if (agency || (mediaHead && words.some(isCap))) {
    const state = agency?.country ?? (words.some((t) => S.stateMarks.has(t.lower)) || words.some((t) => t.lower === 'agency') ? country : null);
    return { start: s, end: e, at, name: agency?.name ?? name, kind: state ? 'government' : 'media', country: state, medium: true, person: false, plural: false };
  }
  const titled = words.some((_, k) => S.titles.matchAt(tokens, s + k, e));
  const caps = words.filter(isCap).length;
  const lastActor = actors.find((a) => a.end === e && a.start >= s0);
  // A state body the lexicon names whole ("Armenia's defence ministry" → "Ministry of Defence of
  // Armenia"): its record name; people in the plural ("Pakistani security officials") keep the text's words.
  const canonical = lastActor && lastActor.start <= s + (tokens[s]?.lower === 'the' ? 1 : 0) && lastActor.actor.country && !PLURAL_HEADS.test(last.lower) ? lastActor.actor.name : null;
  if (headAt >= 0) {
    const head = tokens[headAt]!.lower;
    let kind: ActorKind = headKind(tokens, headAt, s) ?? 'official';
    if (lastActor && lastActor.actor.kind !== 'civilians') kind = lastActor.actor.kind;
    // "the agency", "the official", "the think tank": refers back unless it names a country or a name of its own.
    const definite = tokens[s - 1]?.lower === 'the' || (s > 0 && tokens[s - 1]?.lower === 'this');
    const anaphor = definite && !country && caps === 0 ? { head } : undefined;
    const person = titled && !PLURAL_HEADS.test(head) ? true : S.heads.get(head) === 'official';
    // "a Taliban spokesman", "Houthi officials", "an al-Shabaab commander": a person or office of a
    // named armed group or force speaks for it, and its own people ("their fighters") are the group's.
    // ("a spokesman for the M23": the group after the head.)
    const group = lastActor ? (isArmedGroup(lastActor) ? lastActor : undefined) : inside.find((a) => isArmedGroup(a) && a.end <= headAt);
    if (group) kind = group.actor.kind;
    return { start: s, end: e, at, name: canonical ?? name, kind: kind === 'state' ? 'government' : kind, country, medium: false, person, plural: PLURAL_HEADS.test(head) && head !== 'press', anaphor, ...(group ? { group: group.actor.name } : {}) };
  }
  if (lastActor) {
    const a = lastActor.actor;
    // A named body the lexicon knows ("the UN") by its full name; "the army" keeps the text's words.
    const known = lastActor.start >= s0 && lastActor.via === 'standalone' && caps > 0;
    const group = known && isArmedGroup(lastActor) ? { group: a.name } : {};
    return { start: s, end: e, at, name: known ? a.name : canonical ?? name, kind: a.kind === 'state' ? 'government' : a.kind, country: a.country, medium: false, person: lastActor.via === 'person', plural: false, ...group };
  }
  // A phrase ending in a full name ("Karabakh human rights ombudsman Artak Beglaryan"): a person with a role.
  if (words.length > 2 && isCap(words[words.length - 1]) && isCap(words[words.length - 2]) && !S.fillers.has(last.lower)) {
    return { start: s, end: e, at, name, kind: 'official', country, medium: false, person: true, plural: false };
  }
  // A capitalised name: a person ("Mr Lysenko", "Bashir Dawar") or a body the lexicons do not know.
  if (caps && caps >= words.filter((t) => t.kind === 'word' && !S.nameLinks.has(t.lower)).length) {
    // Days, months and "On", "In" are no names ("On Tuesday").
    const named = words.filter((t) => isCap(t) && !S.honorifics.has(t.lower) && !S.fillers.has(t.lower));
    if (!named.length) return null;
    const surname = named.length === 1 || S.honorifics.has(words[0]!.lower) ? named[named.length - 1]!.text : undefined;
    return { start: s, end: e, at, name, kind: 'unknown', country, medium: false, person: words.length <= 4, plural: false, anaphor: surname ? { surname } : undefined };
  }
  return null;
}

/**
 * The kind of body the head word at j names, the word before it included when the two make a
 * different body ("a rights group" is no armed group, "the border service" no news service).
 */
function headKind(tokens: Token[], j: number, s: number): ActorKind | undefined {
  const head = tokens[j]!.lower;
  return (j > s ? S.modifiedHeads.get(`${tokens[j - 1]!.lower} ${head}`) : undefined) ?? S.heads.get(head);
}

/** "Name, role, said": the person before an apposition with a title that ends at token k (a comma). */
function appositionBefore(tokens: Token[], k: number, at: number, actors: ActorMention[], slice: Slicer): SourceMention | null {
  const roleStart = phraseBack(tokens, k - 1, 14);
  if (roleStart < 2 || tokens[roleStart - 1]?.text !== ',') return null;
  const role = tokens.slice(roleStart, k);
  // "the Syrian Network for Human Rights, a monitoring group,": a role whose head names
  // a body lets the name before it be a body's, longer, with its article and lower-case links.
  const body = headKind(tokens, k - 1, roleStart);
  const bodyKind = body && body !== 'official' ? body : undefined;
  const p = personBefore(tokens, roleStart - 1, roleStart, k, at, actors, slice, !!bodyKind);
  if (!p) return roleBeforeName(tokens, roleStart, k, at, actors, slice);
  if (role.some((_, j) => S.titles.matchAt(tokens, roleStart + j, k))) return p;
  // No role word the lexicon knows ("the interior minsiter"): a full name (two capitalised words) still speaks.
  const named = tokens.slice(p.start, roleStart - 1).filter((t) => isCap(t) && !S.fillers.has(t.lower));
  if (named.length < 2) return null;
  // "X, a medical group,", "X, a Britain-based war monitor,": a body, of the kind its role's head says.
  return bodyKind ? { ...p, kind: bodyKind, person: false } : { ...p, kind: 'unknown' };
}

/** How far back from a relative clause's object its relative word may stand ("who lost 7 relatives"). */
const RELATIVE_OBJECT_REACH = 6;

/**
 * The phrase [start, end) a relative clause hangs off, the clause holding the count at `num` ("A
 * farmer who lost 7 relatives …": "A farmer", start -1 when it names none); null when no relative word opens it.
 */
function relativeHead(tokens: Token[], num: number): [number, number] | null {
  for (let j = num - 1; j > 0 && num - j <= RELATIVE_OBJECT_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return null;
    if (t.lower === 'who' || t.lower === 'that') return [phraseBack(tokens, j - 1), j];
  }
  return null;
}

/** How many words an aside between a source and its verb may hold. */
const ASIDE_WORDS = 12;

/**
 * "A local official, speaking on condition of anonymity, told AFP", "Two residents, who gave only their
 * first names, said", "The army, backed by air strikes, said", "The junta, which seized power in
 * 2021, said", "The military, in a statement on state television, said": an aside in commas that
 * opens with a participle, a relative word or a preposition (data/lexicon/sources.json
 * 'asideOpeners') stands between the source and its verb (the comma at k); the phrase before its
 * opening comma is the source.
 */
function subjectBeforeAside(tokens: Token[], k: number, at: number, actors: ActorMention[], slice: Slicer): SourceMention | null {
  let j = k - 1;
  while (j > 0 && k - j <= ASIDE_WORDS && tokens[j]!.text !== ',') {
    if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-') return null;
    j--;
  }
  if (tokens[j]?.text !== ',' || j < 1 || j + 1 >= k) return null;
  const opener = tokens[j + 1]!.lower;
  if (!(/^[a-z]+(?:ing|ed)$/.test(opener) || S.asideOpeners.has(opener))) return null;
  const s = phraseBack(tokens, j - 1);
  // The source opens its clause (not "Shots hit a group of people, wounding four, said X": a
  // participle clause of the sentence, and the source after its verb).
  if (s < 0 || (s > 0 && (tokens[s - 1]!.kind !== 'punct' || tokens[s - 1]!.text === ','))) return null;
  const m = classify(tokens, s, j, at, actors, slice);
  return m && !m.anaphor?.pronoun ? m : null;
}

/**
 * "The region's rights ombudsman, Artak Beglaryan, said": a role, then the person's name in
 * apposition [ns, k) (two to four capitalised words) before the verb's comma at k.
 */
function roleBeforeName(tokens: Token[], ns: number, k: number, at: number, actors: ActorMention[], slice: Slicer): SourceMention | null {
  const name = tokens.slice(ns, k);
  if (name.length < 2 || name.length > 4 || !name.every(isCap)) return null;
  const rs = phraseBack(tokens, ns - 2, 10);
  if (rs < 0) return null;
  const role = classify(tokens, rs, ns - 1, at, actors, slice);
  const roleWords = tokens.slice(rs, ns - 1);
  if (!role || role.medium || role.anaphor?.pronoun || role.anaphor?.surname) return null;
  if (!role.anaphor?.head && !roleWords.some((_, j) => S.titles.matchAt(tokens, rs + j, ns - 1))) return null;
  let rsx = rs;
  while (rsx < ns - 1 && S.determiners.has(tokens[rsx]!.lower)) rsx++;
  return oneShape({ start: rs, end: k, at, name: `${slice(ns, k)}, ${slice(rsx, ns - 1)}`, kind: role.kind === 'unknown' ? 'official' : role.kind, country: role.country, medium: false, person: true, plural: false });
}

/** The capitalised name right before the comma at `comma`, with the role [rs, re) after it. */
function personBefore(tokens: Token[], comma: number, rs: number, re: number, at: number, actors: ActorMention[], slice: Slicer, body = false): SourceMention | null {
  let j = comma - 1;
  let n = 0;
  // (A body's name may be longer and hold a lower-case link between capitalised words: "the Centre
  // for Civilians in Conflict".)
  const link = (k: number) => body && n > 0 && S.nameLinks.has(tokens[k]!.lower) && isCap(tokens[k - 1]);
  const most = body ? BODY_NAME_WORDS : PERSON_NAME_WORDS;
  while (j >= 0 && n < most && (isCap(tokens[j]) || (tokens[j]!.text === '-' && n > 0) || link(j) || (tokens[j]!.text === '.' && S.honorifics.has(tokens[j - 1]?.lower ?? '')))) { if (tokens[j]!.kind === 'word') n++; j--; }
  if (!n) return null;
  const ns = j + 1;
  // "the Sudan Doctors Network, a medical group, said": a body named with its article.
  if (body && tokens[j]?.lower === 'the' && n > 1) j--;
  const prev = tokens[j];
  // The name starts a clause: "…, Andriy Lysenko, a spokesman …", "Adnan Haidar, deputy head …".
  if (prev && prev.kind === 'word' && !S.clauseBeforeName.has(prev.lower) && !isQuote(prev)) return null;
  const roleCountry = actors.find((a) => a.start >= rs && a.end <= re && a.actor.country && a.via !== 'media')?.actor.country ?? null;
  let rsx = rs;
  while (rsx < re && S.determiners.has(tokens[rsx]!.lower)) rsx++;
  return oneShape({ start: ns, end: re, at, name: `${slice(ns, comma)}, ${slice(rsx, re)}`, kind: 'official', country: roleCountry, medium: false, person: true, plural: false });
}


/** How many words of a name personBefore reads back: a person's, and a body's (longer). */
const PERSON_NAME_WORDS = 4;
const BODY_NAME_WORDS = 7;

/** Is the verb at i a reporting cue here (not "claimed responsibility", "claimed 30 lives", "was said to")? */
function isCue(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (S.putVerbs.has(w)) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) if (tokens[j]!.lower === 'at') return true;
    return false;
  }
  if (!S.verbs.has(w)) return false;
  // "the United States", "Reports of …": a capitalised form inside a sentence is a name, not a verb.
  if (i > 0 && isCap(tokens[i]) && !isQuote(tokens[i - 1])) return false;
  const next = tokens[i + 1];
  if (next && S.notCues.matchAt(tokens, i + 1)) return false;
  // "officials reporting 24 dead", not "journalists reporting the event", "calls reporting a shooting",
  // "reporting for VOA" (sources.json 'figureVerbs').
  if (S.figureVerbs.has(w) && !figureOrThatAfter(tokens, i)) return false;
  // "claimed 30 lives", "claimed the lives of".
  if (w.startsWith('claim') && tokens.slice(i + 1, i + 4).some((t) => t.lower === 'lives' || t.lower === 'life')) return false;
  const prev = tokens[i - 1]?.lower;
  // "The army denied the claim and said …", "its estimates": after an article or a possessive, a noun.
  if (NOUN_LEADS.has(prev ?? '')) return false;
  // "news reports by the bureau", "initial reports said": a noun, not a verb.
  if (w.endsWith('s') && (S.reportNounAfter.has(tokens[i + 1]?.lower ?? '') || S.reportNounBefore.has(prev ?? ''))) return false;
  // "was said to have been", "were reported killed": the passive names no source.
  if (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'is' || prev === 'are' || prev === 'be') return false;
  // A summary drops the "be": "9 miners said to have died"; a headline's "Forty said dead", "Five
  // reported dead" (not "claimed to have killed", an active claim).
  if ((w === 'said' || w === 'reported') && fateAfterReport(tokens, i)) return false;
  return true;
}

/** Articles and possessives: a reporting word right after one is a noun ("the claim", "their reports"). */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);

/** How many words after a figure verb its figure or "that" may stand ("reporting [at least] 24 dead"). */
const FIGURE_VERB_REACH = 4;

/** A figure or "that" within a few words after the verb at i, in its clause. */
function figureOrThatAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + FIGURE_VERB_REACH); j++) {
    if (tokens[j]!.lower === 'that' || numberAt(tokens, j)) return true;
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/** A reporting verb ("said", "told", "claimed"). */
export const isSpeechVerb = (lower: string) => S.verbs.has(lower) && !S.figureVerbs.has(lower);

/** Cues after which a source is what a medium relays ("…, citing the army"). */
export const isRelayCue = (lower: string) => S.relayCues.has(lower);

/** The sources of one sentence, left to right by cue. */
export function findSources(tokens: Token[], actors: ActorMention[], slice: Slicer): SourceMention[] {
  const out: SourceMention[] = [];
  const push = (m: SourceMention | null) => {
    if (!m) return;
    // The phrase's range covers its article ("the Kremlin"): the actor mention it names is left out of the event's actors.
    while (m.start > 0 && S.determiners.has(tokens[m.start - 1]!.lower)) m.start--;
    if (!out.some((x) => x.start < m.end && m.start < x.end)) out.push(m);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!CUE_FIRST.has(tokens[i])) continue;
    const acc = accordingTo.matchAt(tokens, i);
    if (acc) {
      // "according to a United Nations report released in February": the phrase ends at its participle.
      const e = phraseForward(tokens, acc.end, 12);
      let m = e > 0 ? classify(tokens, acc.end, e, i, actors, slice) : null;
      for (let j = acc.end + 1; !m && j < Math.min(tokens.length, acc.end + 10); j++) {
        if (S.documentParticiples.has(tokens[j]!.lower) && S.documents.has(tokens[j - 1]!.lower)) m = classify(tokens, acc.end, j, i, actors, slice);
      }
      // "Early reports said seven were killed, but the toll rose to 11, according to the ministry":
      // after another speech verb and a contrast, "according to" speaks for its own clause only.
      if (m) {
        const contrast = contrastAfterCue(tokens, i);
        if (contrast >= 0) m.scope = [contrast, tokens.length];
      }
      push(m);
      i = acc.end - 1;
      continue;
    }
    if (tokens[i]!.kind !== 'word' || !isCue(tokens, i)) continue;
    const verb = tokens[i]!.lower;
    // The subject: back over fillers ("Iran earlier today said") and closing quotes.
    let k = i - 1;
    while (k >= 0 && i - k <= 5 && (S.fillers.has(tokens[k]!.lower) || (tokens[k]!.kind === 'num' && S.fillers.has(tokens[k - 1]?.lower ?? '')))) k--;
    // "The UN humanitarian office (OCHA) said", "Medecins Sans Frontieres (MSF) said": a short name in
    // brackets right before the verb is the source's own, not what it said.
    if (k > 1 && tokens[k]!.text === ')') {
      let o = k - 1;
      while (o > 0 && k - o <= 3 && tokens[o]!.text !== '(') o--;
      if (tokens[o]?.text === '(' && o < k - 1 && tokens.slice(o + 1, k).every((t) => t.kind === 'word' && /\p{Lu}/u.test(t.text))) k = o - 1;
    }
    // "The army denied the reports and said …": the subject of the first verb says it too.
    if (k > 0 && tokens[k]!.lower === 'and') { const v = firstVerbOfClause(tokens, k); k = v > k ? -1 : v - 1; }
    let subject: SourceMention | null = null;
    if (k >= 0 && tokens[k]!.text === ',') subject = appositionBefore(tokens, k, i, actors, slice) ?? subjectBeforeAside(tokens, k, i, actors, slice);
    else if (k >= 0 && !isQuote(tokens[k]) || (k >= 0 && isQuote(tokens[k]) && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.text !== ',')) {
      let s = phraseBack(tokens, k), e = k + 1;
      // "A farmer who lost 7 relatives in the attack said": words after a count are the object of a
      // relative clause, no source; the source is what the clause hangs off ("A farmer"), if it is one.
      const rel = s > 0 && tokens[s - 1]!.kind === 'num' ? relativeHead(tokens, s - 1) : null;
      if (rel) [s, e] = rel;
      if (s >= 0) {
        subject = classify(tokens, s, e, i, actors, slice);
        // "…, Andriy Lysenko, a spokesman for the operation said": the name before the role.
        if (subject && !subject.medium && tokens[s - 1]?.text === ',' && tokens.slice(s, k + 1).some((_, j) => S.titles.matchAt(tokens, s + j, k + 1))) {
          subject = personBefore(tokens, s - 1, s, k + 1, i, actors, slice) ?? subject;
        }
      }
    }
    // "Y quoted X as saying": X speaks, Y relays.
    if (verb === 'quoted') {
      const e = phraseForward2(tokens, i + 1);
      const quoted = e > 0 ? classify(tokens, i + 1, e, i, actors, slice) : null;
      if (quoted) {
        if (subject) push({ ...subject, relayOnly: true, medium: true });
        push(quoted);
        i = e - 1;
        continue;
      }
    }
    // "Azerbaijan has not disclosed its losses but says …", "The Taliban claimed the attack, saying …":
    // a second predicate, or a participle, of the sentence's subject.
    const secondPredicate = tokens[k]?.lower === 'but' || tokens[k]?.lower === 'and' || (verb === 'saying' && tokens[k]?.text === ',');
    if (!subject && k >= 0 && secondPredicate && !out.length) {
      const first = tokens[0]?.lower === 'the' ? 1 : 0;
      // (The actor's span may hold its "The": "The army dismissed the claims, saying …".)
      const a = actors.find((x) => (x.start === first || x.start === 0) && x.via !== 'media' && x.end < k);
      if (a) subject = classify(tokens, a.start, a.end, i, actors, slice);
    }
        // No subject right before the verb: a name that opens the sentence, before its appositions
    // ("The Center for Strategic Studies, a think tank that monitors the war, in January put …").
    if (!subject && k >= 0 && tokens[k]!.text === ',' && !out.length) {
      const e0 = phraseForward(tokens, 0, 10);
      const first = e0 > 0 && tokens[e0]?.text === ',' ? classify(tokens, 0, e0, i, actors, slice) : null;
      if (first && !first.anaphor && /\p{Lu}/u.test(first.name)) subject = first;
    }
    if (subject) {
      const lead = tokens[subject.start - 1]?.lower === 'the' ? subject.start - 2 : subject.start - 1;
      if (lead >= 0 && S.subordinators.has(tokens[lead]!.lower)) subject.scope = [i, clauseEnd(tokens, i, tokens[lead]!.lower)];
      push(subject);
      // "X told AFP", "X told the agency": the agency relays.
      if (verb === 'told' || verb === 'tells') {
        const e = phraseForward2(tokens, i + 1);
        const to = e > 0 ? classify(tokens, i + 1, e, i, actors, slice) : null;
        if (to?.medium) push({ ...to, relayOnly: true });
      }
      continue;
    }
    // Inverted: "…, said police", "…, said the official, who …": the source ends its clause.
    const e = phraseForward(tokens, i + 1);
    if (e > 0) push(classify(tokens, i + 1, e, i, actors, slice));
  }
  // "The health ministry issued a statement.", "The network accused the RSF of …": the author of a
  // document or the subject of an act of speech, named but giving no figure here, is what a later
  // "It said" refers back to.
  for (let i = 1; i < tokens.length; i++) {
    if (isCap(tokens[i])) continue;
    if (!S.voiceVerbs.has(tokens[i]!.lower)) {
      if (!S.documentParticiples.has(tokens[i]!.lower)) continue;
      const d = tokens.slice(i + 1, i + 4).findIndex((t) => S.documents.has(t.lower));
      if (d < 0 || tokens.slice(i + 1, i + 1 + d).some((t) => t.kind !== 'word')) continue;
    }
    let k = i - 1;
    while (k >= 0 && i - k <= 5 && S.fillers.has(tokens[k]!.lower)) k--;
    const s = k >= 0 ? phraseBack(tokens, k) : -1;
    if (s < 0 || (s > 0 && !(tokens[s - 1]!.kind === 'punct' && tokens[s - 1]!.text !== ',') && !S.determiners.has(tokens[s - 1]!.lower))) continue;
    const m = classify(tokens, s, k + 1, i, actors, slice);
    if (m && !m.anaphor?.pronoun && !m.medium && !out.some((x) => x.start < m.end && m.start < x.end)) out.push({ ...m, mentionOnly: true });
  }
  // People named with a role but not as sources here ("Colonel Jean Mbeki, a spokesman for the army,
  // described the attack"): what a later "he said" refers back to.
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'punct' || tokens[k]!.text !== ',' || !isCap(tokens[k - 1]) || !isCap(tokens[k - 2])) continue;
    let re = k + 1;
    while (re < tokens.length && re - k < 14 && tokens[re]!.text !== ',' && tokens[re]!.kind !== 'num' && !S.stops.has(tokens[re]!.lower)) re++;
    if (tokens[re]?.text !== ',' || !tokens.slice(k + 1, re).some((_, j) => S.titles.matchAt(tokens, k + 1 + j, re))) continue;
    const p = personBefore(tokens, k, k + 1, re, re, actors, slice);
    if (p && !out.some((x) => x.start < p.end && p.start < x.end)) out.push({ ...p, mentionOnly: true });
  }
  return out.sort((a, b) => a.at - b.at || a.start - b.start);
}


/** Where a clause opened by `opener` and containing token i ends: a relative runs to the sentence end, the others to their comma. */
function clauseEnd(tokens: Token[], i: number, opener: string): number {
  if (opener === 'which' || opener === 'who' || opener === 'that') return tokens.length;
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return k;
  return tokens.length;
}

/** A phrase right after a verb, up to "as" or a clause mark ("quoted the commander as saying", "told the agency"). */
function phraseForward2(tokens: Token[], i: number): number {
  let e = i;
  while (e < tokens.length && e - i < 12 && tokens[e]!.kind === 'word' && tokens[e]!.lower !== 'as' && tokens[e]!.lower !== 'that' && !(e > i && S.stops.has(tokens[e]!.lower))) e++;
  return e > i ? e : -1;
}

/** Words that open a clause set against the one before ("…, but the toll rose …", "; …"): not "while", also a word of time. */
const CONTRASTS = new Set(['but', ';']);

/** The start of the clause set against an earlier speech verb's, before the cue at `i` ("X said …, but …, according to Y"), or -1. */
function contrastAfterCue(tokens: Token[], i: number): number {
  let contrast = -1;
  for (let k = i - 1; k > 0; k--) {
    if (CONTRASTS.has(tokens[k]!.lower)) contrast = k;
    // (A verb of speech, not a participle before a noun: "the alleged shooter".)
    else if (contrast >= 0 && tokens[k]!.kind === 'word' && S.verbs.has(tokens[k]!.lower) && !S.determiners.has(tokens[k - 1]!.lower) && isCue(tokens, k)) return contrast;
  }
  return -1;
}

/** A verb that puts a figure ('residents put the toll at 50'): its subject claims the toll. */
export const isPutVerb = (lower: string) => S.putVerbs.has(lower);

/** A word that may stand between a source and its verb, or its verb and what it said ("said on Sunday it had …"): times and adverbs. */
export const isSourceFiller = (lower: string) => S.fillers.has(lower);

/**
 * "The health ministry said on Tuesday.", "Police said in a statement late on Sunday.": a sentence
 * that is only its source, its cue and when or how it spoke (tokens [from, end) after the cue: times,
 * "in a statement", and `dated`, the offsets of the dates the text names there). It asserts nothing of
 * its own: wire copy writes it for what the sentence before it told.
 */
export function isBareReport(tokens: Token[], from: number, dated: (t: Token) => boolean): boolean {
  let end = tokens.length;
  while (end > from && tokens[end - 1]!.kind === 'punct' && !isQuote(tokens[end - 1])) end--;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || !(S.fillers.has(t.lower) || S.documents.has(t.lower) || ARTICLES.has(t.lower) || dated(t))) return false;
  }
  return end < tokens.length;
}
