/**
 * The records the claim parsers propose and the refiners settle (as chrono-node's parsers propose
 * results and its refiners merge and filter them): a Candidate is a figure read off the tokens of
 * one sentence, with the token range of the people it counts; refiners add who claims it, whose
 * people they are, whether it restates or breaks down another figure, whether it is background.
 */
import type { Doc } from '../../annotate/doc.ts';
import type { NumberMention } from '../../annotate/numbers.ts';
import type { Token } from '../../annotate/tokens.ts';
import type { Claim, Outcome, Party } from '../../record/schema.ts';
import type { Attribution } from '../attribution.ts';
import type { BackgroundVerdict } from '../background.ts';
import type { EventMention } from '../mention.ts';

/** A casualty word of a sentence (triggers.ts): tokens [at, end), how it takes its count. */
export interface Trigger {
  at: number;
  end: number;
  outcome: Outcome;
  cls: 'passive' | 'adj' | 'intrans' | 'active' | 'noun' | 'toll';
  /** An active reading the object after decides ("then killed himself", "shot dead a driver"). */
  activeAlt?: { outcome: Outcome; end: number };
  /** "the figure could climb to 90": a plain noun standing for a toll told before. */
  anaphor?: boolean;
}

/** A count and the token range [npStart, npEnd) of the people it counts. */
export interface Count {
  low: number;
  high: number;
  qualifier: Claim['qualifier'];
  /** A vague count's conventional point (ACLED's "dozens" = 12), which totals use. */
  conventional?: number;
  npStart: number;
  npEnd: number;
  negated?: boolean;
  /** "killed himself": the attacker's own death. */
  self?: boolean;
  /** "another man", "a second victim": more people, not a re-mention. */
  additive?: boolean;
  /** "a fourth died": the fourth person, one more than three counted before. */
  ordinal?: number;
  /** "one of the wounded later died": dead from among the wounded, more than the dead counted before. */
  fromHurt?: boolean;
  /** Counted from a singular noun phrase or pronoun, not from a number. */
  singular?: boolean;
  /** An object with no determiner ("killed district officer"): the verb's only if no people stand before it. */
  bare?: boolean;
  /** Other groups counted by the same verb ("three soldiers and two rebels were killed"). */
  also?: Count[];
}

/** A number's count: a vague one ("dozens") counts its floor (24), keeping ACLED's value (12) as its conventional point. */
export function countOf(n: NumberMention): Pick<Count, 'low' | 'high' | 'qualifier' | 'conventional'> {
  if (!n.vague) return { low: n.low, high: n.high, qualifier: n.qualifier };
  return { low: n.floor ?? n.low, high: n.floor ?? n.high, qualifier: n.qualifier, conventional: n.low };
}

/**
 * A proposed claim. Kinds: `figure` (a count of the casualty word's people), `running` ("the number
 * of … had risen to six"), `toll` ("the death toll rose to 12"), `fatal` (the dead among people shot:
 * "one fatally"), `denial` ("no casualties"), and `unsized` (a casualty word with no count of its own:
 * "shot the man, who later died"), which only the repeats refiner reads.
 */
export interface Candidate {
  kind: 'figure' | 'running' | 'toll' | 'fatal' | 'denial' | 'unsized';
  si: number;
  outcome: Outcome;
  /** The outcome as read at the casualty word (the repeats refiner may make `outcome` graver). */
  parsedOutcome: Outcome;
  count: Count;
  /** Offset of the casualty word in the text (FoundClaim.at). */
  at: number;
  trigger: Trigger;
  /** The claimant is the one whose cue comes before this token; null: the sentence's first claimant. */
  claimantAt: number | null;
  hedged: boolean;
  negated: boolean;
  running: boolean;
  /** fatal: the figure whose people these are. */
  of?: Candidate;
  /** A group counted by the same verb as this figure ("three soldiers and two rebels were killed"): the party refiner adds it to that figure when the groups are of one party. */
  partOf?: Candidate;
  // Set by the refiners.
  attribution?: Attribution;
  party?: Party;
  breakdown?: boolean;
  background?: BackgroundVerdict;
  /** The earlier figure this one disputes (refiners/disputes.ts): the same dead, another account. */
  disputes?: Candidate;
}

/** What a parser reads: one sentence, its tokens and numbers, and where earlier casualty words left off. */
export interface SentenceState {
  doc: Doc;
  si: number;
  tokens: Token[];
  nums: NumberMention[];
  headline: boolean;
  /** Counts are not looked for left of this token (the previous casualty word's end). */
  floor: number;
  /** Starts of the numbers already counted. */
  used: Set<number>;
  /** The sentence hedges its figures ("unconfirmed reports"), reports a running total ("the toll rose"). */
  hedged: boolean;
  /** Token ranges of the sentence's running-total phrases ("the toll rose", "death toll"). */
  running: { start: number; end: number }[];
  /** Token ranges of the sentence's denials ("no one was hurt"). */
  negations: { start: number; end: number }[];
}

/** What a count parser says of a casualty word. */
export type Proposal =
  /** Not this parser's pattern: the next one tries. */
  | null
  /** The word reports no figure here ("tried to kill", "the killing of a man"): no parser tries further. */
  | { kind: 'skip' }
  /** A complete claim (a toll, a running total): nothing more is read for this word. */
  | { kind: 'claim'; candidate: Candidate; floor: number; used: number[] }
  /** The count of the word's people (and the outcome, when the reading changes it). */
  | { kind: 'count'; count: Count; outcome?: Outcome };

