/** When two drafts of an article are one event, and how they merge (docs/extraction.md, "Merging"). */
import { TERRITORY_SUB_TYPES } from '../../record/taxonomy.ts';
import type { Actor } from '../../record/schema.ts';
import { GENERIC_GROUP } from '../actors.ts';
import { oneSide } from '../sides.ts';
import { isViolent, MUTUAL_SUBS, type Draft } from './draft.ts';
import { EVENT_WORDS } from './lexicon.ts';

const countriesOf = (d: Draft) => new Set([d.actor1?.country, d.actor2?.country].filter((c): c is string => !!c));

/**
 * Two drafts of one event: same family (violent events merge across sub-types, as ACLED codes one
 * event per actor pair, place and day), same recalled-or-not, actors from the same countries, no
 * conflicting day. A counter-claim in someone's words ("X said Y shelled first") stays its own event.
 */
export function sameEvent(a: Draft, b: Draft): boolean {
  if (a.background !== b.background) return false;
  const violent = isViolent(a) && isViolent(b);
  // "The Taliban seized the district after government forces withdrew": one change of hands, told
  // as a seizure and as a withdrawal; the better-told reading types it.
  const territory = TERRITORY_SUB_TYPES.has(a.subEventType) && TERRITORY_SUB_TYPES.has(b.subEventType);
  if (!violent && !territory && a.subEventType !== b.subEventType) return false;
  // Violence told in the outlet's own words is one incident per article unless a day tells otherwise
  // (mutual fighting names each side in turn); other kinds need compatible parties.
  const ca = countriesOf(a), cb = countriesOf(b);
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((c) => y.has(c));
  if (!violent && ca.size && cb.size && !subset(ca, cb) && !subset(cb, ca)) return false;
  if (a.background && a.date && b.date && a.date.start?.slice(0, 4) !== b.date.start?.slice(0, 4)) return false;
  // Words of one source about what the other side did ("X said Y shelled …") stay their own event
  // when they name another attacker; not when both tell a clash, which is mutual whoever began it
  // (each side blaming the other for the same day's fighting is one armed clash, as ACLED codes it).
  // "Shelling by the RSF killed 15 civilians. … The army said its troops had repelled an RSF attack":
  // an attack the answering side fought off was on that side, not the attack on civilians told in
  // another sentence, whoever made both: two acts, each with its own figures.
  if (violent && separateAnswer(a, b)) return false;
  const bothMutual = MUTUAL_SUBS.has(a.subEventType) && MUTUAL_SUBS.has(b.subEventType);
  if (!bothMutual && !answered(a, b) && (a.allAttributed || b.allAttributed) && a.actor1?.country && b.actor1?.country && a.actor1.country !== b.actor1.country) return false;
  // Talks, appeals, agreements: the same parties, or one side unnamed (a change of hands is told
  // from either side: who seized and who withdrew).
  if (!violent && !territory) {
    const names = (d: Draft) => [d.actor1?.name, d.actor2?.name].filter(Boolean).sort().join('|');
    if (names(a) && names(b) && names(a) !== names(b)) return false;
  }
  return true;
}

/**
 * The answer and the attack it answers, when one draft tells fire answered ("Azerbaijani units
 * returned fire") and the other fire on that side ("Armenian forces opened fire on Azerbaijani
 * positions", or on nobody named): the answer's subject is the side fired on. Not when the attack
 * was on others ("Gunmen killed five passengers. Police returned fire": the passengers were the
 * target, the police came later).
 */
function answered(a: Draft, b: Draft): { answer: Draft; attack: Draft; attacker: Actor; side: Actor } | null {
  const [answer, attack] = a.responds && !b.responds ? [a, b] : b.responds && !a.responds ? [b, a] : [null, null];
  const side = answer?.actor1;
  if (!answer || !attack || !side || !isViolent(attack)) return null;
  // Fire on people ("shelled residential areas, killing three civilians") was not on the side that answers.
  if (attack.patient === 'civ' || attack.patient === 'locals') return null;
  const target = attack.actor2;
  // The target is the answering side: the same party, or forces of its kind with no country named
  // ("stormed a military base" … "Somali troops repelled the attack").
  if (target && target.name !== side.name && ((target.country && target.country !== side.country) || target.inter !== side.inter)) return null;
  // The attacker as the attack tells it, unless the answer names it better ("Police repulsed an
  // al-Shabaab attack … the attackers fired into the camp").
  const named = (x: Actor | null) => !!x && x.name !== GENERIC_GROUP && x.country !== null;
  const attacker = !named(attack.actor1) && named(answer.actor2) ? answer.actor2 : attack.actor1 ?? answer.actor2;
  return attacker && attacker.name !== side.name ? { answer, attack, attacker, side } : null;
}

/**
 * One draft answers an attack told anew ("its troops had repelled an attack on the town's gate") and
 * the other is an attack on people (civilians, residents) told in other sentences: the attack
 * answered was on the answering side, another act than the attack on people, whoever made both.
 */
