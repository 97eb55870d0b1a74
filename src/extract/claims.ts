import type { Doc } from '../annotate/doc.ts';
import { WordSet } from '../annotate/lexicon.ts';
import type { NumberMention } from '../annotate/numbers.ts';
import type { Token } from '../annotate/tokens.ts';
import type { Claim, Outcome, Party } from '../record/schema.ts';
import { countryName, findActors, type ActorMention } from './actors.ts';
import { attributionAt, findAttribution } from './attribution.ts';
import {
  activeWords, adjectiveWords, denials, hedges, intransitiveWords, negations, nounWords, passiveWords,
  nonEventWords, personNouns, personPlurals, runningBring, runningTotalWords, runningVerbs, tollNouns, tollVerbs,
} from './words.ts';

/** A claim with where it was found, for assembly into events. */
export interface FoundClaim extends Claim {
  sentenceIndex: number;
  /** Offset of the casualty word in the text. */
  at: number;
  /** Grouping key of the party: figures with the same key are alternatives, different keys add up. */
  partyKey: string;
  /** "another man was killed": adds to the party's figure instead of restating it. */
  additive?: boolean;
  /** "a boy", "he": one person named without a number (may be the same person as another figure). */
  singular?: boolean;
}

const AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'got', 'get', 'gets', 'getting', "'s", 'remain', 'remains', 'remained', 'reportedly', 'allegedly', 'also', 'later', 'all', 'both', 'each', 'then', 'subsequently', 'reported', 'confirmed', 'as', 'believed', 'to', 'feared', 'said', 'later', 'had', 'have', 'has', 'now', 'still', 'critically', 'seriously', 'fatally', 'mortally', 'slightly', 'severely', 'badly', 'not', 'left', 'found', 'initially']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets', 'getting', "'s"]);
// Words after a number that make it something other than a head count.
const UNIT = new Set(['year-old', 'year-olds', 'yr', 'yrs', 'yr-old', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'percent', '%', 'per', 'times', 'rounds', 'round', 'shots', 'shot', 'bullets', 'bullet', 'miles', 'mile', 'feet', 'foot', 'yards', 'meters', 'metres', 'km', 'kilometres', 'kilometers', 'dollars', 'block', 'blocks', 'cents', 'o\'clock', 'counts', 'count', 'cases', 'vehicles', 'cars', 'houses', 'homes', 'buildings', 'guns', 'rifles', 'weapons', 'calls', 'incidents', 'shootings', 'attacks', 'positions', 'points', 'pounds', 'inches', 'grams', 'sides', 'degrees', 'acres', 'floors', 'storey', 'stories', 'villages', 'roads', 'tanks', 'drones', 'missiles', 'rockets', 'shells',
  // Animals: raids count stolen or killed livestock ("60 goats", "300 head of cattle"), not people.
  'cattle', 'cows', 'goats', 'sheep', 'camels', 'animals', 'livestock', 'donkeys', 'heads', 'herds', 'chickens', 'pigs', 'horses']);
/** Month and day names: "14 May Borana herders" is a date before the people, not their count. */
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "cattle rustlers", "goat thieves": an animal word before a person noun is part of the person noun phrase. */
function unitAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !UNIT.has(t.lower)) return false;
  const after = tokens[k + 1];
  return !(after && /^(?:cattle|goats?|sheep|camels?|livestock)$/.test(t.lower) && (personPlurals.has(after.lower) || /(?:ers|men)$/.test(after.lower)));
}
// A clause ends here: the count for a casualty word is not looked for beyond.
const STOP = new Set([';', ':', '(', ')', '"', '“', '”', 'after', 'when', 'while', 'but', 'because', 'before', 'although', 'though', 'since', 'until', 'where', 'if', 'whereas', 'said', 'says', '—', '–']);
const DET_SING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another', 'this', 'that', 'my', 'our', 'your']);
const PRONOUN_SING = new Set(['he', 'she']);

interface Count {
  low: number;
  high: number;
  qualifier: Claim['qualifier'];
  /** Token range of the counted noun phrase. */
  npStart: number;
  npEnd: number;
  negated?: boolean;
  /** "killed himself": the attacker's own death. */
  self?: boolean;
  /** "another man", "a second victim": more people, not a re-mention. */
  additive?: boolean;
  /** Counted from a singular noun phrase or pronoun, not from a number. */
  singular?: boolean;
  /** Other groups counted by the same verb ("three soldiers and two rebels were killed"). */
  also?: Count[];
}

function isPersonAt(tokens: Token[], i: number, end: number): boolean {
  if (i < 0 || i >= end) return false;
  if (personPlurals.matchAt(tokens, i, end) || personNouns.matchAt(tokens, i, end)) return true;
  return /^\d+-year-olds?$/.test(tokens[i]!.lower);
}

/** Does a noun phrase of people start within a few tokens after index i? ("7 Azerbaijani soldiers", "seven of its soldiers") */
function personAfter(tokens: Token[], i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 5); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== ']' && t.text !== '[') return -1;
    if (unitAt(tokens, k) || t.kind === 'num') return -1;
    // "14 May Borana herders": a day and month, not a count of the people after them.
    if (CALENDAR.test(t.lower) && /^\p{Lu}/u.test(t.text)) return -1;
    // A determiner starts another noun phrase ("Image 1 of 8 A child was shot"), except after "of".
    if ((t.lower === 'a' || t.lower === 'an' || t.lower === 'the') && tokens[k - 1]?.lower !== 'of') return -1;
    if (isPersonAt(tokens, k, limit)) return k;
  }
  return -1;
}

const countOf = (n: NumberMention) => ({ low: n.low, high: n.high, qualifier: n.qualifier });

/**
 * The count of a casualty word at token `at`, looked for to its left (the subject). `reduced`: the
 * word is a past participle without "was/were" and without an object ("4 Samburu reported dead",
 * "4 cattle thieves shot dead by rangers"), a summary's reduced passive: a short noun phrase after
 * the number is its people even when the noun is not in the person list.
 */
