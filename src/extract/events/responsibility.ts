/**
 * Who owns an attack by claiming it. Wire copy often tells an attack without its doer and then who
 * claimed it: "A car bomb killed 23 people near the market. Al-Shabaab claimed responsibility." ACLED
 * codes the claimant as the attack's actor. Only armed groups count (a state that "claimed" a strike
 * is told as its doer anyway), and only when the claim is told as owning the act, not as a figure
 * ("claimed 30 lives") or a denial ("no group has claimed responsibility").
 */
import type { Doc } from '../../annotate/doc.ts';
import type { Actor } from '../../record/schema.ts';
import { ACTORS, GENERIC_GROUP } from '../actors.ts';
import { EVENT_WORDS as W } from './lexicon.ts';

const GROUP_KINDS = new Set(['rebel', 'militia', 'identity_militia']);
/** Words that may stand between the group and its verb ("JNIM, an al-Qaeda affiliate, later claimed"). */
const GAP = 8;
const NEGATIONS = new Set(['no', 'not', 'nobody', 'none', 'yet', 'denied', 'never']);
const RELATIVES = new Set(['which', 'that', 'who', 'whom']);

/** The armed group that claims an attack in sentence si, or null. */
function claimantIn(doc: Doc, si: number): Actor | null {
  const tokens = doc.sentences[si]!.tokens;
  // "Separately, ADF claimed the attack on a church last week": a claim of another attack.
  if (tokens.some((t) => W.otherAttackWords.has(t.lower))) return null;
  const groups = doc.get(ACTORS, si).filter((a) => GROUP_KINDS.has(a.actor.kind) && a.actor.name !== GENERIC_GROUP);
  if (!groups.length) return null;
  for (let i = 0; i < tokens.length; i++) {
    const verb = W.responsibilityVerbs.matchAt(tokens, i);
    if (!verb) continue;
    // "the attack was claimed by Islamic State": the group after "by".
    if (tokens[verb.end]?.lower === 'by') {
      const g = groups.find((a) => a.start === verb.end + 1 || a.start === verb.end + 2);
      if (g && ['was', 'were', 'been'].includes(tokens[i - 1]?.lower ?? '')) return g.actor;
    }
    if (!W.responsibilityObjects.matchAt(tokens, verb.end)) continue;
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATIONS.has(t.lower))) continue;
    // "ISGS, which claimed a similar attack last year": a relative claim, of another attack.
    if (RELATIVES.has(tokens[i - 1]?.lower ?? '')) continue;
    const g = groups.filter((a) => a.end <= i && i - a.end <= GAP).pop();
    if (g && !tokens.slice(g.end, i).some((t) => NEGATIONS.has(t.lower))) return g.actor;
  }
  return null;
}

/** The armed group that claims the article's attack, in the sentences given, or null. */
export function responsibleGroup(doc: Doc, sentences: number[]): Actor | null {
  for (const si of sentences) {
    const g = claimantIn(doc, si);
    if (g) return g;
  }
  return null;
}
