/**
 * Counts to the right of an active casualty verb, its object: "killing two", "killed 3 people",
 * "shot a man", "killed his wife, son and daughter", "killing four civilians and two police"; and
 * "the shooting and wounding of four men". "the killing of a man" used as a noun (the cause of a
 * protest) reports nothing; "7 poachers killed by rangers" (no object) is a reduced passive whose
 * people are to the left.
 */
import type { NumberMention } from '../../../annotate/numbers.ts';
import { isAcronym, Shape, type Token } from '../../../annotate/tokens.ts';
import { countryNameAt } from '../../actors.ts';
import { activeWords, passiveWords, personNouns, personPlurals } from '../../words.ts';
import { countOf, SKIP, type Count, type CountParser } from '../candidate.ts';
import { CLAIM_WORDS as W, isAgeWord, isAuxiliary, isParticiple } from '../lexicon.ts';
import { isCapitalised, namedObjectEnd, personAfter, QUOTES, unitAt } from '../people.ts';
import { addAlongWith, countLeft, sharedPassiveStart, sharesHead } from './subject-counts.ts';

export const objectCounts: CountParser = {
  name: 'object counts',
  propose(s, tr) {
    if (tr.cls !== 'active') return null;
    const { tokens, nums } = s;
    // "the killing of a man", "over the shooting of two boys": a noun naming a past act, not a report.
    // "and" leads a noun only when "of" follows ("the shooting and wounding of four men"); "killing
    // two and wounding 11" is a second verb with its own object.
    const lead = tokens[tr.at - 1]?.lower ?? '';
    if (W.nominalLeads.has(lead) && /ing$/.test(tokens[tr.at]!.lower) && (lead !== 'and' || tokens[tr.end]?.lower === 'of')) {
      // "the shooting and wounding of four men" reports a count; "the killing of a man" is not counted.
      const n = tokens[tr.end]?.lower === 'of' ? nums.find((x) => x.start === tr.end + 1 && !x.yearLike) : undefined;
      // (A people's name in the plural is people too: "the beheading of 21 Christians".)
      if (!n || personAfter(tokens, n.end, tokens.length) < 0 && !peoplesPlural(tokens[n.end])) return SKIP;
      return { kind: 'count', count: { ...countOf(n), npStart: n.start, npEnd: n.end + 1 } };
    }
    // "captured one of the strongest fortifications": places are captured too; people only when named ("two of the attackers", "one of them").
    if (tr.outcome === 'captured' && !capturesPeople(tokens, nums, tr.end)) return SKIP;
    // "A crowd lynched and burned two brothers": verbs joined by "and" share the object after the last.
    const second = tokens[tr.end + 1];
    // (Not when the second is a casualty word of its own: "killed and displaced thousands".)
    const shared = tokens[tr.end]?.lower === 'and' && second && isParticiple(second.lower) && !activeWords.matchAt(tokens, tr.end + 1) && !passiveWords.matchAt(tokens, tr.end + 1) ? tr.end + 2 : tr.end;
    // "claimed the life of a 41–year–old", "took the life of a young farmer": one life is one person,
    // whatever number the phrase after holds (an age).
    if (tokens[tr.end - 1]?.lower === 'of' && tokens[tr.end - 2]?.lower === 'life') return { kind: 'count', count: oneLife(tokens, nums, tr.end) };
    let c = countRight(tokens, nums, shared, tokens.length);
    // "killed a trader along with his driver", "shot dead two herders together with three boys".
    if (c && !c.also) addAlongWith(tokens, nums, c, c.npEnd);
    // "7 poachers killed by rangers", "6 suspected militiamen shot dead near …": a past participle with
    // no object is a reduced passive; its people are to the left.
    if (!c && (isParticiple(tokens[tr.at]!.lower) || isParticiple(tokens[tr.end - 1]!.lower)) && W.noObject.has(tokens[tr.end]?.lower ?? '.')) {
      c = countLeft(tokens, s.used.size ? nums.filter((n) => !s.used.has(n.start)) : nums, sharedPassiveStart(tokens, tr.at), s.floor, true);
    }
    c ??= themAfterJoin(tokens, nums, tr.at, tr.end);
    return c ? { kind: 'count', count: c } : null;
  },
};

/** How many words the one person after "the life of" may take ("a Lake County deputy sheriff's aide"). */
const LIFE_REACH = 8;

