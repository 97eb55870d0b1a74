/**
 * One person named without a number right before a casualty word's verb: "a 17-year-old", "his
 * wife", "the victim", "he", "Devin Anderson", a headline's "Pastor" (read by subject-counts.ts).
 */
import type { Token } from '../../../annotate/tokens.ts';
import { numberAt } from '../../../annotate/numbers.ts';
import { countryNameAt, singularDemonymAt } from '../../actors.ts';
import { personNouns, personPlurals } from '../../words.ts';
import { CLAIM_WORDS as W, isAgeWord, isParticiple } from '../lexicon.ts';
import { isCapitalised } from '../people.ts';

/** Start of a singular person noun phrase ending right before `end`, or null. */
export function singularBefore(tokens: Token[], end: number, floor: number): number | null {
  if (end - 1 < floor) return null;
  const last = tokens[end - 1]!;
  if (W.pronounSing.has(last.lower)) return end - 1;
  // "and a third was killed", "another was wounded": one more of the people just counted (the
  // additive refiner adds it to their figure).
  if (W.additive.has(last.lower)) {
    if (last.lower === 'another') return end - 1;
    if (end - 2 >= floor && (tokens[end - 2]!.lower === 'a' || tokens[end - 2]!.lower === 'an')) return end - 2;
  }
  const k = skipApposition(tokens, end - 1, floor);
  if (k < floor) return null;
  const t = tokens[k]!;
  const isSingPerson = singularPersonNoun(t.lower) || isAgeWord(t.lower);
  // "An unidentified gunmen is killed": the article makes it one.
  if (!isSingPerson && personPlurals.has(t.lower)) {
    // (Not across "of": "a clip of gendarmes they claimed to have shot" names no one person.)
    for (let d = k - 1; d >= Math.max(floor, k - 3) && tokens[d]!.lower !== 'of' && tokens[d]!.kind === 'word'; d--) if (tokens[d]!.lower === 'a' || tokens[d]!.lower === 'an') return d;
  }
  if (isSingPerson) return determinedPerson(tokens, k, end, floor) ?? bareSingular(tokens, k, end, floor);
  // "a young Palestinian was shot dead", "an Afghan died": a nationality's singular is one person.
  if (singularDemonymAt(tokens, k)) return determinedPerson(tokens, k, end, floor);
  const named = nameBefore(tokens, k, floor);
  if (named !== null) return named;
  // "one of the victims died"
  if (t.lower === 'them' || personPlurals.has(t.lower)) {
    for (let q = k - 1; q >= Math.max(floor, k - 3); q--) if (tokens[q]!.lower === 'of' && tokens[q - 1]?.lower === 'one') return q - 1;
  }
  return personBeforeModifier(tokens, k, end, floor);
}

/** A person noun in the singular: "man", "soldier", "witness" (an -s word the lexicon says is one), not "soldiers". */
function singularPersonNoun(w: string): boolean {
  return personNouns.has(w) && (!personPlurals.has(w) && !/s$/.test(w) || W.singularInS.has(w));
}

/** An age standing for a person, in figures or words: "17-year-old", "two-year-old", "six-month-olds". */
const AGED = /-(?:year|month|week)s?-olds?$/;
/** How many words the phrases after a person may hold ("a resident of the border village", "a man
 *  from Kafr Dael in Idlib province", "the chief of the militia in Djugu, Ituri province,"). */
const MODIFIER_REACH = 12;
/** Words that lead a phrase after a person: "of", "from", "for" ("an official for the ruling party") and places' prepositions. */
const modifierLead = (w: string) => w === 'of' || w === 'from' || w === 'for' || W.placePrepositions.has(w);

/**
 * The person a phrase of "of", "from" or place follows, ending at `k`: "a resident of the village was
 * shot", "a commander of the militia died", "a soldier from the 3rd brigade was killed", "a student
 * at Nyali Secondary School was shot dead". Not when the phrase
 * names people itself ("the mother of the two-year-old shot at a motel": the child was shot).
 */
