/**
 * Place mentions in running text: runs of capitalized words (with the lower-case particles of
 * Arabic, Romance and other names inside them: "Maarat al-Numan", "Ras al Ain", "Bandar Seri"),
 * cut into the longest n-grams that a name table knows, plus the lower-case phrases of the alias
 * table ("the line of contact"). One pass over the text and one lookup per n-gram: the gazetteer is
 * never scanned.
 */
import { hasTownKey, placesData, startsSomeName, town, townsByKey } from './data.ts';
import { fuzzyKey, iotatedKey, spacedKey, vowelVariantKey } from './fuzzy.ts';
import { firstWordKey, placeKey } from './normalize.ts';
import { lexicon } from './lexicon.ts';
import type { Doc } from '../annotate/doc.ts';
import type { Form } from '../annotate/vocab.ts';
import { breaks, PLACE_WORDS, type PlaceWords as Toks } from './words.ts';
import { boundedMemo } from '../util/bounded-memo.ts';
import { mapPacked } from '../util/packed.ts';

export interface Mention {
  text: string;
  start: number;
  end: number;
  key: string;
  /** Sentence-initial: capitalized because it starts a sentence, maybe not a name. */
  initial: boolean;
  /** Words just before and after, lower-cased, for the locative cues. */
  before: string;
  after: string;
  /** The two characters right after the mention ("'s" of a possessive). */
  afterText: string;
  /** Only part of a longer run of capitalized words ("Trans" of "Trans Mara"): weaker evidence. */
  fragment?: boolean;
  /** Right after another place mention and a comma or "(": set by the locator. */
  afterPlace?: boolean;
  /** In the parenthesis of a place's holders ("X (A, B)", "X (B)"): set by the locator. */
  inHolders?: boolean;
  /** Written in capitals and followed by a dash or comma at a line start: a dateline. */
  dateline?: boolean;
  /** Matched one edit away from a known name (a misspelling). */
  fuzzy?: boolean;
  /** A border phrase: the keys of the countries it names (empty for "the country's border"). */
  border?: string[];
  /** A place name standing for its government ("Baku said", "asked Moscow to help"): set by the locator. */
  metonym?: boolean;
  /** A country's name in a sponsor compound ("Saudi-led coalition"): no place, no clue. Set by the locator. */
  sponsor?: boolean;
  /** The first end of a road named by its two ends ("the Eldoret-Kitale road"): the event is on
   *  the road, near that town (precision 2). */
  road?: boolean;
  /** Matched by a town's name that differs by one vowel: readings only in the story's countries. */
  variant?: boolean;
  /** The place of the event a protest named before it condemns ("Protesters in Karachi condemned
   *  the killing of a journalist in Lahore"): not the protest's place. Set by the locator. */
  grievance?: boolean;
  /** Only says where the place before it lies ("Qubba, a town east of Benghazi"). */
  reference?: boolean;
  /** Named in a note's field of place ("LOCATION: X"): said of the event wherever it stands. Set by the locator. */
  labelled?: boolean;
  /** Holds a place that no table knows, named right before it after "in/at/near" ("in Lokitelaebu area
   *  of Kotido", "in Tiwiri, Loroum Province"): it stands for that place and takes its cue. Set by the locator. */
  holdsUnknown?: boolean;
  /** Alias phrase found in lower case. */
  phrase?: boolean;
  /** An abbreviation of an admin-1 unit ("KPK", "UP"): a place only right after another one. */
  abbrev?: boolean;
  /** Opens with a compass word that qualifies the name ("Upper Galilee"): the text holds both. */
  qualified?: boolean;
  /** Read in a Cyrillic romanisation's "y" spelling: towns of those countries only (context.ts). */
  iotated?: boolean;
  /** The unit's own people follow its designator ("Turkana County residents"): set by the locator. */
  unitPeople?: boolean;
  /** A town's name written all in lower case after "in/at/near" ("protests in kano"): readings
   *  only in the story's countries, or a city (context.ts). */
  lowerCase?: boolean;
}

const MAX_N = 5;

const knownMemo = new Map<string, boolean>();

export function known(key: string): boolean {
  if (!key) return false;
  let r = knownMemo.get(key);
  if (r !== undefined) return r;
  const d = placesData();
  r = !d.stop.has(key) && (d.smallKeys.has(key) || hasTownKey(key));
  if (knownMemo.size > 100_000) knownMemo.clear(); // bounded: news vocabulary repeats
  knownMemo.set(key, r);
  return r;
}

/** placeKey of words of the text, remembered (the same names and capitalized words recur). */
const keyOf = boundedMemo(placeKey, 100_000);

/** What findMentions asks about one capitalized word: its key, whether it is a stop word, a known
 *  name, the start of some longer name. One memo lookup instead of four on the hot path. */
