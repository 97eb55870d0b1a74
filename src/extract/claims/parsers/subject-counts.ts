/**
 * Counts to the left of a passive, adjectival or intransitive casualty word, its subject: "seven of
 * its soldiers had died", "Three suspected gangsters are lynched", "he and three others were shot",
 * "a man and his son were killed", "4 Samburu reported dead" (a summary's reduced passive).
 */
import type { Doc } from '../../../annotate/doc.ts';
import type { NumberMention } from '../../../annotate/numbers.ts';
import type { Token } from '../../../annotate/tokens.ts';
import { activeWords, denials, fateAfterReport, personNouns, personPlurals } from '../../words.ts';
import { countOf, SKIP, type Count, type CountParser } from '../candidate.ts';
import { breakdownLeadEnd, CLAIM_WORDS as W, isAuxiliary, isParticiple } from '../lexicon.ts';
import { isCapitalised, isPersonAt, personAfter, QUOTES, unitAt } from '../people.ts';
import { capturesPeople, countRight, themAfterJoin } from './object-counts.ts';
import { predicateStart, relativeClauseBefore } from './relative-clauses.ts';
import { singularBefore } from './singular-people.ts';
import { surnameBefore } from '../surnames.ts';

export const subjectCounts: CountParser = {
  name: 'subject counts',
  propose(s, tr) {
    if (tr.cls !== 'passive' && tr.cls !== 'adj' && tr.cls !== 'intrans') return null;
    const { tokens, nums } = s;
    const among = tr.outcome === 'killed' ? deadAmongHurt(tokens, nums, tr.at) : null;
    if (among) return { kind: 'count', count: among };
    // The numbers no casualty word before has counted.
    const unused = () => (s.used.size ? nums.filter((n) => !s.used.has(n.start)) : nums);
    let c: Count | null = null;
    let outcome;
    if (tr.activeAlt) {
      if (tr.activeAlt.outcome === 'captured' && !capturesPeople(tokens, nums, tr.activeAlt.end)) return SKIP;
      c = countRight(tokens, nums, tr.activeAlt.end, tokens.length) ?? themAfterJoin(tokens, nums, tr.at, tr.activeAlt.end);
      if (c) outcome = tr.activeAlt.outcome;
    }
    // A bare object ("shot dead suspected rebel commander") is the verb's only when no people stand
    // before it: "three gunmen killed and one held for questioning" is a reduced passive.
    const bareObject = c?.bare ? c : null;
    if (bareObject) { c = null; outcome = undefined; }
    // "A male suspect then shot the group": no "was/were", an object follows: the subject is the shooter.
    let beChain = false;
    let haveChain = false;
    for (let k = tr.at - 1; k >= 0 && tr.at - k <= 4 && isAuxiliary(tokens[k]); k--) {
      if (W.be.has(tokens[k]!.lower)) beChain = true;
      // Not "soldiers they claimed to have killed": an infinitive's object may stand before it.
      if (W.perfectAux.has(tokens[k]!.lower) && tokens[k - 1]?.lower !== 'to') haveChain = true;
    }
    const objectNext = W.detSing.has(tokens[tr.end]?.lower ?? '') || tokens[tr.end]?.kind === 'num' || W.objectPronouns.has(tokens[tr.end]?.lower ?? '');
    // "the Guards had captured strong defences": a perfect with no "been" is active, its subject the captor.
    // "11 soldiers it said it had killed": the count before a relative clause whose "that" is left
    // out, a pronoun its subject, is the perfect's object.
    if (!c && tr.activeAlt && haveChain && !beChain && !objectNext) {
      const k = relativeSubjectStart(tokens, tr.at);
      c = k > 0 ? countLeft(tokens, unused(), k, s.floor, true, false) : null;
      if (c) return { kind: 'count', count: c, outcome: tr.activeAlt.outcome };
    }
    if (!c && tr.activeAlt && !beChain && (objectNext || haveChain)) return SKIP;
    // "A suicide bomber struck a police checkpoint": a word of hurt with no active reading of its own.
    if (!c && !tr.activeAlt && tr.cls === 'passive' && !beChain && tr.outcome !== 'captured') {
      const object = bareHurtObject(tokens, nums, tr.end, objectNext);
      if (object && 'kind' in object) return SKIP;
      if (object) return { kind: 'count', count: object };
    }
    // "The Taliban seized control of the district": a capture word with no "was/were" and an object
    // after it is active, its subject the captor (a number of people after it is counted above).
    const next = tokens[tr.end];
    if (!c && tr.outcome === 'captured' && !beChain && next && next.kind === 'word' && !W.noObject.has(next.lower) && !W.calendar.has(next.lower)) return SKIP;
    // "A robbery suspect is beaten and killed": participles joined by "and" share the auxiliary and
    // its subject, which is read before the first.
    // "our losses stand at 40 (dead)", "we lost 12 [killed]": an editor's word in brackets right
    // after a quoted figure tells what the figure counts; the count stands before the bracket.
    // "45 (11 of them children) were killed": an aside in brackets between the subject and its verb.
    // "9 soldiers they said were killed": a pronoun and its report verb between the count and its verb.
    const at = bracketed(tokens, tr) ? tr.at - 1 : reportBefore(tokens, asideBefore(tokens, sharedPassiveStart(tokens, tr.at)));
    // "4 suspected thieves burned to death": no "was/were" before a participle, a reduced passive.
    const reduced = !W.aux.has(tokens[at - 1]?.lower ?? '') && isParticiple(tokens[at]!.lower);
    // A verb with an auxiliary or an intransitive one ("has died", "died") is finite; a bare
    // participle right after people ("four women wounded in …") is not.
    const finite = predicateStart(tokens, at) < at || tr.cls === 'intrans';
    c ??= countLeft(tokens, unused(), at, s.floor, reduced, finite) ?? surnameSubject(s.doc, tokens, at, s.floor) ?? (tr.outcome === 'killed_or_wounded' ? null : relativeSubject(tokens, nums, at, finite));
    if (!c && bareObject && !beChain) { c = bareObject; outcome = tr.activeAlt!.outcome; }
    if (c && !outcome) addAlongWith(tokens, nums, c, tr.end);
    // The verb's object: "killed a trader along with his driver".
    else if (c && !c.also && c.npStart > tr.at) addAlongWith(tokens, nums, c, c.npEnd);
    return c ? { kind: 'count', count: c, outcome } : null;
  },
};

