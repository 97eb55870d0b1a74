/**
 * Who takes a place that changes hands: the subject of a verb of taking control whose object is a
 * place ("took control of the town", "seized the base") in the sentence of a withdrawal ("… after
 * government troops withdrew"). Only when a state's forces withdrew, or no one named did: an armed
 * group that "entered the village … and withdrew" is told twice, no two sides.
 */
import type { Doc } from '../../annotate/doc.ts';
import { STATE_BODIES } from '../sides.ts';
import type { ActorMention } from '../actors.ts';
import { EVENT_CUES } from '../typing/index.ts';
import { eventLexicon } from '../typing/lexicon.ts';

/** Words that may stand between a subject and its verb ("rebels reportedly seized", "had taken"). */
const SUBJECT_GAP = 2;
/** Words between the verb and the place it takes ("seized the strategic town"). */
const OBJECT_GAP = 4;

/** The party that takes the place left by `left` in sentence si, or null. */
export function transferTaker(doc: Doc, si: number, parties: ActorMention[], left: ActorMention | null): ActorMention | null {
  if (left && !STATE_BODIES.has(left.actor.kind)) return null;
  const cues = doc.get(EVENT_CUES, si).byTag;
  const places = cues.get('territory') ?? [];
  for (const h of [...(cues.get('capture') ?? []), ...(cues.get('capture_strong') ?? [])]) {
    if (!places.some((p) => p.i >= h.j && p.i - h.j <= OBJECT_GAP)) continue;
    // (A cue may take in the subject's own noun: "rebels took control".)
    const subject = parties.filter((a) => a.start < h.i && a.end <= h.j && h.i - a.end <= SUBJECT_GAP).pop();
    if (subject && subject !== left) return subject;
  }
  return null;
}

/** How many tokens the "to" that names the taker may stand after the trigger ("lost control of [the
 *  district headquarters] to the insurgents"), and the taker after that "to". */
const TO_REACH = 8;
const TAKER_GAP = 3;

/**
 * The party that took a place that "fell to" it, or that a side "lost control of … to" (typing's
 * `takerTags`): the party named right after that "to", in the trigger's clause; null when none is.
 */
export function fallTaker(doc: Doc, si: number, parties: ActorMention[], at: number, triggerEnd: number): ActorMention | null {
  const { takerTags } = eventLexicon();
  const s = doc.get(EVENT_CUES, si);
  const start = doc.sentences[si]!.tokens[at]!.start;
  if (![...takerTags].some((t) => s.byTag.get(t)?.some((h) => s.tokens[h.i]!.start === start))) return null;
  const tokens = doc.sentences[si]!.tokens;
  let k = at + 1;
  while (k < tokens.length && tokens[k]!.start < triggerEnd) k++;
  let to = tokens[k - 1]!.lower === 'to' ? k - 1 : -1;
  for (let n = k; to < 0 && n < Math.min(tokens.length, k + TO_REACH); n++) {
    if (tokens[n]!.kind === 'punct') break;
    if (tokens[n]!.lower === 'to') to = n;
  }
  if (to < 0) return null;
  return parties.find((a) => a.start > to && a.start - to <= TAKER_GAP && !tokens.slice(to + 1, a.start).some((t) => t.kind === 'punct')) ?? null;
}
