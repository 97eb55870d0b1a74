import type { Qualifier } from '../record/schema.ts';
import { loadData } from '../util/data-file.ts';
import { PhraseMatcher, WordSet } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A count read from the text: "at least 6,500", "about 25", "10 to 15", "dozens". */
export interface NumberMention {
  /** Token indices [start, end) within the token array given. */
  start: number;
  end: number;
  low: number;
  high: number;
  qualifier: Qualifier;
  /** True for "dozens", "several", "hundreds": low/high are ACLED's conventional values ("dozens" 12). */
  vague: boolean;
  /** A vague count's floor: the least its words assert ("dozens" is at least 24, "hundreds of thousands" 200,000). */
  floor?: number;
  /** A bare four-digit number between 1800 and 2100: probably a year, not a count. */
  yearLike: boolean;
}

const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'at_least', 'at_most', 'range', 'vague'];
const data = loadData('lexicon/numbers.json', (d) => ({
  units: d.numbers('units'), tens: d.numbers('tens'), scales: d.numbers('scales'), vague: d.numbers('vague'), vagueFloors: d.numbers('vagueFloors'),
  qualifiers: d.oneOf('qualifiers', QUALIFIERS),
  notCountAfter: d.wordSet('notCountAfter'),
  parents: d.wordSet('parents'),
  degreeBeforeVague: d.wordSet('degreeBeforeVague'),
  partitiveAfterVague: d.wordSet('partitiveAfterVague'),
}));
const units = new PhraseMatcher<number>();
for (const [k, v] of data.units) units.add(k, v);
const vague = new PhraseMatcher<number>();
for (const [k, v] of data.vague) vague.add(k, v);
const floorOf = data.vagueFloors;
const qualifiers = new PhraseMatcher<Qualifier>();
for (const [k, v] of data.qualifiers) qualifiers.add(k, v);
const tens = data.tens;
const scales = data.scales;

/** "twenty-five", "twenty five", "one hundred and twenty", "6,500", "2 million", "a dozen". */
interface Value { value: number; end: number; vague: boolean; yearLike: boolean; floor?: number }

function valueAt(tokens: Token[], i: number, limit: number): Value | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    if (/(?:st|nd|rd|th)$/.test(t.lower)) return null; // ordinal: "40th homicide"
    if (/\d(?:s)$/.test(t.lower)) return null; // "1990s"
    let value = Number(t.lower.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    let end = i + 1;
    const sc = end < limit ? scales.get(tokens[end]!.lower) : undefined;
    // Decimals are no head counts, except before a scale: "1.2 million".
    if (/\.\d/.test(t.lower) && !(sc && sc >= 1000)) return null;
    if (sc) { value = Math.round(value * sc); end++; }
    const yearLike = !t.lower.includes(',') && t.lower.length === 4 && value >= 1800 && value <= 2100;
    return { value, end, vague: false, yearLike };
  }
  const v = vague.matchAt(tokens, i, limit);
  // "too many of our people", "so many": a judgement, not a count.
  if (v && i > 0 && data.degreeBeforeVague.has(tokens[i - 1]!.lower)) return null;
  // "200,000 people, many of them children,": an apposition sharing out people counted before it, not a count.
  if (v && tokens[i - 1]?.lower === ',' && tokens[v.end - 1]?.lower !== 'of' && tokens[v.end]?.lower === 'of' && data.partitiveAfterVague.has(tokens[v.end + 1]?.lower ?? '')) return null;
  if (v) {
    const phrase = (end: number, from: number) => tokens.slice(from, end).map((x) => x.lower).join(' ');
    const floor = floorOf.get(phrase(v.end, i));
    const v2 = v.end < limit ? vague.matchAt(tokens, v.end, limit) : null;
    if (v2 && v2.value > v.value) {
      const floor2 = floorOf.get(phrase(v2.end, v.end));
      // "tens of thousands", "hundreds of thousands": a plural unit of another; "many thousands": the larger word.
      if (floor !== undefined && tokens[v.end - 1]!.lower === 'of') return { value: v.value * v2.value, end: v2.end, vague: true, yearLike: false, floor: floor * v2.value };
      return { value: v2.value, end: v2.end, vague: true, yearLike: false, floor: floor2 };
    }
    return { value: v.value, end: v.end, vague: true, yearLike: false, floor };
  }
  // Word numbers: tens[-unit] | unit, then optional scale and remainder.
  let total = 0;
  let cur = 0;
  let end = i;
  let any = false;
  while (end < limit) {
    const w = tokens[end]!.lower;
    const hy = w.indexOf('-');
    if (hy > 0 && tens.has(w.slice(0, hy))) {
      const u = units.wordValue(w.slice(hy + 1));
      if (u === undefined) break;
      cur += tens.get(w.slice(0, hy))! + u; end++; any = true; continue;
    }
    if (tens.has(w)) { cur += tens.get(w)!; end++; any = true; continue; }
    if (any && scales.has(w)) { cur = (cur || 1) * scales.get(w)!; if (scales.get(w)! >= 1000) { total += cur; cur = 0; } end++; continue; }
    if (any && w === 'and' && end + 1 < limit && (tens.has(tokens[end + 1]!.lower) || units.has(tokens[end + 1]!.lower)) && (cur >= 100 || total > 0)) { end++; continue; }
    if (!any || cur % 10 === 0) {
      const u = units.matchAt(tokens, end, limit);
      if (u && (!any || (u.value < 10 && cur % 100 !== 0) || cur % 100 === 0)) {
        // "a hundred" after a number is not a continuation.
        if (any && u.value >= 100) break;
        cur += u.value; end = u.end; any = true;
        continue;
      }
    }
    break;
  }
  if (!any) return null;
  return { value: total + cur, end, vague: false, yearLike: false };
}