const OPENING = new Set(['(', '[']);
const CLOSING = new Set([')', ']']);

/** Is the casualty word alone in brackets right after a number ("50 (dead)")? */
function bracketed(tokens: Token[], tr: { at: number; end: number }): boolean {
  return OPENING.has(tokens[tr.at - 1]?.text ?? '') && CLOSING.has(tokens[tr.end]?.text ?? '') && tokens[tr.at - 2]?.kind === 'num';
}

/**
 * Where the relative clause whose verb is at `at` starts when its subject is a pronoun right before
 * the auxiliaries, past report verbs with pronouns of their own ("it said it had"): that pronoun's
 * index, or -1.
 */
function relativeSubjectStart(tokens: Token[], at: number): number {
  let k = at - 1;
  while (k > 0 && isAuxiliary(tokens[k])) k--;
  if (!W.contactPronouns.has(tokens[k]?.lower ?? '')) return -1;
  while (k > 1 && W.contactReportVerbs.has(tokens[k - 1]!.lower) && W.contactPronouns.has(tokens[k - 2]!.lower)) k -= 2;
  // "6 soldiers the group said it had captured": the one who reports may be a noun after "the".
  if (k > 2 && W.contactReportVerbs.has(tokens[k - 1]!.lower) && tokens[k - 2]!.kind === 'word' && tokens[k - 3]!.lower === 'the') k -= 3;
  return tokens[k - 1]?.kind === 'word' && !isAuxiliary(tokens[k - 1]) ? k : -1;
}

/** Where the words before `at` continue past "they said" or "it claimed" right before its auxiliaries: that pronoun, or `at`. */
function reportBefore(tokens: Token[], at: number): number {
  // (The lexicon's auxiliaries hold "said", for "said to have been killed".)
  let k = at - 1;
  while (k > 0 && isAuxiliary(tokens[k]) && !W.contactReportVerbs.has(tokens[k]!.lower)) k--;
  if (k === at - 1 || !W.contactReportVerbs.has(tokens[k]!.lower) || !W.contactPronouns.has(tokens[k - 1]?.lower ?? '')) return at;
  return tokens[k - 2]?.kind === 'word' ? k - 1 : at;
}

/** How many words an aside in brackets may hold. */
const ASIDE_REACH = 10;

/**
 * Where the words before `at` continue past an aside in brackets that ends right before it (after
 * its auxiliaries: "45 (11 of them children) were killed"): the opening bracket, or `at` itself.
 */
function asideBefore(tokens: Token[], at: number): number {
  let k = at - 1;
  while (k > 0 && isAuxiliary(tokens[k])) k--;
  if (!CLOSING.has(tokens[k]?.text ?? '')) return at;
  for (let j = k - 1; j > 0 && k - j <= ASIDE_REACH; j--) {
    if (CLOSING.has(tokens[j]!.text)) return at;
    if (OPENING.has(tokens[j]!.text)) return tokens[j - 1]?.kind === 'num' || isPersonAt(tokens, j - 1, j) ? j : at;
  }
  return at;
}

