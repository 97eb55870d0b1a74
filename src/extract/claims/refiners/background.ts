/**
 * Is a figure about a past event recalled for context (src/extract/background.ts: "the 44-day war last
 * year that killed at least 6,500"), and its date? Also: in a sentence typed as a demonstration, a
 * figure after a cause word ("students protested the killing of a classmate", "riots broke out after
 * a rider was killed") is the earlier event that caused it (ACLED codes the protest with its own
 * fatalities only). A figure of a war's scale (a hundred thousand or more) is a tally over a period,
 * and so is a thousand or more in the present perfect with nothing that bounds it to one incident,
 * and any figure that a later one is left out of ("…, not counting the 40 who died"); the figure left
 * out is counted over the same period unless a day or an incident of its own bounds it.
 * Not for headlines.
 */
import type { Doc } from '../../../annotate/doc.ts';
import type { Token } from '../../../annotate/tokens.ts';
import { backgroundAt, earlierDayOpens, isRunningTally, isWarScale, leftOutOfTally } from '../../background.ts';
import { MAX_MENTIONS, type EventMention } from '../../mention.ts';
import { recalledPeopleParty } from './party.ts';
import { partyKey, type Candidate, type ClaimRefiner } from '../candidate.ts';
import { CLAIM_WORDS as W } from '../lexicon.ts';
import { isPersonAt } from '../people.ts';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const DEMONSTRATION = new Set(['Peaceful protest', 'Protest with intervention', 'Violent demonstration']);
/** Riots whose cause is told in the clause of their dead: "riders burnt a bus after it killed one of them". */
const RIOT = new Set(['Mob violence']);

export const background: ClaimRefiner = {
  name: 'background',
  refine(doc, candidates, opts) {
    if (opts.headline) return candidates;
    const mentions = (opts.mentions ?? []).slice(0, MAX_MENTIONS);
    const demonstrations = new Set(mentions.filter((m) => DEMONSTRATION.has(m.subEventType)).map((m) => m.sentenceIndex));
    const riots = new Set(mentions.filter((m) => RIOT.has(m.subEventType)).map((m) => m.sentenceIndex));
    for (const c of candidates) {
      const tokens = doc.sentences[c.si]!.tokens;
      const at = Math.max(0, tokens.findIndex((t) => t.start >= c.at));
      const bg = backgroundAt(doc, c.si, at);
      if (!bg.background && !c.negated && (isWarScale(c.outcome, c.count.low, c.count.high) || isRunningTally(doc, c.si, c.outcome, c.count.low, c.count.high))) { bg.background = true; bg.tally = true; }
      if (!bg.background && (demonstrations.has(c.si) || riots.has(c.si)) && causeBefore(tokens, at, c.count.npStart, riots.has(c.si))) bg.background = true;
      if (!bg.background && !c.negated && rankAmongEarlier(tokens, c.count.npStart)) bg.background = true;
      if (!bg.background && !c.negated && recalledCause(tokens, c.trigger.at, violentBefore(doc, opts.mentions ?? [], c.si))) bg.background = true;
      if (!bg.background && !c.negated) {
        const day = earlierDayOpens(doc, c.si);
        if (day) { bg.background = true; bg.date = day; }
      }
      if (!bg.background && !c.negated && intervalAfter(tokens, Math.min(c.trigger.at, c.count.npStart), violentBefore(doc, opts.mentions ?? [], c.si))) bg.background = true;
      c.background = bg;
      if (bg.background) c.party = recalledPeopleParty(doc, c) ?? c.party;
    }
    markTallies(doc, candidates);
    markRivalTolls(candidates);
    return withoutRestatedTallies(candidates);
  },
};

/**
 * A cause word of a demonstration whose object the figure at `at` is ("protested the killing of a
 * classmate", "riots broke out after a rider was killed"): not across a semicolon ("Riots broke out
 * after the ruling; two were killed as rioters clashed with police"), not for a count that opens a
 * clause of its own after a comma ("Protests turned violent in the town, two students killed"), and
 * not a participle naming the people after it ("clashes between protesting farmers and soldiers
 * killed four"). `sameClause`: no comma either (riots).
 */
function causeBefore(tokens: Token[], at: number, npStart: number, sameClause = false): boolean {
  if (tokens[npStart - 1]?.lower === ',' && npStart <= at) return false;
  let and = false;
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const w = tokens[k]!.lower;
    // A riot's own dead often follow its cause after a comma ("After the suspect was freed, a mob
    // killed him"): for riots the cause must stand in the figure's own clause.
    if (w === ';' || (sameClause && w === ',')) return false;
    if (w === 'and') and = true;
    // (Nor, for riots, a cause that opens the sentence: "After a suspect was freed he was lynched by a
    // mob": the main clause, the riot's, comes after the fronted one.)
    if (sameClause && k === 0) return false;
    if (W.causeWords.has(w) && !(w.endsWith('ing') && w !== 'following' && isPersonAt(tokens, k + 1, at + 1))) {
      // "… after the murder of a cleric and killed three": after a cause told by a noun, a verb joined
      // by "and" is the riot's own act ("after it ran over and killed one of them" stays the cause's).
      return !(sameClause && and && NOUN_CAUSE_OPENERS.has(tokens[k + 1]?.lower ?? ''));
    }
  }
  return false;
}