/** The one person after "the life of": the object read as usual when it is one, else up to its last person noun before a break. */
function oneLife(tokens: Token[], nums: NumberMention[], from: number): Count {
  const c = countRight(tokens, nums, from, tokens.length);
  if (c && c.low === 1 && c.high === 1) return c;
  let end = from + 1;
  for (let j = from; j < Math.min(tokens.length, from + LIFE_REACH); j++) {
    const t = tokens[j]!;
    if (t.lower === ',' || t.lower === ';' || W.stops.has(t.lower)) break;
    if (personNouns.has(t.lower) || personPlurals.has(t.lower)) end = j + 1;
  }
  return { low: 1, high: 1, qualifier: 'exact', npStart: from, npEnd: Math.min(tokens.length, end), singular: true };
}

/**
 * "shot at two herders and seriously injured them": "them" after a verb joined by "and"
 * stands for the people counted earlier in the clause, the same count.
 */
export function themAfterJoin(tokens: Token[], nums: NumberMention[], at: number, end: number): Count | null {
  if (tokens[end]?.lower !== 'them') return null;
  let k = at - 1;
  while (k >= 0 && (/ly$/.test(tokens[k]!.lower) || W.predicateAdverbs.has(tokens[k]!.lower))) k--;
  if (tokens[k]?.lower !== 'and') return null;
  for (let n = nums.length - 1; n >= 0; n--) {
    const num = nums[n]!;
    if (num.end > k || num.yearLike) continue;
    // The people may carry a short phrase of place or time ("three traders on the highway").
    const p = personAfter(tokens, num.end, k);
    if (p < 0 || k - p > 6 || tokens.slice(p + 1, k + 1).some((t) => t.clauseStart)) return null;
    return { ...countOf(num), npStart: num.start, npEnd: p + 1 };
  }
  return null;
}

/** Is "N of …" right after a capture verb a part of people ("two of the attackers", "one of them"), or does no "of" follow? */
export function capturesPeople(tokens: Token[], nums: NumberMention[], after: number): boolean {
  const num = nums.find((n) => n.start === after || (n.start === after + 1 && W.objectLeads.has(tokens[after]!.lower)));
  if (!num || tokens[num.end]?.lower !== 'of') return true;
  return W.objectPronouns.has(tokens[num.end + 1]?.lower ?? '') || personAfter(tokens, num.end + 1, tokens.length) >= 0;
}

