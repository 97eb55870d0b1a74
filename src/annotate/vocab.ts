/**
 * The vocabulary: what the token layer knows of a word once, whatever sentence it appears in (as a
 * spaCy Vocab keeps a Lexeme per string). Each lower-case form gets its stem, whether it is a name
 * particle, and its id: the number of a word that some lexicon looks up (a phrase's first word, a
 * word gate), -1 for the rest. Lexicons number their words when their module loads, before any text
 * is read, so a token's id never goes stale: a word registered after the first sentence was
 * tokenized is an error, not a silent miss.
 */
import { loadData } from '../util/data-file.ts';
import { stem } from './stem.ts';

export interface Lexeme {
  /** Number of the word among the lexicons' words, or -1. */
  id: number;
  stem: string;
  /** A lower-case particle of names ("al", "bin", "van"): data/lexicon/name-particles.json. */
  particle: boolean;
}

const PARTICLES = loadData('lexicon/name-particles.json', (d) => ({ standalone: d.wordSet('particles'), glued: d.wordSet('glued') }));

/** Particles that, joined by a hyphen or an apostrophe, open a capitalised name ("al-Numan", "el'Fasher"). */
export const GLUED_PARTICLES: ReadonlySet<string> = PARTICLES.glued;

const ids = new Map<string, number>();
let sealed = false;

/** The id of a lexicon word, numbering it if it is new. Lexicons call this when they load. */
export function registerWord(lower: string): number {
  let id = ids.get(lower);
  if (id === undefined) {
    if (sealed) throw new Error(`vocabulary: "${lower}" registered after text was tokenized; build lexicons when their module loads`);
    id = ids.size;
    ids.set(lower, id);
  }
  return id;
}

/** The id of a word, -1 when no lexicon has it. */
export function wordId(lower: string): number {
  return ids.get(lower) ?? -1;
}

/** How many words have ids (ids are 0 … size - 1). */
export function vocabularySize(): number {
  return ids.size;
}

// The lexemes of the words read so far: news vocabulary repeats, so most tokens find theirs here;
// hostile input is unbounded, so the table is emptied when it reaches CAP entries.
const CAP = 200_000;
const lexemes = new Map<string, Lexeme>();

/** The lexeme of a lower-case word (the token layer's one lookup per token). */
export function lexeme(lower: string): Lexeme {
  let l = lexemes.get(lower);
  if (l === undefined) {
    sealed = true;
    l = { id: ids.get(lower) ?? -1, stem: stem(lower), particle: PARTICLES.standalone.has(lower) };
    if (lexemes.size >= CAP) lexemes.clear();
    lexemes.set(lower, l);
  }
  return l;
}
