import { loadData, PhraseMatcher } from '../annotate/lexicon.ts';
import type { Outcome } from '../record/schema.ts';

/** The casualty, claim and status word lists of data/lexicon/casualty-words.json, compiled once. */
interface CasualtyWords {
  passive: Record<string, Outcome>;
  adjectives: Record<string, Outcome>;
  intransitive: Record<string, Outcome>;
  active: Record<string, Outcome>;
  nouns: Record<string, Outcome>;
  tollNouns: string[];
  tollVerbs: string[];
  claimVerbs: string[];
  accordingTo: string[];
  hedges: string[];
  negations: string[];
  denials: string[];
  runningTotal: string[];
  backgroundCues: string[];
  sinceWords: string[];
  pageEnd: string[];
  personNouns: string[];
  personPlurals: string[];
  nonEvent: string[];
  accusationVerbs: Record<string, string>;
}

const w = loadData<CasualtyWords>('lexicon/casualty-words.json');

const fromRecord = (r: Record<string, Outcome>) => {
  const m = new PhraseMatcher<Outcome>();
  for (const [k, v] of Object.entries(r)) m.add(k, v);
  return m;
};

export const passiveWords = fromRecord(w.passive);
export const adjectiveWords = fromRecord(w.adjectives);
export const intransitiveWords = fromRecord(w.intransitive);
export const activeWords = fromRecord(w.active);
export const nounWords = fromRecord(w.nouns);
export const tollNouns = new PhraseMatcher<true>().addAll(w.tollNouns, true);
export const tollVerbs = new PhraseMatcher<true>().addAll(w.tollVerbs, true);
export const claimVerbs = new PhraseMatcher<true>().addAll(w.claimVerbs, true);
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
/** Verbs of an attack one side accuses the other of ("Armenian forces shelled Azeri positions"), with the ACLED sub-type. */
export const accusationVerbs = new PhraseMatcher<string>();
for (const [k, v] of Object.entries(w.accusationVerbs)) accusationVerbs.add(k, v);
export const sinceWords = new Set(w.sinceWords.map((s) => s.split(' ')[0]!));