function separateAnswer(a: Draft, b: Draft): boolean {
  if (a.responds !== b.responds) {
    const [answer, attack] = a.responds ? [a, b] : [b, a];
    if (onPeople(attack) && !answer.sentences.some((s) => attack.sentences.includes(s))) {
      // Only an attack told anew ("repelled an RSF attack on the city's edge", "fought off another
      // raid"): "Militiamen repelled the attack", "returned fire", take up the attack already told.
      const text = answer.evidence[0]?.text ?? '';
      const m = EVENT_WORDS.responseWords.exec(text);
      if (m && NEW_OBJECT.test(text.slice(m.index + m[0].length))) return true;
    }
  }
  // "Shelling by the rebels killed seven civilians. … The army said it had killed 20 rebel fighters
  // in an air strike on their positions": an act told anew (an indefinite article before its word),
  // in a source's words, by another named doer, on armed people, is no part of the attack on people.
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!onPeople(x) || onPeople(y) || !y.allAttributed || !x.actor1 || !y.actor1 || y.actor1.name === GENERIC_GROUP || x.actor1.name === y.actor1.name) continue;
    if (y.sentences.some((s) => x.sentences.includes(s))) continue;
    const anchor = y.anchors[0], ev = y.evidence[0];
    if (anchor && ev && NEW_ACT_BEFORE.test(ev.text.slice(0, anchor.at - ev.start))) return true;
  }
  return false;
}

const onPeople = (d: Draft) => d.patient === 'civ' || d.patient === 'locals';

/** An indefinite article right before an act's word, or one word before it: the act is told anew ("in an air strike", "a new raid"; not "a call of shots fired"). */
const NEW_ACT_BEFORE = /\b(?:an?|another)\s+(?:[\w-]+\s+)?$/i;

/** An object that tells a new act after a word of answer: an indefinite article ("an attack", "another raid"). */
const NEW_OBJECT = /^\s+(?:an?|another)\s/i;

/** Sub-types of fire on a side that, answered, is fire exchanged: an armed clash (both sides engage). */
const ANSWERED_BECOMES_CLASH = new Set(['Shelling/artillery/missile attack', 'Attack', 'Armed clash']);

/** Kinds of a named armed group that may take the place of a generic doer ("gunmen", "fighters"). */
const NAMED_DOER_KINDS = new Set<Actor['kind']>(['rebel', 'militia', 'identity_militia', 'group']);

export function merge(into: Draft, d: Draft): void {
  const exchange = answered(into, d);
  into.sentences.push(...d.sentences);
  into.anchors.push(...d.anchors);
  for (const e of d.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  if (!into.date || (d.date && d.date.precision < into.date.precision)) into.date = d.date;
  // "Paramilitary fighters killed 40 people … The Rapid Support Forces stormed the village": the act
  // told once by a generic word and once by the group's name was the named group's.
  if (into.actor1?.name === GENERIC_GROUP && d.actor1 && NAMED_DOER_KINDS.has(d.actor1.kind) && d.actor1.name !== GENERIC_GROUP && d.actor1.name !== into.actor2?.name) into.actor1 = d.actor1;
  into.actor1 ??= d.actor1;
  into.actor2 ??= d.actor2;
  if (into.actor2 && into.actor1 && into.actor2.country === into.actor1.country && d.actor2 && d.actor2.country !== into.actor1.country) into.actor2 = d.actor2;
  for (const a of d.associated) if (!into.associated.some((x) => x.name === a.name)) into.associated.push(a);
  into.relay ??= d.relay;
  if (d.direction === 'actor1_on_actor2' && into.direction !== 'actor1_on_actor2' && (!into.actor1 || into.actor1.country === d.actor1?.country)) {
    into.direction = 'actor1_on_actor2';
    into.actor1 = d.actor1;
    into.actor2 = d.actor2;
  }
  if (into.direction === 'none' && into.actor1 && into.actor2) into.direction = MUTUAL_SUBS.has(into.subEventType) ? 'mutual' : 'actor1_on_actor2';
  into.mediator ??= d.mediator;
  into.patient ??= d.patient;
  into.allAttributed = into.allAttributed && d.allAttributed;
  if (!into.allAttributed) into.assertedBy = null;
  // The type is the best-told reading's, whichever voice told it first ("Soldiers executed 300
  // civilian men, a rights group said. … witnesses described soldiers shooting them").
  if (d.score > into.score) {
    into.subEventType = d.subEventType; into.eventType = d.eventType; into.patient = d.patient; into.labelled = d.labelled;
  }
  into.score = Math.max(into.score, d.score);
  if (exchange) {
    // Fire answered: the attacker is actor1, the side that answered actor2, and the fire mutual.
    const { side, attacker } = exchange;
    into.actor1 = attacker;
    into.actor2 = side;
    const armed = side.inter !== null && ![5, 6, 7].includes(side.inter);
    if (armed && ANSWERED_BECOMES_CLASH.has(exchange.attack.subEventType)) {
      into.subEventType = 'Armed clash'; into.eventType = 'Battles'; into.direction = 'mutual';
    }
    into.responds = false;
  } else if (into.actor1 && into.actor2 && oneSide(into.actor1, into.actor2)) {
    // One party on both sides is a merge's slip ("Azerbaijani forces … Azerbaijani units", "KDF
    // soldiers … the soldiers"): the other draft's other party is the second side.
    into.actor2 = [d.actor1, d.actor2].find((a) => a && !oneSide(a, into.actor1!)) ?? into.actor2;
  }
}
