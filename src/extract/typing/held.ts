/**
 * Weapons held, not used. "Troops seized rifles, grenades and mortar shells", "police recovered two
 * IEDs and a suicide vest": the weapons are the object of a seizure or a find (the codebook's
 * disrupted weapons use), so their words type no grenade, bomb or shelling of their own. The object
 * runs on across the commas of its list until a word of harm or a new clause ("found the bodies
 * of men killed in a grenade attack": the attack happened).
 */
import type { Lexicon } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';
import { TYPING_WORDS as W } from './words.ts';

/** How many words a list of seized weapons may run. */
const OBJECT_REACH = 15;
/** How many words (a determiner, an owner) may stand between a strike verb and the depot it hit. */
const STRUCK_REACH = 3;

/** Is the anchor, a weapon's word, the object of a seizure or a find? */
export function heldWeapon(lex: Lexicon, s: SentenceCues, anchor: Hit): boolean {
  const { holders, except, until, endVerbs, struck } = lex.held;
  for (const h of s.cues) {
    // Only a holder before the weapon: "set off a bomb … after seizing the town" seized no bomb.
    if (h.j > anchor.i) continue;
    // "intercepted" is also a disruption of a weapon in flight: the strike it stopped happened.
    if (!holders.has(h.tag) || anchor.i - h.j > OBJECT_REACH) continue;
    if (s.cues.some((c) => c.i === h.i && except.has(c.tag))) continue;
    // "struck an ammunition depot with rockets": a depot a strike hits holds nothing; it is the target.
    if (s.cues.some((c) => struck.has(c.tag) && c.j <= h.i && h.i - c.j <= STRUCK_REACH)) continue;
    let open = true;
    for (let k = h.j; k < anchor.i && open; k++) if (W.relative.has(s.tokens[k]!.lower) || endVerbs.has(s.tokens[k]!.lower)) open = false;
    if (open && s.cues.some((c) => until.has(c.tag) && c.i >= h.j && c.i < anchor.i)) open = false;
    if (open) return true;
  }
  return false;
}
