/**
 * Places named bare. Wire copy names the place taken by its name alone as often as with a place word:
 * "M23 rebels seized Sake", "the army recaptured Kidal", "Bulo Burde fell to the militants",
 * "troops lost control of Mweso". The name is the taking's object (`placeObjectTags`) or, for a place
 * that falls (`placeSubjectTags`), its subject; it is read as a place word ('territory') for the rules.
 *
 * A name, not a person nor a thing: a run of capitalised words (no acronym, no actor's or cue's words)
 * right after the verb, ended by the sentence, a punctuation mark or a word that cannot go on a noun
 * ("on Wednesday", "after", "and"), so "seized Russian tanks" names tanks; and no person in an
 * apposition after it ("captured Ali Musa, a rebel commander": a person).
 */
import { isAcronym } from '../../annotate/tokens.ts';
import { Shape } from '../../annotate/vocab.ts';
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';
import { TYPING_WORDS as W } from './words.ts';

const TERRITORY = 'territory';
/** How many words a name may run ("Bulo Burde", "Ras al Ain"). */
const NAME_REACH = 4;
/** How far an apposition after the name is read for a person ("Ali Musa, a senior commander of the group"). */
const APPOSITION_REACH = 6;

export function placeNames(lex: Lexicon, s: SentenceCues): void {
  if (!lex.placeObjectTags.size && !lex.placeSubjectTags.size) return;
  const { tokens } = s;
  const covered = (k: number) => s.actors.some((h) => h.i <= k && h.j > k) || s.cues.some((h) => h.i <= k && h.j > k);
  const capWord = (k: number) => {
    const t = tokens[k];
    return !!t && /^\p{Lu}/u.test(t.text) && !isAcronym(t) && !W.notNames.has(t.lower) && !covered(k);
  };
  // A lower-case particle inside the name, between two of its capitalised words ("Mocimboa da Praia",
  // "Ras al Ain"; data/lexicon/name-particles.json).
  const nameWord = (k: number) => capWord(k) || (k > 0 && capWord(k - 1) && ((tokens[k]?.shape ?? 0) & Shape.PARTICLE) !== 0 && capWord(k + 1));
  const found: Hit[] = [];
  // In a title-cased line ("Mayor Talks Taking Back Our Streets") every word is capitalised: no name
  // is told by its capital, so the trigger's own first word must be lower case.
  const lower = (h: Hit) => /^\p{Ll}/u.test(tokens[h.i]!.text);
  for (const tag of lex.placeObjectTags) for (const h of s.byTag.get(tag) ?? []) {
    if (!lower(h)) continue;
    let k = h.j;
    while (k < tokens.length && k - h.j < NAME_REACH && nameWord(k) && (k === h.j || !tokens[k]!.clauseStart)) k++;
    if (k === h.j || !ended(tokens, k) || person(s, k)) continue;
    found.push({ tag: TERRITORY, i: h.j, j: k });
  }
  for (const tag of lex.placeSubjectTags) for (const h of s.byTag.get(tag) ?? []) {
    if (!lower(h)) continue;
    let end = h.i;
    while (end > 0 && W.auxiliaries.has(tokens[end - 1]!.lower) || (end > 0 && /^ha(?:s|d|ve)$/.test(tokens[end - 1]!.lower))) end--;
    let k = end;
    while (k > 0 && end - k < NAME_REACH && nameWord(k - 1) && !tokens[k]!.clauseStart) k--;
    if (k === end) continue;
    found.push({ tag: TERRITORY, i: k, j: end });
  }
  if (!found.length) return;
  const l = s.byTag.get(TERRITORY) ?? [];
  l.push(...found);
  l.sort((a, b) => a.i - b.i);
  s.byTag.set(TERRITORY, l);
}

/** Does the name end at token k: the sentence's end, a punctuation mark, a new clause or a word that goes on no noun? */
function ended(tokens: SentenceCues['tokens'], k: number): boolean {
  const t = tokens[k];
  if (!t || t.clauseStart) return true;
  const w = t.lower;
  return W.objectPrepositions.has(w) || W.subordinators.has(w) || W.coordinators.has(w) || W.nameEnds.has(w);
}

/** Is the name followed by an apposition that names a person ("Ali Musa, a senior commander")? */
function person(s: SentenceCues, k: number): boolean {
  // (Words only: a comma or a dash marks the next word as a clause's start.)
  const t = s.tokens[k];
  if (!t || !t.clauseStart) return false;
  const within = (h: Hit) => h.i > k && h.i <= k + APPOSITION_REACH;
  const actor = s.actors.find(within);
  // (Not the source that follows: "recaptured Kupiansk, the military said" names who said it.)
  if (actor && W.speechVerbs.has(s.tokens[actor.j]?.lower ?? '')) return false;
  const place = s.byTag.get(TERRITORY)?.find(within);
  return !!actor && (!place || actor.i < place.i);
}
