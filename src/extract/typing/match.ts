/**
 * Finds the lexicon's phrases in a token list: one map lookup per token, then a check of the few
 * phrases that start with that word. Gaps ("set * ablaze") skip at most 3 words, so the cost stays
 * linear in the sentence length.
 */
import type { FirstWordIndex, Phrase, PhraseWord } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Hit {
  tag: string;
  /** Token range [i, j). */
  i: number;
  j: number;
}

const MAX_GAP = 3;

function wordMatches(w: PhraseWord, t: Token): boolean {
  return w.kind === 'raw' ? t.raw === w.key : w.kind === 'stem' && t.stem === w.key;
}

/** End token index of `words` matched at `ti`, or -1. */
function matchFrom(words: PhraseWord[], wi: number, tokens: Token[], ti: number): number {
  if (wi === words.length) return ti;
  const w = words[wi]!;
  if (w.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && ti + skip <= tokens.length; skip++) {
      const e = matchFrom(words, wi + 1, tokens, ti + skip);
      if (e >= 0) return e;
    }
    return -1;
  }
  if (ti >= tokens.length || !wordMatches(w, tokens[ti]!)) return -1;
  return matchFrom(words, wi + 1, tokens, ti + 1);
}

/**
 * Hits of the three layers (cues, actors, context) in one pass. In each layer the longest match
 * at a position wins and hides the shorter phrases inside it ("rocket-propelled grenade" is not
 * also a "grenade"), except that the phrases of `sharing` tags hide nothing; the layers do not
 * hide each other.
 */
export function matchLayers(idx: FirstWordIndex, tokens: Token[], sharing: Set<string> = NO_SHARING): [Hit[], Hit[], Hit[]] {
  const out: [Hit[], Hit[], Hit[]] = [[], [], []];
  const free = [0, 0, 0];
  // Per position and layer: the longest end reached by each tag (small, reused buffers).
  const tags: string[] = [];
  const ends: number[] = [];
  const consider = (list: Phrase[] | null, i: number): number => {
    let best = -1;
    if (!list) return best;
    for (const p of list) {
      const e = matchFrom(p.words, 0, tokens, i);
      if (e < 0) continue;
      const k = tags.indexOf(p.tag);
      if (k < 0) { tags.push(p.tag); ends.push(e); } else if (e > ends[k]!) ends[k] = e;
      if (e > best) best = e;
    }
    return best;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const a = idx.byStem.get(t.stem);
    const b = idx.byRaw.get(t.raw);
    if (!a && !b) continue;
    for (let layer = 0; layer < 3; layer++) {
      if (i < free[layer]!) continue;
      tags.length = 0; ends.length = 0;
      const best = Math.max(consider(a ? a[layer] : null, i), consider(b ? b[layer] : null, i));
      if (best < 0) continue;
      // The longest phrase hides shorter ones at the same place ("killing of" is no killing),
      // unless it belongs to a sharing tag: "set fire to" is looting and still a riot's "set fire".
      let shared = true;
      for (let k = 0; k < tags.length; k++) if (ends[k] === best && !sharing.has(tags[k]!)) shared = false;
      for (let k = 0; k < tags.length; k++) if (ends[k] === best || shared) out[layer]!.push({ tag: tags[k]!, i, j: ends[k]! });
      free[layer] = best;
    }
  }
  return out;
}

const NO_SHARING = new Set<string>();