/** The count of a casualty verb's object, right after token `after`. */
export function countRight(tokens: Token[], nums: NumberMention[], after: number, limit: number): Count | null {
  // "killing a total of 12 soldiers", "killed a further three": a lead phrase, then the count.
  const leadEnd = W.objectLeadPhrases.matchAt(tokens, after)?.end ?? -1;
  // 'said it had killed "dozens" of militants', 'killed "more than 40" fighters': a figure the
  // reporter keeps in the speaker's words is still the object's count (the quote marks it as claimed).
  const quoted = opensQuote(tokens, after) ? after + 1 : -1;
  for (const num of nums) {
    // The object starts right after the verb ("killing at least 3", "injuring two others").
    if (num.start !== after && num.start !== leadEnd && num.start !== quoted && !(num.start === after + 1 && W.objectLeads.has(tokens[after]!.lower))) continue;
    if (num.yearLike) return null;
    const next = tokens[num.end];
    if (next && unitAt(tokens, num.end)) continue; // "a six year old boy": an age, the noun decides below
    // "wounded one of the farm donkeys", "wounding two of his camels": animals, no people.
    if (next?.lower === 'of' && tokens.slice(num.end + 1, num.end + 5).some((t, i) => W.livestock.has(t.lower) && unitAt(tokens, num.end + 1 + i))) return null;
    const shared = sharedHeadGroups(tokens, nums, num, limit);
    if (shared) return shared;
    let p = personAfter(tokens, num.end, limit);
    const bare = !next || next.kind === 'punct' || W.bareAfterCount.has(next.lower);
    if (p < 0 && !bare) {
      // "killed three al Shabaab near the post", "shot dead six Toposa militia at …": a casualty
      // verb's counted object is people, even named by a group the person list lacks.
      const q = namedObjectEnd(tokens, num.end, limit);
      if (q < 0) return null;
      p = q - 1;
    }
    const c: Count = { ...countOf(num), npStart: num.start, npEnd: p >= 0 ? p + 1 : num.end };
    // "two militiamen and a trader": a noun phrase of two person words ends after the second.
    if (p >= 0 && tokens[c.npEnd]?.lower !== 'and' && tokens[c.npEnd + 1]?.lower === 'and' && personPlurals.has(tokens[c.npEnd]!.lower)) c.npEnd++;
    // "killing four civilians and two police": a second group of people, counted too (the party
    // refiner adds it to the first when both are one party's, else keeps it a claim of its own).
    if (tokens[c.npEnd]?.lower === 'and') {
      const more = nums.find((n) => n.start === c.npEnd + 1 && !n.yearLike);
      // The second group may be named as the first may ("killing 19 Afghans and 8 Baluch"): by a
      // people's or group's name in capitals the person list lacks, no verb among its words (not
      // "killed 3 soldiers and 2 were wounded").
      const named = (q: number) => q > more!.end && tokens.slice(more!.end, q).every((t) => !isAuxiliary(t) && !isParticiple(t.lower));
      const q2 = more && isCapitalised(tokens[more.end]) ? namedObjectEnd(tokens, more.end, limit) : -1;
      const named2 = q2 > 0 && named(q2) ? q2 - 1 : -1;
      const person2 = more ? personAfter(tokens, more.end, limit) : -1;
      const p2 = person2 >= 0 ? person2 : more && named2 >= more.end ? named2 : -1;
      if (more && p2 >= 0 && !isAuxiliary(tokens[p2 + 1])) c.also = [{ ...countOf(more), npStart: more.start, npEnd: p2 + 1 }];
      // "killing two soldiers and a civilian": one person after "and" is a second group as well.
      const det = tokens[c.npEnd + 1]?.lower;
      if (!more && (det === 'a' || det === 'an')) {
        const one = singularObject(tokens, nums, c.npEnd + 1, limit);
        if (one) c.also = [one];
      }
    }
    return c;
  }
  return singularObject(tokens, nums, after, limit) ?? namedPeople(tokens, after, limit);
}

/**
 * "killed four Chilean and two Argentine soldiers": a counted group of modifiers only shares the head
 * noun of the counted group after "and"; two groups, each read with the head for its party.
 */
function sharedHeadGroups(tokens: Token[], nums: NumberMention[], num: NumberMention, limit: number): Count | null {
  for (let q = num.end + 1; q <= num.end + 2 && q < limit; q++) {
    if (tokens[q]!.lower !== 'and') continue;
    const num2 = nums.find((n) => n.start === q + 1 && !n.yearLike);
    if (!num2 || !sharesHead(tokens, num.end, q)) return null;
    const p2 = personAfter(tokens, num2.end, limit);
    if (p2 < 0 || W.otherPeople.has(tokens[p2]!.lower)) return null;
    return { ...countOf(num2), npStart: num2.start, npEnd: p2 + 1, also: [{ ...countOf(num), npStart: num.start, npEnd: p2 + 1 }] };
  }
  return null;
}

/** Is token k an opening quotation mark (a space before it, its word touching it after)? */
function opensQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  if (!t || !prev || !next || !QUOTES.has(t.text)) return false;
  return t.start > prev.end && next.start === t.end;
}

/** How many words one person's name may hold ("Mohamed Abdi Nur Hassan"). */
const NAME_WORDS = 4;

/**
 * People named in a list as the object: "killed Ahmed Yusuf, Ali Hassan and Omar Farah", one each.
 * Names of two to four capitalised words, joined by commas and "and", the list then ending the
 * object (a preposition, a break, the sentence's end). Only a list of two or more: one name alone
 * may be a group or a place ("attacked Kenya Defence Forces").
 */
function namedPeople(tokens: Token[], after: number, limit: number): Count | null {
  let k = after, n = 0;
  for (;;) {
    let j = k;
    while (j < limit && j - k < NAME_WORDS && tokens[j]!.kind === 'word' && (isCapitalised(tokens[j]) || (tokens[j]!.shape & Shape.PARTICLE) !== 0 && isCapitalised(tokens[j + 1])) && !isAcronym(tokens[j]!) && !countryNameAt(tokens, j)) j++;
    if (j - k < 2 || !isCapitalised(tokens[k]) || !isCapitalised(tokens[j - 1])) return null;
    n++;
    const sep = tokens[j]?.lower;
    if (sep === ',' && tokens[j + 1]?.lower === 'and') { k = j + 2; continue; }
    if (sep === ',' || sep === 'and') { k = j + 1; continue; }
    if (j < limit && !W.noObject.has(sep ?? '.')) return null;
    return n >= 2 ? { low: n, high: n, qualifier: 'exact', npStart: after, npEnd: j } : null;
  }
}

