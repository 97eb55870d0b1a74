/**
 * The casualty words of each sentence (data/lexicon/casualty-words.json), with how each takes its
 * count: passive ("were killed"), adjective ("dead"), intransitive ("died"), active ("killing two"),
 * noun ("3 deaths") or toll ("the death toll"). One Doc layer, read by the claim parsers.
 */
import { sentenceLayer } from '../../annotate/doc.ts';
import { WordSet } from '../../annotate/lexicon.ts';
import type { Token } from '../../annotate/tokens.ts';
import type { Outcome } from '../../record/schema.ts';
import { activeWords, adjectiveWords, intransitiveWords, nounWords, passiveWords, tollNouns } from '../words.ts';
import type { Trigger } from './candidate.ts';
import { CLAIM_WORDS as W, isAuxiliary } from './lexicon.ts';
import { isPersonAt } from './people.ts';

/** First words of every casualty phrase: one array read per token before the phrase matchers. */
const FIRST = new WordSet([], tollNouns, adjectiveWords, passiveWords, intransitiveWords, activeWords, nounWords);

export const CASUALTY_WORDS = sentenceLayer<Trigger[]>('casualty words', (doc, si) => {
  const nums = doc.numbers(si);
  const tokens = doc.sentences[si]!.tokens;
  // Is token k the last token of a number ("10", "ten", "a dozen")? Number words are word tokens.
  const numEnd = (k: number) => {
    const t = tokens[k];
    if (!t) return false;
    if (t.kind === 'num') return true;
    return t.kind === 'word' && nums.some((n) => n.end === k + 1);
  };
  return casualtyWords(tokens, numEnd);
});

function casualtyWords(tokens: Token[], numEnd: (k: number) => boolean): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "beat a man to death", "stabbed two traders to death": the verb kills the object between.
    const death = tokens[i]!.kind === 'word' ? toDeathAfterObject(tokens, i) : -1;
    if (death > 0) {
      // "beat up three herders to death": the verb's particle is part of it, its object after.
      const end = tokens[i + 1]!.lower === 'up' ? i + 2 : i + 1;
      out.push({ at: i, end, outcome: 'killed', cls: 'active' }); i = death - 1; continue;
    }
    // "An aid worker said the figure could climb to 90": a toll told before, foreseen.
    if (W.tollAnaphors.has(tokens[i]!.lower) && tokens[i - 1]?.lower === 'the' && projectionAfter(tokens, i + 1)) { out.push({ at: i, end: i + 1, outcome: 'killed', cls: 'toll', anaphor: true }); continue; }
    if (tokens[i]!.kind !== 'word' || !FIRST.has(tokens[i])) continue;
    // "without firing a shot", "heard a single shot": the noun, a gunshot, hurts no one.
    if (tokens[i]!.lower === 'shot' && W.gunshotNounLeads.has(tokens[i - 1]?.lower ?? '')) continue;
    // "a neighbour who lives nearby", "Jane Doe, 49, lives on the street": the verb, not lives lost.
    if (tokens[i]!.lower === 'lives' && livesIsVerb(tokens, i)) continue;
    const toll = tollNouns.matchAt(tokens, i);
    if (toll) { out.push({ at: i, end: toll.end, outcome: 'killed', cls: 'toll' }); i = toll.end - 1; continue; }
    const best = readingAt(tokens, i, numEnd);
    if (!best) continue;
    out.push(best);
    i = best.end - 1;
  }
  // "two displaced people were killed": people named by their status, like refugees, whom another
  // casualty word of the sentence counts; not a displacement ("2,000 displaced people fled" is one).
  // "two prisoners were killed", "five hostages died": people named by their captivity, the subject
  // of a casualty verb right after them, which tells what befell them; not "took 30 prisoners".
  return out.filter((t, k) => !(t.outcome === 'displaced' && t.cls !== 'active' && isPersonAt(tokens, t.end, tokens.length) && out.slice(k + 1).some((o) => o.outcome !== 'displaced'))
    && !(t.outcome === 'captured' && t.cls === 'noun' && subjectOfNext(tokens, t, out[k + 1])));
}

/** Does a toll's projection follow at k ("was likely to", "could", "is expected to")? */
function projectionAfter(tokens: Token[], k: number): boolean {
  if (W.be.has(tokens[k]?.lower ?? '')) k++;
  return W.tollProjection.has(tokens[k]?.lower ?? '');
}

