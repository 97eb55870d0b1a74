import type { DateMention } from '../annotate/dates.ts';
import { docLayer, sentenceLayer, type Doc } from '../annotate/doc.ts';
import { PhraseMatcher } from '../annotate/lexicon.ts';
import type { Token } from '../annotate/tokens.ts';
import { loadData } from '../util/data-file.ts';
import { CONTEXT_WORDS } from './context-words.ts';
import { isSpeechVerb } from './sources.ts';
import { backgroundCues } from './words.ts';

/** Cumulative and recalled counts (data/lexicon/background.json). */
const B = loadData('lexicon/background.json', (d) => ({
  cumulative: new PhraseMatcher<true>().addAll(d.words('cumulative'), true),
  periodUnits: d.wordSet('periodUnits'),
  periodCounts: d.wordSet('periodCounts'),
  wars: d.wordSet('wars'),
  warLengthUnits: d.wordSet('warLengthUnits'),
  sinceObjects: d.wordSet('sinceObjects'),
  warStarts: d.wordSet('warStarts'),
  campaigns: d.wordSet('campaigns'),
  perfect: d.wordSet('perfect'),
  exchanges: new PhraseMatcher<true>().addAll(d.words('exchanges'), true),
  recent: d.wordSet('recent'),
  since: d.wordSet('since'),
  comparisonLeads: d.wordSet('comparisonLeads'),
  /** "The shooting comes a month after …": a cue opening with one of these is no comparison. */
  sequenceVerbs: d.wordSet('sequenceVerbs'),
  warScaleAtLeast: d.number('warScaleAtLeast'),
  warScaleOutcomes: d.wordSet('warScaleOutcomes'),
  tallyAtLeast: d.number('tallyAtLeast'),
  presentPerfect: d.wordSet('presentPerfect'),
  tallyIncidents: new PhraseMatcher<true>().addAll(d.words('tallyIncidents'), true),
  tallyExclusions: new PhraseMatcher<true>().addAll(d.words('tallyExclusions'), true),
  tallyPeriods: new PhraseMatcher<true>().addAll(d.words('tallyPeriods'), true),
  otherIncidentOpeners: new PhraseMatcher<true>().addAll(d.words('otherIncidentOpeners'), true),
}));

/** A casualty figure of a war's scale (data/lexicon/background.json 'warScaleAtLeast'): a tally over a period, never one event's. */
export function isWarScale(outcome: string, low: number | null, high: number | null): boolean {
  return B.warScaleOutcomes.has(outcome) && Math.max(low ?? 0, high ?? 0) >= B.warScaleAtLeast;
}

/** A present perfect at token k ("has killed", "have been"), past "since" when `since` ("has since killed"). */
function perfectAt(tokens: Token[], k: number, since: boolean): boolean {
  if (!B.presentPerfect.has(tokens[k]?.lower ?? '')) return false;
  const p = since ? k + 2 : k + 1;
  return (!since || tokens[k + 1]?.lower === 'since') && /(?:ed|en)$/.test(tokens[p]?.lower ?? '');
}

/**
 * A running tally (data/lexicon/background.json 'tallyAtLeast'): a thousand or more in the present
 * perfect ("have been killed by drones", "the UN has verified around 15,000 civilians killed") with
 * no incident word and no recent day in the sentence. The present perfect reports a state that holds
 * now; nothing bounds it to one event ("in the attack", "since Saturday" would).
 */
export function isRunningTally(doc: Doc, si: number, outcome: string, low: number | null, high: number | null): boolean {
  if (!B.warScaleOutcomes.has(outcome)) return false;
  const tokens = doc.sentences[si]!.tokens;
  // "The offensive has killed more than 500 civilians", "the war has left …": a campaign in the
  // present perfect counts all its acts up to now, whatever the size, unless a recent day bounds it.
  const campaign = tokens.some((t, k) => B.campaigns.has(t.lower) && perfectAt(tokens, k + 1, false));
  if (campaign && !tokens.some((t) => B.recent.has(t.lower)) && !recentDate(doc, si)) return true;
  if (Math.max(low ?? 0, high ?? 0) < B.tallyAtLeast) return false;
  // "has since killed", "have since been killed": 'since' between the auxiliary and the participle
  // counts from an earlier start up to now, whatever incident it names ("the offensive has since
  // killed 38,000"): a tally.
  const sinceThen = tokens.some((_, k) => perfectAt(tokens, k, true));
  const perfect = sinceThen || tokens.some((_, k) => perfectAt(tokens, k, false));
  if (!perfect || (!sinceThen && B.tallyIncidents.occursIn(tokens)) || tokens.some((t) => B.recent.has(t.lower))) return false;
  return !recentDate(doc, si);
}

