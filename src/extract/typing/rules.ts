/**
 * Applies the lexicon's rules to one sentence: each trigger (anchor tag) is read in its context
 * (other cues in the sentence or the text, the anchor's agent and patient, negation and modality)
 * and the heaviest rule that holds gives its sub-event type.
 *
 * Agent and patient are found by position, which is enough for news syntax:
 *   active  "Rebels seized the town"            agent = first actor of the trigger's clause
 *   passive "two men were shot dead by raiders" agent = actor after "by", patient = actor before
 */
import type { Lexicon, Rule } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { Token } from '../../annotate/tokens.ts';

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'reported';

export interface SentenceCues {
  tokens: Token[];
  cues: Hit[];
  actors: Hit[];
  /** tag -> hits in this sentence (cue and actor layers). */
  byTag: Map<string, Hit[]>;
  /** Tokens inside a cause scope ("protested over [the killing of a teacher]"). */
  inCause: Uint8Array;
}

export interface Candidate {
  rule: Rule;
  anchor: Hit;
  modality: Modality;
  agent: string;
  patient: string;
}

const COUNT = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|several|many|some|more|other|others|few)$/;
/** Words that start the object of a verb ("killed a driver", "shot two herders"). */
const OBJECT_START = /^(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|dozens|scores|several|many)$/;
/** Words that lead a quantity ("at least 19 people", "more than 40 civilians", "about 30"). */
const QUANT_LEAD = new Set(['at', 'more', 'over', 'about', 'nearly', 'around', 'almost', 'some', 'up', 'roughly', 'approximately']);

/** A quantity starts at token j: a leading word and a number within the next two tokens. */
function quantifiedObject(tokens: Token[], j: number): boolean {
  if (!QUANT_LEAD.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    if (tokens[k]!.clauseStart) return false;
    if (COUNT.test(tokens[k]!.lower) && tokens[k]!.lower !== 'more' && tokens[k]!.lower !== 'other') return true;
  }
  return false;
}

const PARTICIPLE = /(?:ed|shot|dead|slain|hit|taken|beaten|stolen|burnt|caught|held|thrown)$/;
/** Triggers that can be the main verb a participle hangs on. */
const EVENT_VERB_TAGS = new Set(['kill', 'shoot', 'attack', 'clash', 'fightback', 'beat', 'intervene', 'air', 'shell', 'ied', 'grenade', 'riot', 'riot_act', 'capture', 'recapture']);
/** Triggers whose bare participle names what happened to someone ("members killed in a raid");
 *  for others ("forces captured on Monday the port") a missing object says nothing. */
const VICTIM_TAGS = new Set(['kill', 'dead', 'shoot', 'injure', 'beat', 'abduct', 'sexual', 'arrest']);
/** Words that cannot start the object of a verb: after "killed", they mean it had none. */
const NO_OBJECT = new Set(['in', 'at', 'on', 'by', 'during', 'after', 'when', 'while', 'near', 'as', 'following', 'outside',
  'inside', 'since', 'before', 'over', 'last', 'yesterday', 'today', 'overnight', 'early', 'late', 'earlier', 'this', 'from', 'with',
  'between', 'along', 'across', 'around', 'within', 'amid', 'for', 'because', 'but', 'were', 'was', 'are', 'is']);
/** Words before a nominal use of an act ("the burning of", "their looting"). */
const NOMINAL_BEFORE = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'alleged', 'recent', 'continued']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'after', 'when', 'while', 'before', 'as', 'because', 'since']);
const DETERMINER = /^(?:the|a|an|this|that|another|second|first|third|latest|last|recent|deadly|fresh|new|renewed|suspected|separate|similar|further|its|their|his|her)$/;
const AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets']);
const BY_REACH = 4;
const PATIENT_REACH = 10;
const MAX_ANCHOR_OCCURRENCES = 3;