function countLeft(tokens: Token[], nums: NumberMention[], at: number, floor: number, reduced = false): Count | null {
  let stop = floor;
  for (let k = at - 1; k >= floor && at - k <= 18; k--) {
    // A parenthesis is skipped whole: "three herders (out of a group of seven) were killed".
    if (tokens[k]!.lower === ')') {
      let j = k - 1;
      while (j >= floor && tokens[j]!.lower !== '(' && k - j < 12) j--;
      if (j >= floor && tokens[j]!.lower === '(') { k = j; stop = j; continue; }
    }
    if (STOP.has(tokens[k]!.lower)) { stop = k + 1; break; }
    stop = k;
  }
  // Nearest number between stop and the casualty word whose following words name people (or nothing).
  const inParens = (i: number) => {
    for (let j = i; j < at; j++) { if (tokens[j]!.lower === ')') return true; if (tokens[j]!.lower === '(') return false; }
    return false;
  };
  for (let n = nums.length - 1; n >= 0; n--) {
    const num = nums[n]!;
    if (num.end > at || num.start < stop || inParens(num.end)) continue;
    if (num.yearLike) continue;
    // "Three people, including two children, were killed": the part is not the count.
    if (tokens[num.start - 1]?.lower === 'including' && nums.some((o) => o.end < num.start && o.start >= stop && !o.yearLike)) continue;
    const next = tokens[num.end];
    // "3 shots" is a unit, "2 shot dead" a count and its casualty word.
    if (next && unitAt(tokens, num.end) && num.end !== at) continue;
    // "no one", "No. 5", an age in commas ("Tiarah Poyau, 22, was shot").
    const prevTok = tokens[num.start - 1];
    if (tokens[num.start]!.lower === 'one' && prevTok?.lower === 'no') continue;
    if (prevTok?.lower === ',' && num.low === num.high && num.end - num.start === 1 && tokens[num.start]!.kind === 'num'
      && (next?.lower === ',' || num.end !== at && /^\p{Lu}/u.test(tokens[num.start - 2]?.text ?? '') && !isPersonAt(tokens, num.end, at))) continue;
    // "6 more killed", "3 more were wounded": more people, counted all the same.
    const more = next?.lower === 'more' && (num.end + 1 === at || AUX.has(tokens[num.end + 1]?.lower ?? ''));
    const direct = num.end === at || more || AUX.has(next?.lower ?? '') || next?.lower === ',' && num.end + 1 === at;
    let p = direct ? num.end : personAfter(tokens, num.end, at);
    // "Three suspected gangsters are lynched": a short noun phrase, then the verb's auxiliary.
    let head = at - 1;
    while (head > num.end && AUX.has(tokens[head]!.lower)) head--;
    // A people's or group's name counts too: "9 Borana were killed", "6 suspected ONLF shot dead".
    const headOk = /(?:s|men)$/.test(tokens[head]!.lower) || personNouns.has(tokens[head]!.lower) || (head >= num.end && (/^\p{Lu}/u.test(tokens[head]!.text) || reduced && tokens.slice(num.end, head).some((t) => /^\p{Lu}/u.test(t.text))));
    if (p < 0 && headOk && at - num.end <= (reduced ? 4 : 8) && (reduced || AUX.has(tokens[at - 1]!.lower))
      && !tokens.slice(num.end, at).some((t, q) => t.kind !== 'word' || unitAt(tokens, num.end + q) || STOP.has(t.lower) || CALENDAR.test(t.lower) || t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.lower === 'and' || t.lower === 'of')) p = num.end;
    if (p < 0) continue;
    // The people counted are the verb's subject: nothing clause-like between them and the verb
    // ("a crowd of 75-100 people involved in a disturbance and Harris … died" is not about the crowd).
    const tail = tokens.slice(Math.max(p + 1, num.end), at);
    if (tail.length > 7 && tail[0]?.lower !== ',' && tail.some((t, q) => t.lower === 'and' && q < tail.length - 1 && (/^\p{Lu}/u.test(tail[q + 1]!.text) || DET_SING.has(tail[q + 1]!.lower)))) continue;
    const c: Count = { ...countOf(num), npStart: num.start, npEnd: p >= num.end ? Math.max(p + 1, num.end) : num.end };
    // "he and three others were shot", "a man and two women were killed": add the coordinated parts.
    let k = num.start - 1;
    if (k > stop && tokens[k]!.lower === 'and' && tokens[k - 1]?.lower === ',') k--;
    if (k > stop && (tokens[k]!.lower === 'and' || tokens[k]!.lower === ',' && tokens[k + 1]?.lower === 'and')) {
      const prev = singularBefore(tokens, k, stop);
      if (prev !== null) { c.low += 1; c.high += 1; c.npStart = prev; }
      else {
        // "Three Somali soldiers and two rebels were killed": each counted group has its own party.
        const other = nums.filter((n) => n.end <= k && n.start >= stop && !n.yearLike).pop();
        if (other && personAfter(tokens, other.end, k) >= 0) c.also = [{ ...countOf(other), npStart: other.start, npEnd: k }];
      }
    }
    // "Six soldiers and a civilian were killed": one more person after the counted ones.
    let q = c.npEnd;
    while (q < at && isPersonAt(tokens, q, at)) q++;
    let e = at;
    while (e - 1 > q && AUX.has(tokens[e - 1]!.lower)) e--;
    if (tokens[q]?.lower === 'and' && e - q <= 6 && singularBefore(tokens, e, q + 1) === q + 1) { c.low += 1; c.high += 1; c.npEnd = e; }
    return c;
  }
  // "any" after a denial: "denied that any soldiers were killed".
  for (let k = at - 1; k >= stop; k--) {
    if (tokens[k]!.lower === 'any' && denials.findAll(tokens, 0, k).length) return { low: 0, high: 0, qualifier: 'exact', npStart: k, npEnd: at, negated: true };
  }
  // Singular people: "a man was killed", "a man and his son were killed", "he was shot".
  let end = at;
  while (end - 1 >= stop && AUX.has(tokens[end - 1]!.lower)) end--;
  const s = singularBefore(tokens, end, stop);
  if (s === null) return null;
  let n = 1;
  let start = s;
  let k = s - 1;
  while (k > stop && (tokens[k]!.lower === 'and' || tokens[k]!.lower === ',' && DET_SING.has(tokens[k + 1]?.lower ?? ''))) {
    if (tokens[k]!.lower === 'and' && tokens[k - 1]?.lower === ',') k--;
    const s2 = singularBefore(tokens, k, stop);
    if (s2 === null) break;
    n++; start = s2; k = s2 - 1;
  }
  return { low: n, high: n, qualifier: 'exact', npStart: start, npEnd: end, singular: n === 1 };
}