/**
 * Words between two figures that leave the second out of the first ("1,500 have been killed, not
 * counting the 12 killed in Tuesday's ambush"): the first is then a tally over a period, whatever its
 * size. Null when no such words stand between; else whether the figure left out belongs to the same
 * period (true), or is one incident's, bounded by a day or an incident word after the words (false).
 */
export function leftOutOfTally(tokens: Token[], tallyAt: number, figureAt: number): boolean | null {
  const words = B.tallyExclusions.findAll(tokens, tallyAt, figureAt)[0];
  if (!words) return null;
  const rest = tokens.slice(words.end);
  return !rest.some((t) => B.recent.has(t.lower)) && !B.tallyIncidents.findAll(tokens, words.end).length;
}

/**
 * Does sentence si (between offsets a and b, when given) date a day of the current fighting: a day
 * or month within the last six weeks, not after the article's day ("on Tuesday", "since Saturday")?
 */
function recentDate(doc: Doc, si: number, a = 0, b = Infinity): boolean {
  const anchor = doc.value(ANCHOR_DAY);
  return !!anchor && doc.dates(si).some((d) => d.start >= a && d.end <= b && !d.yearOnly && !isPast(d, anchor) && d.date <= anchor);
}

/**
 * Cues of a count with a period of its own, as token ranges: "killed in the war", "in the fight
 * against …", "in the past three years", and "since then" / "since the invasion" after a perfect
 * tense ("have been killed since then"); "the worst since" is a comparison and never one.
 */
function cumulativeCues(doc: Doc, si: number, tokens: Token[]): { start: number; end: number; opening?: boolean }[] {
  const out: { start: number; end: number; opening?: boolean }[] = B.cumulative.findAll(tokens).map((c) => ({ start: c.start, end: c.end }));
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.lower;
    // "in the past three years", "over the last two decades".
    if ((w === 'past' || w === 'last') && (tokens[i + 1]!.kind === 'num' || B.periodCounts.has(tokens[i + 1]!.lower)) && B.periodUnits.has(tokens[i + 2]!.lower)) out.push({ start: i, end: i + 3 });
    // "the 44-day war", "the six-day war": a war named by its length is over.
    // (A regex only for hyphened words: it runs over every word of the sentences asked about.)
    const length = w.includes('-') ? /^(\d+|[a-z]+)-([a-z]+)$/.exec(w) : null;
    if (length && B.warLengthUnits.has(length[2]!) && (/^\d+$/.test(length[1]!) || B.periodCounts.has(length[1]!)) && B.wars.has(tokens[i + 1]!.lower)) out.push({ start: i, end: i + 2 });
    // "The war began on Oct. 7 when gunmen attacked …", "The conflict erupted in April, when …": the
    // opening of a war told as its start is a past event, its figures the opening attack's; not
    // after "since" (a running count) nor when a recent day dates the start (the current fighting).
    if (B.wars.has(w) && B.warStarts.has(tokens[i + 1]!.lower) && tokens[i - 1]?.lower !== 'since' && !tokens.slice(Math.max(0, i - 3), i).some((t) => B.since.has(t.lower))) {
      const after = tokens.slice(i + 2, i + 9);
      if (!after.some((t) => B.recent.has(t.lower)) && !recentDate(doc, si, tokens[i]!.start, tokens[Math.min(tokens.length - 1, i + 10)]!.end)) {
        out.push({ start: i, end: i + 2, opening: true });
      }
    }
    if (w !== 'since') continue;
    const obj = tokens.slice(i + 1, i + 4).some((t) => B.sinceObjects.has(t.lower));
    if (!obj) continue;
    // "since the clashes began on Monday": the current fighting's own count.
    if (tokens.slice(i + 1, i + 8).some((t) => B.recent.has(t.lower))) continue;
    // "since the fighting erupted on September 27", told in October: a start within the last six weeks.
    if (recentDate(doc, si, tokens[i]!.start, tokens[Math.min(tokens.length - 1, i + 10)]!.end)) continue;
    // "since then", where then is a day of this fighting ("on Tuesday").
    if (tokens[i + 1]!.lower === 'then' && si > 0 && recentDate(doc, si - 1)) continue;
    let perfect = false;
    for (let k = i - 1; k >= Math.max(0, i - 12) && !perfect; k--) {
      if (tokens[k]!.lower === ',' || tokens[k]!.lower === ';') break;
      if (B.perfect.has(tokens[k]!.lower)) perfect = true;
    }
    if (perfect) out.push({ start: i, end: i + 2 });
  }
  return out;
}

