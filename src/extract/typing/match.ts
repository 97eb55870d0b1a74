/**
 * Finds the lexicon's phrases in a token list: one map lookup per token, then a check of the few
 * phrases that start with that word. Gaps ("set * ablaze") skip at most 3 words, so the cost stays
 * linear in the sentence length.
 */
import type { FirstWordEntry, FirstWordIndex, PhraseList, PhraseWord } from './lexicon.ts';
import type { Token } from '../../annotate/tokens.ts';

export interface Hit {
  tag: string;
  /** Token range [i, j). */
  i: number;
  j: number;
}

const MAX_GAP = 3;
/** The long gap ("**") of a verb's object. */
const MAX_LONG_GAP = 10;

/** May token t stand deep inside a verb's object: a word, no clause mark before it, no -ed or -ing form? */
function objectWord(t: Token): boolean {
  return t.kind === 'word' && !t.clauseStart && !/[a-z](?:ed|ing)$/.test(t.lower);
}

function wordMatches(w: PhraseWord, t: Token): boolean {
  return w.kind === 'raw' ? t.text === w.key : w.kind === 'stem' && t.stem === w.key;
}

/** End token index of `words` matched at `ti`, or -1. */
function matchFrom(words: PhraseWord[], wi: number, tokens: Token[], ti: number): number {
  if (wi === words.length) return ti;
  const w = words[wi]!;
  if (w.kind === 'gap') {
    const max = w.long ? MAX_LONG_GAP : MAX_GAP;
    for (let skip = 0; skip <= max && ti + skip <= tokens.length; skip++) {
      // A long gap holds a verb's object ("burned [a pastor and eight members of his congregation]
      // to death"): past the short gap's words ("two suspected thieves"), no clause mark and no other
      // verb form.
      if (w.long && skip > MAX_GAP && !objectWord(tokens[ti + skip - 1]!)) return -1;
      const e = matchFrom(words, wi + 1, tokens, ti + skip);
      if (e >= 0) return e;
    }
    return -1;
  }
  if (ti >= tokens.length || !wordMatches(w, tokens[ti]!)) return -1;
  return matchFrom(words, wi + 1, tokens, ti + 1);
}

// Per position and layer: the longest end reached by each of the first `nTags` tags (module
// buffers, reused: matching is synchronous and never re-entered; a count instead of
// `length = 0`, which is a runtime call).
const tags: string[] = [];
const ends: number[] = [];
let nTags = 0;

function tagIndex(tag: string): number {
  for (let k = 0; k < nTags; k++) if (tags[k] === tag) return k;
  return -1;
}

/** Records the phrases of `list` that match at token `i` into tags/ends; the longest end, or -1. */
function consider(entry: PhraseList | null, tokens: Token[], i: number): number {
  let best = -1;
  if (entry === null) return best;
  // No phrase of the list goes on with the next word: none matches here.
  if (entry.next !== null) {
    const t = tokens[i + 1];
    if (t === undefined || (!entry.next.has(t.stem) && !entry.next.has(t.text))) return best;
  }
  const list = entry.phrases;
  for (let n = 0; n < list.length; n++) {
    const p = list[n]!;
    // The list was found by the phrase's first word, so that word matches token i already.
    const e = p.words.length === 1 ? i + 1 : matchFrom(p.words, 1, tokens, i + 1);
    if (e < 0) continue;
    const k = tagIndex(p.tag);
    if (k < 0) { tags[nTags] = p.tag; ends[nTags] = e; nTags++; } else if (e > ends[k]!) ends[k] = e;
    if (e > best) best = e;
  }
  return best;
}

/**
 * Hits of the three layers (cues, actors, context) in one pass. In each layer the longest match
 * at a position wins and hides the shorter phrases inside it ("rocket-propelled grenade" is not
 * also a "grenade"), except that the phrases of `sharing` tags hide no phrase that starts where they
 * start, and those of `transparent` tags none at all; the layers do not hide each other.
 */
export function matchLayers(idx: FirstWordIndex, tokens: Token[], sharing: Set<string> = NO_SHARING, transparent: Set<string> = NO_SHARING): [Hit[], Hit[], Hit[]] {
  const out: [Hit[], Hit[], Hit[]] = [[], [], []];
  const free = [0, 0, 0];
  for (let i = 0; i < tokens.length; i++) {
    const starts = phraseStarts(idx, tokens[i]!);
    const a = starts.byStem;
    const b = starts.byRaw;
    if (a === undefined && b === undefined) continue;
    for (let layer = 0; layer < 3; layer++) {
      if (i < free[layer]!) continue;
      nTags = 0;
      const ea = consider(a === undefined ? null : a[layer], tokens, i);
      const eb = consider(b === undefined ? null : b[layer], tokens, i);
      const best = ea > eb ? ea : eb;
      if (best < 0) continue;
      // The longest phrase hides shorter ones at the same place ("killing of" is no killing),
      // unless it belongs to a sharing tag: "set fire to" is looting and still a riot's "set fire".
      // A transparent phrase hides nothing inside it either: "came under heavy mortar fire" still
      // holds the "mortar" that tells the means.
      let shared = true, see = true;
      for (let k = 0; k < nTags; k++) {
        if (ends[k] !== best) continue;
        if (!sharing.has(tags[k]!)) shared = false;
        if (!transparent.has(tags[k]!)) see = false;
      }
      for (let k = 0; k < nTags; k++) if (ends[k] === best || shared) out[layer]!.push({ tag: tags[k]!, i, j: ends[k]! });
      free[layer] = see ? i + 1 : best;
    }
  }
  return out;
}

const NO_SHARING = new Set<string>();

/** The index's phrase lists that start with a form, by its stem and as written; `idx` says which
 *  index they came from (a test may build its own lexicon). */
interface PhraseStarts { idx: FirstWordIndex; byStem: FirstWordEntry | undefined; byRaw: FirstWordEntry | undefined }

/** What `idx` holds for token t's form: looked up once per written form (the form keeps it), since a
 *  text repeats its words and the index is never changed once built. */
function phraseStarts(idx: FirstWordIndex, t: Token): PhraseStarts {
  const f = t.form;
  const known = f.phraseStarts as PhraseStarts | undefined;
  if (known !== undefined && known.idx === idx) return known;
  const s: PhraseStarts = { idx, byStem: idx.byStem.get(f.stem), byRaw: idx.byRaw.get(f.text) };
  f.phraseStarts = s;
  return s;
}