/** How many words a bare object may hold before its person noun ("killed Homa Bay county executive"). */
const BARE_OBJECT_WORDS = 5;

/** A singular object: "killed a man", "shot his wife", "killing an officer", "kill him", a headline's "Bandits kill woman". */
function singularObject(tokens: Token[], nums: NumberMention[], after: number, limit: number): Count | null {
  const first = tokens[after];
  // "killed a family of five", "abducted a group of 12 students": the people are the number after "of".
  if ((first?.lower === 'a' || first?.lower === 'an') && W.groupOfNouns.has(tokens[after + 1]?.lower ?? '') && tokens[after + 2]?.lower === 'of') {
    const n = nums.find((x) => x.start === after + 3 && !x.yearLike);
    if (n) return { ...countOf(n), npStart: after, npEnd: n.end };
  }
  // A bare object, as notes and headlines drop the article: "killed suspected rebel commander",
  // "killed district education officer, …": a singular person noun, a few words in, ends it.
  for (let j = after; j < Math.min(limit, after + BARE_OBJECT_WORDS); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || W.detSing.has(t.lower)) break;
    // ("a police officer's son": a possessive names whose, not whom; a bare object stops there.)
    if (tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s') break;
    if (personNouns.has(t.lower) && !personPlurals.has(t.lower) && !personNouns.has(tokens[j + 1]?.lower ?? '')) {
      // "killed father and son": people joined after the first count too (not "kill girl and steal
      // cattle": a verb after "and" opens a clause of its own).
      const joinedPerson = (k: number) => personNouns.has(tokens[k]?.lower ?? '') || (W.detSing.has(tokens[k]?.lower ?? '') && personNouns.has(tokens[k + 1]?.lower ?? ''));
      const { n, end, also } = tokens[j + 1]?.lower === 'and' && joinedPerson(j + 2) ? coordinatedPeople(tokens, nums, j + 1, limit) : { n: 1, end: j + 1, also: [] as Count[] };
      const c: Count = { low: n, high: n, qualifier: 'exact', npStart: after, npEnd: end, singular: n === 1, ...(W.personModifiers.has(tokens[after]!.lower) && j === after + 1 || j === after ? {} : { bare: true }) };
      if (also.length) c.also = also;
      return c;
    }
    if (W.personModifiers.has(t.lower)) continue;
    // "kills police officer", "killed militia commander": a body's word before one person's noun qualifies it.
    const nextWord = tokens[j + 1]?.lower ?? '';
    if (personPlurals.has(t.lower) && personNouns.has(nextWord) && !personPlurals.has(nextWord)) continue;
    if (nums.some((n) => n.start === j) || t.lower === 'and' || t.lower === 'or') break;
    if (personPlurals.has(t.lower) || W.stops.has(t.lower) || W.aux.has(t.lower) || W.objectOfPreposition.has(t.lower) || W.placePrepositions.has(t.lower) || W.objectPronouns.has(t.lower) || W.bareObjectBreaks.has(t.lower)) break;
  }
  if (first && (first.lower === 'him' || first.lower === 'her' || first.lower === 'himself' || first.lower === 'herself')) return { low: 1, high: 1, qualifier: 'exact', npStart: after, npEnd: after + 1, self: first.lower.endsWith('self'), singular: true };
  const k = after;
  if (k >= limit) return null;
  const w = tokens[k]!.lower;
  if (!W.detSing.has(w) || w === 'that' || w === 'this' || w === 'its' || w === 'their') return null;
  for (let j = k + 1; j < Math.min(limit, k + 7); j++) {
    const t = tokens[j]!;
    // An age without hyphens: "a 31 year-old trader", "a 19 years old driver".
    if (t.kind === 'num' && W.ageUnits.has(tokens[j + 1]?.lower ?? '')) {
      j += tokens[j + 2]?.lower === 'old' ? 2 : 1;
      // "kills a 15 year old outside …": the age is the person.
      if (j + 1 >= limit || W.noObject.has(tokens[j + 1]!.lower) || W.afterAge.has(tokens[j + 1]!.lower)) return { low: 1, high: 1, qualifier: 'exact', npStart: k, npEnd: j + 1, singular: true };
      continue;
    }
    if (t.kind === 'punct' || t.kind === 'num') break;
    // "a police officer": a plural-like word as the first half of a compound is not plural.
    // ("a youth": a word both singular and plural is one after "a".)
    const one = (w === 'a' || w === 'an') && j === k + 1 && personNouns.has(t.lower) && W.noObject.has(tokens[j + 1]?.lower ?? '.');
    if (personPlurals.has(t.lower) && !one && !personNouns.has(tokens[j + 1]?.lower ?? '')) break;
    if (personNouns.has(t.lower) || isAgeWord(t.lower)) {
      // "a rebel commander and three of his bodyguards", "a police officer and two civilians": a
      // person word may qualify the noun after it; the list goes on after the head.
      while (j + 1 < limit && personNouns.has(tokens[j + 1]!.lower)) j++;
      const { n, end, also } = coordinatedPeople(tokens, nums, j + 1, limit);
      const c: Count = { low: n, high: n, qualifier: 'exact', npStart: k, npEnd: end, singular: n === 1 };
      if (also.length) c.also = also;
      return c;
    }
  }
  return null;
}

