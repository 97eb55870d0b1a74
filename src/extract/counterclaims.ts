import type { Doc } from '../annotate/doc.ts';
import type { Party } from '../record/schema.ts';
import { eventTypeOf } from '../record/taxonomy.ts';
import { ACTORS, type ActorMention } from './actors.ts';
import { ATTRIBUTION, inSources } from './attribution.ts';
import { CONTEXT_WORDS } from './context-words.ts';
import { accusationVerbs } from './words.ts';
import { EVENT_WORDS } from './events/lexicon.ts';

/**
 * Accusations in a source's words: "The Azeri defence ministry said it had retaliated … after Armenian
 * forces shelled Azeri army positions". The attack is what the source asserts, by a party of another
 * country than the source: it becomes its own event with `assertedBy`, never a fact of the main event.
 */
export interface Accusation {
  sentenceIndex: number;
  subEventType: string;
  eventType: string;
  accused: ActorMention;
  target: ActorMention | null;
  assertedBy: Party;
  /** Offset of the verb in the text. */
  at: number;
}


export function findAccusations(doc: Doc, si: number): Accusation[] {
  const text = doc.sentences[si]!.text;
  // A cheap gate on the raw sentence: a source verb.
  if (!CONTEXT_WORDS.sourceVerbs.test(text)) return [];
  const tokens = doc.sentences[si]!.tokens;
  let hasVerb = false;
  for (let i = 0; i < tokens.length && !hasVerb; i++) if (accusationVerbs.matchAt(tokens, i)) hasVerb = true;
  if (!hasVerb) return [];
  const actors = doc.get(ACTORS, si);
  const attr = doc.get(ATTRIBUTION, si);
  if (!attr.claimedBy?.country) return [];
  const out: Accusation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = accusationVerbs.matchAt(tokens, i);
    if (!v) continue;
    // The accused is named right before the verb, and is not the source's own side.
    const accused = actors.find((a) => a.end <= i && i - a.end <= 1 && !inSources(attr, a));
    if (!accused?.actor.country || accused.actor.country === attr.claimedBy.country || accused.via === 'media') { i = v.end - 1; continue; }
    // A capital or country struck ("carried out strikes on Damascus", "shelled targets in Syria") is where, not whom.
    const place = (a: ActorMention) => {
      const prev = tokens[a.start - 1]?.lower ?? '';
      return a.via === 'place' || ((a.via === 'metonym' || a.via === 'country') && (EVENT_WORDS.locatives.has(prev) || EVENT_WORDS.targetLeads.has(prev)));
    };
    // The source itself is never the target ("… shelled Kharkiv, Ukrainian officials said").
    const target = actors.find((a) => a.start >= v.end && a.start - v.end <= 2 && !place(a) && !inSources(attr, a)) ?? null;
    out.push({ sentenceIndex: si, subEventType: v.value, eventType: eventTypeOf(v.value), accused, target, assertedBy: attr.claimedBy, at: tokens[i]!.start });
    i = v.end - 1;
  }
  return out;
}