/** Is "lives" at i the verb: after a relative word or pronoun, or after a person's age in commas ("Jane Doe, 49, lives")? */
function livesIsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (W.livesVerbLeads.has(prev.lower)) return true;
  return prev.text === ',' && tokens[i - 2]?.kind === 'num' && tokens[i - 3]?.text === ',';
}

/** How far a verb's object may run before "to death" ("beat a 23-year-old motorcycle taxi driver to death"). */
const TO_DEATH_REACH = 8;

/**
 * After a verb of harm at i ("beat", "stabbed"), its object and then "to death": the end of "to
 * death", or -1. The object is a noun phrase: no clause stop, punctuation, auxiliary or other verb
 * of harm between (not "was stabbed to death", read by the lexicon's own phrase).
 */
function toDeathAfterObject(tokens: Token[], i: number): number {
  if (!W.toDeathVerbs.has(tokens[i]!.lower)) return -1;
  for (let j = i + 2; j < Math.min(tokens.length - 1, i + 2 + TO_DEATH_REACH); j++) {
    const t = tokens[j]!;
    if (t.lower === 'to' && tokens[j + 1]!.lower === 'death') return j + 2;
    // Not across a second verb: "beat up and then stoned to death a thief" is the second's own phrase.
    if ((t.kind === 'punct' && t.text !== '-') || W.stops.has(t.lower) || isAuxiliary(t) || W.toDeathVerbs.has(t.lower) || activeWords.matchAt(tokens, j)) return -1;
  }
  return -1;
}

/** Is the noun trigger t the subject of the casualty verb o right after it ("prisoners were killed", "hostages later died")? */
function subjectOfNext(tokens: Token[], t: Trigger, o: Trigger | undefined): boolean {
  if (!o || o.outcome === t.outcome || (o.cls !== 'passive' && o.cls !== 'intrans' && o.cls !== 'adj') || o.at - t.end > 3) return false;
  for (let k = t.end; k < o.at; k++) if (!isAuxiliary(tokens[k]) && !/ly$/.test(tokens[k]!.lower) && tokens[k]!.lower !== 'later') return false;
  return true;
}

/** The reading of the casualty phrase at token i: the longest; on a tie, the one the word before supports. */
function readingAt(tokens: Token[], i: number, numEnd: (k: number) => boolean): Trigger | null {
  const prev = tokens[i - 1]?.lower ?? '';
  const adj = adjectiveWords.matchAt(tokens, i);
  const pas = passiveWords.matchAt(tokens, i);
  const intr = intransitiveWords.matchAt(tokens, i);
  const act = activeWords.matchAt(tokens, i);
  const noun = nounWords.matchAt(tokens, i);
  const cands: [Trigger['cls'], { value: Outcome; end: number } | null][] = [['adj', adj], ['passive', pas], ['intrans', intr], ['active', act], ['noun', noun]];
  let best: Trigger | null = null;
  for (const [cls, m] of cands) {
    if (!m) continue;
    if (!best || m.end > best.end) best = { at: i, end: m.end, outcome: m.value, cls };
  }
  if (!best || (best.cls !== 'adj' && best.cls !== 'passive')) return best;
  if (act && act.end >= best.end) {
    // "a police officer shot dead a driver" (active) or "2 killed" (reduced passive) or "then killed
    // himself": the object after decides, in the parsers.
    // "ten wounded" is a count and its casualty word, like "10 wounded", not a verb and its object.
    // "a guard died and another badly injured": one more person, a reduced passive.
    // So is "8 [wounded]": an editor's word in brackets after a quoted figure.
    const bracketedCount = (prev === '[' || prev === '(') && numEnd(i - 2);
    if (!isAuxiliary(tokens[i - 1]) && !numEnd(i - 1) && !bracketedCount && !isPersonAt(tokens, i - 1, i) && prev !== 'others' && !W.additive.has(prev)) best = { ...best, cls: 'active', outcome: act.value, end: act.end };
    else {
      let k = i - 1, be = false;
      while (k >= 0 && i - k <= 4 && isAuxiliary(tokens[k])) { if (W.be.has(tokens[k]!.lower)) be = true; k--; }
      if (!be) best.activeAlt = { outcome: act.value, end: act.end };
    }
  }
  if (noun && noun.end >= best.end && (prev === 'the' || prev === 'no' || numEnd(i - 1)) && best.cls !== 'active') {
    best = { ...best, cls: 'noun', outcome: noun.value, end: noun.end };
  }
  return best;
}