/** Words that open a cause told by a noun phrase ("after the murder of …", "following a raid"). */
const NOUN_CAUSE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * "Hezbollah fired rockets in retaliation for an Israeli strike that killed one of its commanders",
 * "… following a raid which killed six": the casualty verb at `at` opens a relative clause of an
 * event named after a cause lead, within a few words and no comma: that event is an earlier one,
 * the cause of the event told, and its dead are its own.
 */
function recalledCause(tokens: Token[], at: number, violentUntil: number): boolean {
  let rel = at - 1;
  while (rel >= 0 && (W.aux.has(tokens[rel]!.lower) || tokens[rel]!.lower === 'reportedly' || tokens[rel]!.lower === 'allegedly')) rel--;
  if (rel < 1 || !W.recalledCauseRelatives.has(tokens[rel]!.lower)) return false;
  for (let k = rel - 1; k >= Math.max(0, rel - 7); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’') return false;
    const m = W.recalledCauseLeads.matchAt(tokens, k, rel) ?? (t.end <= violentUntil ? null : W.recalledSequenceLeads.matchAt(tokens, k, rel));
    if (m && m.end < rel) return true;
  }
  return false;
}

/**
 * "A bomb killed two people on Monday, a day after gunmen killed a ward chief", "… two weeks after an
 * attack on a convoy killed four": a unit of time and a sequence lead, after the sentence's first
 * violent act and before the figure at token `from` (no semicolon between), set the figure's clause
 * apart in time: an earlier event, recalled.
 */
function intervalAfter(tokens: Token[], from: number, violentUntil: number): boolean {
  for (let k = from - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.text === ';') return false;
    const m = W.recalledSequenceLeads.matchAt(tokens, k, from);
    if (m && W.intervalUnits.has(tokens[k - 1]!.lower)) return t.start >= violentUntil;
  }
  return false;
}

/** The end offset of the first violent act told in sentence si ("gunmen fired on mourners"), or Infinity. */
function violentBefore(doc: Doc, mentions: readonly EventMention[], si: number): number {
  let end = Infinity;
  for (const m of mentions.slice(0, MAX_MENTIONS)) if (m.sentenceIndex === si && VIOLENT.has(m.eventType) && m.modality !== 'negated' && m.modality !== 'hypothetical') end = Math.min(end, m.trigger.end);
  return end;
}

/**
 * "Blazier is the second teen to be killed this month", "she was the fourth aid worker to die there
 * this year", "…, the fifth civilian to die in the township this week": a person named as "the" n-th
 * victim after a verb of being, or in apposition with an infinitive, ranks someone already told
 * among the earlier victims of a period; the figure recalls those, it is no new person of the event.
 */
function rankAmongEarlier(tokens: Token[], npStart: number): boolean {
  if (tokens[npStart]?.lower !== 'the') return false;
  const o = tokens.slice(npStart + 1, npStart + 3).findIndex((t) => W.ordinalPeople.has(t.lower));
  if (o < 0) return false;
  const before = tokens[npStart - 1]?.lower ?? '';
  const after = tokens.slice(npStart + 2 + o, npStart + 6 + o);
  return W.rankVerbs.has(before) || (before === ',' && after.some((t) => t.lower === 'to'));
}

/**
 * "More than 3,000 people have been shot this year, and that does not include the 600 who died": a
 * figure that a later one is left out of is a tally; the one left out shares its period unless its
 * own day or incident bounds it ("not counting the 12 killed in Tuesday's ambush").
 */
function markTallies(doc: Doc, candidates: Candidate[]): void {
  for (const t of candidates) {
    const tokens = doc.sentences[t.si]!.tokens;
    const tAt = tokens.findIndex((x) => x.start >= t.at);
    for (const c of candidates) {
      if (c.si !== t.si || c.at <= t.at || !t.background || !c.background) continue;
      const samePeriod = leftOutOfTally(tokens, tAt, tokens.findIndex((x) => x.start >= c.at));
      if (samePeriod === null) continue;
      t.background.background = true;
      t.background.tally = true;
      if (samePeriod) { c.background.background = true; c.background.tally = true; }
    }
  }
}

/**
 * "The war has killed some 20,000 people … the 20,000 dead of the war": a tally over a war or a
 * period told again in a later sentence, the same outcome, figure and people, is the same count
 * restated, one claim (the first). Only tallies: two incidents may each kill two.
 */
function withoutRestatedTallies(candidates: Candidate[]): Candidate[] {
  const tallies: Candidate[] = [];
  return candidates.filter((c) => {
    if (!c.background?.tally || c.negated || c.kind === 'unsized') return true;
    const same = tallies.some((t) => t.si !== c.si && t.outcome === c.outcome && t.count.low === c.count.low && t.count.high === c.count.high && (!t.party || !c.party || partyKey(t.party) === partyKey(c.party)));
    if (same) return false;
    tallies.push(c);
    return true;
  });
}

/**
 * "More than 4,000 people have been killed since January, while the ministry puts the toll at 3,100":
 * a toll told after a recalled tally of the same outcome, in the same sentence, is a rival count of
 * that tally's period, not a toll of the day.
 */
function markRivalTolls(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.running || c.background?.background) continue;
    const tally = candidates.find((t) => t.si === c.si && t.at < c.at && t.outcome === c.outcome && t.background?.background);
    if (tally) c.background = tally.background;
  }
}
