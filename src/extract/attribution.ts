import { docLayer, sentenceLayer, type Doc } from '../annotate/doc.ts';
import { inDates } from '../annotate/dates.ts';
import type { Party } from '../record/schema.ts';
import { ACTORS } from './actors.ts';
import { ARMED_SIDES } from './sides.ts';
import { personPlurals } from './words.ts';
import { findSources, isBareReport, isSourceFiller, isRelayCue, SOURCE_TEXT, type SourceMention } from './sources.ts';

/** Who asserts what a sentence says, and who relays it: "X said, Reuters reported", "according to X". */
export interface Attribution {
  claimedBy: Party | null;
  reportedBy: { name: string } | null;
  /** Token index of the first attribution cue (the words before it are what is reported, after "X said that" what follows). */
  cue: number;
  /** Token ranges [start, end) of the sources named (not actors of the events reported). */
  sources: [number, number][];
  /** Every claimant (not a relay) with the token index of its cue, in order of the sentence; `scope`: it speaks only for tokens [from, to). */
  claimants: { party: Party; at: number; scope?: [number, number] }[];
}

/**
 * The claimant of a figure whose count starts at token `at`: in "Armenia said 135 of its soldiers
 * were killed, while Azerbaijan said 77 of its soldiers were killed", the nearest claimant whose cue
 * comes before the count; the sentence's first claimant otherwise.
 */
export function attributionAt(a: Attribution, at: number): Attribution {
  const open = a.claimants.filter((c) => !c.scope || (at >= c.scope[0] && at < c.scope[1]));
  // One voice with no scope of its own speaks for the whole sentence; one whose scope holds the figure
  // ("…, when it said it had incurred 6,000 losses") speaks for it too.
  if (a.claimants.length < 2 && a.claimants.every((c) => !c.scope)) return a;
  // (A voice whose scope holds the figure speaks for it even when its cue comes after: "…, but the
  // toll rose to 11, according to the ministry".)
  let pick = open.find((c) => !c.scope);
  for (const c of open) if (c.at < at) pick = c;
  pick = open.find((c) => c.scope && c.at > at) ?? pick;
  const by = pick?.party ?? null;
  return by !== a.claimedBy ? { ...a, claimedBy: by } : a;
}

/** A source once resolved: what later pronouns, "the agency" and surnames refer back to. */
interface Resolved {
  si: number;
  party: Party;
  medium: boolean;
  person: boolean;
  plural: boolean;
  name: string;
}

/** How many sentences back a pronoun or "the agency" may reach. */
const REACH = 6;

/** Is the actor mention one of the sentence's sources (who says), not an actor of what is told? */
export const inSources = (attr: Attribution, a: { start: number; end: number }) => attr.sources.some(([x, y]) => a.start >= x && a.end <= y);

const NONE: Attribution = { claimedBy: null, reportedBy: null, cue: -1, sources: [], claimants: [] };

/** The antecedent of an anaphor among the sources of the last sentences, latest first. */
function antecedent(m: SourceMention, history: Resolved[], si: number, others: ReadonlySet<string> = new Set()): Resolved | null {
  const a = m.anaphor!;
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k]!;
    if (si - h.si > REACH) break;
    const words = h.name.toLowerCase();
    if (a.pronoun === 'person' && h.person && !h.plural) return h;
    if (a.pronoun === 'body' && !h.person && !h.plural) return h;
    if (a.pronoun === 'plural' && h.plural) return h;
    if (a.head && (words.split(/[^a-z]+/).some((w) => w.startsWith(a.head!)) || (a.head === 'agency' && h.medium))) return h;
    if (a.surname && h.name.includes(a.surname) && h.name !== m.name) return h;
  }
  // "the think tank" after "the Center for Strategic Studies": the last source of that kind. Not a
  // side the sentence names apart from its source ("the coalition said it killed 40 Houthi fighters"
  // after a Houthi source: the Houthis are whom it speaks of, not who speaks). Only a source told by
  // its name: one told by a common noun of another head ("the army said …; the coalition said …") is
  // another body, named as plainly as this one.
  if (a.head && m.kind !== 'unknown') for (let k = history.length - 1; k >= 0 && si - history[k]!.si <= REACH; k--) if (!history[k]!.person && history[k]!.party.kind === m.kind && /\p{Lu}/u.test(history[k]!.name) && !others.has(history[k]!.party.group ?? history[k]!.party.name)) return history[k]!;
  // "They said" with no plural source before: the last body.
  if (a.pronoun === 'plural') for (let k = history.length - 1; k >= 0 && si - history[k]!.si <= REACH; k--) if (!history[k]!.person) return history[k]!;
  return null;
}

