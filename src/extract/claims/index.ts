/**
 * Casualty claims (docs/extraction.md, "Casualty claims"): each casualty word of a sentence
 * (triggers.ts) is read by the count parsers of config.ts over the shared tokens, proposing
 * candidates; the refiners then settle who claims each figure, whose people it counts, and how it
 * relates to the others. One figure for one outcome of one party, with its claimant, relay and quote.
 */
import type { Doc } from '../../annotate/doc.ts';
import type { NumberMention } from '../../annotate/numbers.ts';
import type { Token } from '../../annotate/tokens.ts';
import { hedges, negations, runningTotalWords } from '../words.ts';
import { toFoundClaim, type Candidate, type ClaimOptions, type FoundClaim, type SentenceState, type Trigger } from './candidate.ts';
import { COUNT_PARSERS, FOLLOW_UPS, REFINERS, SENTENCE_PARSERS } from './config.ts';
import { CLAIM_WORDS as W } from './lexicon.ts';
import { CASUALTY_WORDS } from './triggers.ts';
import { mapPacked } from '../../util/packed.ts';

export type { ClaimOptions, FoundClaim } from './candidate.ts';
export { partyKey } from './candidate.ts';

/** The claims of sentences `sentences` of a Doc, in text order. */
export function findClaims(doc: Doc, sentences: Iterable<number>, opts: ClaimOptions = {}): FoundClaim[] {
  let candidates: Candidate[] = [];
  for (const si of sentences) candidates.push(...readSentence(doc, si, opts.headline === true));
  for (const r of REFINERS) candidates = r.refine(doc, candidates, opts);
  return mapPacked(candidates, (c) => { // packed: util/packed.ts
    const f = toFoundClaim(doc, c);
    if (c.count.singular && f.outcome === 'wounded' && afterDead(doc, c)) f.afterDead = true;
    return f;
  });
}

/**
 * Is one person hurt told after a death in the same sentence ("opened fire, killing a trader and
 * wounding his brother", "left a trader dead and her nephew hurt", "a farmer died and her son
 * was wounded")? Then the sentence tells two people, the dead and the hurt, whether or not
 * the dead one's figure stands as a claim of its own (a name has no figure). A lone pronoun ("…
 * died at the hospital where he was treated") takes up someone already told: not another person.
 */
function afterDead(doc: Doc, c: Candidate): boolean {
  const tokens = doc.sentences[c.si]!.tokens;
  const np = c.count.npStart;
  const t = tokens[np];
  if (!t) return false;
  if ((W.pronounSing.has(t.lower) || W.objectPronouns.has(t.lower) || W.relativePronouns.has(t.lower)) && c.count.npEnd - np <= 1) return false;
  return doc.get(CASUALTY_WORDS, c.si).some((tr) => tr.outcome === 'killed' && tr.end <= np);
}

function readSentence(doc: Doc, si: number, headline: boolean): Candidate[] {
  const s = doc.sentences[si]!;
  // A cheap gate on the raw sentence: most sentences of a report tell no casualties.
  if (!W.sentenceGate.test(s.text)) return [];
  const tokens = s.tokens;
  const triggers = doc.get(CASUALTY_WORDS, si);
  const negs = negations.findAll(tokens);
  if (!triggers.length && !negs.length) return [];
  const st: SentenceState = {
    doc, si, tokens, nums: withoutAges(tokens, doc.numbers(si)), headline, floor: 0, used: new Set(), negations: negs,
    hedged: hedges.occursIn(tokens), running: runningTotalWords.findAll(tokens),
  };
  const out: Candidate[] = [];
  for (const tr of triggers) {
    if (negs.some((n) => tr.at >= n.start && tr.at < n.end)) continue;
    readCasualtyWord(st, tr, out);
  }
  for (const p of SENTENCE_PARSERS) out.push(...p.propose(st));
  return out;
}

/**
 * The numbers of a sentence that may count people: not ages ("four herders between the ages of 19 and
 * 63 were hurt" counts four, "pupils under the age of ten" none, "ranging in age from 22 to 51").
 */