export function indexHits(tokens: Token[], cues: Hit[], actors: Hit[], context: Hit[] = []): SentenceCues {
  const byTag = new Map<string, Hit[]>();
  for (const h of cues.concat(actors, context)) {
    let l = byTag.get(h.tag);
    if (!l) byTag.set(h.tag, (l = []));
    l.push(h);
  }
  for (const l of byTag.values()) l.sort((a, b) => a.i - b.i);
  return { tokens, cues, actors, byTag, inCause: new Uint8Array(tokens.length) };
}

/**
 * Marks the tokens of cause scopes (from a cause phrase to the next clause mark or the scope's
 * reach) and drops the hits inside them: the words of a cause or a source ("protested over police
 * brutality", "according to vigilantes") are neither events nor context.
 */
export function markCauses(lex: Lexicon, s: SentenceCues): void {
  const verbStarts = new Uint8Array(s.tokens.length);
  for (const h of s.cues) if (lex.scopeEnd.has(h.tag)) verbStarts[h.i] = 1;
  const actorStarts = new Uint8Array(s.tokens.length + 1);
  for (const a of s.actors) actorStarts[a.i] = 1;
  // inCause holds, per token, 1 + the index of the scope that covers it (0: none), so a scope's
  // `keep` tags can stay as context inside it.
  const keeps: Set<string>[] = [];
  let marked = false;
  for (const [tag, { after, reach, notBefore, keep }] of lex.scopes) {
    keeps.push(keep);
    const mark = Math.min(255, keeps.length);
    // Where the first hit of any `after` tag ends: a scope opens only after one of them.
    let firstAfter = Infinity;
    for (const t of after) {
      const first = s.byTag.get(t)?.[0];
      if (first && first.j < firstAfter) firstAfter = first.j;
    }
    for (const h of s.byTag.get(tag) ?? []) {
      if (after.length && firstAfter > h.i) continue;
      // "protesting youth blocked the road": the cause word is an adjective of an actor here.
      if (actorStarts[h.j] && s.tokens[h.j - 1]!.lower.endsWith('ing')) continue;
      const next = s.tokens[h.j];
      if (next && notBefore.size && (next.clauseStart || notBefore.has(next.lower))) continue;
      for (let k = h.j; k < Math.min(s.tokens.length, h.j + reach); k++) {
        if (s.tokens[k]!.clauseStart) break; // "In solidarity, the residents marched": the mark closes the cause
        if (k > h.j && verbStarts[k] && !NOMINAL_BEFORE.has(s.tokens[k - 1]!.lower)) break;
        s.inCause[k] = mark;
        marked = true;
      }
    }
  }
  if (!marked) return;
  const keep = (h: Hit) => { const v = s.inCause[h.i]!; return v === 0 || !!keeps[v - 1]?.has(h.tag); };
  s.cues = s.cues.filter(keep);
  s.actors = s.actors.filter(keep);
  for (const [tag, hits] of s.byTag) {
    const kept = hits.filter(keep);
    if (kept.length) s.byTag.set(tag, kept);
    else s.byTag.delete(tag);
  }
}