/**
 * "Russia last published its toll in 2022, when it said …": a state or a state's body that is the
 * subject of the same sentence (its first words) is what "it" refers to, before any earlier
 * sentence's source. So is an armed group or another organisation that is the subject, for "it" and
 * "they" alike ("In July the Islamic State released a video of 17 soldiers it said it had killed",
 * "The rebels released a video of 14 soldiers they claimed to have captured"): wire copy speaks of
 * a group in either number, and the subject, not the people it shows, is who speaks.
 */
function subjectBefore(doc: Doc, si: number, at: number, pronoun: 'body' | 'plural'): Resolved | null {
  const tokens = doc.sentences[si]!.tokens;
  const first = openingEnd(doc, si);
  // The sentence's subject only ("Russia last published …"), not an object ("counted 186,000 Russian soldiers, it reported").
  const a = doc.get(ACTORS, si).find((x) => x.start === first && x.end <= at && (
    (pronoun === 'body' && x.actor.country && (x.via === 'country' || x.via === 'body' || x.via === 'metonym')) ||
    (x.via === 'standalone' && GROUP_KINDS.has(x.actor.kind) && (pronoun === 'plural' || !/s$/i.test(tokens[x.end - 1]!.text)))));
  if (!a) return null;
  const kind = a.actor.kind === 'state' ? 'government' : a.actor.kind;
  return { si, party: { name: a.actor.name, kind, country: a.actor.country }, medium: false, person: false, plural: false, name: a.actor.name };
}

/** The names of the actors sentence si names outside the source m. */
function namedApart(doc: Doc, si: number, m: SourceMention): Set<string> {
  return new Set(doc.get(ACTORS, si).filter((a) => a.end <= m.start || a.start >= m.end).map((a) => a.actor.name));
}

/**
 * "Boko Haram released a video of 15 soldiers the group said it had killed": an armed side's noun
 * with "the" ("the group", "the militants") that speaks in a relative clause right after people (its
 * "that" left out) refers to the sentence's subject when that is an armed side of the same kind,
 * before any earlier sentence's source.
 */
function sameKindSubject(doc: Doc, si: number, m: SourceMention): Resolved | null {
  if (!m.anaphor?.head || !ARMED_SIDES.has(m.kind)) return null;
  const tokens = doc.sentences[si]!.tokens;
  const the = tokens[m.start]?.lower === 'the' ? m.start : m.start - 1;
  if (tokens[the]?.lower !== 'the' || !personPlurals.has(tokens[the - 1]?.lower ?? '')) return null;
  const r = subjectBefore(doc, si, m.start, 'plural');
  return r && r.party.kind === m.kind ? r : null;
}

/** Organised sides that speak as one: their name may be "it" or "they" ("it" only for a name in the singular). */
const GROUP_KINDS = new Set<Party['kind']>([...ARMED_SIDES, 'government', 'international', 'organization']);

/** Where a sentence's subject may start: after "the", or after a short opening time phrase ("In July the …", "On Sunday, …"). */
function openingEnd(doc: Doc, si: number): number {
  const tokens = doc.sentences[si]!.tokens;
  let k = 0;
  if (OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '')) {
    // The time phrase is the date the text names there ("Last month", "In May", "On Sunday night"),
    // so that a name right after it is the subject ("In May JNIM published …").
    const date = doc.dates(si).find((d) => d.start === tokens[0]!.start || d.start === tokens[1]?.start);
    if (date) {
      k = tokens.findIndex((t) => t.start >= date.end);
      if (k < 0) return -1;
    } else {
      k = 1;
      while (k < 4 && tokens[k] && tokens[k]!.kind !== 'punct' && /^(\p{Lu}|\d)/u.test(tokens[k]!.text)) k++;
      if (k === 1) return -1;
    }
    if (tokens[k]?.text === ',') k++;
  }
  return tokens[k]?.lower === 'the' ? k + 1 : k;
}

