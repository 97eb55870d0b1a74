/**
 * Subjects across a relative clause. Wire copy puts what happened to a person between the person and
 * the main verb: "A soldier, who was kidnapped last week, was found dead", "Three miners who were
 * abducted by gunmen were found dead", "A man who was shot on Monday died in hospital". The verb
 * inside the clause and the main verb share one subject, the people before the pronoun.
 */
import type { Token } from '../../../annotate/tokens.ts';
import { CLAIM_WORDS as W, isParticiple } from '../lexicon.ts';
import { isPersonAt } from '../people.ts';

/** How far back from a main verb its relative clause's pronoun may stand. */
const RELATIVE_REACH = 20;
/** How far back a participle opening a clause without pronoun may stand ("deployed to the border"). */
const REDUCED_REACH = 10;

/** Where the verb chain of the casualty word at `at` starts: its auxiliaries and adverbs ("was later found"). */
export function predicateStart(tokens: Token[], at: number, floor = 0): number {
  let e = at;
  while (e - 1 >= floor && (W.aux.has(tokens[e - 1]!.lower) || W.perfectAux.has(tokens[e - 1]!.lower) || W.predicateAdverbs.has(tokens[e - 1]!.lower))) e--;
  return e;
}

/**
 * The relative pronoun of a clause that ends right before the main verb at `at` ("A soldier, who was
 * kidnapped, [was found dead]"), or the participle that opens one without pronoun ("A soldier
 * kidnapped last week [was found dead]"), or -1. A clause in commas must close with one before the verb; one
 * without commas must hold its own finite verb ("miners who were abducted … were found dead"), so
 * that the second verb is the main one. Nothing that ends a clause stands between (inside commas, no
 * punctuation that does).
 */
export function relativeClauseBefore(tokens: Token[], at: number): number {
  const e = predicateStart(tokens, at);
  // A main verb is finite: "was found dead", "later died"; not "as a result of being shot".
  const chain = tokens.slice(e, at);
  if (!chain.some((t) => W.finiteAux.has(t.lower)) && chain.some((t) => W.be.has(t.lower) || t.lower === 'to')) return -1;
  const closed = tokens[e - 1]?.lower === ',';
  // "who was kidnapped and later killed": a verb joined to the clause's own is still inside it.
  if (tokens[e - 1]?.lower === 'and' || tokens[e - 1]?.lower === 'or') return -1;
  let reduced = !closed;
  for (let r = e - 2; r >= 1 && e - r <= RELATIVE_REACH; r--) {
    const w = tokens[r]!.lower;
    // Inside commas, a clause's own stops ("who had been missing since Friday") are its words.
    if (W.stops.has(w) && (!closed || tokens[r]!.kind === 'punct')) return -1;
    // "A soldier deployed to the border was killed", "Three soldiers wounded in the attack died": a
    // participle right after people opens a clause without pronoun, with no verb or break of its own.
    // Not a participle before its noun ("a displaced person died").
    if (reduced && e - r <= REDUCED_REACH && isParticipleLike(w) && (isPersonAt(tokens, r - 1, r) || tokens[r - 1]!.kind === 'num') && !isPersonAt(tokens, r + 1, e)) return r;
    if (tokens[r]!.kind === 'punct' && w !== '-' || w === 'and' || w === 'or' || W.finiteAux.has(w) && !possessive(tokens, r) || W.relativePronouns.has(w)) reduced = false;
    if (!W.relativePronouns.has(w)) continue;
    if ((tokens[r - 1]!.lower === ',') !== closed) return -1;
    // Its own verb: an auxiliary, or a verb in the past right after the pronoun ("who attacked").
    const ownVerb = tokens.slice(r + 1, e).some((t) => W.finiteAux.has(t.lower)) || isParticiple(tokens[r + 1]?.lower ?? '');
    return closed || ownVerb ? r : -1;
  }
  return -1;
}

/**
 * Is the "'s" at r a possessive ("in Tuesday's ambush", "the army's base"), not "is"/"has" ("he's
 * been shot")? A noun follows it, not a participle, an auxiliary or an adverb of the verb.
 */
function possessive(tokens: Token[], r: number): boolean {
  const next = tokens[r + 1];
  if (tokens[r]!.lower !== "'s" || !next || next.kind !== 'word') return false;
  return !isParticiple(next.lower) && !W.aux.has(next.lower) && !W.predicateAdverbs.has(next.lower) && !/ly$/.test(next.lower);
}

/** A past or present participle: "deployed", "kidnapped", "manning" (not a short word in -ing: "king"). */
function isParticipleLike(w: string): boolean {
  return isParticiple(w) || w.length > 5 && w.endsWith('ing');
}
