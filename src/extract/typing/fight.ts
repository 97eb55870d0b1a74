/**
 * Is the anchor a consequence of a fight told as the sentence's subject? ACLED codes civilians
 * killed in a battle's crossfire as that battle's dead, not as violence against civilians, so
 * "Fighting between the army and rebels killed 20 civilians", "Clashes broke out …, leaving 20
 * civilians dead" and "Heavy fighting raged …, with medics saying 97 civilians were killed" are
 * the clash. Civilians harmed by a doer of their own ("…; gunmen later killed five villagers",
 * "clashes erupted after gunmen shot a trader") stay an attack.
 */
import type { Hit } from './match.ts';
import type { SentenceCues } from './rules.ts';
import { TYPING_WORDS as W } from './words.ts';

/** Actor classes that can do the harm themselves (civilians named later are the victims). */
const DOERS = new Set(['gov', 'nonstate', 'armed', 'guard', 'rioter']);

/** How far into its sentence the fight may open it ("Renewed heavy fighting between …"). */
const SUBJECT_REACH = 4;

export function fightIsSubject(s: SentenceCues, tags: string[], anchor: Hit): boolean {
  const { tokens, actors } = s;
  let fight: Hit | undefined;
  for (const tag of tags) {
    const h = s.byTag.get(tag)?.[0];
    if (h && h.i <= SUBJECT_REACH && h.j <= anchor.i && (!fight || h.i < fight.i)) fight = h;
  }
  // Nothing names a doer before the fight: "Soldiers fought rebels …" has its own subject.
  if (!fight || actors.some((a) => a.i < fight!.i)) return false;
  // Past a clause mark or a subordinate word ("after", "when"), an actor is the subject of
  // another clause and the anchor its act, unless it is a source ("with medics saying …").
  let ownClause = true;
  for (let k = fight.j; k < anchor.i; k++) {
    const t = tokens[k]!;
    if (t.clauseStart || W.relative.has(t.lower)) ownClause = false;
    const a = actors.find((h) => h.i === k);
    if (!a || ownClause || !DOERS.has(a.tag)) continue;
    const next = tokens[a.j]?.lower;
    if (next === undefined || !W.speechVerbs.has(next) && !W.speechParticiples.has(next)) return false;
  }
  return true;
}