/**
 * Is what is said at token `at` of sentence `si` a past event recalled for context ("the 44-day war
 * last year that killed at least 6,500", "in 2020", "earlier this month another man was shot")?
 * A cue counts when it is in the same stretch of the sentence; a cue right after "since" ("the worst
 * fighting since last year's war") dates the comparison, not the event, unless the words at `at`
 * hang off that recalled event in a relative clause ("… since the war that killed 6,500").
 * Returns the recalled event's date when one is given.
 */
export interface BackgroundVerdict {
  background: boolean;
  date: DateMention | null;
  /** A toll over a period up to now ("has killed 400 since October", "so far this year"): never one
   *  event's figure, even when the article tells no other event. */
  tally?: boolean;
}

const DAY = 86_400_000;
/** Prepositions before a relative word that opens a recalled event's clause ("in which", "during which"). */
const RELATIVE_PREPOSITIONS = new Set(['in', 'during', 'on', 'at']);
/** How far before a figure the relative word of a recalled event's clause may stand ("which more than 200"). */
const RELATIVE_REACH = 8;
const PAST_DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:in|during|throughout|since|last)\s+(?:mid-?|early\s+|late\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:1[89]|20)\d\ds?\b|\bago\b|\d{1,2}\/\d{1,2}/i;

function isPast(d: DateMention, pubDay: string): boolean {
  const pubYear = Number(pubDay.slice(0, 4));
  if (d.yearOnly) return Number(d.date.slice(0, 4)) < pubYear;
  // A whole month that has ended ("31,680 casualties in January", told in February): a monthly total.
  if (monthEnded(d, pubDay)) return true;
  // More than six weeks before publication: another event.
  return Date.parse(d.endDate) < Date.parse(pubDay) - 42 * DAY;
}


/** A whole month that ended before the publication month, but within the last six weeks (not past by date alone). */
function monthEnded(d: DateMention, pubDay: string): boolean {
  return d.precision === 4 && !d.yearOnly && d.endDate < pubDay.slice(0, 7) + '-01' && Date.parse(d.endDate) >= Date.parse(pubDay) - 42 * DAY;
}

/** Prepositions that date by a year alone ("in 2016", "during 2014"). */
const YEAR_LEADS = new Set(['in', 'during']);

/** "since" earlier in the same clause: a date after it starts a running count. */
const SINCE_CLAUSE = /\bsince\b[^,;]*$/i;

/**
 * The day the article is about: the first day-precise date of its first sentences ("On Oct 1st
 * 2019, …"), else the publication day. Recalled events are dated before it (a summary written weeks
 * later still reports its event as current).
 */
export const ANCHOR_DAY = docLayer<string | null>('anchor day', (doc) => {
  let day: string | null = doc.ref?.day ?? null;
  for (let si = 0; si < Math.min(3, doc.sentences.length) && day; si++) {
    if (!PAST_DATE_HINT.test(doc.sentences[si]!.text)) {
      // A lead that dates its event by a day near publication ("killed 30 people on Wednesday") is
      // the article's day: a later sentence's month ("The war began on Oct. 7 when …") is context.
      const near = doc.dates(si).find((x) => x.precision === 1 && !x.yearOnly && !SINCE_CLAUSE.test(doc.text.slice(doc.sentences[si]!.start, x.start)));
      if (near) { day = near.date; break; }
      continue;
    }
    // Not the start of a running count ("killed since the fighting began on April 15"): the day after
    // "since" in the same clause is when something began, not the day the article is about.
    const d = doc.dates(si).find((x) => x.precision <= 2 && !x.yearOnly && !SINCE_CLAUSE.test(doc.text.slice(doc.sentences[si]!.start, x.start)));
    if (d) { day = d.date; break; }
  }
  return day;
});

