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
 * a force ("the air force said") is its speaker; the strike words told after its crash are its own
 * mission ("crashed after a bombing raid"), no strike on it.
 */
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';

export function hazardOnly(lex: Lexicon, s: SentenceCues): boolean {
  // Most sentences name no hazard: asked of every sentence, so no array is built for them.
  if (!namesHazard(lex, s)) return false;
  const hazards = [...lex.hazardTags].flatMap((t) => s.byTag.get(t) ?? []);
  // The crash's subject: the craft's words end at most one word before the accident ("helicopter [had] crashed").
  // A craft word that is a force's name ("the air force said") is no craft either.
  const crashed = (h: Hit) => hazards.some((z) => z.i >= h.j && z.i - h.j <= 1) || s.actors.some((a) => a.i === h.i && a.j === h.j);
  // With a craft told as what crashed, the strike words told after the accident are its own mission
  // ("a fighter jet crashed after a bombing raid", "… on its way back from an air strike"): what it
  // was doing, no hit on it (a hit is told by its own words: "shot down", "hit by ground fire").
  const craft = [...lex.hazardCraftTags].some((t) => s.byTag.get(t)?.some((h) => crashed(h) && !s.actors.some((a) => a.i === h.i && a.j === h.j)));
  const mission = (h: Hit) => craft && hazards.some((z) => z.j <= h.i);
  for (const [tag, hits] of s.byTag) {
    if (!lex.rulesByAnchor.has(tag) || lex.hazardHurtTags.has(tag)) continue;
    if (lex.hazardCraftTags.has(tag) && hits.every((h) => crashed(h) || mission(h))) continue;
    return false;
  }
  return !s.tokens.some((t) => lex.hazardKeepWords.has(t.lower));
}

/** Does the sentence hold a hit of a hazard tag? */
function namesHazard(lex: Lexicon, s: SentenceCues): boolean {
  for (const t of lex.hazardTags) if (s.byTag.get(t)?.length) return true;
  return false;
}