/**
 * "A suicide bomber struck a police checkpoint", "one struck the boy", "a shell hit two children": a
 * word of hurt that has no active reading of its own, ending at `end`, is active too when an object
 * follows without "was/were": the object, if people, was hurt (its count); the subject hurt it (SKIP).
 * Null when the subject is read as before: no object (a number after the word may be a time: "died
 * around 4 in the afternoon"), or a device the subject met ("two soldiers hit a landmine").
 */
function bareHurtObject(tokens: Token[], nums: NumberMention[], end: number, objectNext: boolean): Count | typeof SKIP | null {
  const numberNext = nums.some((n) => n.start === end);
  const object = objectNext || numberNext ? countRight(tokens, nums, end, tokens.length) : null;
  // Not "struck a neighbour's window" (a possessive's person owns what was hit), nor "hit the car of a
  // commander": the people must start the object.
  const thingOf = /^(?:a|an|the)$/.test(tokens[object?.npStart ?? 0]?.lower ?? '') && tokens.slice(object?.npStart ?? 0, object?.npEnd ?? 0).some((t) => t.lower === 'of');
  if (object && object.npStart <= end + 1 && !thingOf && tokens[object.npEnd]?.lower !== "'s") return object;
  const device = tokens.slice(end, end + 4).some((t) => W.devicesMet.has(t.lower));
  return objectNext && !device ? SKIP : null;
}

/** Where "was attacked and killed" starts, for the casualty word at `at`: the first of participles joined by "and" after an auxiliary (not a word of hurt itself). */
export function sharedPassiveStart(tokens: Token[], at: number): number {
  const first = tokens[at - 2];
  if (tokens[at - 1]?.lower !== 'and' || !first || !isParticiple(first.lower) || !isAuxiliary(tokens[at - 3])) return at;
  // ("were injured and killed" is read by the lexicon's own phrases; "was arrested and beaten to
  // death" shares its subject: being held hurts no one.)
  const m = activeWords.matchAt(tokens, at - 2);
  return m && m.value !== 'arrested' && m.value !== 'captured' ? at : at - 2;
}

/**
 * "Seven police were killed, as well as two fighters", "5 civilians died in the battle, along with 3
 * soldiers": people of another group added after the verb, each group its own (the party refiner
 * adds it to the first when both are one side's). Only across a short phrase with no other figure.
 */
export function addAlongWith(tokens: Token[], nums: NumberMention[], c: Count, from: number): void {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const t = tokens[k]!;
    const lead = W.alsoLeads.matchAt(tokens, k)?.end ?? (t.lower === ',' ? W.alsoLeads.matchAt(tokens, k + 1)?.end : undefined);
    if (lead !== undefined) {
      const num = nums.find((n) => n.start === lead && !n.yearLike);
      if (!num) {
        // "A trader was shot dead along with his driver", "together with a colleague": one person
        // more, named by a determiner and a singular person noun (not "along with his family").
        const one = companionAt(tokens, lead);
        if (one > 0) (c.also ??= []).push({ low: 1, high: 1, qualifier: 'exact', npStart: lead, npEnd: one, singular: true });
        return;
      }
      const p = personAfter(tokens, num.end, tokens.length);
      // People only ("along with 761 motorcycles seized" counts things).
      const end = p >= 0 ? p + 1 : PEOPLES_NAME.test(tokens[num.end]?.text ?? '') ? num.end + 1 : -1;
      if (end > num.end) (c.also ??= []).push({ ...countOf(num), npStart: num.start, npEnd: end });
      return;
    }
    if (t.kind === 'num' || W.stops.has(t.lower) || (t.kind === 'punct' && t.text !== ',')) return;
  }
}

/**
 * "One of the wounded later died", "two of those injured died in hospital": a part of the wounded
 * as the subject of a verb of death. They are dead from among people already counted as wounded,
 * so more dead than any toll told before (totals.ts adds them), whatever words stand between.
 */
function deadAmongHurt(tokens: Token[], nums: NumberMention[], at: number): Count | null {
  const e = predicateStart(tokens, at);
  if (!W.hurtPeople.has(tokens[e - 1]?.lower ?? '') || (tokens[e - 2]?.lower !== 'the' && tokens[e - 2]?.lower !== 'those') || tokens[e - 3]?.lower !== 'of') return null;
  const n = nums.find((x) => x.end === e - 3 && !x.yearLike);
  return n ? { ...countOf(n), npStart: n.start, npEnd: e, fromHurt: true } : null;
}

/** How many words may stand between the determiner and the one person's noun ("his elderly driver"). */
const COMPANION_WORDS = 3;

/**
 * End of one person named by a determiner and a singular person noun at `k` ("his driver", "a
 * colleague", "her teenage son"), or -1. The noun must end the phrase (not "his driver's car").
 */