/** A cue of a recalled or cumulative period in a sentence, as a token range [start, end). */
interface BackgroundCue { start: number; end: number; date: DateMention | null; cumulative?: boolean; tally?: boolean; opening?: boolean; other?: boolean }

/**
 * The background cues of a sentence: they depend on the sentence alone, not on the word asked about,
 * so they are found once per sentence (backgroundAt is asked about every figure and every event
 * trigger of a sentence, and finding them was most of its cost). `exchange`: bodies or prisoners
 * handed over, and the sentence is background whatever is asked.
 */
const BACKGROUND_CUES = sentenceLayer<{ exchange: boolean; pubDay: string | null; cues: BackgroundCue[] }>('background cues', (doc, si) => {
  const s = doc.sentences[si]!;
  const tokens = s.tokens;
  const pubDay = PAST_DATE_HINT.test(s.text) ? doc.value(ANCHOR_DAY) : null;
  const cues: BackgroundCue[] = [];
  // Bodies or prisoners handed over ("returned the bodies of 1,000 soldiers"): no casualties of this event.
  if (B.exchanges.occursIn(tokens)) return { exchange: true, pubDay, cues };
  // "Separately, …" opening the sentence before a comma: the whole sentence tells another incident.
  const opener = B.otherIncidentOpeners.matchAt(tokens, 0);
  if (opener && tokens[opener.end]?.text === ',') cues.push({ start: 0, end: opener.end, date: null, other: true });
  const periods = B.tallyPeriods.findAll(tokens);
  for (const c of backgroundCues.findAll(tokens)) cues.push({ start: c.start, end: c.end, date: null, tally: periods.some((p) => p.start < c.end && c.start < p.end) });
  for (const c of cumulativeCues(doc, si, tokens)) if (!cues.some((x) => x.start < c.end && c.start < x.end)) cues.push(c.opening ? { start: c.start, end: c.end, date: null, opening: true } : { ...c, date: null, cumulative: true });
  // A past decade ("the 1990s war killed 30,000").
  const refYear = Number((doc.value(ANCHOR_DAY) ?? doc.ref?.day ?? '0').slice(0, 4));
  tokens.forEach((t, k) => {
    // (Five characters ending in "s" first: a regex per word of the sentence is not free.)
    const m = t.lower.length === 5 && t.lower.charCodeAt(4) === 115 ? /^((?:1[89]|20)\d)0s$/.exec(t.lower) : null;
    if (m && refYear && Number(m[1]) * 10 + 9 < refYear && !cues.some((x) => x.start <= k && k < x.end)) cues.push({ start: k, end: k + 1, date: null, cumulative: true });
  });
  // Only a month name, a year or "ago" can put a date six weeks back ("Monday" never does): chrono
  // is not run on the rest.
  // With no day to compare against (an undated article), a year alone is still the past: a report
  // dates its news by the day or the weekday ("on Tuesday", "overnight"), never by the year only
  // ("a mass grave of 40 villagers was found there in 2016"). Not "since 2016": a running count.
  if (!doc.ref) {
    tokens.forEach((t, k) => {
      if (k > 0 && /^(?:1[89]|20)\d\d$/.test(t.text) && YEAR_LEADS.has(tokens[k - 1]!.lower) && !cues.some((x) => x.start <= k && k < x.end)) cues.push({ start: k - 1, end: k + 1, date: null });
    });
  }
  if (pubDay && PAST_DATE_HINT.test(s.text)) {
    for (const d of doc.dates(si)) {
      if (!isPast(d, pubDay)) continue;
      const ti = tokens.findIndex((t) => t.start >= d.start);
      if (ti < 0) continue;
      let te = ti;
      while (te < tokens.length && tokens[te]!.end <= d.end) te++;
      const overlap = cues.find((c) => c.start <= te && c.end >= ti);
      if (overlap) overlap.date = d;
      else cues.push({ start: ti, end: Math.max(te, ti + 1), date: d });
    }
  }
  return { exchange: false, pubDay, cues };
});

