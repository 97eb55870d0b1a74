import { sentenceLayer } from '../annotate/doc.ts';
import { Shape, type Token } from '../annotate/tokens.ts';
import type { Party } from '../record/schema.ts';
import { ACTORS, partyOf, type ActorMention } from './actors.ts';
import { CONTEXT_WORDS } from './context-words.ts';
import { accordingTo, claimVerbs } from './words.ts';

/** Who asserts what a sentence says, and who relays it: "X said, Reuters reported", "according to X". */
export interface Attribution {
  claimedBy: Party | null;
  reportedBy: { name: string } | null;
  /** Token index of the first attribution cue (the words before it are what is reported, after "X said that" what follows). */
  cue: number;
  /** Token ranges [start, end) of the sources named (not actors of the events reported). */
  sources: [number, number][];
  /** Every claimant (not a medium) with the token index of its cue, in order of the sentence. */
  claimants: { party: Party; at: number }[];
}

/**
 * The claimant of a figure whose count starts at token `at`: in "Armenia said 135 of its soldiers
 * were killed, while Azerbaijan said 77 of its soldiers were killed", the nearest claimant whose cue
 * comes before the count; the sentence's first claimant otherwise.
 */
export function attributionAt(a: Attribution, at: number): Attribution {
  if (a.claimants.length < 2) return a;
  let pick: { party: Party; at: number } | undefined;
  for (const c of a.claimants) if (c.at < at) pick = c;
  return pick && pick.party !== a.claimedBy ? { ...a, claimedBy: pick.party } : a;
}

function isCapWord(t: Token): boolean {
  return t.kind === 'word' && (t.shape & Shape.CAP) !== 0;
}

export function findAttribution(tokens: Token[], actors: ActorMention[]): Attribution {
  const sources: { actor: ActorMention; at: number }[] = [];
  let cue = -1;
  for (let i = 0; i < tokens.length; i++) {
    const acc = accordingTo.matchAt(tokens, i);
    if (acc) {
      const a = actors.find((x) => x.start >= acc.end && x.start <= acc.end + 3);
      if (a) { sources.push({ actor: a, at: i }); if (cue < 0) cue = i; }
      i = acc.end - 1;
      continue;
    }
    const v = claimVerbs.matchAt(tokens, i);
    if (!v) continue;
    // The source before the verb, skipping titles, names and filler.
    let k = i - 1;
    let found: ActorMention | undefined;
    while (k >= 0 && i - k <= 6) {
      found = actors.find((a) => a.end === k + 1);
      if (found) break;
      if (!CONTEXT_WORDS.sourceFillers.has(tokens[k]!.lower) && !isCapWord(tokens[k]!)) break;
      k--;
    }
    // Inverted: "…, said police", "said the Kremlin".
    if (!found) found = actors.find((a) => a.start >= v.end && a.start <= v.end + 1);
    if (found) { sources.push({ actor: found, at: i }); if (cue < 0) cue = Math.min(i, found.start); }
    i = v.end - 1;
  }
  const relay = sources.find((s) => s.actor.via === 'media');
  const claimants = sources.filter((s) => s.actor.via !== 'media').map((s) => ({ party: partyOf(s.actor.actor), at: s.at }));
  return {
    claimedBy: claimants[0]?.party ?? null,
    claimants,
    reportedBy: relay ? { name: relay.actor.actor.name } : null,
    cue,
    sources: sources.map((x) => [x.actor.start, x.actor.end] as [number, number]),
  };
}

/** Who asserts and who relays what each sentence says (one layer, read by claims, accusations and assembly). */
export const ATTRIBUTION = sentenceLayer<Attribution>('attribution', (doc, si) => findAttribution(doc.sentences[si]!.tokens, doc.get(ACTORS, si)));