function companionAt(tokens: Token[], k: number): number {
  const det = tokens[k]?.lower ?? '';
  if (!W.detSing.has(det) || det === 'the' || det === 'this' || det === 'that' || det === 'its') return -1;
  for (let j = k + 1; j <= k + COMPANION_WORDS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (personPlurals.has(t.lower)) return -1;
    if (personNouns.has(t.lower)) {
      const next = tokens[j + 1];
      return next && (next.kind === 'word' && (personNouns.has(next.lower) || personPlurals.has(next.lower)) || next.lower === "'s" || next.lower === '’s') ? -1 : j + 1;
    }
  }
  return -1;
}

/**
 * The count of a casualty word at token `at`, looked for to its left (the subject). `reduced`: the
 * word is a past participle without "was/were" and without an object ("4 Samburu reported dead",
 * "4 cattle thieves shot dead by rangers"), a summary's reduced passive: a short noun phrase after
 * the number is its people even when the noun is not in the person list. `finite`: the verb has an
 * auxiliary ("has died"), so "one of four women" counts one (a participle right after the whole,
 * "four women wounded", counts the whole).
 */
export function countLeft(tokens: Token[], nums: NumberMention[], at: number, floor: number, reduced = false, finite = predicateStart(tokens, at) < at): Count | null {
  const stop = clauseStartBefore(tokens, at, floor, nums);
  const counted = numberedSubject(tokens, nums, at, stop, reduced, finite);
  if (counted) return counted;
  // "any" after a denial: "denied that any soldiers were killed".
  for (let k = at - 1; k >= stop; k--) {
    if (tokens[k]!.lower === 'any' && denials.findAll(tokens, 0, k).length) return { low: 0, high: 0, qualifier: 'exact', npStart: k, npEnd: at, negated: true };
  }
  return singularSubject(tokens, at, stop);
}

/** Where the clause of the casualty word at `at` starts (a stop word ends the search; a parenthesis is skipped whole). */
function clauseStartBefore(tokens: Token[], at: number, floor: number, nums: NumberMention[] = []): number {
  let stop = floor;
  for (let k = at - 1; k >= floor && at - k <= 18; k--) {
    // "three herders (out of a group of seven) were killed"
    if (tokens[k]!.lower === ')') {
      let j = k - 1;
      while (j >= floor && tokens[j]!.lower !== '(' && k - j < 12) j--;
      if (j >= floor && tokens[j]!.lower === '(') { k = j; stop = j; continue; }
    }
    // 30 "terrorists" were killed: scare quotes around a word or two of the subject.
    // '"Dozens" of insurgents were killed': a figure in the speaker's words, quoted whole, is the subject's count.
    const open = Math.max(scareQuoteOpen(tokens, k, floor), quotedFigureOpen(tokens, nums, k, floor));
    if (open >= 0) { k = open; stop = open; continue; }
    if (W.stops.has(tokens[k]!.lower) && !raisedReport(tokens, k) && !adverbAfterAuxiliary(tokens, k)) { stop = k + 1; break; }
    stop = k;
  }
  return stop;
}

/** How many words scare quotes may hold. */
const SCARE_WORDS = 3;