function personBeforeModifier(tokens: Token[], k: number, end: number, floor: number): number | null {
  for (let q = k - 1; q > Math.max(floor, k - MODIFIER_REACH); q--) {
    const w = tokens[q]!.lower;
    // A comma goes on only inside a list of places ("in Harar, Oromia region"): a capitalised word follows it.
    if (w === ',' && isCapitalised(tokens[q + 1])) continue;
    // A verb with its object ends the phrase: "the nephew of the farmer urged the crowd to avenge his
    // dead uncle" (the nephew is the subject of "urged", nobody dead; "a member of the armed gang" goes on).
    if (tokens[q]!.kind === 'punct' || W.stops.has(w) || (isParticiple(w) && W.detSing.has(tokens[q + 1]?.lower ?? ''))) return null;
    if (!modifierLead(w)) continue;
    // ("a member of the police", "the mother of three children": a body or a group of people after
    // "of" is whom the one person belongs to, not who was hurt.)
    for (let r = q + 1; r <= k; r++) if ((personNouns.has(tokens[r]!.lower) && !personPlurals.has(tokens[r]!.lower)) || AGED.test(tokens[r]!.lower)) return null;
    const p = tokens[q - 1]!;
    if (singularPersonNoun(p.lower) && q - 1 >= floor) return determinedPerson(tokens, q - 1, q, floor) ?? bareSingular(tokens, q - 1, end, floor);
    // "a man from Kafr Dael in Idlib province": a phrase may follow another; not after a person's plural.
    if (personNouns.has(p.lower)) return null;
  }
  return null;
}

/**
 * A singular person noun at k with no determiner: notes and wire summaries drop the article. It is
 * one person as the subject of a singular verb at `end` ("District police commander was shot dead",
 * "Village head in Sulu was killed", "8 year old girl was wounded"), or as a headline's or a note's
 * reduced passive that opens its clause and takes no object ("Shop owner killed outside his kiosk", "Six
 * year old boy killed"). The phrase starts after the clause's preposition, comma or stop word, at most
 * six words back.
 */
function bareSingular(tokens: Token[], k: number, end: number, floor: number): number | null {
  let s = k;
  while (s - 1 >= floor && k - (s - 1) < 6) {
    const t = tokens[s - 1]!;
    const w = t.lower;
    const word = t.kind === 'word' || t.text === '-' || (t.kind === 'num' && /^(?:year|month)s?$/.test(tokens[s]?.lower ?? ''));
    if (!word || W.stops.has(w) || W.objectOfPreposition.has(w) || W.placePrepositions.has(w) || W.aux.has(w) || w === 'and' || w === 'or') break;
    s--;
  }
  const verb = tokens[end]?.lower ?? '';
  if (W.singularVerbs.has(verb)) return s;
  if (W.aux.has(verb) || !(s === 0 || CLAUSE_MARKS.has(tokens[s - 1]!.text))) return null;
  let n = end + 1;
  if (tokens[n]?.lower === 'dead') n++;
  const next = tokens[n];
  const noObject = !next || next.kind === 'punct' || next.lower === 'as' || next.lower === 'during' || W.placePrepositions.has(next.lower) || W.objectOfPreposition.has(next.lower) || W.stops.has(next.lower);
  return noObject && (isCapitalised(tokens[s]) || tokens[s]!.kind === 'num') ? s : null;
}
/** Marks that open a clause of a note or headline ("…: 16-year-old cousin wounded by stray bullet"). */
const CLAUSE_MARKS = new Set([';', ':', '-', '–', '—']);

/** Skips an apposition of age or name before `k`: "a man, 25,", "an official, Caroline Odiga,". */
function skipApposition(tokens: Token[], k: number, floor: number): number {
  if (tokens[k]?.lower === ',' && k - 2 >= floor && tokens[k - 1]!.kind === 'num' && tokens[k - 2]!.lower === ',') return k - 3;
  if (tokens[k]?.lower === ',') {
    let j = k - 1;
    while (j >= floor && k - j <= 4 && tokens[j]!.kind === 'word' && isCapitalised(tokens[j])) j--;
    if (j < k - 1 && j >= floor && tokens[j]!.lower === ',' && personNouns.has(tokens[j - 1]?.lower ?? '')) return j - 1;
    // "The victim, identified as 34-year-old John Smith, died", "the driver, a father of three, was
    // shot": any apposition in commas after a singular person noun.
    for (let q = k - 1; q > floor && k - q <= APPOSITION_REACH; q--) {
      const t = tokens[q]!;
      if (t.lower === ',') {
        const p = tokens[q - 1];
        // Not of people joined ("A man and woman, both 35 years old, were found dead").
        const joined = tokens.slice(Math.max(floor, q - 4), q - 1).some((x) => x.lower === 'and') || W.groupAppositions.has(tokens[q + 1]?.lower ?? '');
        return p && !joined && personNouns.has(p.lower) && !personPlurals.has(p.lower) && !/s$/.test(p.lower) ? q - 1 : k;
      }
      if (t.kind === 'punct' && t.text !== '-') break;
    }
  }
  return k;
}