export function backgroundAt(doc: Doc, si: number, at: number): BackgroundVerdict {
  const { exchange, pubDay, cues } = doc.get(BACKGROUND_CUES, si);
  if (exchange) return { background: true, date: null };
  const tokens = doc.sentences[si]!.tokens;
  if (!cues.length) return { background: false, date: null };
  for (const c of cues) {
    if (c.other) return { background: true, date: null };
    // A relative clause hanging off the recalled event ("since the war that killed 6,500").
    // Dates and the cues of casualty-words.json: the relative word right before the figure, as the
    // first version read it; cumulative cues: anywhere between.
    let relativeBefore = false;
    // (A count's own words may stand between: "during which more than 200 were killed".)
    for (let k = c.cumulative ? c.end : Math.max(c.end, at - RELATIVE_REACH); k < at && !relativeBefore; k++) if (CONTEXT_WORDS.recalledRelatives.has(tokens[k]!.lower)) relativeBefore = true;
    // "… since April, when an air raid on a village in the same region killed 160": a relative clause
    // that opens right after the cue hangs off it, however long its subject (no comma before the figure).
    if (!relativeBefore && c.start < at) {
      let r = tokens[c.end]?.text === ',' ? c.end + 1 : c.end;
      if (RELATIVE_PREPOSITIONS.has(tokens[r]?.lower ?? '')) r++;
      relativeBefore = r < at && CONTEXT_WORDS.recalledRelatives.has(tokens[r]!.lower) && !tokens.slice(r, at).some((t) => t.kind === 'punct' && t.text !== '-');
    }
    // After "since" (within a few words): the comparison ("the worst fighting since last year's war"),
    // not this event; but a figure followed by "since 2004" is a running count, recalled context.
    let afterSince = false;
    const leads = c.cumulative ? B.since : B.comparisonLeads;
    if (!B.sequenceVerbs.has(tokens[c.start]!.lower) && !c.opening) for (let k = c.start - 1; k >= Math.max(0, c.start - 5); k--) if (leads.has(tokens[k]!.lower)) afterSince = true;
    // A whole month is a monthly total only right after its figure ("31,680 casualties in January");
    // "as we reported in July, two children were found dead" tells the event itself.
    // (Not the month a comparison recalls, with the event hanging off it: "the deadliest since April,
    // when an air raid killed 160".)
    if (c.date && pubDay && monthEnded(c.date, pubDay) && (c.start < at || c.start - at > 4) && !(afterSince && relativeBefore)) continue;
    const comparison = afterSince && tokens.slice(Math.max(0, c.start - 12), c.start).some((t) => CONTEXT_WORDS.superlatives.has(t.lower));
    if (c.start < at) {
      if (at - c.end > 22) continue;
      // A comma-free stretch, or a relative clause hanging off the recalled event.
      let clauseBreak = false;
      // (A point before a number or a lower-case word ends an abbreviation, "Oct. 7", not a clause.)
      for (let k = c.end; k < at; k++) if (tokens[k]!.lower === ';' || (tokens[k]!.lower === '.' && !/^[\da-z]/.test(tokens[k + 1]?.text ?? ''))) clauseBreak = true;
      if (clauseBreak) continue;
      // "The military, which has ruled since the 2021 coup, said 25 insurgents were killed": a cue in
      // a relative aside in commas that closes before the figure tells of the aside's subject.
      if (inClosedAside(tokens, c.start, at)) continue;
      // "Since mid-April, more than 1,100 people have been killed": no superlative, a perfect tense: a running count.
      // "Fire has continued almost daily since October, killing 400": the perfect may stand before
      // "since", in the same clause.
      let from = c.start;
      while (from > 0 && tokens[from - 1]!.lower !== ',' && tokens[from - 1]!.lower !== ';') from--;
      const runningCount = afterSince && !comparison && tokens.slice(from, Math.min(tokens.length, at + 4)).some((t) => B.perfect.has(t.lower));
      if (afterSince && !relativeBefore && !runningCount) continue;
      return { background: true, date: c.date ?? dateOfCue(doc, si, c.start, c.end), tally: runningCount || c.tally || (c.cumulative && !relativeBefore) };
    }
    // Cue after the words: "… were killed in 2020", "… killed last year"; not across a comma.
    if (c.start - at > 10 || comparison) continue;
    let comma = false;
    for (let k = at; k < c.start; k++) if (tokens[k]!.lower === ',' || tokens[k]!.lower === ';') comma = true;
    if (comma && c.start - at > 3) continue;
    return { background: true, date: c.date ?? dateOfCue(doc, si, c.start, c.end), tally: c.tally || c.cumulative || tokens.slice(Math.max(0, c.start - 3), c.start).some((t) => B.since.has(t.lower)) };
  }
  return { background: false, date: null };
}

