/** The words event assembly reads, from data/lexicon/event-words.json. */
import { anyWord, escapeRegex, loadData } from '../../util/data-file.ts';
import { PhraseMatcher } from '../../annotate/lexicon.ts';
import { isParticiple } from '../typing/words.ts';
import { OWN_POSSESSIVES } from '../actors.ts';

export const EVENT_WORDS = loadData('lexicon/event-words.json', (d) => ({
  /** Casualty words typed as events ("dead", "killed"): the actor before them is who suffered. */
  casualtyTriggers: d.wordSet('casualtyTriggers'),
  /** Verbs of finding the dead ("found the bodies of"): their subject found them, it did not kill. */
  findingVerbs: d.wordSet('findingVerbs'),
  /** Nouns of the dead ("bodies", "remains"): who found them did not kill; the day they were found is not the killing's. */
  bodyNouns: d.wordSet('bodyNouns'),
  /** The same nouns as a regex alternation, for the found-body phrase of event-dates.ts. */
  bodyNounPattern: d.words('bodyNouns').map(escapeRegex).join('|'),
  /** Words that tell who attacked whom (the rest of a battle reads as mutual). */
  attackWords: anyWord(d.words('attackWords'), 'i'),
  /** The same words at the start of a clause's verb ("opened fire on …", "stormed …"): an act of attack. */
  attackVerbStart: new RegExp(`^(?:${d.words('attackWords').map(escapeRegex).join('|')})\\b`, 'i'),
  /** Words of answering fire ("returned fire", "repelled"): their subject was the side fired on. */
  responseWords: anyWord(d.words('responseWords'), 'i'),
  /** A sentence that tells of mediation ("mediated by", "Russia … brokered"). */
  mediation: new RegExp(`\\b(?:${d.words('mediationStems').map(escapeRegex).join('|')})`, 'i'),
  mediatorLeads: d.wordSet('mediatorLeads'),
  mediatorAfter: d.wordSet('mediatorAfter'),
  mediatorAfterText: anyWord(d.words('mediatorAfter')),
  /** Verbs of accusing: their subject did not do what it accuses another of ("accused the militia of killing"). */
  accuseVerbs: d.wordSet('accuseVerbs'),
  /** "X claimed responsibility", "X claimed the attack", "took responsibility": verbs and objects of owning an attack. */
  responsibilityVerbs: new PhraseMatcher<true>().addAll(d.words('responsibilityVerbs'), true),
  responsibilityObjects: new PhraseMatcher<true>().addAll(d.words('responsibilityObjects'), true),
  /** A sentence with one of these claims another attack or moment ("Separately, …", "last week"). */
  otherAttackWords: d.wordSet('otherAttackWords'),
  /** Words that open a clause of time after a casualty word ("killed after soldiers opened fire"). */
  timeClauseLeads: d.wordSet('timeClauseLeads'),
  /** A date up to three words before one of these is another event's day ("the 26 October poll"). */
  otherEventAfter: new RegExp(`^\\s*(?:[\\w'-]+\\s+){0,3}?(?:${d.words('otherEventNouns').map(escapeRegex).join('|')})\\b`, 'i'),
  /** Words that cannot stand between such a date and its noun: they open another phrase ("5 June after the vote"). */
  notDateModifiers: d.wordSet('notDateModifiers'),
  /** …unless one of these stands right before the date ("during the 8 August election"). */
  sameDayBefore: new RegExp(`\\b(?:${d.words('sameDayLeads').map(escapeRegex).join('|')})\\s+$`, 'i'),
  /** Event nouns whose qualifying party did the act ("died in an al-Shabaab attack"). */
  attackNouns: new PhraseMatcher<true>().addAll(d.words('attackNouns'), true),
  /** Words before a target ("against Armenia", "on Armenian positions"). */
  targetLeads: d.wordSet('targetLeads'),
  /** Words right after a fight's word that name the other side ("clashed with smugglers"). */
  opponentLeads: d.wordSet('opponentLeads'),
  /** Participles before "by" whose agent only helped ("backed by US air strikes"). */
  backingVerbs: d.wordSet('backingVerbs'),
  /** Words that open an act's means ("using machine guns", "with mortars"). */
  meansLeads: d.wordSet('meansLeads'),
  /** Verbs whose subject met a mine or bomb ("the lead truck ran over a mine"): it suffered the blast. */
  deviceHitVerbs: new PhraseMatcher<true>().addAll(d.words('deviceHitVerbs'), true),
  /** Pronouns of two sides acting alike on each other, as "x y" ("each other"). */
  reciprocals: d.wordSet('reciprocals'),
  /** Words between "their" and a border noun ("their common border", "their disputed frontier"). */
  sharedBorderWords: d.wordSet('sharedBorderWords'),
  /** Nouns of a group's things: the group named right before one owns it, it did not act ('a militant hideout'). */
  ownedNouns: d.wordSet('ownedNouns'),
  /** Owned nouns that are verbs too ('target'): a thing only when no object follows. */
  ownedVerbNouns: d.wordSet('ownedVerbNouns'),
  /** Words of war in a sentence whose figures make an event of their own: a battle. */
  warWords: anyWord(d.words('warWords'), 'i'),
  /** Words before a country that put the event there ("in Syria", "against Armenia"). */
  placeLeads: d.wordSet('placeLeads'),
  /** Verbs of entering or striking: the country after them, past compass words, is where ("infiltrated southern Israel"). */
  entryVerbs: d.wordSet('entryVerbs'),
  /** "came under fire from X", "came under attack by X": verbs of suffering an attack, and the words before its doer. */
  underVerbs: d.wordSet('underVerbs'),
  /** "the Kyrgyz-Tajik border": nouns of a border between two states named before them. */
  borderNouns: d.wordSet('borderNouns'),
  /** Nouns after a border noun that make the whole a thing on one side of it ("border town", "border post"). */
  borderOwnedNouns: d.wordSet('borderOwnedNouns'),
  sourceOfFire: d.wordSet('sourceOfFire'),
  /** A party right after one of these is the object of a phrase, not a verb's subject. */
  prepositions: d.wordSet('prepositions'),
  /** How a source speaks of itself right after its speech verb: "said it", "said its troops", and the perfect's "had" before the verb. */
  selfPronouns: d.wordSet('selfPronouns'),
  /** "said its troops …": actors.json's possessives of one's own people. */
  selfPossessives: OWN_POSSESSIVES,
  perfectForms: d.wordSet('perfectForms'),
  /** Pronouns that stand for people already named as a verb's object ("killed four of them"). */
  objectPronouns: d.wordSet('objectPronouns'),
  /** A country after one of these and compass words is a place, no party ("in northern Burkina Faso"). */
  locatives: d.wordSet('locatives'),
  compass: d.wordSet('compass'),
  /** Words that may stand between a fight's word and its "between X and Y" ("erupted along the border between"). */
  betweenPath: d.wordSet('betweenPath'),
  /** Nouns of a fight whose "between X and Y" names a clash's sides wherever the clash's trigger is. */
  fightNouns: d.wordSet('fightNouns'),
  /** Verbs of a fight whose subject and the party after their "with" are a clash's sides ('M23 clashed with the army, leaving 20 dead'). */
  fightVerbs: d.words('fightVerbs').map((w) => w.split(' ')),
}));

/** Where a run of compass words and "the" ending right before token `i` begins, minus one: the word before "northern", "the". */
export function beforeCompass(tokens: readonly { lower: string }[], i: number): number {
  let k = i - 1;
  while (k >= 0 && EVENT_WORDS.compass.has(tokens[k]!.lower)) k--;
  return k;
}

/** A verb's form: a past tense or participle ("attacked", "shot", "struck") or a casualty word. */
export const isVerbForm = (lower: string) => isParticiple(lower) || EVENT_WORDS.casualtyTriggers.has(lower);
