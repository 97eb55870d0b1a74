/**
 * The record contract: every stage of the pipeline passes these records on.
 *
 * Field names here are relied on by `../shared/eval/score.py`, by exports and by users.
 * Extend freely; never rename. `docs/record.schema.json` is generated from this module
 * (`npm run schema`) and a test checks that it is up to date.
 */
import { z } from 'zod';
import { ACLED_TYPES, DIPLOMACY_TYPE, DIPLOMACY_SUB_TYPES, EVENT_TYPES, SUB_EVENT_TYPES } from './taxonomy.ts';

/** YYYY-MM-DD, or a full ISO-8601 time. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected YYYY-MM-DD or an ISO time');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const count = z.number().int().nonnegative();

export const Article = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDate.nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  text: z.string(),
  /** BCP-47 language tag when known ("en"). */
  language: z.string().nullable().optional(),
  /** Place named in the dateline ("in Yerevan"). */
  dateline: z.string().nullable().optional(),
}).describe('A news report as read from its source.');

/** A span of the article text: `text === article.text.slice(start, end)`. */
export const Span = z.object({
  text: z.string(),
  start: count,
  end: count,
}).describe('Exact words of the article, with their offsets into Article.text.');

export const SentenceSpan = Span.extend({ index: count }).describe('One sentence of an article.');

export const ActorKind = z.enum([
  'state', 'military', 'police', 'government', 'official', 'rebel', 'militia', 'identity_militia',
  'rioters', 'protesters', 'civilians', 'international', 'media', 'organization', 'group', 'unknown',
]);

/** ACLED inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
 *  5 rioters, 6 protesters, 7 civilians, 8 external/other forces. */
export const Inter = z.number().int().min(0).max(8);

export const Actor = z.object({
  name: z.string(),
  kind: ActorKind,
  /** ISO 3166-1 alpha-3, or null when the actor has no one country. */
  country: z.string().length(3).nullable(),
  inter: Inter.nullable(),
}).describe('A party to an event, with ACLED inter code and ISO3 country.');

/** Who a figure is about, or who asserts it: no inter code needed. */
export const Party = z.object({
  name: z.string(),
  kind: ActorKind,
  country: z.string().length(3).nullable(),
  /** The named armed group or force a person or office speaks for ("a Taliban spokesman": Taliban), in ACLED's naming. */
  group: z.string().optional(),
});

export const Place = z.object({
  name: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  iso3: z.string().length(3).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  /** UCDP where_prec: 1 exact place, 2 within 25 km, 3 admin-2, 4 admin-1, 5 named region/border,
   *  6 country, 7 international waters / airspace. */
  precision: z.number().int().min(1).max(7),
  /** ISO 3166-2 code of admin1 when known. */
  admin1Code: z.string().nullable().optional(),
  /** The words of the article that named the place. */
  mention: Span.nullable().optional(),
  /** The words around the name that say where and how precisely: the cue before it and the units
   *  said to hold it ("on the outskirts of Tarhuna", "Bala Buluk district, Farah", "Hadibu (Hidaybu,
   *  Suqutra)"); the name alone when nothing surrounds it. */
  phrase: Span.nullable().optional(),
}).describe('Where an event happened, with UCDP precision.');

export const Outcome = z.enum([
  'killed', 'wounded', 'missing', 'captured', 'killed_or_missing', 'killed_or_wounded',
  'displaced', 'arrested', 'abducted', 'affected',
]);

export const Qualifier = z.enum(['exact', 'about', 'at_least', 'at_most', 'range', 'vague']);

export const Claim = z.object({
  outcome: Outcome,
  low: count.nullable(),
  high: count.nullable(),
  qualifier: Qualifier,
  /** Whose people the figure is about. */
  party: Party,
  /** Who asserts the figure ("Armenia's defence ministry", "Baku"); null when the outlet says it in its own voice. */
  claimedBy: Party.nullable(),
  /** Who relays the assertion (Reuters, Interfax). */
  reportedBy: z.object({ name: z.string() }).nullable(),
  quote: Span,
  /** Extensions. */
  id: z.string().optional(),
  articleId: z.string().nullable().optional(),
  /** "unconfirmed reports", "reportedly". */
  hedged: z.boolean().optional(),
  /** "no casualties", "denied that any soldiers were killed": low = high = 0. */
  negated: z.boolean().optional(),
  /** A vague figure's conventional point (ACLED's coding: "dozens" = 12, "hundreds" = 100), which totals use; `low` is the least its words assert ("dozens": 24). */
  conventional: count.optional(),
  /** "the death toll rose to 12": supersedes earlier figures for the same party. */
  runningTotal: z.boolean().optional(),
  /** "five children were among those killed", "including 3 burned": part of a figure given
   *  elsewhere, counted only when no larger figure of the outcome covers it, never a rival figure. */
  breakdown: z.boolean().optional(),
  /** The other places the article tells the same figure of the same people from the same claimant
   *  (lead, caption, quote): one claim, every quote kept (`quote` is the first). */
  repeatedIn: z.array(Span).optional(),
  /** The quote of the earlier figure of the same outcome that this one disputes ("villagers contest
   *  that figure, saying 13 civilians were killed"): rival accounts of the same dead, never added. */
  disputes: Span.optional(),
}).describe('One casualty figure, tied to whose people it counts, who says so and the exact words.');