/**
 * People coordinated after a first one ending before `q`: "his wife, son and daughter", "his
 * fiancee, Jaime Salazar, 34, and their 2-year-old son": the count (1 for the first) and the end of
 * the phrase. A counted group after them ("a soldier and two civilians", "a woman and her two
 * children") is a group of its own (`also`), as after a counted first group: the party refiner
 * adds it to the first when both are one party's, else keeps it a claim of its own.
 */
function coordinatedPeople(tokens: Token[], nums: NumberMention[], q: number, limit: number): { n: number; end: number; also: Count[] } {
  let n = 1, end = q;
  const also: Count[] = [];
  // ", and" goes on only with a list already joined by commas ("a soldier, a farmer, and a trader");
  // after one phrase or an "and" it joins clauses ("wounded four villagers and a monk, and another
  // villager died").
  let commas = false;
  while (q < limit) {
    // Skip an apposition: ", Jaime Salazar, 34,"
    let r = q;
    if (tokens[r]?.lower === ',') r++;
    if (tokens[r]?.lower === 'and') {
      if (r > q && !commas) break;
      r++;
    } else if (r > q) commas = true;
    if (r === q) break;
    if (W.detSing.has(tokens[r]?.lower ?? '')) r++;
    if (tokens[r]?.kind === 'word' && !personNouns.has(tokens[r]!.lower) && tokens[r + 1] && (personNouns.has(tokens[r + 1]!.lower) || isAgeWord(tokens[r + 1]!.lower))) r++;
    const t2 = tokens[r];
    // "killed a man and a woman was injured": a person before an auxiliary is a new clause's subject.
    if (t2 && (personNouns.has(t2.lower) && !personPlurals.has(t2.lower) || isAgeWord(t2.lower))) {
      if (isAuxiliary(tokens[r + 1])) break;
      n++; end = r + 1; q = r + 1; continue;
    }
    // "a woman and her two children"
    const num2 = nums.find((x) => x.start === r && !x.yearLike);
    const p2 = num2 ? personAfter(tokens, num2.end, limit) : -1;
    if (num2 && p2 >= 0 && !isAuxiliary(tokens[p2 + 1])) { also.push({ ...countOf(num2), npStart: num2.start, npEnd: p2 + 1 }); q = p2 + 1; continue; }
    // A name and age in commas: ", Jaime Salazar, 34," then maybe "and …"
    let z = r;
    while (z < limit && z < r + 4 && isCapitalised(tokens[z]) && tokens[z]!.kind === 'word') z++;
    if (z > r && tokens[z]?.lower === ',' && tokens[z + 1]?.kind === 'num' && tokens[z + 2]?.lower === ',') { q = z + 2; commas = true; continue; }
    if (z > r && tokens[z]?.lower === ',') { q = z; commas = true; continue; }
    break;
  }
  return { n, end, also };
}

/** A people's or faith's name in the plural ("Kenyans", "Christians", "Oromos"): a capital, then lower case ending in s; no month or day. */
function peoplesPlural(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && !W.calendar.has(t.lower);
}