/** Relative words that open an aside in commas ("…, which has ruled since 2021, …"). */
const ASIDE_RELATIVES = new Set(['which', 'who', 'whose']);

/**
 * Is token k inside an aside opened by ", which"/", who" that closes with a comma and a speech verb
 * before token `at` (the aside tells of the source, not of what it says; "The attack, which took
 * place in March, killed 30" is no such aside)?
 */
function inClosedAside(tokens: Token[], k: number, at: number): boolean {
  let open = -1;
  for (let j = k - 1; j > 0; j--) {
    if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-') {
      if (tokens[j]!.text === ',' && ASIDE_RELATIVES.has(tokens[j + 1]?.lower ?? '')) open = j;
      break;
    }
  }
  if (open < 0) return false;
  for (let j = k + 1; j < at; j++) if (tokens[j]!.text === ',') return isSpeechVerb(tokens[j + 1]?.lower ?? '');
  return false;
}

/** The date of a recalled event: the date within its cue, else any earlier date of the sentence. */
function dateOfCue(doc: Doc, si: number, ts: number, te: number): DateMention | null {
  const tokens = doc.sentences[si]!.tokens;
  const a = tokens[ts]!.start, b = tokens[te - 1]!.end;
  const ds = doc.dates(si);
  const inside = ds.find((d) => d.end > a && d.start < b);
  if (inside) return inside;
  const anchor = doc.value(ANCHOR_DAY);
  return (anchor ? ds.find((d) => isPast(d, anchor)) : null) ?? null;
}

/** How many of an article's first sentences may give the day of its lead event. */
const LEAD_SENTENCES = 2;
/** Words that may come before a fronted day ("On Saturday, …", "Late on Sunday …", "Last Friday …"). */
const DAY_FRONTS = new Set(['on', 'last', 'late', 'early', 'earlier', 'by', 'and', 'but']);

/**
 * The day of the article's lead event and its sentence: the first day the first sentences name (not
 * the start of a count, "since Saturday"). Null when they name none.
 */
const LEAD_DAY = docLayer<{ si: number; day: string } | null>('lead day', (doc) => {
  for (let si = 0; si < Math.min(LEAD_SENTENCES, doc.sentences.length); si++) {
    const s = doc.sentences[si]!;
    const d = doc.dates(si).find((x) => x.precision === 1 && !x.yearOnly && !SINCE_CLAUSE.test(doc.text.slice(s.start, x.start)));
    if (d) return { si, day: d.date };
  }
  return null;
});

/**
 * "A missile killed 6 people in Kharkiv on Tuesday. … On Saturday, 11 people were killed when a drone
 * hit a supermarket": a sentence after the lead that opens with a day before the lead event's day
 * turns to an earlier incident, recalled; its figures are not the lead event's. Only a fronted day
 * (a day told after the figure may date the deaths of the event itself: "the bodies found on Monday
 * were of men killed on Saturday"), and only a day, not a period.
 */
export function earlierDayOpens(doc: Doc, si: number): DateMention | null {
  const lead = doc.value(LEAD_DAY);
  if (!lead || si <= lead.si) return null;
  const s = doc.sentences[si]!;
  const tokens = s.tokens;
  let k = 0;
  while (k < 3 && DAY_FRONTS.has(tokens[k]?.lower ?? '')) k++;
  const first = tokens[k];
  if (!first) return null;
  const d = doc.dates(si).find((x) => x.start <= first.start && x.end > first.start);
  if (!d || d.precision !== 1 || d.yearOnly || d.date >= lead.day) return null;
  return d;
}