export const Range = z.object({ low: count.nullable(), best: count.nullable(), high: count.nullable() });

export const Totals = z.object({
  killed: Range,
  wounded: Range,
  missing: Range,
  captured: Range,
});

export const EventDate = z.object({
  start: day.nullable(),
  end: day.nullable(),
  /** UCDP date_prec: 1 exact day, 2 within 2–6 days, 3 week, 4 month, 5 year or more. */
  precision: z.number().int().min(1).max(5),
  /** The words that gave the date, when any. */
  mention: Span.nullable().optional(),
});

export const Contradiction = z.object({
  party: z.string(),
  outcome: Outcome,
  claims: z.array(z.object({ claimedBy: z.string().nullable(), low: count.nullable(), high: count.nullable(), articleId: z.string().nullable() })),
  note: z.string(),
});

export const Event = z.object({
  id: z.string(),
  eventType: z.enum(EVENT_TYPES as [string, ...string[]]),
  subEventType: z.enum(SUB_EVENT_TYPES as [string, ...string[]]),
  /** True for past events recalled as context ("last year's war"). */
  background: z.boolean(),
  date: EventDate,
  location: Place.nullable(),
  actor1: Actor.nullable(),
  actor2: Actor.nullable(),
  associatedActors: z.array(Actor),
  claims: z.array(Claim),
  totals: Totals,
  /** ACLED-style single figure: the most conservative total of the killed. */
  fatalities: count.nullable(),
  evidence: z.array(Span),
  articles: z.array(z.string()),
  /** Extensions. */
  /** Who asserts that the event happened, when the article does not say so in its own voice
   *  ("the Azeri defence ministry said Armenian forces shelled its positions"). */
  assertedBy: Party.nullable().optional(),
  /** A mediator or third party (Russia in a ceasefire it brokered). */
  mediator: Actor.nullable().optional(),
  /** How the event reads: "attack" when actor1 acts on actor2, "mutual" for fighting or talks. */
  direction: z.enum(['actor1_on_actor2', 'mutual', 'none']).optional(),
  contradictions: z.array(Contradiction).optional(),
  /** ACLED's civilian_targeting column. */
  civilianTargeting: z.boolean().optional(),
  /** Free notes, e.g. "Armenia lost two positions". */
  notes: z.string().optional(),
}).describe('One event: ACLED type and sub-type (or a diplomatic value), with actors, date, place and sourced figures.');

export const ExtractedArticle = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  events: z.array(Event),
}).describe('The output line of `fogwatch extract` for one article.');

export type Article = z.infer<typeof Article>;
export type Span = z.infer<typeof Span>;
export type SentenceSpan = z.infer<typeof SentenceSpan>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type Party = z.infer<typeof Party>;
export type Place = z.infer<typeof Place>;
export type Outcome = z.infer<typeof Outcome>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Claim = z.infer<typeof Claim>;
export type Range = z.infer<typeof Range>;
export type Totals = z.infer<typeof Totals>;
export type EventDate = z.infer<typeof EventDate>;
export type Contradiction = z.infer<typeof Contradiction>;
export type Event = z.infer<typeof Event>;
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

export { ACLED_TYPES, DIPLOMACY_TYPE, DIPLOMACY_SUB_TYPES };

/** The JSON Schema of every record, as written to docs/record.schema.json. */
export function recordJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const all = { Article, SentenceSpan, Actor, Place, Claim, Event, ExtractedArticle } as const;
  for (const [name, schema] of Object.entries(all)) defs[name] = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/fogwatch/fogwatch/docs/record.schema.json',
    title: 'fogwatch records',
    $defs: defs,
  };
}