/**
 * Larger values are not counts of people ("1,000,000,000,000,000", forty nines): read as no count,
 * so figures and their sums stay safe integers (the record's counts are).
 */
const MAX_COUNT = 1e10;

/** The count starting at token i, with any qualifier before it and a range after it. */
export function numberAt(tokens: Token[], i: number, limit = tokens.length): NumberMention | null {
  let qualifier: Qualifier = 'exact';
  let j = i;
  const q = qualifiers.matchAt(tokens, i, limit);
  if (q) { qualifier = q.value; j = q.end; }
  // "between 10 and 15"
  let between = false;
  if (!q && tokens[j]?.lower === 'between') { between = true; j++; }
  const v = valueAt(tokens, j, limit);
  if (!v || v.value > MAX_COUNT) return null;
  let low = v.value, high = v.value, end = v.end;
  const sep = tokens[end]?.lower;
  if (end + 1 < limit && (sep === 'to' || sep === '-' || sep === '–' || sep === 'or' || (between && sep === 'and'))) {
    const v2 = valueAt(tokens, end + 1, limit);
    if (v2 && v2.value > v.value && v2.value <= MAX_COUNT && !v2.vague && !(sep === 'or' && v2.yearLike)) {
      high = v2.value; end = v2.end;
      if (qualifier === 'exact') qualifier = 'range';
    }
  }
  if (v.vague && qualifier === 'exact') qualifier = 'vague';
  const m: NumberMention = { start: i, end, low, high, qualifier, vague: v.vague, yearLike: v.yearLike && !q && high === low };
  if (v.vague && v.floor !== undefined) m.floor = v.floor;
  return m;
}

/** Words that can start a count (one array read per token before the phrase matchers). */
const STARTS = new WordSet(['between', ...tens.keys()], units, vague, qualifiers);
const canStart = (t: Token) => t.kind === 'num' || STARTS.has(t) || (t.lower.includes('-') && tens.has(t.lower.slice(0, t.lower.indexOf('-'))));

/** Every count in a token range, left to right, not overlapping. */
export function findNumbers(tokens: Token[], from = 0, to = tokens.length): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = from; i < to; i++) {
    if (!canStart(tokens[i]!)) continue;
    const n = numberAt(tokens, i, to);
    if (!n) continue;
    i = n.end - 1;
    let p = n.start - 1;
    if (tokens[p]?.lower === '.') p--;
    // A number after a month name is a day ("Nov. 29"), after "aged" an age, after "route" a road (numbers.json notCountAfter).
    if (p >= 0 && n.qualifier === 'exact' && data.notCountAfter.has(tokens[p]!.lower)) continue;
    // "mother of three", "a father of two": children, not casualties.
    if (p >= 1 && tokens[p]!.lower === 'of' && data.parents.has(tokens[p - 1]!.lower)) continue;
    // "K-9": a name, not a count.
    if (p >= 0 && tokens[p]!.lower === '-' && n.start === p + 1 && tokens[p - 1]?.kind === 'word' && tokens[p - 1]!.end === tokens[p]!.start) continue;
    out.push(n);
  }
  return out;
}