/**
 * End of a short noun phrase naming people after a count ("three al Shabaab", "six Toposa militia"):
 * one to three words, then the clause goes on without an object (a preposition, a break, the end).
 * -1 when the words are a unit, a date, or run on.
 */
function namedObjectEnd(tokens: Token[], start: number, limit: number): number {
  for (let j = start; j <= start + 3; j++) {
    const t = j < limit ? tokens[j] : undefined;
    if (!t || NO_OBJECT.has(t.lower) || t.kind === 'punct') return j > start ? j : -1;
    if (j === start + 3 || t.kind !== 'word' || unitAt(tokens, j) || CALENDAR.test(t.lower) || DET_SING.has(t.lower) || STOP.has(t.lower) || t.lower === 'of' || t.lower === 'more') return -1;
  }
  return -1;
}

const REGION_LEAD = /^(?:central|northern|southern|eastern|western|north|south|east|west|upper|lower|greater)$/;

/** Start of a singular person noun phrase ending right before `end`: "a 17-year-old", "his wife", "the victim", "he", "Devin Anderson". */
function singularBefore(tokens: Token[], end: number, floor: number): number | null {
  if (end - 1 < floor) return null;
  const last = tokens[end - 1]!;
  if (PRONOUN_SING.has(last.lower) && (end - 2 < floor || tokens[end - 2]!.lower !== 'and' || true)) return end - 1;
  // "one of the victims", "one of them": a count of one.
  // Person noun (possibly with a trailing ", 25,") preceded within 4 tokens by a singular determiner.
  let k = end - 1;
  // skip an apposition of age or name: "a man, 25,", "an official, Caroline Odiga,"
  if (tokens[k]?.lower === ',' && k - 2 >= floor && tokens[k - 1]!.kind === 'num' && tokens[k - 2]!.lower === ',') k -= 3;
  else if (tokens[k]?.lower === ',') {
    let j = k - 1;
    while (j >= floor && k - j <= 4 && tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) j--;
    if (j < k - 1 && j >= floor && tokens[j]!.lower === ',' && personNouns.has(tokens[j - 1]?.lower ?? '')) k = j - 1;
  }
  if (k < floor) return null;
  const t = tokens[k]!;
  const isSingPerson = (personNouns.has(t.lower) && !personPlurals.has(t.lower) && !/s$/.test(t.lower) || /^\d+-year-old$/.test(t.lower) || personNouns.has(t.lower) && ['boss', 'witness', 'actress', 'waitress'].includes(t.lower));
  // "An unidentified gunmen is killed": the article makes it one.
  if (!isSingPerson && personPlurals.has(t.lower)) {
    for (let d = k - 1; d >= Math.max(floor, k - 3); d--) if (tokens[d]!.lower === 'a' || tokens[d]!.lower === 'an') return d;
  }
  if (isSingPerson) {
    // A headline's bare noun: "Teenage boy killed by raiders", "Pastor killed outside police post".
    if (k - floor <= 1 && k === end - 1 && (k === 0 || /^\p{Lu}/u.test(tokens[k - 1]!.text)) && k <= 1) return k - (k === 1 ? 1 : 0);
    for (let d = k - 1; d >= Math.max(floor, k - 6); d--) {
      const w = tokens[d]!.lower;
      if (DET_SING.has(w)) {
        if (w === 'one' && tokens[d + 1]?.lower === 'of') return null;
        return d;
      }
      if (tokens[d]!.kind === 'punct' && w !== '-') break;
    }
    // "Police said 15-year-old Kevin Barbee was killed": bare age words count too.
    if (/^\d+-year-old$/.test(t.lower)) return k;
    return null;
  }
  // A name: two or more capitalised words right before the verb ("Devin Anderson was shot").
  let n = 0;
  let d = k;
  // Capitalised words, initials ("Gerardo I. Hernandez") and "Jr."
  while (d >= floor && n < 6) {
    const w = tokens[d]!;
    if (w.kind === 'word' && /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w.text)) { n++; d--; continue; }
    if (w.text === '.' && d - 1 >= floor && /^(?:\p{Lu}|Jr|Sr)$/u.test(tokens[d - 1]!.text)) { d -= 2; n++; continue; }
    if (w.kind === 'word' && /^\p{Lu}\.?$/u.test(w.text)) { n++; d--; continue; }
    break;
  }
  // "Central Mali has been hit by violence": capitalised words ending in a country's name, or led by
  // a compass word, name a region, not a person.
  if (n >= 2 && d + 1 > floor - 1 && !REGION_LEAD.test(tokens[d + 1]!.lower) && !findActors(tokens, k, k + 1).some((m) => m.via === 'country')) return d + 1;
  // "one of the victims died"
  if (t.lower === 'them' || personPlurals.has(t.lower)) {
    for (let q = k - 1; q >= Math.max(floor, k - 3); q--) if (tokens[q]!.lower === 'of' && tokens[q - 1]?.lower === 'one') return q - 1;
  }
  return null;
}