interface WordInfo {
  key: string; stop: boolean; known: boolean; startsName: boolean;
  /** Some known key of several words starts with this word: startsName, or a demonym's first word
   *  (data.ts leaves demonyms out of the first words it gives startsSomeName). A name and a word
   *  after it ("Mae sot") can be known only then. */
  startsKnown: boolean;
}
const wordInfo = boundedMemo((raw: string): WordInfo => {
  const key = keyOf(raw);
  const stop = placesData().stop.has(key);
  // A word whose own key has several words ("Pul-e" is "pul e": Persian names join their words by
  // "-e", "-i") starts a name as its first word does ("Pul-e Khumri" is "pul al khumri").
  const sp = key.indexOf(' ');
  const first = firstWordKey(sp > 0 ? key.slice(0, sp) : key);
  const startsName = startsSomeName(first);
  return { key, stop, known: !stop && key.length > 2 && known(key), startsName, startsKnown: startsName || demonymFirstWords().has(first) };
}, 100_000);

let demonymFirsts: Set<string> | null = null;
/** The first words of the demonyms' keys of several words ("antiguan" of "antiguan barbudan"). */
function demonymFirstWords(): Set<string> {
  if (demonymFirsts) return demonymFirsts;
  const out = new Set<string>();
  for (const k of placesData().demonymByKey.keys()) { const sp = k.indexOf(' '); if (sp > 0) out.add(k.slice(0, sp)); }
  return demonymFirsts = out;
}

/** wordInfo of word k, by its written form when it has one: the form is the same object for every
 *  word written alike, so no string is sliced and hashed for the lookup. Bounded like the memos. */
const infoByForm = new Map<Form, WordInfo>();
function infoOf(toks: Toks, k: number): WordInfo {
  const f = toks.forms[k];
  if (!f) return wordInfo(toks.s(k));
  let v = infoByForm.get(f);
  if (!v) {
    v = wordInfo(f.text);
    if (infoByForm.size >= 100_000) infoByForm.clear();
    infoByForm.set(f, v);
  }
  return v;
}

