/** Words of sources, context and headlines (data/lexicon/context-words.json). */
import { anyWord, loadData } from '../util/data-file.ts';

export const CONTEXT_WORDS = loadData('lexicon/context-words.json', (d) => ({
  /** A sentence in a source's words ("… said", "according to …"): the gate before accusations are read. */
  sourceVerbs: anyWord(d.words('sourceVerbs'), 'i'),
  /** Relative words that hang a figure off a recalled event ("… since the war that killed 6,500"). */
  recalledRelatives: d.wordSet('recalledRelatives'),
  /** "the worst fighting since …": a comparison, not a recalled event. */
  superlatives: d.wordSet('superlatives'),
  /** A headline that tells of a death without a count ("fatal shooting", "slaying"). */
  headlineDeath: anyWord(d.words('headlineDeath'), 'i'),
}));