/** The count of a casualty verb's object, to its right: "killing two", "killed 3 people", "shot a man". */
function countRight(tokens: Token[], nums: NumberMention[], after: number, limit: number): Count | null {
  for (const num of nums) {
    // The object starts right after the verb ("killing at least 3", "injuring two others").
    if (num.start !== after && !(num.start === after + 1 && ['another', 'all', 'some', 'the'].includes(tokens[after]!.lower))) continue;
    if (num.yearLike) return null;
    const next = tokens[num.end];
    if (next && unitAt(tokens, num.end)) continue; // "a six year old boy": an age, the noun decides below
    let p = personAfter(tokens, num.end, limit);
    const bare = !next || next.kind === 'punct' || ['and', 'in', 'on', 'at', 'during', 'near', 'dead', 'others', 'inside', 'outside', 'when', 'while', 'of'].includes(next.lower);
    if (p < 0 && !bare) {
      // "killed three al Shabaab near the post", "shot dead six Toposa militia at …": a casualty
      // verb's counted object is people, even named by a group the person list lacks.
      const q = namedObjectEnd(tokens, num.end, limit);
      if (q < 0) return null;
      p = q - 1;
    }
    const c: Count = { ...countOf(num), npStart: num.start, npEnd: p >= 0 ? p + 1 : num.end };
    // "killing four civilians and two police": a second group of people, counted too.
    if (tokens[c.npEnd]?.lower === 'and') {
      const more = nums.find((n) => n.start === c.npEnd + 1 && !n.yearLike);
      const p2 = more ? personAfter(tokens, more.end, limit) : -1;
      if (more && p2 >= 0) { c.low += more.low; c.high += more.high; c.npEnd = p2 + 1; }
    }
    return c;
  }
  // A singular object: "killed a man", "shot his wife", "killing an officer", "lynched a motorcycle thief", "kill him".
  const first = tokens[after];
  // A headline's bare object: "Bandits kill woman", "Police shoot suspected gunman".
  for (let j = after; j < Math.min(limit, after + 3); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || DET_SING.has(t.lower)) break;
    if (personNouns.has(t.lower) && !personPlurals.has(t.lower)) return { low: 1, high: 1, qualifier: 'exact', npStart: after, npEnd: j + 1, singular: true };
    if (!/^(?:suspected|alleged|unarmed|young|elderly|local|teenage|pregnant|innocent)$/.test(t.lower)) break;
  }
  if (first && (first.lower === 'him' || first.lower === 'her' || first.lower === 'himself' || first.lower === 'herself')) return { low: 1, high: 1, qualifier: 'exact', npStart: after, npEnd: after + 1, self: first.lower.endsWith('self'), singular: true };
  for (let k = after; k < Math.min(limit, after + 1); k++) {
    const w = tokens[k]!.lower;
    if (!DET_SING.has(w) || w === 'that' || w === 'this' || w === 'its' || w === 'their') continue;
    for (let j = k + 1; j < Math.min(limit, k + 7); j++) {
      const t = tokens[j]!;
      // An age without hyphens: "a 31 year-old trader", "a 19 years old driver".
      if (t.kind === 'num' && AGE_UNIT.test(tokens[j + 1]?.lower ?? '')) {
        j += tokens[j + 2]?.lower === 'old' ? 2 : 1;
        // "kills a 15 year old outside …": the age is the person.
        if (j + 1 >= limit || NO_OBJECT.has(tokens[j + 1]!.lower) || /^(?:over|for|who|near)$/.test(tokens[j + 1]!.lower)) return { low: 1, high: 1, qualifier: 'exact', npStart: k, npEnd: j + 1, singular: true };
        continue;
      }
      if (t.kind === 'punct' || t.kind === 'num') break;
      // "a police officer": a plural-like word as the first half of a compound is not plural.
      if (personPlurals.has(t.lower) && !personNouns.has(tokens[j + 1]?.lower ?? '')) break;
      if (personNouns.has(t.lower) || /^\d+-year-old$/.test(t.lower)) {
        // "his wife, son and daughter", "his fiancee, Jaime Salazar, 34, and their 2-year-old son":
        // one more per coordinated person.
        let n = 1, end = j + 1;
        let q = j + 1;
        while (q < limit) {
          // Skip an apposition: ", Jaime Salazar, 34,"
          let r = q;
          if (tokens[r]?.lower === ',') r++;
          if (tokens[r]?.lower === 'and') r++;
          if (r === q) break;
          if (DET_SING.has(tokens[r]?.lower ?? '')) r++;
          if (tokens[r]?.kind === 'word' && !personNouns.has(tokens[r]!.lower) && tokens[r + 1] && (personNouns.has(tokens[r + 1]!.lower) || /^\d+-year-old$/.test(tokens[r + 1]!.lower))) r++;
          const t2 = tokens[r];
          if (t2 && (personNouns.has(t2.lower) && !personPlurals.has(t2.lower) || /^\d+-year-old$/.test(t2.lower))) { n++; end = r + 1; q = r + 1; continue; }
          // "a woman and her two children"
          const num2 = nums.find((x) => x.start === r && !x.yearLike);
          if (num2 && personAfter(tokens, num2.end, limit) >= 0) { n += num2.low; end = num2.end + 1; q = num2.end + 1; continue; }
          // A name and age in commas: ", Jaime Salazar, 34," then maybe "and …"
          let z = r;
          while (z < limit && z < r + 4 && /^\p{Lu}/u.test(tokens[z]!.text) && tokens[z]!.kind === 'word') z++;
          if (z > r && tokens[z]?.lower === ',' && tokens[z + 1]?.kind === 'num' && tokens[z + 2]?.lower === ',') { q = z + 2; continue; }
          if (z > r && tokens[z]?.lower === ',') { q = z; continue; }
          break;
        }
        return { low: n, high: n, qualifier: 'exact', npStart: k, npEnd: end, singular: n === 1 };
      }
    }
  }
  return null;
}

/** Whose people a noun phrase counts: a side's soldiers, police, civilians, suspects, or unknown. */
function partyOfPhrase(tokens: Token[], actors: ActorMention[], start: number, end: number, claimant: Party | null): Party | null {
  const inside = actors.filter((a) => a.start >= start && a.end <= end + 1 && a.via !== 'media' && a.via !== 'metonym');
  let country: string | null = null;
  for (const a of inside) if (a.actor.country) { country = a.actor.country; break; }
  for (let k = start; k < end; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'its' || w === 'their' || w === 'our') && claimant?.country) country = claimant.country;
  }
  const body = inside.find((a) => a.via === 'body' || a.via === 'standalone');
  let kind: Party['kind'] | null = body ? body.actor.kind : null;
  for (let k = start; k < end && !kind; k++) {
    const w = tokens[k]!.lower;
    if (/^(?:soldiers?|troops?|servicem[ae]n|fighters?|militants?|rebels?|insurgents?)$/.test(w)) kind = /^(?:fighters?|militants?|rebels?|insurgents?)$/.test(w) ? 'rebel' : 'military';
    else if (/^(?:police(?:m[ae]n)?|officers?|deputies|deputy|troopers?|constables?)$/.test(w)) kind = 'police';
    else if (/^(?:suspects?|gunm[ae]n|shooters?|assailants?|attackers?|robbers?|bandits?|intruders?|criminals?)$/.test(w)) kind = 'group';
    else if (/^(?:civilians?|people|persons?|residents?|villagers?|m[ae]n|wom[ae]n|children|child|boys?|girls?|teens?|teenagers?|students?|victims?|passengers?)$/.test(w) || /^\d+-year-olds?$/.test(w)) kind = 'civilians';
  }
  if (!kind && !country) return null;
  kind ??= country ? 'military' : 'civilians';
  if (kind === 'government' || kind === 'state') kind = 'military';
  const name = kind === 'military' ? (country ? `Military Forces of ${countryLabel(inside, country)}` : 'Military Forces')
    : kind === 'police' ? (country ? `Police Forces of ${countryLabel(inside, country)}` : 'Police Forces')
      : kind === 'group' ? 'Suspects or assailants'
        : kind === 'rebel' ? (body?.actor.name ?? 'Rebels')
          : body && body.actor.kind === kind ? body.actor.name : (country ? `Civilians (${countryLabel(inside, country)})` : 'Civilians');
  return { name, kind, country };
}