function isSentenceStart(toks: Toks, i: number, text: string, from: number): boolean {
  if (i === 0) return /^[\s"“'‘(\[\-]*$/.test(text.slice(from, toks.start[0]!));
  return /[.!?\n]/.test(text.slice(toks.gap[i]!, toks.start[i]!));
}

function misspelled(text: string, toks: Toks, k: number, from: number): Mention | null {
  const ts = toks.s(k), tStart = toks.start[k]!, tEnd = toks.end[k]!;
  const prev = k > 0 ? toks.lower(k - 1) : undefined, next = k + 1 < toks.n ? toks.lower(k + 1) : undefined;
  const lex = lexicon();
  const cueBefore = !!prev && lex.misspellingBefore.has(prev);
  const countyAfter = !!next && lex.misspellingAfter.has(next);
  // Where a settlement's name stands: "the town of X", "X village", "X (district, region)".
  const settlement = () => placeCue(text, toks, k, k + 1, tEnd);
  if (!cueBefore && !countyAfter && !settlement()) return null;
  const info = infoOf(toks, k), raw = info.key;
  if (info.stop || placesData().common.has(toks.lower(k))) return null;
  // A misspelled region or county first (after "in/at/near" or before "county"); else, where a
  // settlement's name stands, a town whose name differs by a vowel ("in Jarablus": Jarabulus), kept
  // only in the story's countries (context.ts).
  let key = cueBefore || countyAfter ? fuzzyKey(raw) : null;
  const variant = !key && (cueBefore || settlement());
  // A compound name written as one word ("Tandoadam") before a vowel's difference: the letters are all there.
  if (variant) key = spacedKey(raw) ?? vowelVariantKey(raw);
  if (!key) return null;
  return {
    text: ts, start: tStart, end: tEnd, key, afterText: text.slice(tEnd, tEnd + 2), initial: isSentenceStart(toks, k, text, from), fragment: false,
    before: toks.lowerJoin(Math.max(0, k - 6), k),
    after: toks.lowerJoin(k + 1, k + 4), fuzzy: true, variant: variant || undefined,
  };
}

/** An unknown word that a national romanisation of Cyrillic spells with "i" where the gazetteer's
 *  BGN/PCGN form has "y" (fuzzy.ts iotatedKey): a town of those countries, kept only in the story's
 *  countries like a vowel's variant (context.ts). */
function iotatedName(text: string, toks: Toks, k: number, from: number): Mention | null {
  const ts = toks.s(k), lower = toks.lower(k);
  if (placesData().common.has(lower) || infoOf(toks, k).stop) return null;
  const key = iotatedKey(lower);
  if (!key) return null;
  const tStart = toks.start[k]!, tEnd = toks.end[k]!;
  return {
    text: ts, start: tStart, end: tEnd, key, afterText: text.slice(tEnd, tEnd + 2), initial: isSentenceStart(toks, k, text, from), fragment: false,
    before: toks.lowerJoin(Math.max(0, k - 6), k), after: toks.lowerJoin(k + 1, k + 4), variant: true, iotated: true,
  };
}

/** A word written all in lower case right after "in", "at" or "near" ("students protested in
 *  zinder", "at malakal town") that the gazetteer knows as a town and that is no common English word
 *  nor a stop word: a name its writer left uncapitalised. Cheapest tests first: this runs for every
 *  lower-case word. */
function lowerCaseName(text: string, toks: Toks, k: number, from: number): Mention | null {
  if (k === 0 || toks.end[k]! - toks.start[k]! < 4) return null;
  const pl = toks.end[k - 1]! - toks.start[k - 1]!;
  if (pl !== 2 && pl !== 4) return null;
  if (!lexicon().misspellingBefore.has(toks.lower(k - 1)) || breaks(text, toks, k)) return null;
  const ts = toks.s(k);
  if (!/^[a-z]+$/.test(ts) || placesData().common.has(ts) || placesData().stop.has(ts)) return null;
  const key = placeKey(ts);
  if (!hasTownKey(key)) return null;
  const tStart = toks.start[k]!, tEnd = toks.end[k]!;
  return {
    text: ts, start: tStart, end: tEnd, key, afterText: text.slice(tEnd, tEnd + 2), initial: false, fragment: false,
    before: toks.lowerJoin(Math.max(0, k - 6), k), after: toks.lowerJoin(k + 1, k + 4), lowerCase: true,
  };
}

/** The word k stands between "in/at/near" and a settlement's designator ("in Kamba town", "at
 *  X village"): a town's name there, whatever else the word is (a people, a stop word). */
function townNamed(toks: Toks, k: number): boolean {
  if (k === 0 || k + 1 >= toks.n) return false;
  const lex = lexicon();
  return lex.misspellingBefore.has(toks.lower(k - 1)) && /^(?:town|village|trading|market)$/.test(toks.lower(k + 1));
}

const HOLDERS_PAREN = /^\s*\(\p{Lu}\p{Ll}[\p{L}'’ -]*[,)]/u;

/** True when the words i..j-1 stand where a place's name stands: after "in/at/near", after "the town
 *  of", before a settlement's or district's designator, or before a parenthesis (cheapest tests first:
 *  this runs for every unknown capitalized run). */
function placeCue(text: string, toks: Toks, i: number, j: number, end: number): boolean {
  const lex = lexicon();
  if (i > 0 && lex.misspellingBefore.has(toks.lower(i - 1))) return true;
  // (A parenthesis of holders: "(Bankass, Mopti)", "(Kidal)"; not "(AP)" or "(pictured)".)
  if (HOLDERS_PAREN.test(text.slice(end, end + 40))) return true;
  if (j < toks.n) { const next = toks.lower(j); if (lex.settlementAfter.test(next) || lex.districtAfter.test(next)) return true; }
  return i > 1 && toks.lower(i - 1) === 'of' && lex.settlementBefore.test(toks.lowerJoin(i - 2, i));
}

/** "X (Mbaiky, Lobaye)": a word in the parenthesis of a place's holders, after the place or a
 *  first holder and before a comma or the closing parenthesis. */
const IN_HOLDERS_BEFORE = /\p{L}\s*\((?:[^()\n]{1,40}?,\s*)?$/u;
const IN_HOLDERS_AFTER = /^\s*[,)]/;
/** An unknown word where a coder writes a place's holders, in the French spelling of a name the
 *  gazetteer has in the English one, or the other way ("Komoe"/"Comoe", "Mbaiky"/"Mbaiki"): "c"
 *  and "k" before a, o, u; a final "i" and "y". Only a
 *  unit's name (first or second level), and only when one key answers. */
function spelledHolder(text: string, toks: Toks, k: number, from: number): Mention | null {
  const ts = toks.s(k), tStart = toks.start[k]!, tEnd = toks.end[k]!;
  if (ts.length < 4 || !IN_HOLDERS_AFTER.test(text.slice(tEnd, tEnd + 3)) || !IN_HOLDERS_BEFORE.test(text.slice(Math.max(0, tStart - 60), tStart))) return null;
  const raw = infoOf(toks, k).key;
  if (!/^[a-z]+$/.test(raw) || placesData().stop.has(raw) || placesData().common.has(raw)) return null;
  const tries = new Set<string>();
  for (const v of [raw, raw.replace(/c(?=[aou])/g, 'k'), raw.replace(/k(?=[aou])/g, 'c')]) {
    tries.add(v);
    if (/[iy]$/.test(v)) tries.add(v.slice(0, -1) + (v.endsWith('i') ? 'y' : 'i'));
  }
  tries.delete(raw);
  const keys = [...tries].filter((v) => townsByKey(v).some((r) => { const f = town(r).fcode; return f === 'ADM1' || f === 'ADM2'; }));
  if (keys.length !== 1) return null;
  return {
    text: ts, start: tStart, end: tEnd, key: keys[0]!, afterText: text.slice(tEnd, tEnd + 2), initial: isSentenceStart(toks, k, text, from), fragment: false,
    before: toks.lowerJoin(Math.max(0, k - 6), k), after: toks.lowerJoin(k + 1, k + 4), fuzzy: true,
  };
}

/** The run of words i..j-1 as a name one vowel from a known one, where a place's name stands (after
 *  "in/at/near", "the town of", or before a designator or a parenthesis), or null. */
function variantRun(text: string, toks: Toks, i: number, j: number, from: number): Mention | null {
  const s0 = toks.start[i]!, s1 = toks.end[j - 1]!;
  if (!placeCue(text, toks, i, j, s1)) return null;
  const raw = placeKey(text.slice(s0, s1));
  if (known(raw)) return null;
  const key = vowelVariantKey(raw);
  if (!key) return null;
  return {
    text: text.slice(s0, s1), start: s0, end: s1, key, afterText: text.slice(s1, s1 + 2), initial: isSentenceStart(toks, i, text, from), fragment: false,
    before: toks.lowerJoin(Math.max(0, i - 6), i), after: toks.lowerJoin(j, j + 3), fuzzy: true, variant: true,
  };
}

/** The word t follows a possessive ("Nairobi's Uhuru"): the name before it ended there. */
function possessiveBefore(text: string, toks: Toks, t: number): boolean {
  return t > 0 && /^['’]s\s+$/.test(text.slice(toks.end[t - 1]!, toks.start[t]!));
}

/** The hyphenated word at k read as "X and Y" ("Sistan-Baluchestan" for Sistan and Baluchestan),
 *  when the gazetteer knows that name and the word has two capitalised halves; else null. */
function andNamed(text: string, toks: Toks, k: number, from: number): Mention | null {
  const s0 = toks.start[k]!, s1 = toks.end[k]!;
  const parts = text.slice(s0, s1).split('-');
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}\p{Ll}{2,}/u.test(p))) return null;
  const key = keyOf(parts.join(' and '));
  if (!known(key)) return null;
  return {
    text: text.slice(s0, s1), start: s0, end: s1, key, afterText: text.slice(s1, s1 + 2), initial: isSentenceStart(toks, k, text, from),
    before: toks.lowerJoin(Math.max(0, k - 6), k), after: toks.lowerJoin(k + 1, k + 4),
  };
}

function hyphenParts(text: string, toks: Toks, k: number, from: number): Mention[] {
  // "an English-speaking village", "French-language radio": a language, never a place.
  if (LANGUAGE_COMPOUND.test(toks.s(k))) return [];
  const tStart = toks.start[k]!;
  const out: Mention[] = [];
  let off = tStart;
  const after = toks.lowerJoin(k + 1, k + 4);
  // (Not "the Nairobi-Mombasa highway in Emali": the place named on the road is where it happened.)
  // (A comma ends the road's phrase: "the Kumasi-Tamale highway, in anger at …" names no place on it.)
  const commaAfterRoad = k + 2 < toks.n && text.slice(toks.end[k + 1]!, toks.start[k + 2]!).includes(',');
  const road = lexicon().roadBetween.test(after) && (commaAfterRoad || !/^\S+ (?:in|at|near) /.test(after));
  for (const part of toks.s(k).split('-')) {
    const start = off, end = off + part.length;
    off = end + 1;
    if (part.length < 3 || !/^\p{Lu}/u.test(part)) continue;
    const key = placeKey(part);
    if (placesData().stop.has(key) || !known(key)) continue;
    out.push({
      // One end of "the Eldoret-Kitale road": a place, but maybe not the event's.
      text: part, start, end, key, afterText: text.slice(end, end + 2), initial: isSentenceStart(toks, k, text, from) && start === tStart, fragment: true,
      before: toks.lowerJoin(Math.max(0, k - 6), k),
      after, road: road && start === tStart ? true : undefined,
    });
  }
  return out;
}

/** A capitalised word whose last hyphenated part is a lower-case word ("Russian-occupied",
 *  "Kurdish-held", "Somali-dominated", "Taliban-run"): a modifier, no part of a name (a name's later
 *  parts are capitalised: "Konna-Peulh", "Dar-es-Salaam"; its particles are short: "Bandar-e"). */
const COMPOUND_MODIFIER = /^\p{Lu}[\p{L}'’]*-\p{Ll}{3,}$/u;
/** A language's name made a modifier: "English-speaking", "Arabic-language". */
const LANGUAGE_COMPOUND = /^\p{Lu}[\p{L}'’]*-(?:speaking|language)$/u;
function compoundModifier(word: string): boolean {
  return COMPOUND_MODIFIER.test(word);
}

/** Word t is the run's first (i), opens its sentence and is a preposition, article or conjunction
 *  ("In", "At", "The"): capitalised for its place only, no part of the name after it. */
function sentenceLead(text: string, toks: Toks, t: number, i: number, from: number): boolean {
  return t === i && lexicon().sentenceLead.has(toks.lower(t)) && isSentenceStart(toks, t, text, from);
}

/** "CHICAGO — ", "NAIROBI, Kenya (Reuters) -" at the start of a line: all capitals, then a dash or comma. */
function isDateline(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.length < 3 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && !/[.!?"”]/.test(text[i]!)) {
    // Allow a byline or caption word right before on the same line only when short ("DNAinfo/ Josh McGhee CHICAGO").
    const lineStart = text.lastIndexOf('\n', i) + 1;
    if (start - lineStart > 60) return false;
  }
  // "KYIV —", "NAIROBI, Kenya", "BAKU (Reuters)", and the first city of a shared one ("YEREVAN/BAKU").
  return /^\s*(?:[—–-]|,\s*\p{Lu}|\(\p{Lu}|\/\s*\p{Lu}{2})/u.test(text.slice(end, end + 4));
}

/** An abbreviation of an admin-1 unit right after a comma or parenthesis ("Peshawar, KPK"), written
 *  in capitals or as news abbreviates ("Springfield, Ill."). Whether a place comes before is the
 *  locator's to check. */
function isAbbreviation(text: string, toks: Toks, k: number, key: string): boolean {
  const len = toks.end[k]! - toks.start[k]!;
  if (len < 2 || len > 5 || !placesData().abbreviations.has(key)) return false;
  for (let i = toks.gap[k]!; i < toks.start[k]!; i++) { const c = text.charCodeAt(i); if (c === 44 || c === 40) return true; }
  return false;
}

/** "Al" of "(Al Jabl Al Gharbi)": a word in mixed case followed by a space and more of its
 *  capitalized run begins a name; it is not an abbreviation (Alabama). "Ga. Police", "GA WJBF",
 *  "Pa – A" are. */
function startsName(text: string, toks: Toks, k: number, runEnd: number): boolean {
  if (k + 1 >= runEnd) return false;
  const w = text.slice(toks.start[k]!, toks.end[k]!);
  return w !== w.toUpperCase() && /^ +$/.test(text.slice(toks.end[k]!, toks.start[k + 1]!));
}

/** How many particles from word j run into a capitalized word (one or two, none unbroken), or 0. */
function particlesBeforeName(text: string, toks: Toks, j: number): number {
  for (let k = j; k < j + 2 && k < toks.n && toks.particle(k); k++) {
    if (k + 1 >= toks.n || breaks(text, toks, k + 1)) return 0;
    if (toks.cap(k + 1)) return k + 1 - j;
  }
  return 0;
}

/** A region's name that opens with a compass word ("west wellega", "north kivu"): one the alias table
 *  keeps, or the name of first- or second-level units only (not "south lebanon", a town in Ohio). */
function compassUnit(key: string): boolean {
  if (placesData().aliasByKey.has(key)) return true;
  const rows = townsByKey(key);
  return rows.length > 0 && rows.every((r) => { const f = town(r).fcode; return f === 'ADM1' || f === 'ADM2'; });
}

/** A hand-kept region's or a country's name: one that a compass word before it qualifies ("the Upper Galilee"). */
function qualifiable(key: string): boolean {
  const d = placesData();
  return d.countryByKey.has(key) || (d.aliasByKey.get(key) ?? []).some((a) => a.kind === 'region');
}

/** Word k is a unit's designator ("Cercle", "Woreda", "County"). */
function isDesignator(toks: Toks, k: number): boolean {
  const words = lexicon().designatorWords, w = toks.lower(k);
  // "Mukono Sub County", "Sub District": "sub" written apart from its designator ("sub-county").
  return words.has(w) || (w === 'sub' && k + 1 < toks.n && words.has(toks.lower(k + 1)));
}

/** The lower-case word j may end the capitalized name before it ("Mae sot"): a word of letters
 *  only, three or more, joined to the name by a space, and none that follows a place's name as a
 *  word of its own, singular or plural (a designator, "town", "area", "street", a particle). */
function lowerTail(text: string, toks: Toks, j: number): boolean {
  if (j >= toks.n || toks.cap(j) || breaks(text, toks, j) || toks.particle(j) || isDesignator(toks, j)) return false;
  const w = toks.s(j);
  if (w.length < 3 || !/^\p{Ll}+$/u.test(w) || text.slice(toks.end[j - 1]!, toks.start[j]!) !== ' ') return false;
  // (Nor after a function word: "The villages of X and Y".)
  const lex = lexicon();
  if (lex.sentenceLead.has(toks.lower(j - 1))) return false;
  return ![w, w.replace(/e?s$/, '')].some((x) => lex.settlementAfter.test(x) || lex.neighbourhoodAfter.test(x) || lex.streetAfter.test(x) || lex.designatorWords.has(x) || placesData().common.has(x));
}

/** All place mentions of a Doc's text, read off its tokens. */
export function findMentions(doc: Doc): Mention[] {
  const text = doc.text, from = 0, to = text.length;
  const toks = doc.value(PLACE_WORDS);
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.n) {
    if (!toks.cap(i)) {
      const m = lowerCaseName(text, toks, i, from);
      if (m) out.push(m);
      i++;
      continue;
    }
    // The run of capitalized words (particles allowed inside, not at the ends; two in a row too:
    // "Khabb wa ash Shaaf", "Villa de la Paz").
    let j = i + 1;
    while (j < toks.n && !breaks(text, toks, j) && (toks.cap(j) || particlesBeforeName(text, toks, j) > 0)) j += toks.cap(j) ? 1 : particlesBeforeName(text, toks, j);
    // "More than 13,000 …", "Most residents …": a quantifier opening a sentence, not a town so called.
    if (j === i + 1 && lexicon().sentenceQuantifiers.has(toks.lower(i)) && isSentenceStart(toks, i, text, from)) { i = j; continue; }
    // "Grad rockets", "Shahed drones": a weapon's name before its weapon noun, no town so called.
    if (j === i + 1 && j < toks.n && lexicon().weaponNames.has(toks.lower(i)) && lexicon().weaponNouns.has(toks.lower(j)) && !breaks(text, toks, j)) { i = j; continue; }
    // "in Tall Refaat", "Khas Urozgan district": a name of two or three words that no table knows as
    // a whole, one vowel from a town's or district's, where a place's name stands.
    if (j - i >= 2 && j - i <= 3) {
      const m = variantRun(text, toks, i, j, from);
      if (m) { out.push(m); i = j; continue; }
    }
    // "the sect's leader, Florence Achieng,": a name of two words or more set off by a comma after a
    // title or role word is that person's, in apposition (as right after the title, below).
    if (j - i >= 2 && i > 0 && lexicon().titles.has(toks.lower(i - 1)) && /^\s*,\s*$/.test(text.slice(toks.end[i - 1]!, toks.start[i]!))) { i = j; continue; }
    let k = i;
    while (k < j) {
      if (!toks.cap(k)) { k++; continue; }
      if (k > 0 && lexicon().titles.has(toks.lower(k - 1)) && !breaks(text, toks, k, true)) {
        // Skip the person's name: the rest of this capitalized run.
        k = j;
        continue;
      }
      // "Douentza Cercle", "West Shewa Zone": a designator after a name in the same run is the name's
      // (read as its `after`), no place of its own.
      if (k > i && isDesignator(toks, k)) { k++; continue; }
      let found = 0;
      // Several-word n-grams only when the first word starts some name (most runs are people,
      // organizations and titles).
      const w = infoOf(toks, k);
      const maxN = j - k > 1 && w.startsName ? Math.min(MAX_N, j - k) : 1;
      for (let n = maxN; n >= 1; n--) {
        if (!toks.cap(k + n - 1)) continue;
        let tail = 0;
        const t0Start = toks.start[k]!;
        let t1End = toks.end[k + n - 1]!;
        // One word: its text is the token's, so its key and tests are the word's (remembered).
        let key = n === 1 ? w.key : keyOf(text.slice(t0Start, t1End));
        // "Borana zone", "Borena zone": a name before a unit's designator is the unit of that kind when
        // a table knows the pair, whatever else the bare name is (a people, a word no table knows, or
        // a town abroad: "Liben zone" is Ethiopia's zone, not Libeň in Prague).
        const unit = n === 1 && k + 1 < toks.n && lexicon().admin2After.test(toks.lower(k + 1)) ? keyOf(text.slice(t0Start, toks.end[k + 1]!)) : null;
        // (Not a people's name written where a town's stands, when a town is so called: "in Kamba town".)
        const named = n === 1 && w.stop && townNamed(toks, k) && hasTownKey(w.key);
        if (unit && placesData().aliasByKey.has(unit)) { key = unit; t1End = toks.end[k + 1]!; }
        // A stop phrase ("Al Shabaab", "Red Cross") is consumed whole, so that its words are not
        // looked up alone ("Al" is a town in Norway).
        else if (!named && (n === 1 ? w.stop : placesData().stop.has(key))) { found = n; break; }
        // "in Mendi, west Wellega zone", "north Shewa": a compass word written in lower case before the
        // run is part of a zone's or province's name when a table knows the pair (West Wellega).
        const lowerLead = k === i && i > 0 && !toks.cap(i - 1) && !breaks(text, toks, i) && lexicon().compassWords.has(toks.s(i - 1))
          && compassUnit(keyOf(text.slice(toks.start[i - 1]!, t1End)));
        if (lowerLead) key = keyOf(text.slice(toks.start[i - 1]!, t1End));
        // "Kellam welega zone", "Mirab shewa zone": a unit's name whose second word is written in lower
        // case, before the unit's designator, when a table knows the pair as a region or unit.
        else if (k + n === j && j + 1 < toks.n && !toks.cap(j) && !breaks(text, toks, j) && !breaks(text, toks, j + 1) && isDesignator(toks, j + 1)
          && compassUnit(keyOf(text.slice(t0Start, toks.end[j]!)))) { key = keyOf(text.slice(t0Start, toks.end[j]!)); t1End = toks.end[j]!; tail = 1; }
        // "in Mae sot", "outside Puerto ayacucho": a name of two words whose second a writer left in
        // lower case, when a table knows the pair (and the word is none of the words that follow a
        // place's name: "X town", "Y county", "the villages of X").
        // (Only after a word that some known key of several words starts with: the pair's key starts
        // with the word's, and the gazetteer's first words are those of all its keys.)
        else if (k + n === j && w.startsKnown && lowerTail(text, toks, j) && known(keyOf(text.slice(t0Start, toks.end[j]!)))) { key = keyOf(text.slice(t0Start, toks.end[j]!)); t1End = toks.end[j]!; tail = 1; }
        if (key !== w.key && n === 1 || (n === 1 ? w.known || named : key.length > 2 && known(key))) {
          // "the Upper Galilee", "Central Mindanao": a compass word opening the run qualifies the name
          // after it (no table need know the pair); the mention quotes both.
          // Only a named region's or a country's name is so qualified ("Central Florida" and "Southwest
          // Side" stay fragments: a compass word before a town or state is most often part of a longer name).
          const q = lowerLead ? i - 1 : k === i + 1 && lexicon().compassWords.has(toks.lower(i)) && qualifiable(key) ? i : k;
          const s0 = toks.start[q]!;
          out.push({
            text: text.slice(s0, t1End), start: s0, end: t1End, key, afterText: text.slice(t1End, t1End + 2),
            initial: isSentenceStart(toks, q, text, from),
            dateline: isDateline(text, t0Start, t1End),
            // Designators and titles around the name ("Tana River County") do not make it a fragment.
            // (Nor a possessive between: "Nairobi's Uhuru Park" names Nairobi whole.)
            // (Nor a function word that opens the sentence: "In Gao, militants …" names Gao whole.)
            // (Nor a compound modifier beside it: "Russian-occupied Melitopol", "Kurdish-held Tal Tamr".)
            fragment: (q > i && toks.cap(q - 1) && !infoOf(toks, q - 1).stop && !possessiveBefore(text, toks, q) && !sentenceLead(text, toks, q - 1, i, from) && !compoundModifier(toks.s(q - 1)))
              || (k + n < j && toks.cap(k + n) && !infoOf(toks, k + n).stop && !isDesignator(toks, k + n) && !possessiveBefore(text, toks, k + n) && !compoundModifier(toks.s(k + n))),
            qualified: q < k || undefined,
            before: toks.lowerJoin(Math.max(0, q - 6), q),
            after: k + n + tail < toks.n ? toks.lowerJoin(k + n + tail, k + n + tail + 3) : '',
            abbrev: n === 1 && !startsName(text, toks, k, j) && isAbbreviation(text, toks, k, key) ? true : undefined,
          });
          found = n + tail;
          break;
        }
      }
      // "Eldoret-Kitale road", "Mai Mahiu-Narok highway": a hyphenated word that is no name as a
      // whole may join two names.
      if (!found && text.slice(toks.start[k]!, toks.end[k]!).includes('-')) {
        // "Sistan-Baluchestan", "Chaharmahal-Bakhtiari": a unit named "X and Y" written with a hyphen.
        const joined = andNamed(text, toks, k, from);
        if (joined) out.push(joined);
        else out.push(...hyphenParts(text, toks, k, from));
      }
      // "Peshawar, KPK", "X district (UP)": an abbreviation of a first-level unit after a place.
      else if (!found && !startsName(text, toks, k, j) && isAbbreviation(text, toks, k, w.key)) {
        const s0 = toks.start[k]!, s1 = toks.end[k]!;
        out.push({ text: text.slice(s0, s1), start: s0, end: s1, key: w.key, afterText: text.slice(s1, s1 + 2), initial: false, before: toks.lowerJoin(Math.max(0, k - 6), k), after: toks.lowerJoin(k + 1, k + 4), abbrev: true });
      }
      // A lone unknown word after "in/at/near" or before "county": maybe a misspelled region name.
      else if (!found && j - i === 1) {
        const m = iotatedName(text, toks, k, from) ?? misspelled(text, toks, k, from) ?? spelledHolder(text, toks, k, from);
        if (m) out.push(m);
      }
      // ("Russian forces shelled X and Y": a word of a run joined by particles.)
      else if (!found && toks.cap(k) && !w.known) {
        const m = iotatedName(text, toks, k, from);
        if (m) out.push(m);
      }
      k += found || 1;
    }
    i = j;
  }
  // Lower-case alias phrases ("the line of contact"): a handful of indexOf calls.
  const lower = text.slice(from, to).toLowerCase();
  const seen = new Set<string>();
  for (const a of placesData().phraseAliases) {
    for (const name of a.names) {
      const p = name.toLowerCase();
      if (seen.has(p)) continue;
      seen.add(p);
      let at = lower.indexOf(p);
      while (at >= 0) {
        const start = from + at;
        out.push({ text: text.slice(start, start + p.length), start, end: start + p.length, key: placeKey(p), afterText: '', initial: false, before: toks.lowerBefore(Math.max(from, start - 60), start, 6), after: '', phrase: true });
        at = lower.indexOf(p, at + p.length);
      }
    }
  }
  out.push(...borderMentions(text, lower, from, toks));
  return mapPacked(out.sort((a, b) => a.start - b.start), oneShape); // packed: see util/packed.ts
}

/**
 * The mention with every field of Mention present, in one order. Made by six literals with
 * different optional fields, and given more later by the locator, mentions had a dozen hidden
 * classes: the functions that read them (linkContainers, readingTerms, textCountries …) were
 * deoptimized again and again on a "wrong map" (~150 times in a GVA run). One shape keeps them
 * optimized. Absent and undefined read alike: no caller tests for a field's presence.
 */
function oneShape(m: Mention): Mention {
  return {
    text: m.text, start: m.start, end: m.end, key: m.key, initial: m.initial, before: m.before, after: m.after, afterText: m.afterText,
    fragment: m.fragment, afterPlace: m.afterPlace, inHolders: m.inHolders, dateline: m.dateline, fuzzy: m.fuzzy, border: m.border, metonym: m.metonym,
    sponsor: m.sponsor, road: m.road, variant: m.variant, reference: m.reference, phrase: m.phrase, abbrev: m.abbrev,
    grievance: m.grievance, qualified: m.qualified, unitPeople: m.unitPeople, iotated: m.iotated, lowerCase: m.lowerCase,
    // Set by the locator later (context.ts), present from the start so that setting them keeps the shape.
    labelled: m.labelled, holdsUnknown: m.holdsUnknown,
  };
}

const SIDE = '(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?';
/** The words before "border" or "frontier" that name it (borderMentions): made once, not per article. */
const BORDER_TAIL = new RegExp(`(?:(the country|its|(?:\\p{Lu}[\\p{L}]+)(?:[-–](?:\\p{Lu}[\\p{L}]+))?)(?:['’]s)?\\s+)${SIDE}(?:border|frontier)$`, 'u');

/** "on Armenia's eastern border", "the country's northern border", "the Kenya-Somalia border":
 *  a border named by its country or countries (key "border:<country keys>", "border:" for
 *  "the country's", which the locator resolves to the event's country). */
function borderMentions(text: string, lower: string, from: number, toks: Toks): Mention[] {
  const out: Mention[] = [];
  const tail = BORDER_TAIL;
  for (const word of ['border', 'frontier']) {
    let at = lower.indexOf(word);
    while (at >= 0) {
      const end = from + at + word.length;
      const startWin = Math.max(from, end - 60);
      const m = tail.exec(text.slice(startWin, end));
      if (m) {
        const start = end - m[0].length;
        const who = m[1]!;
        const keys = /^(?:the country|its)$/i.test(who) ? [] : who.split(/[-–]/).map((w) => placeKey(w));
        // ("the Kenyan border with Ethiopia" is Kenya's own: `after` keeps that "with".)
        const withAfter = /^\s+with\b/i.test(text.slice(end, end + 8));
        out.push({ text: text.slice(start, end), start, end, key: `border:${keys.join('|')}`, afterText: text.slice(end, end + 2), initial: false, before: toks.lowerBefore(Math.max(from, start - 60), start, 6), after: withAfter ? 'with' : '', phrase: true, border: keys });
      }
      at = lower.indexOf(word, at + word.length);
    }
  }
  return out;
}
