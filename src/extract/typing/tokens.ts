/**
 * Word tokens for trigger matching: lower-cased surface form plus a light English stem, so one
 * lexicon entry ("shell") matches "shelled", "shelling" and "shells" without a regex per form.
 * The stemmer is deliberately crude (suffix stripping); lexicon phrases go through the same
 * function, so both sides agree even where the stem is not a real word ("captur", "forc").
 */
import { boundedMemo } from '../../util/bounded-memo.ts';
import { hashRange } from '../../util/string-hash.ts';

export interface Token {
  /** Lower-cased surface form ("shelled"). */
  lower: string;
  /** Original surface form, for case-sensitive entries ("IS" the group vs "is"). */
  raw: string;
  stem: string;
  start: number;
  end: number;
  /** A clause mark (, ; : ( ) or a dash) stands between this token and the previous one. */
  clauseStart: boolean;
}

/** Irregular forms mapped to their base before stemming ("shot" -> "shoot"). */
const IRREGULAR: Record<string, string> = {
  shot: 'shoot', fought: 'fight', struck: 'strike', took: 'take', taken: 'take', overran: 'overrun',
  blew: 'blow', blown: 'blow', threw: 'throw', thrown: 'throw', stole: 'steal', stolen: 'steal',
  burnt: 'burn', caught: 'catch', held: 'hold', met: 'meet', fled: 'flee', led: 'lead', laid: 'lay',
  beaten: 'beat', sought: 'seek', brought: 'bring', went: 'go', gone: 'go', began: 'begin', begun: 'begin',
  fell: 'fall', fallen: 'fall', hit: 'hit', set: 'set', broke: 'break', broken: 'break', rode: 'ride',
  spoke: 'speak', spoken: 'speak', froze: 'freeze', hid: 'hide', hidden: 'hide', retook: 'retake',
  retaken: 'retake', overtook: 'overtake', overtaken: 'overtake', died: 'die', dies: 'die', dying: 'die',
  lying: 'lie', lay: 'lay', forbade: 'forbid', wounded: 'wound', arose: 'arise', drove: 'drive',
  driven: 'drive', saw: 'see', seen: 'see', men: 'man', women: 'woman', children: 'child', people: 'people',
  police: 'police', policemen: 'policeman', gunmen: 'gunman', militiamen: 'militiaman', tribesmen: 'tribesman',
  clansmen: 'clansman', herdsmen: 'herdsman', servicemen: 'serviceman', kidnapped: 'kidnap', kidnapping: 'kidnap',
  kidnapper: 'kidnapper', kidnappers: 'kidnapper', news: 'news', gas: 'gas', gases: 'gas', bus: 'bus',
  this: 'this', was: 'was', has: 'has', is: 'is', his: 'his', its: 'its', us: 'us', thus: 'thus', as: 'as',
};

const VOWEL = /[aeiouy]/;

/** Light suffix-stripping stem of a lower-cased word. */
function stemUncached(w: string): string {
  const irr = IRREGULAR[w];
  if (irr !== undefined) w = irr;
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) s = s.slice(0, -2);
  else if (s.endsWith('es') && /(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  // kidnapp -> kidnap, lobb -> lob; keep ll/ss/zz (shell, mass)
  const n = s.length;
  if (n > 3 && s[n - 1] === s[n - 2] && !'lsz'.includes(s[n - 1]!) && !VOWEL.test(s[n - 1]!)) s = s.slice(0, -1);
  return s;
}

export const stem: (lower: string) => string = boundedMemo(stemUncached, 200_000);

// Letters/digits, with an inner apostrophe ("wasn't", "Shabaab's"); hyphens split words
// ("tear-gas" = "tear gas"). Linear time: no nested quantifiers.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Is there a clause mark (, ; : ( ) [ ] en/em dash, or a spaced hyphen) in text[from, to)? */
function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014) return true;
    if (c === 45 && k > from && k + 1 < to && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) return true;
  }
  return false;
}

/** The forms of one matched word: possessive 's dropped, n't read as "not"; null when nothing is left. */
interface WordForms {
  raw: string;
  lower: string;
  stem: string;
}

function formsOfUncached(word: string): WordForms | null {
  let raw = word;
  let lower = raw.toLowerCase();
  // possessive 's is noise for matching; n't is a negation word of its own
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 115 /* s */ && (lower.endsWith("'s") || lower.endsWith('’s'))) {
    raw = raw.slice(0, -2); lower = lower.slice(0, -2);
  } else if (last === 116 /* t */ && (lower.endsWith("n't") || lower.endsWith('n’t'))) {
    lower = 'not';
  }
  if (!lower) return null;
  return { raw, lower, stem: stem(lower) };
}

// Keyed by the surface form as matched: one lookup per token gives all three forms, instead of a
// lower-casing (a fresh string) and a stem lookup per token. An open-addressing table with a hash
// computed here (hashRange): a Map must hash each fresh word string through the runtime, which cost more
// than the rest of the tokenizer. Emptied when half full (hostile input is unbounded; news
// vocabulary repeats, so that is rare).
const FORMS_BITS = 17;
const FORMS_MASK = (1 << FORMS_BITS) - 1;
const formsKeys: (string | undefined)[] = new Array<string | undefined>(FORMS_MASK + 1).fill(undefined);
const formsVals: (WordForms | null)[] = new Array<WordForms | null>(FORMS_MASK + 1).fill(null);
let formsCount = 0;

function formsOf(word: string): WordForms | null {
  const h = hashRange(word, 0, word.length);
  let slot = h & FORMS_MASK;
  for (;;) {
    const key = formsKeys[slot];
    if (key === undefined) break;
    if (key === word) return formsVals[slot]!;
    slot = (slot + 1) & FORMS_MASK;
  }
  const v = formsOfUncached(word);
  if (formsCount >= (FORMS_MASK + 1) >> 1) {
    formsKeys.fill(undefined); formsVals.fill(null); formsCount = 0;
    slot = h & FORMS_MASK;
  }
  formsKeys[slot] = word; formsVals[slot] = v; formsCount++;
  return v;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = WORD.exec(slice)) !== null) {
    const word = m[0];
    const f = formsOf(word);
    if (f === null) continue;
    const at = m.index;
    const s = start + at;
    const clauseStart = hasClauseMark(slice, prevEnd, at);
    prevEnd = at + word.length;
    out.push({ lower: f.lower, raw: f.raw, stem: f.stem, start: s, end: s + word.length, clauseStart });
  }
  return out;
}