const OPENING_PREPOSITIONS = new Set(['in', 'on', 'since', 'during', 'last', 'earlier', 'later']);

/**
 * Attribution of the sentences, front to back, so that "It said", "he said", "the agency said" and
 * "Lysenko said" take the source they refer back to (up to six sentences back). A sentence that
 * continues a quotation left open by the previous one keeps its speaker. An outlet is a relay when
 * another voice is named, and the claimant when it is the only one (a state agency with its state).
 * Read on demand: sentence si is attributed once every sentence before it is, and sentences after the
 * last one asked about are never read.
 */
interface Attributions {
  out: Attribution[];
  history: Resolved[];
  openQuote: boolean;
}

const DOC_ATTRIBUTION = docLayer<Attributions>('attribution', () => ({ out: [], history: [], openQuote: false }));

/** The attribution of sentence si, after that of every sentence before it. */
function attributionOf(doc: Doc, si: number): Attribution {
  const st = doc.value(DOC_ATTRIBUTION);
  while (st.out.length <= si && st.out.length < doc.sentences.length) st.out.push(attributeNext(doc, st, st.out.length));
  return st.out[si] ?? NONE;
}

function attributeNext(doc: Doc, st: Attributions, si: number): Attribution {
  const { out, history } = st;
  const s = doc.sentences[si]!;
  const continuing = st.openQuote;
  st.openQuote = quoteLeftOpen(s.text, st.openQuote);
  // A cheap gate: most sentences name no source.
  if (!SOURCE_TEXT.test(s.text)) return continuing && out[si - 1]?.claimedBy ? { ...out[si - 1]!, sources: [], cue: -1 } : NONE;
  const tokens = s.tokens;
  const slice = (a: number, b: number) => trimQuotes(doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' '));
  const mentions = findSources(tokens, doc.get(ACTORS, si), slice);
  const claimants: Attribution['claimants'] = [];
  const media: { party: Party; at: number; relayOnly: boolean; scope?: [number, number] }[] = [];
  for (const m of mentions) {
    let r: Resolved | null = null;
    if (m.anaphor) r = (m.anaphor.pronoun === 'body' || m.anaphor.pronoun === 'plural' ? subjectBefore(doc, si, m.start, m.anaphor.pronoun) : sameKindSubject(doc, si, m)) ?? antecedent(m, history, si, namedApart(doc, si, m));
    if (m.anaphor?.pronoun && !r) continue;
    const party: Party = r ? r.party : { name: m.name, kind: m.kind, country: m.country, ...(m.group ? { group: m.group } : {}) };
    const medium = r ? r.medium : m.medium;
    if (m.mentionOnly) { history.push({ si, party, medium: false, person: m.person, plural: m.plural, name: m.name }); continue; }
    if (medium) media.push({ party, at: m.at, relayOnly: !!m.relayOnly, ...(m.scope ? { scope: m.scope } : {}) });
    else claimants.push(m.scope ? { party, at: m.at, scope: m.scope } : { party, at: m.at });
    history.push({ si, party, medium, person: r ? r.person : m.person, plural: r ? r.plural : m.plural, name: r ? r.name : m.name });
  }
  const speaking = mentions.filter((m) => !m.mentionOnly);
  const sources = speaking.map((m) => [m.start, m.end] as [number, number]);
  const cue = speaking.length ? Math.min(...speaking.map((m) => Math.min(m.at, m.start))) : -1;
  if (!claimants.length) {
    const voice = media.find((m) => !m.relayOnly);
    if (voice) claimants.push(voice.scope ? { party: voice.party, at: voice.at, scope: voice.scope } : { party: voice.party, at: voice.at });
  } else {
    // "…, the Observatory said, while state news agency SANA reported that 8 soldiers had died": a
    // medium that reports a clause of its own after another source speaks for what follows its cue.
    // "Houthi media said 8 Saudi soldiers were killed; the coalition said …": one that speaks before
    // every other source speaks for what comes before the next one's cue.
    const first = Math.min(...claimants.map((c) => c.at));
    const last = Math.max(...claimants.map((c) => c.at));
    for (const m of media) {
      if (m.relayOnly) continue;
      // (Not after the voice it cites: "Citing the ministry, Al Jazeera reported that …".)
      if (m.at > last && tokens[m.at + 1]?.lower === 'that' && !claimants.every((c) => CITING.has(tokens[c.at]?.lower ?? ''))) claimants.push({ party: m.party, at: m.at, scope: [m.at, tokens.length] });
      // (Not when the next one is what the medium cites: "Reuters reported …, citing the army".)
      else if (m.at < first && !isRelayCue(tokens[first]?.lower ?? '')) claimants.push({ party: m.party, at: m.at, scope: [m.at, first] });
    }
  }
  // "Citing hospital sources, state television said …", "Quoting a military source, the agency
  // said …": the voice cited claims; the one that speaks relays it.
  const cited = claimants.filter((c) => !c.scope && CITING.has(tokens[c.at]?.lower ?? ''));
  const citing = cited.length === 1 ? claimants.find((c) => !c.scope && !cited.includes(c)) : undefined;
  if (citing) claimants.splice(claimants.indexOf(citing), 1);
  const relay = citing ? { party: citing.party } : media.find((m) => !claimants.some((c) => c.party === m.party));
  if (!claimants.length && !relay) return continuing && out[si - 1]?.claimedBy ? { ...out[si - 1]!, sources, cue } : { ...NONE, sources, cue };
  return { claimedBy: claimants.find((c) => !c.scope)?.party ?? null, claimants, reportedBy: relay ? { name: relay.party.name } : null, cue, sources };
}