/** How many tokens an apposition in commas may hold. */
const APPOSITION_REACH = 10;

/** A singular person noun at k: its determiner within six tokens ("a 17-year-old boy", "his wife"), a headline's bare noun, or a bare age word. */
function determinedPerson(tokens: Token[], k: number, end: number, floor: number): number | null {
  // A headline's bare noun: "Teenage boy killed by raiders", "Pastor killed outside police post".
  if (k - floor <= 1 && k === end - 1 && (k === 0 || isCapitalised(tokens[k - 1])) && k <= 1) return k - (k === 1 ? 1 : 0);
  let reach = k - 6;
  for (let d = k - 1; d >= Math.max(floor, reach); d--) {
    const w = tokens[d]!.lower;
    // "a Puntland Darawish (PSF) soldier": a short parenthesis inside the phrase (an acronym) is skipped.
    if (w === ')') {
      const open = tokens.slice(Math.max(floor, d - 4), d).map((t) => t.lower).lastIndexOf('(');
      if (open >= 0) { const o = Math.max(floor, d - 4) + open; reach -= d - o + 1; d = o; continue; }
    }
    if (W.detSing.has(w)) {
      if (w === 'one' && tokens[d + 1]?.lower === 'of') return null;
      return d;
    }
    if (tokens[d]!.kind === 'punct' && w !== '-') break;
  }
  // "Police said 15-year-old Kevin Barbee was killed": bare age words count too.
  if (isAgeWord(tokens[k]!.lower)) return k;
  return null;
}

/**
 * A name: two or more capitalised words, initials ("Gerardo I. Hernandez") or "Jr." ending at k
 * ("Devin Anderson was shot"); not a region ("Central Mali has been hit"): capitalised words led by
 * a compass word, or ending in a country's name, or a place after a preposition of place ("in Nong Pet Village, Mong Hsat Township, a man…").
 */
function nameBefore(tokens: Token[], k: number, floor: number): number | null {
  let n = 0;
  let d = k;
  while (d >= floor && n < 6) {
    const w = tokens[d]!;
    if (w.kind === 'word' && /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w.text)) { n++; d--; continue; }
    if (w.text === '.' && d - 1 >= floor && /^(?:\p{Lu}|Jr|Sr)$/u.test(tokens[d - 1]!.text)) { d -= 2; n++; continue; }
    if (w.kind === 'word' && /^\p{Lu}\.?$/u.test(w.text)) { n++; d--; continue; }
    break;
  }
  // A run right before the verb is its subject even after "In Mogadishu,": only a run that a comma
  // follows (a member of a list of places) or that follows the preposition itself is a place.
  const inPlace = W.placePrepositions.has(tokens[d]?.lower ?? '') || tokens[k + 1]?.lower === ',' && afterPlacePreposition(tokens, d);
  // (Not a count opening the sentence in capitals: "Three Kenyans and two Somalis were killed"
  // counts a group, it names no one.)
  if (n >= 2 && d + 1 > floor - 1 && !inPlace && !W.regionLeads.has(tokens[d + 1]!.lower) && !countryNameAt(tokens, k) && !numberAt(tokens, d + 1, k + 1)) return d + 1;
  return null;
}

/**
 * Does the name ending before token d+1 stand after a preposition of place, directly or at the end
 * of a list of places in commas ("in Nong Pet Village, Mong Hsat Township, Shan State")?
 */
function afterPlacePreposition(tokens: Token[], d: number): boolean {
  while (d > 0 && tokens[d]!.lower === ',' && isCapitalised(tokens[d - 1])) {
    d--;
    while (d > 0 && (isCapitalised(tokens[d]) || tokens[d]!.text === '-')) d--;
  }
  return d >= 0 && W.placePrepositions.has(tokens[d]!.lower);
}