/** The opening quote of scare quotes that close at token k around a word or few right after a count ("30 "terrorists""), or -1. */
function scareQuoteOpen(tokens: Token[], k: number, floor: number): number {
  if (!QUOTES.has(tokens[k]!.text)) return -1;
  for (let j = k - 1; j >= floor && k - j <= SCARE_WORDS + 1; j--) {
    // (Only right after the count: "several civilians" in quotes are a quotation, its count inside.)
    if (QUOTES.has(tokens[j]!.text)) return j < k - 1 && tokens[j - 1]?.kind === 'num' ? j : -1;
    if (tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}

/** The opening quote of quote marks that close at token k right after a figure they hold whole ('"dozens"', '"more than 40"'), or -1. */
function quotedFigureOpen(tokens: Token[], nums: NumberMention[], k: number, floor: number): number {
  if (!QUOTES.has(tokens[k]!.text)) return -1;
  const num = nums.find((n) => n.end === k && n.start - 1 >= floor);
  return num && QUOTES.has(tokens[num.start - 1]!.text) ? num.start - 1 : -1;
}

/** "One of them has since died": "since" right after an auxiliary is an adverb of the predicate, no conjunction. */
function adverbAfterAuxiliary(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  return W.predicateAdverbs.has(tokens[k]!.lower) && (W.aux.has(prev) || W.perfectAux.has(prev));
}

/**
 * "Four more are said to have been shot dead", "a boy was said to have died", a summary's "9 miners
 * said to have died": a reporting verb
 * between "be" and "to" tells who reports the subject's fate; it opens no clause, the subject is left of it.
 */
function raisedReport(tokens: Token[], k: number): boolean {
  // A headline's "Forty said dead", a summary's "9 miners said to have died" (the "be" dropped).
  if (fateAfterReport(tokens, k)) return true;
  return tokens[k + 1]?.lower === 'to' && W.be.has(tokens[k - 1]?.lower ?? '');
}

/** The nearest number between `stop` and the casualty word whose following words name people (or nothing). */
function numberedSubject(tokens: Token[], nums: NumberMention[], at: number, stop: number, reduced: boolean, finite: boolean): Count | null {
  const inParens = (i: number) => {
    for (let j = i; j < at; j++) { if (tokens[j]!.lower === ')') return true; if (tokens[j]!.lower === '(') return false; }
    return false;
  };
  for (let n = nums.length - 1; n >= 0; n--) {
    const num = nums[n]!;
    if (num.end > at || num.start < stop || inParens(num.end) || num.yearLike) continue;
    if (notTheCount(tokens, nums, num, at, stop, finite)) continue;
    // "two of the 12 soldiers": the whole's people are the part's.
    const whole = finite ? wholeAfter(tokens, nums, num) : undefined;
    const p = peopleOf(tokens, whole ?? num, at, reduced);
    if (p < 0) continue;
    // The people counted are the verb's subject: nothing clause-like between them and the verb
    // ("a crowd of 75-100 people involved in a disturbance and Harris … died" is not about the crowd).
    const tail = tokens.slice(Math.max(p + 1, num.end), at);
    if (tail.length > 7 && tail[0]?.lower !== ',' && tail.some((t, q) => t.lower === 'and' && q < tail.length - 1 && (isCapitalised(tail[q + 1]) || W.detSing.has(tail[q + 1]!.lower)))) continue;
    const c: Count = { ...countOf(num), npStart: num.start, npEnd: p >= num.end ? Math.max(p + 1, num.end) : num.end };
    addCoordinated(tokens, nums, c, num, stop);
    addOneAfter(tokens, c, at);
    return c;
  }
  return null;
}

/** Does an active casualty verb ("killed", "shot dead") end right before token `k`, so that what
 *  starts at k is its object? Not after an auxiliary ("were killed two days ago"). */
function objectOfActive(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (activeWords.matchAt(tokens, j)?.end === k && !isAuxiliary(tokens[j - 1])) return true;
  return false;
}

/** A number before the casualty word that is not its count: a part ("including two children"), a unit, "no one", an age in commas. */
function notTheCount(tokens: Token[], nums: NumberMention[], num: NumberMention, at: number, stop: number, finite: boolean): boolean {
  // "Three people, including two children, were killed", "12 people, among them four children": the part is not the count.
  const afterLead = [1, 2].some((n) => num.start - n >= 0 && breakdownLeadEnd(tokens, num.start - n) === num.start);
  if (afterLead && nums.some((o) => o.end < num.start && o.start >= stop && !o.yearLike)) return true;
  const next = tokens[num.end];
  // "3 shots" is a unit, "2 shot dead" a count and its casualty word.
  if (next && unitAt(tokens, num.end) && num.end !== at) return true;
  // "One of four women has died", "two of the 12 soldiers were killed": the part is the count of a
  // finite verb (not of a participle right after the whole: "one of three people hit by gunfire").
  if (finite && nums.some((o) => o.start >= stop && wholeAfter(tokens, nums, o) === num)) return true;
  // "Gunmen killed two men and three were injured": a count right after an active casualty verb is
  // that verb's object, not the subject of a later one.
  // ("Iraq lost 3,000 men killed or wounded": the lost men are the participle's subject too.)
  if (objectOfActive(tokens, num.start) && tokens.slice(num.end, at).some((t) => t.lower === 'and')) return true;
  // "no one", "No. 5", an age in commas ("Tiarah Poyau, 22, was shot").
  const prevTok = tokens[num.start - 1];
  if (tokens[num.start]!.lower === 'one' && prevTok?.lower === 'no') return true;
  return prevTok?.lower === ',' && num.low === num.high && num.end - num.start === 1 && tokens[num.start]!.kind === 'num'
    // ("In Gumbi, 3 local residents were killed": people follow, so a count after a place, not an age.)
    && (next?.lower === ',' || num.end !== at && isCapitalised(tokens[num.start - 2]) && personAfter(tokens, num.end, at) < 0 && !PEOPLES_NAME.test(next?.text ?? ''));
}

/** The number after a part's "of" or "of the": the whole of "two of the 12 soldiers". */
function wholeAfter(tokens: Token[], nums: NumberMention[], part: NumberMention): NumberMention | undefined {
  if (tokens[part.end]?.lower !== 'of') return undefined;
  const k = part.end + 1 + (tokens[part.end + 1]?.lower === 'the' ? 1 : 0);
  return nums.find((o) => o.start === k && !o.yearLike);
}

/** A count word opening a clause whose nearest noun before it is a thing it counts ("Drones attacked
 *  the city; one was shot down"), not people ("Gunmen stormed the camp; two were killed"). */
function countsThings(tokens: Token[], start: number): boolean {
  const t = tokens[start]!;
  if (t.kind === 'num' || !(t.clauseStart || tokens[start - 1]?.lower === 'and')) return false;
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    if (isPersonAt(tokens, k, start)) return false;
    if (W.pronounThings.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** A people's or nationality's name in the plural ("Kenyans", "Oromos", "Somalis"): a capital, then lower case ending in s. */
const PEOPLES_NAME = /^\p{Lu}\p{Ll}+s$/u;

/**
 * After a people's name at k-1, the words up to the casualty word at `at`: an "of"/"from" phrase of a
 * few words, then only auxiliaries ("Kenyans from the border clan were killed"), so the name is that
 * verb's subject; not an outlet's name ("11 News has confirmed that a victim …", "told 22News a boy was shot").
 */
function peoplesNameSubject(tokens: Token[], k: number, at: number): boolean {
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'from') {
    const stopAt = Math.min(at, k + 6);
    k++;
    while (k < stopAt && tokens[k]!.kind === 'word' && !W.aux.has(tokens[k]!.lower)) k++;
  }
  while (k < at && W.aux.has(tokens[k]!.lower)) k++;
  return k === at;
}

/** Where the people a number counts are named (the number's end when it stands alone before the verb), or -1. */
function peopleOf(tokens: Token[], num: NumberMention, at: number, reduced: boolean): number {
  const next = tokens[num.end];
  // "6 more killed", "3 more were wounded": more people, counted all the same.
  const more = next?.lower === 'more' && (num.end + 1 === at || W.aux.has(tokens[num.end + 1]?.lower ?? ''));
  // "the 40 who died": a bare count before a relative pronoun and its verb is that verb's subject.
  const relative = W.relativePronouns.has(next?.lower ?? '') && predicateStart(tokens, at) === num.end + 1;
  const direct = num.end === at || more || relative || W.aux.has(next?.lower ?? '') || next?.lower === ',' && num.end + 1 === at;
  // "Drones attacked the city; one was shot down": a bare count counts the things named before it.
  // So does "two of them" ("Drones attacked the base; two of them were shot down").
  if ((direct || (next?.lower === 'of' && tokens[num.end + 1]?.lower === 'them')) && countsThings(tokens, num.start)) return -1;
  // "It said 35 had been shot down", "of which two were shot down": a bare count "shot down" counts
  // aircraft, drones or missiles; people are "shot dead" or "gunned down", or named ("a soldier was shot down").
  if (direct && tokens[at]?.lower === 'shot' && tokens[at + 1]?.lower === 'down') return -1;
  const p = direct ? num.end : personAfter(tokens, num.end, at);
  if (p >= 0) return p;
  // "two Kenyans from the border clan were killed", "3 Afghans of the nomad clan killed": a people's
  // name in the plural is people, whatever phrase follows it.
  if (PEOPLES_NAME.test(next?.text ?? '') && peoplesNameSubject(tokens, num.end + 1, at)) return num.end;
  // "65 Palestinians, including 16 children, were killed": a people's name, then a breakdown in commas.
  const h = num.end;
  if (tokens[h + 1]?.text === ',' && breakdownLeadEnd(tokens, h + 2) > 0 && (isCapitalised(tokens[h]) || /(?:s|men)$/.test(tokens[h]?.lower ?? '') || personPlurals.has(tokens[h]?.lower ?? ''))) {
    let close = at - 1;
    while (close > h + 2 && W.aux.has(tokens[close]!.lower)) close--;
    if (tokens[close]?.text === ',') return h;
  }
  // "Three suspected gangsters are lynched": a short noun phrase, then the verb's auxiliary.
  let head = at - 1;
  while (head > num.end && W.aux.has(tokens[head]!.lower)) head--;
  // A people's or group's name counts too: "9 Borana were killed", "6 suspected ONLF shot dead".
  const headOk = /(?:s|men)$/.test(tokens[head]!.lower) || personNouns.has(tokens[head]!.lower) || (head >= num.end && (isCapitalised(tokens[head]) || reduced && tokens.slice(num.end, head).some((t) => isCapitalised(t))));
  if (headOk && at - num.end <= (reduced ? 4 : 8) && (reduced || W.aux.has(tokens[at - 1]!.lower))
    && !tokens.slice(num.end, at).some((t, q) => t.kind !== 'word' || unitAt(tokens, num.end + q) || W.stops.has(t.lower) || W.calendar.has(t.lower) || t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.lower === 'and' || t.lower === 'of')) return num.end;
  return -1;
}

/**
 * "he and three others were shot", "a man and two women were killed": a singular person before the
 * count adds one; "Three Somali soldiers and two rebels were killed": another counted group is
 * `also` (each group its own party, decided by the party refiner).
 */
function addCoordinated(tokens: Token[], nums: NumberMention[], c: Count, num: NumberMention, stop: number): void {
  let k = num.start - 1;
  if (k > stop && tokens[k]!.lower === 'and' && tokens[k - 1]?.lower === ',') k--;
  if (!(k > stop && (tokens[k]!.lower === 'and' || tokens[k]!.lower === ',' && tokens[k + 1]?.lower === 'and'))) return;
  const before = (end: number) => nums.filter((n) => n.end <= end && n.start >= stop && !n.yearLike).pop();
  const other = before(k);
  // "Three Turkish and two Russian soldiers": a group of modifiers only shares the head noun after
  // (its nationality word is no person of its own).
  const headed = c.npEnd > num.end && isPersonAt(tokens, c.npEnd - 1, c.npEnd) && !W.otherPeople.has(tokens[c.npEnd - 1]!.lower);
  const shared = headed && other !== undefined && sharesHead(tokens, other.end, k);
  const prev = shared ? null : singularBefore(tokens, k, stop);
  // "killed a soldier and two others were injured": the soldier is the earlier verb's object.
  if (prev !== null && objectOfActive(tokens, prev)) return;
  if (prev !== null) { c.low += 1; c.high += 1; c.npStart = prev; return; }
  // ", and" between two groups only ends a list of three or more ("two soldiers, three police, and a
  // civilian"); with two it joins clauses: "…to break up thousands of protesters, and one man died".
  const serial = tokens[k]!.lower === ',';
  if (serial && other && tokens[other.start - 1]?.lower !== ',') return;
  // Each counted group of a serial list, back through its commas; not a total that the groups
  // after it break down ("seven people, four soldiers and three traders, died").
  const groups: Count[] = [];
  let sum = c.low;
  for (let g = other, end = k; g && (personAfter(tokens, g.end, end) >= 0 || PEOPLES_NAME.test(tokens[g.end]?.text ?? '') || shared && !groups.length); end = g.start - 1, g = before(end)) {
    const n = countOf(g);
    if (groups.length && n.low === sum) break;
    // (A group sharing the head reads its party with it: "Three Turkish [...] soldiers".)
    groups.unshift({ ...n, npStart: g.start, npEnd: shared && !groups.length ? c.npEnd : end });
    sum += n.low;
    if (!serial || tokens[g.start - 1]?.lower !== ',') break;
  }
  if (groups.length) c.also = groups;
}

/** How many modifier words a group sharing the next group's head noun may hold ("three Turkish", "17 KLA"). */
const SHARED_HEAD_WORDS = 2;

/** Are tokens [from, to) the modifiers of a group whose head noun is the next group's: a word or two, none a person, a unit or a stop? */
export function sharesHead(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > SHARED_HEAD_WORDS) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || isPersonAt(tokens, j, to) || unitAt(tokens, j) || W.stops.has(t.lower) || W.detSing.has(t.lower) || W.calendar.has(t.lower)) return false;
    // Not a verb ("Unit 12 was routed and 40 …") nor a plural noun of its own ("six rockets
    // and 20 soldiers"); a group's name in capitals or an adjective stays ("17 KLA", "three Turkish").
    if (isAuxiliary(t) || isParticiple(t.lower) || /^\p{Ll}+s$/u.test(t.text)) return false;
  }
  return true;
}