function countryLabel(inside: ActorMention[], iso3: string): string {
  const a = inside.find((x) => x.actor.country === iso3);
  const m = a?.actor.name.match(/of (.+)$|^Civilians \((.+)\)$/);
  return m?.[1] ?? m?.[2] ?? countryName.get(iso3) ?? iso3;
}

export function partyKey(p: Party): string {
  if (p.kind === 'civilians' || p.kind === 'unknown') return 'civilians';
  return `${p.kind}:${p.country ?? ''}`;
}

const UNKNOWN: Party = { name: 'Unknown', kind: 'unknown', country: null };
const SUSPECT: Party = { name: 'Suspects or assailants', kind: 'group', country: null };

interface Trigger { at: number; end: number; outcome: Outcome; cls: 'passive' | 'adj' | 'intrans' | 'active' | 'noun' | 'toll'; activeAlt?: { outcome: Outcome; end: number } }

/** First words of every trigger phrase: one set lookup per token before the phrase matchers. */
const TRIGGER_FIRST = new WordSet([], tollNouns, adjectiveWords, passiveWords, intransitiveWords, activeWords, nounWords);

/** Is token k the last token of a number ("10", "ten", "a dozen")? Number words are word tokens. */
type NumEnd = (k: number) => boolean;

function triggersOf(tokens: Token[], numEnd: NumEnd): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || !TRIGGER_FIRST.has(tokens[i])) continue;
    const toll = tollNouns.matchAt(tokens, i);
    if (toll) { out.push({ at: i, end: toll.end, outcome: 'killed', cls: 'toll' }); i = toll.end - 1; continue; }
    const prev = tokens[i - 1]?.lower ?? '';
    const adj = adjectiveWords.matchAt(tokens, i);
    const pas = passiveWords.matchAt(tokens, i);
    const intr = intransitiveWords.matchAt(tokens, i);
    const act = activeWords.matchAt(tokens, i);
    const noun = nounWords.matchAt(tokens, i);
    // Longest reading wins; ties prefer the reading the preceding word supports.
    const cands: [Trigger['cls'], { value: Outcome; end: number } | null][] = [['adj', adj], ['passive', pas], ['intrans', intr], ['active', act], ['noun', noun]];
    let best: Trigger | null = null;
    for (const [cls, m] of cands) {
      if (!m) continue;
      if (!best || m.end > best.end) best = { at: i, end: m.end, outcome: m.value, cls };
    }
    if (!best) continue;
    if (best.cls === 'adj' || best.cls === 'passive') {
      if (act && act.end >= best.end) {
        // "a police officer shot dead a driver" (active) or "2 killed" (reduced passive) or "then killed
        // himself": the object after decides, in claimsOfSentence.
        // "ten wounded" is a count and its casualty word, like "10 wounded", not a verb and its object.
        if (!AUX.has(prev) && !numEnd(i - 1) && !isPersonAt(tokens, i - 1, i) && prev !== 'others') best = { ...best, cls: 'active', outcome: act.value, end: act.end };
        else {
          let k = i - 1, be = false;
          while (k >= 0 && i - k <= 4 && AUX.has(tokens[k]!.lower)) { if (BE.has(tokens[k]!.lower)) be = true; k--; }
          if (!be) best.activeAlt = { outcome: act.value, end: act.end };
        }
      }
      if (noun && noun.end >= best.end && (prev === 'the' || prev === 'no' || numEnd(i - 1)) && best.cls !== 'active') {
        best = { ...best, cls: 'noun', outcome: noun.value, end: noun.end };
      }
    }
    out.push(best);
    i = best.end - 1;
  }
  return out;
}

/** Nouns of a count: "the number of …", "the tally of …". */
const COUNT_NOUNS = new Set(['number', 'count', 'tally', 'toll', 'total']);

/**
 * Index of "number" when the casualty word at `at` ends a phrase "the number of [people] <word>"
 * ("the number of its soldiers killed", "the number of wounded"), else -1. "A number of people were
 * killed" is a vague count, not a running total.
 */
