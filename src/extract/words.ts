import { PhraseMatcher } from '../annotate/lexicon.ts';
import type { Token } from '../annotate/tokens.ts';
import { loadData } from '../util/data-file.ts';
import type { Outcome } from '../record/schema.ts';
import { SUB_EVENT_TYPES } from '../record/taxonomy.ts';

/** Outcomes a casualty word may give (src/record/schema.ts Outcome). */
const OUTCOMES: readonly Outcome[] = ['killed', 'wounded', 'missing', 'captured', 'killed_or_missing', 'killed_or_wounded', 'displaced', 'arrested', 'abducted', 'affected'];

/** The casualty, claim and status word lists of data/lexicon/casualty-words.json, compiled once. */
const w = loadData('lexicon/casualty-words.json', (d) => ({
  passive: d.oneOf('passive', OUTCOMES), adjectives: d.oneOf('adjectives', OUTCOMES), intransitive: d.oneOf('intransitive', OUTCOMES),
  active: d.oneOf('active', OUTCOMES), nouns: d.oneOf('nouns', OUTCOMES),
  tollNouns: d.words('tollNouns'), tollVerbs: d.words('tollVerbs'), accordingTo: d.words('accordingTo'),
  hedges: d.words('hedges'), negations: d.words('negations'), denials: d.words('denials'), runningTotal: d.words('runningTotal'),
  backgroundCues: d.words('backgroundCues'), pageEnd: d.words('pageEnd'),
  personNouns: d.words('personNouns'), personPlurals: d.words('personPlurals'), nonEvent: d.words('nonEvent'), goals: d.words('goals'),
  accusationVerbs: d.map('accusationVerbs', (v) => (typeof v === 'string' && SUB_EVENT_TYPES.includes(v) ? v : undefined), 'an ACLED sub-event type'),
  runningVerbs: d.words('runningVerbs'), runningBring: d.words('runningBring'), runningPut: d.words('runningPut'),
}));

const fromMap = <T>(r: Map<string, T>) => {
  const m = new PhraseMatcher<T>();
  for (const [k, v] of r) m.add(k, v);
  return m;
};

export const passiveWords = fromMap(w.passive);
export const adjectiveWords = fromMap(w.adjectives);
export const intransitiveWords = fromMap(w.intransitive);
export const activeWords = fromMap(w.active);
export const nounWords = fromMap(w.nouns);
export const tollNouns = new PhraseMatcher<true>().addAll(w.tollNouns, true);
export const tollVerbs = new PhraseMatcher<true>().addAll(w.tollVerbs, true);
export const accordingTo = new PhraseMatcher<true>().addAll(w.accordingTo, true);
export const hedges = new PhraseMatcher<true>().addAll(w.hedges, true);
export const negations = new PhraseMatcher<true>().addAll(w.negations, true);
export const denials = new PhraseMatcher<true>().addAll(w.denials, true);
export const runningTotalWords = new PhraseMatcher<true>().addAll(w.runningTotal, true);
export const backgroundCues = new PhraseMatcher<true>().addAll(w.backgroundCues, true);
export const pageEndWords = new PhraseMatcher<true>().addAll(w.pageEnd, true);
export const personNouns = new PhraseMatcher<true>().addAll(w.personNouns, true);
export const personPlurals = new PhraseMatcher<true>().addAll(w.personPlurals, true);
/** Words that make a casualty verb a plan, attempt or hypothesis: "tried to kill", "could have died". */
export const nonEventWords = new PhraseMatcher<true>().addAll(w.nonEvent, true);
/** A goal or quota set for casualties ("our goal is to have 50,000 enemy losses a month"): a target, not a figure. */
export const goalWords = new PhraseMatcher<true>().addAll(w.goals, true);
/** Verbs of an attack one side accuses the other of ("Armenian forces shelled Azeri positions"), with the ACLED sub-type. */
export const accusationVerbs = fromMap(w.accusationVerbs);
/** Verbs of a running total ("had risen to", "stood at") and the words that bring one ("bringing the toll to"). */
export const runningVerbs = new PhraseMatcher<true>().addAll(w.runningVerbs, true);
export const runningBring = new Set(w.runningBring);
/** "put the number of dead at 18": a total given with "at". */
export const runningPut = new Set(w.runningPut);

/**
 * Does a fate follow the reporting verb at k ("said to have died", "said to be dead", the headline's
 * "said dead")? Then the verb only reports the subject's fate: it names no source and opens no clause.
 */
export function fateAfterReport(tokens: Token[], k: number): boolean {
  if (adjectiveWords.matchAt(tokens, k + 1)) return true;
  return tokens[k + 1]?.lower === 'to' && (tokens[k + 2]?.lower === 'have' || tokens[k + 2]?.lower === 'be');
}

/** The English articles, before a noun phrase ("the town", "an IED"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