/** "Six soldiers and a civilian were killed": one more person after the counted ones. */
function addOneAfter(tokens: Token[], c: Count, at: number): void {
  let q = c.npEnd;
  while (q < at && isPersonAt(tokens, q, at)) q++;
  let e = at;
  while (e - 1 > q && W.aux.has(tokens[e - 1]!.lower)) e--;
  if (tokens[q]?.lower !== 'and' || e - q > 6 || singularBefore(tokens, e, q + 1) !== q + 1) return;
  // A group of its own, added by the party refiner when it is the same side's ("Five policemen and
  // a civilian were injured": 5 police and 1 civilian; "four men and a woman": 5).
  (c.also ??= []).push({ low: 1, high: 1, qualifier: 'exact', npStart: q + 1, npEnd: e, singular: true });
  c.npEnd = e;
}

/** "Wilson was pronounced dead": a surname the article gave in full earlier is one person. */
function surnameSubject(doc: Doc, tokens: Token[], at: number, floor: number): Count | null {
  let end = at;
  while (end - 1 >= floor && W.aux.has(tokens[end - 1]!.lower)) end--;
  const k = surnameBefore(doc, tokens, end, Math.max(floor, clauseStartBefore(tokens, at, floor)));
  return k === null ? null : { low: 1, high: 1, qualifier: 'exact', npStart: k, npEnd: end, singular: true };
}

