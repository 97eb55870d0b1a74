/**
 * Is the anchor a consequence of a fight told as the sentence's subject? ACLED codes civilians
 * killed in a battle's crossfire as that battle's dead, not as violence against civilians, so
 * "Fighting between the army and rebels killed 20 civilians", "Clashes broke out …, leaving 20
 * civilians dead" and "Heavy fighting raged …, with medics saying 97 civilians were killed" are
 * the clash. So are the two sides told as the fight's joint subject, the harm hung on the same
 * clause by a participle ("The army and the rebels clashed in the town, killing 12 civilians"):
 * the participle's doer is the fighting. Civilians harmed by a doer of their own ("…; gunmen later
 * killed five villagers", "clashes erupted after gunmen shot a trader", "soldiers fought rebels
 * and shot two farmers") stay an attack.
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
    if (h && h.j <= anchor.i && (!fight || h.i < fight.i)) fight = h;
  }
  if (!fight) return false;
  // A doer named before the fight gives it its own subject ("Soldiers fought rebels …"), unless
  // the fight is that subject's verb and the harm its participle ("…clashed, killing 12").
  if (actors.some((a) => a.i < fight!.i)) return jointFight(s, fight, anchor);
  if (fight.i > SUBJECT_REACH) return false;
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

/**
 * "A and B clashed …, killing N" or "A clashed with B …, leaving N dead": the fight verb follows
 * its subject's last actor, every actor before it is an armed side, and the anchor is a
 * participle opening the next clause, with no other clause between.
 */
function jointFight(s: SentenceCues, fight: Hit, anchor: Hit): boolean {
  const { tokens, actors } = s;
  const before = actors.filter((a) => a.i < fight.i);
  if (!before.every((a) => DOERS.has(a.tag)) || before[before.length - 1]!.j !== fight.i) return false;
  // A participle right after a comma opens its own clause (a clause mark before a word sets its clauseStart).
  const participle = tokens[anchor.i]!;
  if (!participle.clauseStart || !participle.lower.endsWith('ing')) return false;
  for (let k = fight.j; k < anchor.i; k++) {
    const t = tokens[k]!;
    if (t.clauseStart || W.relative.has(t.lower)) return false;
  }
  // Between the verb and the participle only the other side may be named ("with the rebels").
  return actors.every((a) => a.i < fight.i || a.i >= anchor.i || DOERS.has(a.tag));
}