function countPhraseStart(tokens: Token[], nums: NumberMention[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 8); k--) {
    const t = tokens[k]!;
    if (t.lower === 'of' && COUNT_NOUNS.has(tokens[k - 1]!.lower)) {
      return tokens[k - 2]?.lower === 'a' || nums.some((n) => n.start >= k && n.start < at) ? -1 : k - 1;
    }
    if (STOP.has(t.lower) || t.kind === 'num' || (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’')) return -1;
  }
  return -1;
}

/** "bringing the number of dead to 12", "raising the toll to 9": a bare "to" then gives the figure. */
function broughtTo(tokens: Token[], start: number): boolean {
  const k = tokens[start - 1]?.lower === 'the' || tokens[start - 1]?.lower === 'its' || tokens[start - 1]?.lower === 'their' ? start - 2 : start - 1;
  return runningBring.has(tokens[k]?.lower ?? '');
}

/**
 * The figure of a running total, to the right of `from` in the same clause: the first number right
 * after a verb of a total ("had risen to six", "stood at 40", "was 12"), or after "to" when the phrase
 * follows "bringing"/"raising". None when another number comes first or the clause ends.
 */
function runningFigure(tokens: Token[], nums: NumberMention[], from: number, bring: boolean): NumberMention | null {
  for (let k = from; k < Math.min(tokens.length, from + 20); k++) {
    const t = tokens[k]!;
    if (STOP.has(t.lower) || t.lower === ',' || t.lower === '.') return null;
    if (nums.some((n) => n.start === k)) return null;
    const m = runningVerbs.matchAt(tokens, k) ?? (bring && t.lower === 'to' ? { end: k + 1 } : null);
    if (!m) continue;
    let j = m.end;
    while (j < tokens.length && /^(?:now|further|officially|already)$/.test(tokens[j]!.lower)) j++;
    const num = nums.find((n) => n.start === j);
    if (num && !num.yearLike && !UNIT.has(tokens[num.end]?.lower ?? '')) return num;
    k = m.end - 1;
  }
  return null;
}

const ADDITIVE = /^(?:another|second|third|fourth|additional)$/;
/** Words of an age after its number: "31 year-old", "19 years old", "5 yr old". */
const AGE_UNIT = /^(?:years?|yrs?)(?:-old)?$/;
/** Verbs that report a past act before "to have": "claimed to have killed", "known to have died". */
const REPORTED = /^(?:claimed|claims|claim|said|says|reported|known|believed|thought|alleged|understood|confirmed|feared|estimated|likely|found|shown|appeared|appears|seem|seems|seemed)$/;
/** A past participle that can head a reduced passive ("killed", "shot", "slain"). */
const PARTICIPLE = /^(?:\w+ed|shot|slain|burnt|hurt)$/;
/** Words that follow a verb with no object: an agent, a preposition, a clause break, the end. */
const NO_OBJECT = new Set(['.', ',', ';', ':', '-', '–', '—', '/', '(', ')', 'by', 'in', 'at', 'on', 'during', 'near', 'after', 'when', 'while', 'as', 'following', 'and', 'with', 'from', 'over', 'inside', 'outside', 'since', 'for', 'to', 'instantly', 'later', 'overnight', 'yesterday', 'today']);

function makeClaim(doc: Doc, si: number, outcome: Outcome, c: Count, party: Party, attr: ReturnType<typeof findAttribution>, flags: { hedged: boolean; negated: boolean; running: boolean }, at: number): FoundClaim {
  const s = doc.sentences[si]!;
  const np = s.tokens.slice(c.npStart, c.npEnd);
  if (np.some((t) => ADDITIVE.test(t.lower)) && !np.some((t) => t.lower === 'others' || t.lower === 'of')) c.additive = true;
  const claim: FoundClaim = {
    outcome,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    party,
    claimedBy: attr.claimedBy,
    reportedBy: attr.reportedBy,
    quote: { text: s.text, start: s.start, end: s.end },
    sentenceIndex: si,
    at,
    partyKey: partyKey(party),
  };
  if (c.additive) claim.additive = true;
  if (c.singular) claim.singular = true;
  if (flags.hedged) claim.hedged = true;
  if (flags.negated || c.negated) { claim.negated = true; claim.low = 0; claim.high = 0; claim.qualifier = 'exact'; }
  if (flags.running) claim.runningTotal = true;
  if (!claim.negated && !flags.running) {
    const mark = MAYBE_BREAKDOWN.test(s.text) ? breakdownStart(s.tokens) : -1;
    if (mark >= 0 && c.npStart >= mark) claim.breakdown = true;
  }
  return claim;
}

/** Cheap gates on the raw sentence before the token scans below. */
const MAYBE_BREAKDOWN = /includ|among/i;
const MAYBE_COUNT_OF = /\b(?:number|count|tally|toll|total)\s+of\b/i;

const AMONG_WHAT = /^(?:dead|killed|deceased|victims|casualties|injured|wounded|those|them|the|fatalities|bodies)$/;

/**
 * First token of a sentence whose counts break down a figure: the words after "including" or "among
 * the dead"; the whole sentence when its people "were among those killed"; -1 when none.
 */
function breakdownStart(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === 'including' || w === 'included' || w === 'include' || w === 'includes') return k + 1;
    if (w === 'among' && AMONG_WHAT.test(tokens[k + 1]?.lower ?? '') && AMONG_WHAT.test(tokens[k + 2]?.lower ?? 'them')) {
      return /^(?:were|are|was|is)$/.test(tokens[k - 1]?.lower ?? '') ? 0 : k + 1;
    }
  }
  return -1;
}

/** Outcome a negation phrase denies: "no injuries" → wounded, "no casualties" → both. */
function negatedOutcomes(words: string): Outcome[] {
  if (/casualt|harm|unhurt|unharmed/.test(words)) return /unhurt|unharmed|hurt/.test(words) ? ['wounded'] : ['killed', 'wounded'];
  if (/injur|hurt|wound/.test(words)) return ['wounded'];
  if (/kill|death|dead|died|fatal|li(fe|ves)/.test(words)) return ['killed'];
  return ['killed', 'wounded'];
}

/** Cheap gate before tokenizing: a sentence without any of these stems reports no casualties. */
const MAYBE_CASUALTY = /kill|assassin|gun(?: down|s down|ning)|dead|die|death|wound|injur|hurt|shot|shoot|slain|murder|fatal|casualt|missing|captur|victim|hospital|toll|lynch|stab|bod(?:y|ies)|lives|life|critical|condition|prisoner|hostage|abduct|kidnap|arrest|detain|displac|perish|succumb|execut|behead|massacr|slaughter|hack|beat|stoned|burn|strangl|gunned|struck|hit by|unhurt|unharmed|harm|grazed|treated|survived/i;