/**
 * The subject of a main verb after a relative clause, whose own verb's claim took it ("A soldier, who
 * was kidnapped last week, was found dead"): the people before the pronoun, their number read again.
 * Not for a vaguer outcome than the clause's own ("soldiers who were wounded were taken to hospital").
 */
function relativeSubject(tokens: Token[], nums: NumberMention[], at: number, finite: boolean): Count | null {
  const r = relativeClauseBefore(tokens, at);
  if (r < 0) return null;
  // The people end at the pronoun and start after the verb of any clause before ("Two soldiers were
  // killed and a civilian, who was hit, later died": the civilian died). "A trader, 45, who …" is
  // read with its comma (an age in commas), "A soldier, who …" without.
  let floor = r - 1;
  while (floor > 0 && !W.aux.has(tokens[floor - 1]!.lower) && !W.perfectAux.has(tokens[floor - 1]!.lower)) floor--;
  const atPronoun = (c: Count | null) => (c && c.npEnd >= r - 1 ? c : null);
  return atPronoun(countLeft(tokens, nums, r, floor, false, finite)) ?? (tokens[r - 1]!.lower === ',' ? atPronoun(countLeft(tokens, nums, r - 1, floor, false, finite)) : null);
}

/** Singular people: "a man was killed", "a man and his son were killed", "he was shot". */
function singularSubject(tokens: Token[], at: number, stop: number): Count | null {
  let end = at;
  // Past the auxiliaries and an adverb among them ("has since died", "was later found dead"), and
  // a day told between them ("a fisherman was on Sunday night shot dead").
  for (;;) {
    if (end - 1 >= stop && (W.aux.has(tokens[end - 1]!.lower) || W.predicateAdverbs.has(tokens[end - 1]!.lower))) { end--; continue; }
    const day = dayBetween(tokens, end, stop);
    if (day < end && W.aux.has(tokens[day - 1]?.lower ?? '')) { end = day; continue; }
    break;
  }
  const s = singularBefore(tokens, end, stop);
  if (s === null) return null;
  let n = 1;
  let start = s;
  let k = s - 1;
  let and = false;
  while (k > stop && (tokens[k]!.lower === 'and' || tokens[k]!.lower === ',' && W.detSing.has(tokens[k + 1]?.lower ?? ''))) {
    if (tokens[k]!.lower === 'and') and = true;
    const serialAnd = tokens[k]!.lower === 'and' && tokens[k - 1]?.lower === ',';
    if (serialAnd) k--;
    const s2 = singularBefore(tokens, k, stop);
    // "Gunmen killed one man and another was injured": the first is the earlier verb's object.
    if (s2 === null || objectOfActive(tokens, s2)) break;
    // "According to the police chief, a teenager was shot": the chief is the object of "to", the
    // claimant, not a subject in apposition with the teenager.
    if (W.objectOfPreposition.has(tokens[s2 - 1]?.lower ?? '')) break;
    // ", and" after a single phrase joins clauses, not people ("shells wounded four villagers and a
    // monk, and another villager died"); it ends a list only of three or more ("a teacher, a farmer,
    // and a trader died"), as addCoordinated reads it.
    if (serialAnd && tokens[s2 - 1]?.lower !== ',') break;
    n++; start = s2; k = s2 - 1;
  }
  // "Mullah Nazir, an important commander from the tribe, was killed", "Amina Bello, a student at
  // the school, died": without "and", phrases after a name or before a singular verb are appositions
  // of one person; "A teacher, a farmer, a trader died" is a list.
  const verb = tokens.slice(end, at);
  const named = isCapitalised(tokens[start]) && !W.detSing.has(tokens[start]!.lower);
  if (!and && (named || verb.some((t) => W.singularVerbs.has(t.lower))) && !verb.some((t) => W.pluralVerbs.has(t.lower))) n = 1;
  const ordinal = n === 1 && /^an?$/.test(tokens[start]!.lower) ? W.ordinalPeople.get(tokens[start + 1]?.lower ?? '') : undefined;
  return { low: n, high: n, qualifier: 'exact', npStart: start, npEnd: end, singular: n === 1, ...(ordinal ? { ordinal } : {}) };
}

/** Parts of a day after its name: "on Monday night". */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Start of a day phrase "on Saturday (night)" ending right before `end`, or `end`. */
function dayBetween(tokens: Token[], end: number, stop: number): number {
  let k = end - 1;
  if (DAY_PARTS.has(tokens[k]?.lower ?? '')) k--;
  return k - 1 >= stop && W.calendar.has(tokens[k]?.lower ?? '') && tokens[k - 1]!.lower === 'on' ? k - 1 : end;
}