function withoutAges(tokens: Token[], nums: NumberMention[]): NumberMention[] {
  const ages = new Set<number>();
  for (const n of nums) {
    // Back over a list of numbers ("aged 17, 18 and 20") to its first.
    let k = n.start - 1;
    while (k >= 1 && W.ageJoins.has(tokens[k]!.lower) && tokens[k - 1]!.kind === 'num') k -= 2;
    if (k >= 0 && W.ageLinks.has(tokens[k]!.lower)) k--;
    if (k >= 0 && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'in')) k--;
    if (k >= 0 && W.ageLeads.has(tokens[k]!.lower)) ages.add(n.start);
  }
  return ages.size ? nums.filter((n) => !ages.has(n.start)) : nums;
}

/** Asks the count parsers about one casualty word and proposes its figure (or its unsized mention). */
function readCasualtyWord(st: SentenceState, tr: Trigger, out: Candidate[]): void {
  let proposal = null;
  for (const p of COUNT_PARSERS) if ((proposal = p.propose(st, tr))) break;
  if (proposal?.kind === 'skip') { st.floor = tr.end; return; }
  if (proposal?.kind === 'claim') {
    out.push(proposal.candidate);
    for (const n of proposal.used) st.used.add(n);
    st.floor = proposal.floor;
    return;
  }
  const tokens = st.tokens;
  const count = proposal?.count ?? null;
  let outcome = proposal?.outcome ?? tr.outcome;
  // "Rangers shot 2 dead", "shot three of the thieves dead": the object is dead.
  if (count && outcome === 'killed_or_wounded' && count.npEnd > tr.at && tokens[count.npEnd]?.lower === 'dead') outcome = 'killed';
  st.floor = tr.end;
  // Object literals rather than `{ ...base, kind, ... }`: spreading a shared base and adding fields
  // to the copy was most of this function's own time (~1% of an extract run).
  const at = tokens[tr.at]!.start;
  if (!count) {
    out.push({ si: st.si, trigger: tr, at, hedged: st.hedged, negated: false, kind: 'unsized', outcome: tr.outcome, parsedOutcome: tr.outcome, count: { low: 0, high: 0, qualifier: 'exact', npStart: tr.at, npEnd: tr.end }, claimantAt: null, running: false });
    return;
  }
  for (const n of st.nums) if (n.start >= count.npStart && n.end <= count.npEnd) st.used.add(n.start);
  // "A 17-year-old boy was also shot": one more person.
  if (tokens.slice(count.npEnd, tr.at).some((t) => t.lower === 'also') && (count.singular || tokens.slice(count.npStart, count.npEnd).some((t) => t.lower === 'other'))) count.additive = true;
  const figure: Candidate = { si: st.si, trigger: tr, at, hedged: st.hedged, negated: false, kind: 'figure', outcome, parsedOutcome: outcome, count, claimantAt: count.npStart, running: outcome === 'killed' && tollInClause(tokens, st.running, count.npStart, tr.end) };
  for (const g of count.also ?? []) out.push({ si: st.si, trigger: tr, at, hedged: st.hedged, negated: false, kind: 'figure', outcome, parsedOutcome: outcome, count: g, claimantAt: count.npStart, running: false, partOf: figure });
  out.push(figure);
  for (const f of FOLLOW_UPS) out.push(...f.propose(st, tr, figure));
}

/**
 * Is one of the sentence's running-total phrases ("death toll", "rose to") in the same clause as the
 * figure at tokens [from, to)? Only there does it make the figure a running total: "At least 30 were
 * killed, police said, while residents put the death toll at 45" gives two rival figures, not a
 * toll of 30 updated to 45.
 */
function tollInClause(tokens: Token[], phrases: { start: number; end: number }[], from: number, to: number): boolean {
  return phrases.some((p) => {
    // The words between them, and the later one's first word, open no clause.
    const [a, b] = p.end <= from ? [p.end, from] : p.start >= to ? [to, p.start] : [0, -1];
    for (let k = a; k <= b; k++) if (tokens[k]?.clauseStart) return false;
    return true;
  });
}
