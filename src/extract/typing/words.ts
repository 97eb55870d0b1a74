/** The words the typing rules read around a trigger (data/lexicon/typing-words.json). */
import { loadData } from '../../util/data-file.ts';

export const TYPING_WORDS = loadData('lexicon/typing-words.json', (d) => ({
  /** Counts before an actor ("two people killed"): numbers in digits and these words. */
  countWords: d.wordSet('countWords'),
  /** Words that start the object of a verb ("killed a driver", "shot two herders"), besides digits. */
  objectStarts: d.wordSet('objectStarts'),
  /** Words that lead a quantity ("at least 19 people", "more than 40 civilians", "about 30"). */
  quantityLeads: d.wordSet('quantityLeads'),
  /** Endings of past participles that can head a reduced passive ("killed", "shot dead", "taken"). */
  participleEndings: d.words('participleEndings'),
  /** Words that cannot start the object of a verb: after "killed", they mean it had none. */
  noObject: d.wordSet('noObject'),
  /** Prepositions after a seized thing: a place named past one says where, it was not seized ('seized rifles in the town'). */
  /** A depiction as a trigger's object ("released a video of …"): no event of that trigger. */
  depictions: d.wordSet('depictions'),
  depictionFollows: d.wordSet('depictionFollows'),
  objectPrepositions: d.wordSet('objectPrepositions'),
  /** Words that go on no noun: after a capitalised name they end it ("seized Sake [late] on Tuesday"). */
  nameEnds: d.wordSet('nameEnds'),
  /** Capitalised words that name no place ("seized [Monday]"): days and months. */
  notNames: d.wordSet('notNames'),
  placeLeads: d.wordSet('placeLeads'),
  verbObjects: d.wordSet('verbObjects'),
  /** Words before a nominal use of an act ("the burning of", "their looting"). */
  nominalBefore: d.wordSet('nominalBefore'),
  relative: d.wordSet('relative'),
  /** Lower-case words inside a group's proper name ("Group for Support of Islam and Muslims"). */
  nameLinks: d.wordSet('nameLinks'),
  /** Words that open a participle clause sharing the main clause's subject ("after killing their guard"). */
  subordinators: d.wordSet('subordinators'),
  /** Verbs whose subject suffers the injury noun after them ("residents sustained injuries"). */
  sufferVerbs: d.wordSet('sufferVerbs'),
  /** Verbs of speech that open a reported clause without "that" ("police said FARC dissidents killed five"). */
  speechVerbs: d.wordSet('speechVerbs'),
  /** The same verbs as participles, which hang a source on a clause ("…, with medics saying …"). */
  speechParticiples: d.wordSet('speechParticiples'),
  /** Words before a noun ("the second attack on a school", "a raid by police"), which has no agent before it. */
  nounDeterminers: d.wordSet('nounDeterminers'),
  /** Pronouns that open a relative clause about the noun before them ("a nurse, who was found dead"). */
  relativeClause: d.wordSet('relativeClause'),
  auxiliaries: d.wordSet('auxiliaries'),
  /** Participles before "by" that tell whose a thing is, not who acted ("territory held by rebels"). */
  holdingParticiples: d.wordSet('holdingParticiples'),
  /** Words after which a participle before its noun is an adjective, besides determiners, prepositions and counts ("found [abandoned] villages", "through [abandoned] farms"). */
  attributiveLeads: d.wordSet('attributiveLeads'),
  /** Two words after an event that name its doer as "by" does ("killings attributed to the sect", "a blast blamed on rebels"). */
  agentLinks: d.wordSet('agentLinks'),
  /** Participles with no passive ("died"): "hit by a gendarme and died" tells the victim's death. */
  intransitiveParticiples: d.wordSet('intransitiveParticiples'),
  /** Modal and perfect auxiliaries: after a noun trigger they make it a subject, with no object ("the shooting should …"). */
  modals: d.wordSet('modals'),
  coordinators: d.wordSet('coordinators'),
  /** Adverbs that may stand between a coordinator and its verb ("and then killed", "and later burned"). */
  coordinatedAdverbs: d.wordSet('coordinatedAdverbs'),
  /** Words that may stand between the victims of one list ("two soldiers and at least three civilians"). */
  listWords: d.wordSet('listWords'),
  /** Prepositions that open a noun trigger's object ("an attack on police"). */
  objectLeads: d.wordSet('objectLeads'),
  /** Words that join a list only as a part of a whole ("three of them"): 'partOf' before a 'partWhole'. */
  partOf: d.wordSet('partOf'),
  partWhole: d.wordSet('partWhole'),
  /** Words that name a part of the victims told before ("five people including a police officer", "among them"). */
  subsetLeads: d.wordSet('subsetLeads'),
  /** Words of a protest cue that tell a strike or a boycott, no demonstration in the street. */
  notDemonstration: d.wordSet('notDemonstration'),
  /** Subjects that take up the crowd of the sentence before ("They beat ...", "Some of them ..."). */
  groupPronouns: d.wordSet('groupPronouns'),
  /** Objects that take up the victims of the clause before ("killed two herders, accusing them of spying"). */
  victimPronouns: d.wordSet('victimPronouns'),
  /** Verbs of fighting each other, which have no passive: their subject fought ("two families clashed"). */
  mutualVerbs: d.wordSet('mutualVerbs'),
  /** Words that make a clash one of words ("clashed verbally", "publicly clashed"). */
  wordsOnly: d.wordSet('wordsOnly'),
  /** The word after a clash that opens its matter ("clashed over"), and the matters of policy that make it a dispute ("the budget"). */
  disputeLeads: d.wordSet('disputeLeads'),
  disputeTopics: d.wordSet('disputeTopics'),
  /** Cue tags of harm or arms, and actor classes of armed parties or crowds: either in a dispute's sentence makes it a real clash. */
  disputeHarm: d.words('disputeHarm'),
  disputeParties: d.wordSet('disputeParties'),
  /** Vague words of arms ("heavy weapons") that, after "with" in a ground assault's clause, are its arms, no artillery. */
  vagueArms: d.wordSet('vagueArms'),
  meansLeads: d.wordSet('meansLeads'),
  assaultTags: d.words('assaultTags'),
}));

const W = TYPING_WORDS;

/** A count: digits ("12", "6,500") or a count word. */
export const isCount = (lower: string) => /^\d[\d,.]*$/.test(lower) || W.countWords.has(lower);
/** A word that starts an object: digits or an object word. */
export const startsObject = (lower: string) => /^\d+$/.test(lower) || W.objectStarts.has(lower);
/** A past participle ("killed", "shot", "taken"). */
export const isParticiple = (lower: string) => W.participleEndings.some((e) => lower.endsWith(e));
