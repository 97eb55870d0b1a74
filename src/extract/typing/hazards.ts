/**
 * Accidents and natural hazards. "At least 40 people died when a boat capsized", "floods killed 23",
 * "two miners were killed when a tunnel collapsed": ACLED codes political violence and its means, and
 * a death by accident or hazard is neither. A sentence that names one (`hazardTags`) and tells hurt only
 * with the bare words of death or injury (`hazardHurtTags`: no attack, no shooting, no weapon, no
 * arrest as its own trigger) gives no event; any other trigger, or a word of a weapon or of violence
 * (`hazardKeepWords`: "a bystander police shot where two buses had collided", "a hunting accident"),
 * keeps it ("drowned while fleeing an attack", "the helicopter crashed after it was shot down").
 */
import type { Lexicon } from './lexicon.ts';
import type { SentenceCues } from './rules.ts';

export function hazardOnly(lex: Lexicon, s: SentenceCues): boolean {
  if (![...lex.hazardTags].some((t) => s.byTag.has(t))) return false;
  for (const tag of s.byTag.keys()) if (lex.rulesByAnchor.has(tag) && !lex.hazardHurtTags.has(tag)) return false;
  return !s.tokens.some((t) => lex.hazardKeepWords.has(t.lower));
}