/** Cues that name the voice a speaker cites ("citing X", "quoting X"). */
const CITING = new Set(['citing', 'quoting']);

const QUOTES = `'"‘’“”`;

/** A phrase without the quotation marks around it (and a trailing comma). */
function trimQuotes(t: string): string {
  let a = 0, b = t.length;
  while (a < b && QUOTES.includes(t[a]!)) a++;
  while (b > a && (QUOTES.includes(t[b - 1]!) || t[b - 1] === ',')) b--;
  return t.slice(a, b);
}

/**
 * Is a quotation still open at the end of this sentence? Curly double quotes open and close; a straight
 * double quote toggles; a single quote (‘ ’ ') opens after a space or at the start and before a letter,
 * and closes after a letter or stop and before a space, a stop or the end (an apostrophe inside a word,
 * "it's", does neither).
 */
function quoteLeftOpen(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
    else if (ch === '‘' || ch === '’' || ch === "'") {
      const before = i === 0 ? ' ' : text[i - 1]!, after = i + 1 < text.length ? text[i + 1]! : ' ';
      const letterBefore = /[\p{L}\p{N}]/u.test(before), letterAfter = /[\p{L}\p{N}]/u.test(after);
      if (!letterBefore && letterAfter && ch !== '’') open = true;
      else if ((letterBefore || /[.,!?]/.test(before)) && !letterAfter && ch !== '‘') open = false;
    }
  }
  return open;
}

/** Who asserts and who relays what each sentence says (one layer, read by claims, accusations and assembly). */
export const ATTRIBUTION = sentenceLayer<Attribution>('attribution', (doc, si) => attributionOf(doc, si));

/** The verbs of a sentence that is only its source ("The health ministry said on Tuesday."). */
const BARE_CUES = new Set(['said', 'says', 'confirmed', 'added']);

/**
 * The claimant of a sentence that only names its source ("The health ministry said on Tuesday."):
 * one voice that opens the sentence, with nothing after its cue but when or how it spoke. Null
 * otherwise. What it claims is what the sentence before it told.
 */
export function bareClaimant(doc: Doc, si: number): Party | null {
  const s = doc.sentences[si];
  if (!s) return null;
  const a = doc.get(ATTRIBUTION, si);
  const c = a.claimants[0];
  if (a.claimants.length !== 1 || a.sources.length !== 1 || c!.scope || a.reportedBy) return null;
  const [start, end] = a.sources[0]!;
  const tokens = s.tokens;
  // (Not a reporter's credit line, "Jane Doe reports.": who files the story is no source of it.)
  if (start > 0 || c!.at < end || !BARE_CUES.has(tokens[c!.at]!.lower) || tokens.slice(end, c!.at).some((t) => !isSourceFiller(t.lower))) return null;
  const dates = doc.dates(si);
  return isBareReport(tokens, c!.at + 1, (t) => inDates(dates, t)) ? c!.party : null;
}