const MAYBE_NEGATION = /\b(?:no|not|none|nobody|without|unhurt|unharmed|escaped|weren't|wasn't|didn't)\b|n't/i;
const MAYBE_HEDGE = /unconfirmed|reported|alleged|purported|possibl|may have|might have|could have|feared|rumou?red|believed|thought|unverified|not clear|verified/i;
const MAYBE_RUNNING = /toll|rose|risen|climbed|increased|stands|now at|bring|raising/i;

/** Every casualty claim of sentence si. */
export function claimsOfSentence(doc: Doc, si: number, opts: { headline?: boolean } = {}): FoundClaim[] {
  const s = doc.sentences[si]!;
  if (!MAYBE_CASUALTY.test(s.text)) return [];
  const tokens = s.tokens;
  const numEnd: NumEnd = (k) => {
    const t = tokens[k];
    if (!t) return false;
    if (t.kind === 'num') return true;
    return t.kind === 'word' && doc.numbers(si).some((n) => n.end === k + 1);
  };
  const triggers = triggersOf(tokens, numEnd);
  // Cheap gates on the raw sentence before the phrase scans (each scan visits every token).
  const negs = MAYBE_NEGATION.test(s.text) ? negations.findAll(tokens) : [];
  if (!triggers.length && !negs.length) return [];
  const nums = doc.numbers(si);
  // Actors and attribution only when a figure is found (most casualty words here have none).
  let actorsMemo: ActorMention[] | null = null;
  let attrMemo: ReturnType<typeof findAttribution> | null = null;
  const actorsOf = () => (actorsMemo ??= findActors(tokens));
  const attrOf = () => (attrMemo ??= findAttribution(tokens, actorsOf()));
  const hedged = MAYBE_HEDGE.test(s.text) && hedges.findAll(tokens).length > 0;
  const running = MAYBE_RUNNING.test(s.text) && runningTotalWords.findAll(tokens).length > 0;
  const countOfPhrase = MAYBE_COUNT_OF.test(s.text);
  const out: FoundClaim[] = [];
  let lastParty: Party | null = null;
  const used = new Set<number>(); // number mentions already counted
  let floor = 0;
  for (const tr of triggers) {
    if (negs.some((n) => tr.at >= n.start && tr.at < n.end)) continue;
    // "tried to kill", "barely missed killing", "could have died", "should've been five people dead".
    let planned = false;
    for (let k = Math.max(0, tr.at - 6); k < tr.at; k++) {
      // "claimed to have killed", "are known to have been killed": a report of the past, not a plan.
      if (nonEventWords.matchAt(tokens, k, tr.at) && !(tokens[k]!.lower === 'to' && REPORTED.test(tokens[k - 1]?.lower ?? ''))) planned = true;
    }
    if (planned) { floor = tr.end; continue; }
    let c: Count | null = null;
    if (tr.cls !== 'toll' && countOfPhrase) {
      // "the number of its soldiers killed in the clashes had risen to six", "bringing the number of
      // people injured to 30": a running total of the casualty word's outcome, like a toll.
      const ps = countPhraseStart(tokens, nums, tr.at);
      const num = ps >= 0 ? runningFigure(tokens, nums, tr.end, broughtTo(tokens, ps)) : null;
      if (num) {
        const attr = attributionAt(attrOf(), ps);
        const party: Party = partyOfPhrase(tokens, actorsOf(), ps + 2, tr.at, attr.claimedBy) ?? lastParty ?? UNKNOWN;
        out.push(makeClaim(doc, si, tr.outcome, { ...countOf(num), npStart: ps + 2, npEnd: tr.at }, party, attr, { hedged, negated: false, running: true }, tokens[tr.at]!.start));
        used.add(num.start);
        lastParty = party;
        floor = num.end;
        continue;
      }
    }
    if (tr.cls === 'toll') {
      // "the death toll rose to 12", "the toll stood at 6"
      for (let k = tr.end; k < Math.min(tokens.length, tr.end + 6); k++) {
        const num = nums.find((n) => n.start === k);
        if (num && !num.yearLike) { c = { ...countOf(num), npStart: tr.at, npEnd: num.end }; break; }
        if (!tollVerbs.matchAt(tokens, k) && !['has', 'had', 'have', 'now', 'the', 'further', 'officially', 'already'].includes(tokens[k]!.lower)) break;
      }
      // "the death toll from Saturday's attack on the market rose to 12", "bringing the toll from the raids to 9"
      if (!c) {
        const num = runningFigure(tokens, nums, tr.end, broughtTo(tokens, tr.at));
        if (num) c = { ...countOf(num), npStart: tr.at, npEnd: num.end };
      }
      if (c) { out.push(makeClaim(doc, si, 'killed', c, lastParty ?? UNKNOWN, attrOf(), { hedged, negated: false, running: true }, tokens[tr.at]!.start)); }
      floor = tr.end;
      continue;
    }
    if (tr.cls === 'noun') {
      // "3 deaths", "no casualties", "four gunshot victims", "the two victims"
      const num = nums.find((n) => n.end <= tr.at && n.end >= tr.at - 2 && !n.yearLike && !used.has(n.start));
      if (num) c = { ...countOf(num), npStart: num.start, npEnd: tr.end, negated: num.low === 0 && num.high === 0 };
      else if (tokens[tr.end]?.lower === 'of') {
        // "the bodies of four men", "the deaths of two children", "the bodies of all four victims"
        const skip = /^(?:all|the|its|their)$/.test(tokens[tr.end + 1]?.lower ?? '') ? 1 : 0;
        const after = nums.find((n) => n.start === tr.end + 1 + skip && !n.yearLike);
        // "caused the death of one": a bare count closing the clause is people too.
        if (after && (personAfter(tokens, after.end, tokens.length) >= 0 || NO_OBJECT.has(tokens[after.end]?.lower ?? '.'))) c = { ...countOf(after), npStart: after.start, npEnd: after.end + 1 };
      }
    } else if (tr.cls === 'active') {
      // "the killing of a man", "over the shooting of two boys": a noun naming a past act, not a report.
      const prevW = tokens[tr.at - 1]?.lower ?? '';
      if ((prevW === 'the' || prevW === 'a' || prevW === 'his' || prevW === 'her' || prevW === 'their' || prevW === 'and') && /ing$/.test(tokens[tr.at]!.lower)) {
        // "the shooting and wounding of four men" reports a count; "the killing of a man" (a cause of
        // a protest) is not counted.
        const n = tokens[tr.end]?.lower === 'of' ? nums.find((x) => x.start === tr.end + 1 && !x.yearLike) : undefined;
        if (!n || personAfter(tokens, n.end, tokens.length) < 0) { floor = tr.end; continue; }
        c = { ...countOf(n), npStart: n.start, npEnd: n.end + 1 };
      } else {
        c = countRight(tokens, nums, tr.end, tokens.length);
        // "7 poachers killed by rangers", "6 suspected militiamen shot dead near …": a past participle with
        // no object is a reduced passive; its people are to the left.
        if (!c && PARTICIPLE.test(tokens[tr.at]!.lower) && NO_OBJECT.has(tokens[tr.end]?.lower ?? '.')) {
          c = countLeft(tokens, used.size ? nums.filter((n) => !used.has(n.start)) : nums, tr.at, floor, true);
        }
      }
    } else {
      if (tr.activeAlt) {
        c = countRight(tokens, nums, tr.activeAlt.end, tokens.length);
        if (c) tr.outcome = tr.activeAlt.outcome;
      }
      // "A male suspect then shot the group": no "was/were", an object follows: the subject is the shooter.
      let beChain = false;
      for (let k = tr.at - 1; k >= 0 && tr.at - k <= 4 && AUX.has(tokens[k]!.lower); k--) if (BE.has(tokens[k]!.lower)) beChain = true;
      const objectNext = DET_SING.has(tokens[tr.end]?.lower ?? '') || tokens[tr.end]?.kind === 'num' || /^(?:him|her|them|himself|herself)$/.test(tokens[tr.end]?.lower ?? '');
      if (!c && tr.activeAlt && !beChain && objectNext) { floor = tr.end; continue; }
      // "4 suspected thieves burned to death": no "was/were" before a participle, a reduced passive.
      const reduced = !AUX.has(tokens[tr.at - 1]?.lower ?? '') && PARTICIPLE.test(tokens[tr.at]!.lower);
      c ??= countLeft(tokens, used.size ? nums.filter((n) => !used.has(n.start)) : nums, tr.at, floor, reduced);
      if (!c && tr.cls === 'passive') {
        // "were shot dead two men" is rare; "left 3 people dead" is adjectival with count to the left.
        c = null;
      }
    }
    // Headlines drop articles: "15-year-old girl fatally shot", "Man Shot In The Head".
    if (!c && opts.headline && tr.cls !== 'noun') {
      for (let k = floor; k < tr.at; k++) {
        const w = tokens[k]!.lower;
        if (tokens[k]!.kind === 'num' || personPlurals.has(w)) break;
        if (personNouns.has(w) || /^\d+-year-old$/.test(w)) { c = { low: 1, high: 1, qualifier: 'exact', npStart: k, npEnd: k + 1 }; break; }
      }
    }
    // "Rangers shot 2 dead", "shot three of the thieves dead": the object is dead.
    if (c && tr.outcome === 'killed_or_wounded' && c.npEnd > tr.at && tokens[c.npEnd]?.lower === 'dead') tr.outcome = 'killed';
    floor = tr.end;
    if (!c) {
      // "were each shot in the head and pronounced dead", "shot the man, who later died": the same
      // people; the earlier figure of this sentence is upgraded to the graver outcome.
      const prev = out[out.length - 1];
      if (prev && prev.outcome === 'killed_or_wounded' && (tr.outcome === 'killed' || tr.outcome === 'wounded') && tr.cls !== 'noun' && tr.cls !== 'active') {
        const between: string[] = [];
        for (let k = tr.at - 1; k >= 0 && tokens[k]!.start > prev.at && between.length <= 13; k--) between.unshift(tokens[k]!.lower);
        const joined = between.includes('and') || between.includes('who') || between.includes('where') || (between.length > 0 && between.every((w) => AUX.has(w)));
        if (between.length <= 12 && joined && !between.some((w) => STOP.has(w) && w !== 'where')) prev.outcome = tr.outcome;
      }
      continue;
    }
    for (const n of nums) if (n.start >= c.npStart && n.end <= c.npEnd) used.add(n.start);
    const attr = attributionAt(attrOf(), c.npStart);
    // "A 17-year-old boy was also shot": one more person.
    if (tokens.slice(c.npEnd, tr.at).some((t) => t.lower === 'also') && (c.singular || tokens.slice(c.npStart, c.npEnd).some((t) => t.lower === 'other'))) c.additive = true;
    // "killed himself" after killing others is one more death (the shooter's); "accidentally shot
    // himself" alone is the victim of the report.
    if (c.self && out.some((x) => x.outcome === 'killed') && (tr.outcome === 'killed')) c.additive = true;
    let party = c.self ? (c.additive ? SUSPECT : UNKNOWN) : partyOfPhrase(tokens, actorsOf(), c.npStart, c.npEnd, attr.claimedBy);
    const np = tokens.slice(c.npStart, c.npEnd).map((t) => t.lower);
    if (!party || (np.includes('others') || np.includes('other')) && lastParty) party = lastParty ?? party ?? UNKNOWN;
    if (!party) party = UNKNOWN;
    lastParty = party;
    let outcome = tr.outcome;
    // "shot … one fatally": split the fatal one out.
    for (const o of c.also ?? []) {
      const p2: Party = partyOfPhrase(tokens, actorsOf(), o.npStart, o.npEnd, attr.claimedBy) ?? party;
      // "4 farmers and 2 herders were killed": groups of one party named together add up in one figure.
      // A coordinated group without a party of its own ("Three soldiers and one guard") is more of
      // the named one's, not a restatement of it.
      if (partyKey(p2) === partyKey(party) || party.kind === 'unknown' || p2.kind === 'unknown') {
        c.low += o.low; c.high += o.high; c.npStart = Math.min(c.npStart, o.npStart);
        if (party.kind === 'unknown') party = p2;
        continue;
      }
      out.push(makeClaim(doc, si, outcome, o, p2, attr, { hedged, negated: false, running: false }, tokens[tr.at]!.start));
    }
    out.push(makeClaim(doc, si, outcome, c, party, attr, { hedged, negated: false, running: running && outcome === 'killed' }, tokens[tr.at]!.start));
    const after = outcome !== 'killed_or_wounded' ? '' : tokens.slice(tr.end, tr.end + 8).filter((t) => t.kind !== 'punct').map((t) => t.lower).join(' ');
    const fatal = /^(?:\S+ ){0,2}?(one|two|three|four|five|1|2|3|4|5) (?:of them |of those |of whom |of the victims )?(?:fatally|died|was killed|were killed|later died|has died|have died|mortally)/.exec(after);
    if (fatal && outcome === 'killed_or_wounded') {
      const n = /\d/.test(fatal[1]!) ? Number(fatal[1]) : ['one', 'two', 'three', 'four', 'five'].indexOf(fatal[1]!) + 1;
      out.push(makeClaim(doc, si, 'killed', { low: n, high: n, qualifier: 'exact', npStart: tr.end, npEnd: tr.end + 3 }, party, attr, { hedged, negated: false, running: false }, tokens[tr.end]!.start));
    }
    void outcome;
  }
  for (const n of negs) {
    const words = tokens.slice(n.start, n.end).map((t) => t.lower).join(' ');
    for (const outcome of negatedOutcomes(words)) {
      if (out.some((c) => c.outcome === outcome && c.negated)) continue;
      out.push(makeClaim(doc, si, outcome, { low: 0, high: 0, qualifier: 'exact', npStart: n.start, npEnd: n.end }, lastParty ?? UNKNOWN, attrOf(), { hedged, negated: true, running: false }, tokens[n.start]!.start));
    }
  }
  return out;
}