function roles(s: SentenceCues, anchor: Hit): { agent: string; patient: string } {
  const { tokens, actors } = s;
  let passive = false;
  for (let k = anchor.i - 1; k >= Math.max(0, anchor.i - 3); k--) {
    // "was arrested after shooting dead a man": the auxiliary belongs to another clause.
    if (RELATIVE.has(tokens[k]!.lower)) break;
    if (AUX.has(tokens[k]!.lower)) { passive = true; break; }
  }
  let byAgent: string | null = null;
  let byHit: Hit | undefined;
  for (let k = anchor.j; k < Math.min(tokens.length, anchor.j + BY_REACH); k++) {
    if (tokens[k]!.lower !== 'by') continue;
    byHit = actors.find((h) => h.i > k && h.i <= k + BY_REACH);
    // "police shot dead a young man by a petrol station": a "by" with no actor after it, a few
    // words on, is a place; right after the verb ("killed by unknown people") it still marks the passive.
    if (byHit || k === anchor.j) passive = true;
    if (byHit) byAgent = byHit.tag;
    break;
  }
  let before: string | null = null;
  let beforeHit: Hit | null = null;
  for (const h of actors) if (h.j <= anchor.i) { before = h.tag; beforeHit = h; }
  // The subject of the anchor's clause is the first actor after the clause's start (a clause mark
  // or a relative pronoun): "Rustlers struck a village inhabited by Luhya farmers and shot dead a
  // farmer" -> rustlers, not the farmers named in between.
  let clause = 0;
  for (let k = anchor.i; k > 0; k--) {
    if (tokens[k]!.clauseStart || RELATIVE.has(tokens[k - 1]!.lower)) { clause = k; break; }
  }
  const subject = actors.find((h) => h.i >= clause && h.j <= anchor.i);
  if (subject) { before = subject.tag; beforeHit = subject; }
  else if (clause === anchor.i && tokens[anchor.i]!.clauseStart && !tokens[anchor.i]!.lower.endsWith('ing')) {
    // A verb right after a comma shares the sentence's subject ("Officers rounded up locals,
    // burnt several houses"): its agent is the first actor, not the last object.
    const first = actors.find((h) => h.j <= anchor.i);
    if (first) { before = first.tag; beforeHit = first; }
  }
  // A noun ("the second attack on a school", "a raid by police") has no agent before it.
  if (!passive && anchor.i > 0 && DETERMINER.test(tokens[anchor.i - 1]!.lower)) return { agent: byAgent ?? 'none', patient: actors.find((h) => h !== byHit && h.i >= anchor.j && h.i < anchor.j + PATIENT_REACH)?.tag ?? 'none' };
  // Headline participles: "two people killed", "13 villagers shot dead", "2 Mungiki members killed
  // in a raid" are passive: a count before the actor, or no object after the verb.
  if (!passive && beforeHit && PARTICIPLE.test(tokens[anchor.i - 0]!.lower) || (!passive && beforeHit && PARTICIPLE.test(tokens[anchor.j - 1]!.lower))) {
    const next = tokens[anchor.j];
    const counted = anchor.i - beforeHit!.j <= 2 && beforeHit!.i > 0 && COUNT.test(tokens[beforeHit!.i - 1]!.lower);
    const noObject = !next || next.clauseStart || NO_OBJECT.has(next.lower);
    // "Three militants shot dead a driver", "On May 23, gunmen killed four herders": an object
    // right after the verb makes it active whatever count stands before the actor.
    // "shot and killed a teacher": the object follows the second verb.
    const at = next && next.lower === 'and' && anchor.j + 2 < tokens.length ? anchor.j + 2 : anchor.j;
    const head = tokens[at];
    const object = !!next && !next.clauseStart && !!head && !head.clauseStart && (OBJECT_START.test(head.lower) || quantifiedObject(tokens, at));
    if (!object && (counted || (noObject && VICTIM_TAGS.has(anchor.tag)))) passive = true;
  }
  const afterHit = actors.find((h) => h !== byHit && h.i >= anchor.j && h.i < anchor.j + PATIENT_REACH);
  const after = afterHit ? afterHit.tag : null;
  // "Police opened fire on protesters, killing five": a participle after a comma has the agent of
  // the verb before it (the actor before "opened fire"), not the nearest actor (its object).
  if (!passive && anchor.i > 0 && tokens[anchor.i]!.clauseStart && tokens[anchor.i]!.lower.endsWith('ing')) {
    let verb: Hit | undefined;
    for (const h of s.cues) if (h.j <= anchor.i && EVENT_VERB_TAGS.has(h.tag)) verb = h;
    let subject: Hit | undefined;
    if (verb) for (const h of actors) if (h.j <= verb.i) subject = h;
    subject ??= actors.find((h) => h.j <= anchor.i);
    if (subject) before = subject.tag;
  }
  if (passive) return { agent: byAgent ?? 'none', patient: before ?? after ?? 'none' };
  return { agent: before ?? 'none', patient: after ?? 'none' };
}