export const SKIP = { kind: 'skip' } as const;

/** Proposes the count of one casualty word (parsers/). */
export interface CountParser {
  name: string;
  propose(s: SentenceState, tr: Trigger): Proposal;
}

/** Proposes more claims after a figure (the dead among people shot), or for the sentence (denials). */
export interface FollowUpParser {
  name: string;
  propose(s: SentenceState, tr: Trigger, figure: Candidate): Candidate[];
}
export interface SentenceParser {
  name: string;
  propose(s: SentenceState): Candidate[];
}

export interface ClaimOptions {
  /** The sentences are a headline (not the article's text): articles dropped ("Man shot dead"); no background, no party carried over. */
  headline?: boolean;
  /** The article's typed event mentions, most important first (the background refiner reads demonstrations). */
  mentions?: EventMention[];
}

/** Settles the candidates of a document, in text order (refiners/). */
export interface ClaimRefiner {
  name: string;
  refine(doc: Doc, candidates: Candidate[], opts: ClaimOptions): Candidate[];
}

/** A claim with where it was found, for assembly into events. */
export interface FoundClaim extends Claim {
  sentenceIndex: number;
  /** Offset of the casualty word in the text. */
  at: number;
  /** Grouping key of the party: figures with the same key are alternatives, different keys add up. */
  partyKey: string;
  /** "another man was killed": adds to the party's figure instead of restating it. */
  additive?: boolean;
  /** "a fourth died": the fourth person, added to a figure of three. */
  ordinal?: number;
  /** "one of the wounded later died": dead from among the wounded, added to the dead counted before. */
  fromHurt?: boolean;
  /** "a boy", "he": one person named without a number (may be the same person as another figure). */
  singular?: boolean;
  /** Offset of the figure's noun phrase: two phrases of one sentence are two groups of people. */
  npAt?: number;
  /** One person hurt told after a death in the same sentence: someone other than the dead (claims/index.ts). */
  afterDead?: boolean;
  /** Told of a past event recalled for context (the background refiner), with its date when given. */
  background?: BackgroundVerdict;
}

/** Outcomes of people hurt: killed, wounded, or one of the two. */
export const HURT_OUTCOMES: ReadonlySet<string> = new Set(['killed', 'wounded', 'killed_or_wounded']);

export const UNKNOWN: Party = { name: 'Unknown', kind: 'unknown', country: null };
/** "people", "victims": counted, but whose side they were on is not said (kind unknown, never silently civilians). */
export const PEOPLE: Party = { name: 'People', kind: 'unknown', country: null };
export const SUSPECT: Party = { name: 'Suspects or assailants', kind: 'group', country: null };
/** "killed on both sides": the people of every side, no one country's (never given the place's). */
export const BOTH_SIDES: Party = { name: 'People (all sides)', kind: 'unknown', country: null };

/** The text says nothing of whose people a figure counts ("40 were injured"), as opposed to "40 people", which says they were people of no said side. */
export const isUnsaid = (p: Party): boolean => p.kind === 'unknown' && p.name === UNKNOWN.name && !p.country;

/**
 * Figures with the same key are alternatives; different keys add up (civilians and unknown people are
 * one group). Protesters are unarmed people too: "police fired on the march, killing three
 * protesters … three people were killed, a hospital said" tells the same dead twice, not six.
 */
export function partyKey(p: Party): string {
  if (p.kind === 'civilians' || p.kind === 'unknown' || p.kind === 'protesters') return 'civilians';
  return `${p.kind}:${p.country ?? ''}`;
}

/** The claim a settled candidate makes (the fields in the order of the record contract). */
export function toFoundClaim(doc: Doc, c: Candidate): FoundClaim {
  const s = doc.sentences[c.si]!;
  const party = c.party!;
  const claim: FoundClaim = {
    outcome: c.outcome,
    low: c.count.low,
    high: c.count.high,
    qualifier: c.count.qualifier,
    party,
    claimedBy: c.attribution!.claimedBy,
    reportedBy: c.attribution!.reportedBy,
    quote: { text: s.text, start: s.start, end: s.end },
    sentenceIndex: c.si,
    at: c.at,
    partyKey: partyKey(party),
  };
  // "up to 100", "almost 150": a ceiling, the least unknown; "dozens": at least 24, no ceiling.
  if (claim.qualifier === 'at_most') claim.low = null;
  if (c.count.conventional !== undefined) { claim.conventional = c.count.conventional; if (claim.qualifier === 'vague') claim.high = null; }
  if (c.count.additive) claim.additive = true;
  if (c.count.ordinal) claim.ordinal = c.count.ordinal;
  if (c.count.fromHurt) claim.fromHurt = true;
  if (c.count.singular) claim.singular = true;
  claim.npAt = s.tokens[c.count.npStart]?.start ?? c.at;
  if (c.hedged) claim.hedged = true;
  if (c.negated || c.count.negated) { claim.negated = true; claim.low = 0; claim.high = 0; claim.qualifier = 'exact'; }
  if (c.running) claim.runningTotal = true;
  if (c.breakdown) claim.breakdown = true;
  if (c.background) claim.background = c.background;
  if (c.disputes?.party) {
    const o = doc.sentences[c.disputes.si]!;
    claim.disputes = { text: o.text, start: o.start, end: o.end };
    claim.partyKey = partyKey(c.disputes.party);
  }
  return claim;
}
