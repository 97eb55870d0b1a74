/**
 * One article through the per-article stages, as a table (docs/architecture.md): each stage declares
 * what it reads and what it writes on the article's state, as spaCy's components declare what they
 * assign, and the Doc layers it reads or adds (computed on first use, kept on the Doc). The stages
 * run in the table's order, each only after what it reads is there. Resolution against stored
 * events happens after this, in `resolve/` (by `ingest`).
 */
import { annotate, type Doc } from './annotate/doc.ts';
import type { FoundClaim } from './extract/claims/index.ts';
import { mergeRepeatedFigures } from './extract/repeated-figures.ts';
import { assignSides } from './extract/sides.ts';
import { takenAbroad } from './extract/typing/abroad.ts';
import { assembleEvents, bodyClaims, headlineClaims, readBody, typedMentions, type Body } from './extract/index.ts';
import type { EventMention } from './extract/mention.ts';
import { locateEvents } from './places/index.ts';
import type { Article, Event } from './record/schema.ts';
import { isSpace } from './util/char-test.ts';

export interface ExtractOptions {
  /** Most events kept for one article, the main event first (default 50). */
  maxEvents?: number;
  /** Offset of the outlet's time zone from UTC in minutes, for resolving "Tuesday" (default 0). */
  tzMinutes?: number;
  /** Longest article text read, in characters; the rest is ignored (default 100,000). */
  maxArticleChars?: number;
  /** Longest sentence kept whole, in characters; longer ones are cut at a clause break or space (default 2000). */
  maxSentenceChars?: number;
}
export type PipelineOptions = ExtractOptions;

export const DEFAULT_MAX_EVENTS = 50;
/**
 * A news article is rarely over 30,000 characters; past 100,000 the text is a dump (listings, a
 * data file, junk), and every stage's work grows with it, so only its head is read.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 100_000;

/** What one article carries through the stages; each stage fills the fields it writes. */
export interface ArticleState {
  /** The article as the stages read it: its text bounded by maxArticleChars (limitArticle). */
  article: Article;
  doc?: Doc;
  body?: Body;
  mentions?: EventMention[];
  claims?: FoundClaim[];
  headline?: FoundClaim[];
  events?: Event[];
}

type Key = keyof ArticleState;

export interface Stage {
  name: string;
  /** Where its code lives. */
  folder: string;
  reads: Key[];
  writes: Key[];
  /** Doc layers it reads (r:) or adds (w:), computed on first use. */
  layers: string[];
  run(s: Required<Pick<ArticleState, 'article'>> & ArticleState, opts: ExtractOptions): void;
}

/** The field a stage reads: there, or the table is out of order. */
function need<K extends Key>(s: ArticleState, k: K, stage: string): NonNullable<ArticleState[K]> {
  const v = s[k];
  if (v === undefined) throw new Error(`pipeline: stage ${stage} reads ${k}, which no earlier stage wrote`);
  return v as NonNullable<ArticleState[K]>;
}

export const STAGES: Stage[] = [
  {
    name: 'annotate', folder: 'src/annotate', reads: ['article'], writes: ['doc'],
    layers: ['w:sentences', 'w:tokens', 'w:words', 'w:numbers', 'w:dates'],
    run: (s, o) => { s.doc = annotate(s.article, { tzMinutes: o.tzMinutes, maxSentenceChars: o.maxSentenceChars }); },
  },
  {
    name: 'body', folder: 'src/extract', reads: ['doc'], writes: ['body'], layers: ['r:tokens'],
    run: (s) => { s.body = readBody(need(s, 'doc', 'body')); },
  },
  {
    name: 'typing', folder: 'src/extract/typing', reads: ['doc', 'body'], writes: ['mentions'], layers: ['r:words', 'w:event cues', 'w:label end'],
    run: (s) => { s.mentions = typedMentions(need(s, 'doc', 'typing'), need(s, 'body', 'typing')); },
  },
  {
    name: 'claims', folder: 'src/extract/claims', reads: ['doc', 'body', 'mentions'], writes: ['claims'],
    layers: ['r:tokens', 'r:numbers', 'r:dates', 'w:casualty words', 'w:actors', 'w:attribution', 'w:anchor day'],
    run: (s) => { s.claims = bodyClaims(need(s, 'doc', 'claims'), need(s, 'body', 'claims'), need(s, 'mentions', 'claims')); },
  },
  {
    name: 'headline', folder: 'src/extract', reads: ['article', 'doc'], writes: ['headline'], layers: [],
    run: (s, o) => { s.headline = headlineClaims(s.article, need(s, 'doc', 'headline'), { tzMinutes: o.tzMinutes, maxSentenceChars: o.maxSentenceChars }); },
  },
  {
    name: 'assembly', folder: 'src/extract/events', reads: ['doc', 'body', 'mentions', 'claims', 'headline'], writes: ['events'],
    layers: ['r:tokens', 'r:actors', 'r:attribution', 'r:dates', 'r:anchor day', 'r:label end'],
    run: (s, o) => {
      const doc = need(s, 'doc', 'assembly');
      s.events = assembleEvents({
        doc, mentions: need(s, 'mentions', 'assembly'), claims: need(s, 'claims', 'assembly'), articleId: s.article.id,
        maxEvents: Math.max(0, Math.floor(o.maxEvents ?? DEFAULT_MAX_EVENTS)), headlineClaims: need(s, 'headline', 'assembly'),
        headline: s.article.title?.trim() ?? null, bodySentences: need(s, 'body', 'assembly').end,
      });
    },
  },
  {
    name: 'places', folder: 'src/places', reads: ['doc', 'events'], writes: ['events'], layers: ['r:tokens', 'w:place words'],
    run: (s) => { s.events = locateEvents(need(s, 'doc', 'places'), need(s, 'events', 'places')); },
  },
  {
    name: 'abroad', folder: 'src/extract/typing', reads: ['events'], writes: ['events'], layers: [],
    run: (s) => { s.events = takenAbroad(need(s, 'events', 'abroad')); },
  },
  {
    name: 'sides', folder: 'src/extract', reads: ['events'], writes: ['events'], layers: [],
    run: (s) => { s.events = assignSides(need(s, 'events', 'sides')); },
  },
  {
    name: 'repeats', folder: 'src/extract', reads: ['events'], writes: ['events'], layers: [],
    run: (s) => { s.events = mergeRepeatedFigures(need(s, 'events', 'repeats')); },
  },
];