/** "@tag" -> "tag", computed once per name (rule checks run for every anchor of every sentence). */
const DOC_NAMES = new Map<string, string>();

function present(s: SentenceCues, doc: Set<string>, tag: string, anchor: Hit, window: number | null): boolean {
  if (tag.charCodeAt(0) === 64) {
    let name = DOC_NAMES.get(tag);
    if (name === undefined) DOC_NAMES.set(tag, (name = tag.slice(1)));
    return doc.has(name);
  }
  const l = s.byTag.get(tag);
  if (!l) return false;
  if (window === null) return true;
  return l.some((h) => Math.abs(h.i - anchor.i) <= window);
}

const COORDINATORS = new Set(['and', 'or', 'nor']);
/** Extra words a negation reaches across a coordinated list. */
const COORDINATION_REACH = 3;

function modalityOf(lex: Lexicon, s: SentenceCues, anchor: Hit): Modality {
  let found: Modality = 'asserted';
  for (const h of s.cues) {
    if (h.j > anchor.i) break;
    const m = lex.modality.get(h.tag);
    if (!m) continue;
    const gap = anchor.i - h.j;
    if (gap >= m.reach + (m.modality === 'negated' ? COORDINATION_REACH : 0)) continue;
    // "(affiliation not known) march": a clause mark between the cue and the trigger ends its reach.
    let crossed = false;
    let coordinated = false;
    for (let k = h.j; k <= anchor.i && !crossed; k++) {
      crossed = s.tokens[k]!.clauseStart;
      if (k < anchor.i && COORDINATORS.has(s.tokens[k]!.lower)) coordinated = true;
    }
    // "no injuries or deaths", "devoid of police presence and running battles": a negation covers
    // the whole coordinated list, a little beyond its usual reach.
    if (!crossed && (gap < m.reach || coordinated)) found = m.modality;
  }
  return found;
}

function holds(r: Rule, s: SentenceCues, doc: Set<string>, anchor: Hit, role: () => { agent: string; patient: string }): boolean {
  for (let k = 1; k < r.all.length; k++) if (!present(s, doc, r.all[k]!, anchor, r.window)) return false;
  if (r.any.length) {
    let found = false;
    for (let k = 0; k < r.any.length && !found; k++) found = present(s, doc, r.any[k]!, anchor, r.window);
    if (!found) return false;
  }
  for (let k = 0; k < r.none.length; k++) if (present(s, doc, r.none[k]!, anchor, null)) return false;
  for (const t of r.notAfter) {
    const l = s.byTag.get(t);
    if (l && l.some((h) => h.j <= anchor.i && anchor.i - h.j < r.notAfterReach)) return false;
  }
  if (r.agent || r.notAgent || r.patient || r.notPatient) {
    const { agent, patient } = role();
    if (r.agent && !r.agent.includes(agent)) return false;
    if (r.notAgent && r.notAgent.includes(agent)) return false;
    if (r.patient && !r.patient.includes(patient)) return false;
    if (r.notPatient && r.notPatient.includes(patient)) return false;
  }
  return true;
}

/** Every anchor occurrence of the sentence with the heaviest rule that holds for it. */
export function sentenceCandidates(lex: Lexicon, s: SentenceCues, doc: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const [tag, hits] of s.byTag) {
    const rules = lex.rulesByAnchor.get(tag);
    if (!rules) continue;
    for (const anchor of hits.filter((h) => !s.inCause[h.i]).slice(0, MAX_ANCHOR_OCCURRENCES)) {
      let memo: { agent: string; patient: string } | null = null;
      const role = () => (memo ??= roles(s, anchor));
      const rule = rules.find((r) => holds(r, s, doc, anchor, role));
      if (rule) {
        const { agent, patient } = role();
        out.push({ rule, anchor, modality: modalityOf(lex, s, anchor), agent, patient });
      }
    }
  }
  return out;
}
