/**
 * Accidents and natural hazards. "At least 40 people died when a boat capsized", "floods killed 23",
 * "two miners were killed when a tunnel collapsed": ACLED codes political violence and its means, and
 * a death by accident or hazard is neither. A sentence that names one (`hazardTags`) and tells hurt only
 * with the bare words of death or injury (`hazardHurtTags`: no attack, no shooting, no weapon, no
 * arrest as its own trigger) gives no event; any other trigger, or a word of a weapon or of violence
 * (`hazardKeepWords`: "a bystander police shot where two buses had collided", "a hunting accident"),
 * keeps it ("drowned while fleeing an attack", "the helicopter crashed after it was shot down").
 * Armed forces' own accidents are no event either ("an army helicopter crashed during a training
 * flight, killing three soldiers"): a craft told right before the accident as its subject
 * (`hazardCraftTags`: "a fighter jet crashed") is what crashed, no strike's means, and one that names
 * a force ("the air force said") is its speaker.
 */
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';

export function hazardOnly(lex: Lexicon, s: SentenceCues): boolean {
  const hazards = [...lex.hazardTags].flatMap((t) => s.byTag.get(t) ?? []);
  if (!hazards.length) return false;
  // The crash's subject: the craft's words end at most one word before the accident ("helicopter [had] crashed").
  // A craft word that is a force's name ("the air force said") is no craft either.
  const crashed = (h: Hit) => hazards.some((z) => z.i >= h.j && z.i - h.j <= 1) || s.actors.some((a) => a.i === h.i && a.j === h.j);
  for (const [tag, hits] of s.byTag) {
    if (!lex.rulesByAnchor.has(tag) || lex.hazardHurtTags.has(tag)) continue;
    if (lex.hazardCraftTags.has(tag) && hits.every(crashed)) continue;
    return false;
  }
  return !s.tokens.some((t) => lex.hazardKeepWords.has(t.lower));
}