/**
 * Runs the stages of `stages` on one article. Limits (article size, sentence length, events kept)
 * are options with defaults, so hostile input costs time in proportion to its size. An article with
 * no text has no events: the stages after annotate do not run.
 */
export function runStages(article: Article, opts: ExtractOptions = {}, stages: Stage[] = STAGES): ArticleState {
  // Every stage reads the same bounded text, so places are never looked for past the part the events came from.
  const s: ArticleState & { article: Article } = { article: limitArticle(article, opts) };
  for (const stage of stages) {
    if (s.doc && !s.doc.sentences.length) { s.events = []; break; }
    stage.run(s, opts);
  }
  return s;
}

/** One article through annotate, extract and places: its events, the main event first. */
export function processArticle(article: Article, opts: PipelineOptions = {}): Event[] {
  return runStages(article, opts).events ?? [];
}

/**
 * The stages in two halves, for two threads (src/cli/worker-pool.ts, `extract` on two cores): the
 * first half reads the article and extracts its events (annotate to assembly), the second locates
 * them and settles their sides and figures (places on). The second half needs the Doc's token
 * layers only, and a Doc is a pure function of its article: the thread that finishes annotates the
 * article again, which costs less than moving the Doc. Each thread then compiles and warms only
 * its half's code, and the gazetteer is loaded in one thread only.
 */
const SECOND_HALF_FROM = STAGES.findIndex((st) => st.name === 'places');

/** An article and its events before places: what finishArticle takes. */
export interface HalfDone { article: Article; events: Event[] }

/** The first half of runStages: the article read and its events extracted, not yet located. */
export function startArticle(article: Article, opts: ExtractOptions = {}): HalfDone {
  const s = runStages(article, opts, STAGES.slice(0, SECOND_HALF_FROM));
  return { article: s.article, events: s.events ?? [] };
}

/** The second half: startArticle's events located, their sides and repeated figures settled.
 *  finishArticle(startArticle(a)) gives what processArticle(a) gives. */
export function finishArticle(half: HalfDone, opts: ExtractOptions = {}): Event[] {
  if (!half.events.length) return half.events;
  const article = limitArticle(half.article, opts); // as startArticle read it (the same object when short)
  const s: ArticleState & { article: Article } = {
    article,
    doc: annotate(article, { tzMinutes: opts.tzMinutes, maxSentenceChars: opts.maxSentenceChars }),
    events: half.events,
  };
  for (const stage of STAGES.slice(SECOND_HALF_FROM)) stage.run(s, opts);
  return s.events ?? [];
}

/** One article through annotate and extract (no places): its events, the main event first. */
export function extractEvents(article: Article, opts: ExtractOptions = {}): Event[] {
  return runStages(article, opts, STAGES.filter((st) => st.name !== 'places')).events ?? [];
}

/**
 * The article as the stages read it: text past `maxArticleChars` dropped, cut at the last
 * paragraph break (else space) in the final tenth, so offsets into it are offsets into the article.
 */
export function limitArticle(article: Article, opts: Pick<ExtractOptions, 'maxArticleChars'> = {}): Article {
  const max = Math.max(1, Math.floor(opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS));
  const text = article.text ?? '';
  if (text.length <= max) return article;
  const floor = max - Math.floor(max / 10);
  let cut = text.lastIndexOf('\n', max);
  if (cut < floor) cut = text.lastIndexOf(' ', max);
  if (cut < floor) {
    cut = max;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // not inside a surrogate pair
  }
  while (cut > 0 && isSpace(text.charCodeAt(cut - 1))) cut--;
  return { ...article, text: text.slice(0, cut) };
}
