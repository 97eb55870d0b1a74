/**
 * Clauses around a trigger that say who acted (event-actors.ts): an accusation's "of"/"for", a clause
 * of time after the dead ("killed after soldiers opened fire"), the attack noun after "in"/"during"
 * ("died in an al-Shabaab attack"), a bare count after a participle (", killing four") and the
 * attack told in the clause before the dead ("Militants stormed a post; four gendarmes were killed").
 */
import type { Doc } from '../../annotate/doc.ts';
import { NUMBERS } from '../../annotate/doc.ts';
import type { ActorMention } from '../actors.ts';
import { EVENT_WORDS as W, isVerbForm } from './lexicon.ts';

/** Is the trigger at `at` followed by a count that names nobody ("killing four,", "wounding two of them")? */
export function bareCountAfter(doc: Doc, si: number, at: number): boolean {
  const tokens = doc.sentences[si]!.tokens;
  const n = doc.get(NUMBERS, si).find((x) => x.start === at + 1 && !x.yearLike);
  if (!n) return false;
  const next = tokens[n.end];
  return !next || next.kind === 'punct' || (next.lower === 'of' && W.objectPronouns.has(tokens[n.end + 1]?.lower ?? ''));
}

/** The first token after the trigger that starts at `at` and ends at offset `triggerEnd`. */
export function triggerEndAt(tokens: Doc['sentences'][number]['tokens'], at: number, triggerEnd: number): number {
  let k = at + 1;
  while (k < tokens.length && tokens[k]!.start < triggerEnd) k++;
  return k;
}

/** How many words a fate joined by "and" may take ("and three others wounded"). */
const JOINED_FATE_REACH = 4;

/** Past a fate joined by "and" at token k ("died [and four were hurt] in a rebel raid"): the token after its word, else k. */
export function pastJoinedFate(tokens: Doc['sentences'][number]['tokens'], k: number): number {
  if (tokens[k]?.lower !== 'and') return k;
  for (let j = k + 1; j < tokens.length && j - k <= JOINED_FATE_REACH; j++) {
    if (tokens[j]!.kind === 'punct') return k;
    if (W.casualtyTriggers.has(tokens[j]!.lower)) return j + 1;
  }
  return k;
}

/**
 * The party in "in|during [a|an|the] PARTY [word] ATTACK-NOUN" at token `k` ("died in an al-Shabaab
 * attack", "in Russian shelling", "during a police raid"), or null: not a place's name or a country
 * ("in Nairobi protests"), and not the victims' own side ("soldiers killed in a military operation").
 */
export function attackNounDoer(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], k: number, victims: ActorMention | null): ActorMention | null {
  if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'during') return null;
  const doer = parties.find((a) => a.start > k && a.start - k <= 2 && tokens.slice(k + 1, a.start).every((t) => /^(?:a|an|the)$/.test(t.lower)));
  if (!doer || doer.via === 'metonym' || doer.via === 'country' || doer.actor.kind === 'civilians') return null;
  // (One side's people "killed in a … attack" of their own side's kind are no attack of theirs; of
  // another country's, they are: "15 Palestinians were killed in an Israeli air strike".)
  if (victims && (victims.actor.name === doer.actor.name || (victims.actor.kind === doer.actor.kind && victims.actor.country === doer.actor.country))) return null;
  return W.attackNouns.matchAt(tokens, doer.end) || W.attackNouns.matchAt(tokens, doer.end + 1) ? doer : null;
}

/** How many words may stand between a clause of time's word and its subject ("after [Kenyan] security forces"). */
const TIME_SUBJECT_REACH = 3;

/** The party that opens a clause of time right after the trigger ("killed after soldiers opened fire"), or null. */
export function timeClauseSubject(tokens: Doc['sentences'][number]['tokens'], after: ActorMention[], at: number, triggerEnd: number): ActorMention | null {
  const k = triggerEndAt(tokens, at, triggerEnd);
  if (!W.timeClauseLeads.has(tokens[k]?.lower ?? '')) return null;
  return attackingSubject(tokens, after.find((a) => a.start > k && a.start - k <= TIME_SUBJECT_REACH), k + 1);
}

/**
 * The party `subject` of a clause starting at token `from`, when it is no civilians, no verb stands
 * before it in the clause, and its own verb is an act of attack ("opened fire", "stormed",
 * "shelled"; not "came under fire", "left the village", "looked on" or "were deployed"); else null.
 */
function attackingSubject(tokens: Doc['sentences'][number]['tokens'], subject: ActorMention | undefined, from: number): ActorMention | null {
  if (!subject || subject.actor.kind === 'civilians' || tokens.slice(from, subject.start).some((t) => isVerbForm(t.lower))) return null;
  const verb = tokens.slice(subject.end, subject.end + 3).map((t) => t.text).join(' ');
  return W.attackVerbStart.test(verb) ? subject : null;
}

/** How many words a verb of accusing may stand before its "of" ("accused [the government's own troops] of"). */
const ACCUSED_REACH = 8;

/** The token of a verb of accusing whose "of"/"for" comes right before the trigger at `at`, or -1. */
export function accusationBefore(tokens: Doc['sentences'][number]['tokens'], at: number): number {
  if (!['of', 'for'].includes(tokens[at - 1]?.lower ?? '')) return -1;
  for (let k = at - 2; k >= Math.max(0, at - 1 - ACCUSED_REACH); k--) {
    if (W.accuseVerbs.has(tokens[k]!.lower)) return k;
    if (tokens[k]!.clauseStart) break;
  }
  return -1;
}

/**
 * "Militants stormed a checkpoint near Dori; four gendarmes were killed", "Bandits raided the farm,
 * and two farmers died": the dead told in a clause of their own, after a semicolon or ", and", died
 * in the attack of the clause before; its subject, a party right before a verb of attack, acted.
 * Null when no such clause stands right before the trigger's.
 */
export function earlierClauseDoer(tokens: Doc['sentences'][number]['tokens'], parties: ActorMention[], at: number): ActorMention | null {
  let brk = -1;
  for (let k = at - 1; k > 0; k--) {
    if (tokens[k]!.text === ';' || (tokens[k]!.lower === 'and' && tokens[k - 1]!.text === ',')) { brk = k; break; }
    if (tokens[k]!.text === '.' || tokens[k]!.text === ':') return null;
  }
  if (brk < 0) return null;
  let from = brk - 1;
  while (from > 0 && tokens[from - 1]!.text !== ';' && tokens[from - 1]!.text !== '.') from--;
  return attackingSubject(tokens, parties.find((a) => a.start >= from && a.end < brk && a.actor.kind !== 'civilians'), from);
}
