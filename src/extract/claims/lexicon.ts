/**
 * The words the claim parsers and refiners read around a casualty word, from
 * data/lexicon/claim-words.json (the casualty words themselves are data/lexicon/casualty-words.json,
 * src/extract/words.ts).
 */
import { PhraseMatcher } from '../../annotate/lexicon.ts';
import { isAcronym, type Token } from '../../annotate/tokens.ts';
import type { Outcome, Party } from '../../record/schema.ts';
import { anyOf, escapeRegex, loadData, type DataReader } from '../../util/data-file.ts';

const OUTCOMES: readonly Outcome[] = ['killed', 'wounded', 'missing', 'captured', 'killed_or_missing', 'killed_or_wounded', 'displaced', 'arrested', 'abducted', 'affected'];
/** The classes of party words, in the order they are tried; 'people' ("people", "victims") is kind unknown. */
const PARTY_CLASSES = ['militia', 'military', 'rebel', 'police', 'group', 'civilians', 'people'] as const;
const kindOfClass = (c: (typeof PARTY_CLASSES)[number]): Party['kind'] => c === 'people' ? 'unknown' : c;

/** Which outcomes a denial's words deny: the first rule whose every list has a stem in the words. */
export interface DenialRule {
  allOf: string[][];
  outcomes: Outcome[];
}

function denialRules(d: DataReader): DenialRule[] {
  return d.objects('denialOutcomes').map((r, i) => {
    const allOf = r.raw('allOf');
    if (!Array.isArray(allOf) || !allOf.length || allOf.some((l) => !Array.isArray(l) || !l.length || l.some((w) => typeof w !== 'string' || !w))) {
      d.fail(`denialOutcomes[${i}].allOf`, 'must be a list of lists of stems');
    }
    const outcomes = r.words('outcomes');
    for (const o of outcomes) if (!OUTCOMES.includes(o as Outcome)) d.fail(`denialOutcomes[${i}].outcomes`, `names unknown outcome ${JSON.stringify(o)}`);
    return { allOf: allOf as string[][], outcomes: outcomes as Outcome[] };
  });
}

export const CLAIM_WORDS = loadData('lexicon/claim-words.json', (d) => {
  const party = d.object('partyWords');
  const fatalCounts = d.numbers('fatalCounts');
  return {
    /** A sentence without any of these stems reports no casualties: not read further. */
    sentenceGate: anyOf(d.words('sentenceGate')),
    aux: d.wordSet('auxiliaries'),
    be: d.wordSet('be'),
    /** Words after a number that make it something other than a head count ("six years", "three shots"). */
    units: d.wordSet('units'),
    pronounThings: d.wordSet('pronounThings'),
    groupAppositions: d.wordSet('groupAppositions'),
    livestock: d.wordSet('livestock'),
    calendar: d.wordSet('calendar'),
    /** A clause ends here: the count of a casualty word is not looked for beyond. */
    stops: d.wordSet('clauseStops'),
    /** Words that stand for the person before them and open a relative clause ("a man who was shot"). */
    relativePronouns: d.wordSet('relativePronouns'),
    /** A clause opens inside a noun phrase here ("the victim of what police called a robbery"): its words tell no party. */
    clauseOpeners: d.wordSet('clauseOpeners'),
    /** Adverbs that may open a verb after its subject ("later died", "has since died"). */
    predicateAdverbs: d.wordSet('predicateAdverbs'),
    /** Devices that hurt whoever hits or strikes them ("hit a landmine"): that verb's subject was hurt. */
    devicesMet: d.wordSet('devicesMet'),
    /** Auxiliaries of a finite verb: a main verb after a relative clause starts with one or is itself finite. */
    finiteAux: d.wordSet('finiteAux'),
    /** Capitalised words after these are a place, not a person's name ("in Nong Pet Village, a man died"). */
    placePrepositions: d.wordSet('placePrepositions'),
    /** "No casualties were reported": a report verb whose passive may name no one. */
    agentlessReports: d.wordSet('agentlessReports'),
    /** A person phrase after these is their object, not a subject in apposition ("According to the police chief, a teenager was shot"). */
    objectOfPreposition: d.wordSet('objectOfPreposition'),
    /** A plural verb after people joined by commas only makes them a list ("A teacher, a farmer, a trader were killed"). */
    pluralVerbs: d.wordSet('pluralVerbs'),
    /** A singular verb after people joined by commas only makes them one person ("Nazir, a commander, was killed"). */
    singularVerbs: d.wordSet('singularVerbs'),
    detSing: d.wordSet('singularDeterminers'),
    pronounSing: d.wordSet('singularPronouns'),
    regionLeads: d.wordSet('regionLeads'),
    singularInS: d.wordSet('singularInS'),
    objectLeads: d.wordSet('objectLeads'),
    /** "fled their trenches, leaving 80 men killed": a side that withdraws leaves its own dead. */
    retreatVerbs: d.wordSet('retreatVerbs'),
    leavingWords: d.wordSet('leavingWords'),
    /** "government soldiers", "regime troops": the forces of the state where the fighting is. */
    ownStateWords: d.wordSet('ownStateWords'),
    /** "fired on demonstrators", "opened fire at a crowd": the people shot at follow these. */
    fireVerbs: d.wordSet('fireVerbs'),
    fireTargetLeads: d.wordSet('fireTargetLeads'),
    /** "killing a total of 12 soldiers", "killed a further three": words between a casualty verb and its object's count. */
    objectLeadPhrases: new PhraseMatcher<true>().addAll(d.words('objectLeadPhrases'), true),
    /** "beat a man to death", "stabbed two traders to death": verbs whose object, before "to death", is killed. */
    toDeathVerbs: d.wordSet('toDeathVerbs'),
    bareAfterCount: d.wordSet('bareAfterCount'),
    personModifiers: d.wordSet('personModifiers'),
    afterAge: d.wordSet('afterAge'),
    objectPronouns: d.wordSet('objectPronouns'),
    bareObjectBreaks: d.wordSet('bareObjectBreaks'),
    tollFillers: d.wordSet('tollFillers'),
    /** "the toll was expected to reach 80", "could rise to 60": a toll foreseen, not yet counted. */
    tollProjection: d.wordSet('tollProjection'),
    /** "the figure could climb to 90": a toll told before, named again by a plain noun. */
    tollAnaphors: d.wordSet('tollAnaphors'),
    /** A perfect with no "been" is active ("had captured strong defences"): its subject acts. */
    perfectAux: d.wordSet('perfectAux'),
    /** The subject of "lost"/"suffered" that is the claimant itself ("Azerbaijan said it had lost 12 servicemen"). */
    selfPronouns: d.wordSet('selfPronouns'),
    /** The subject of a relative clause with its "that" left out, the count before it its object:
     *  "11 soldiers it said it had killed", "the 40 fighters they have captured"; with the report
     *  verbs that may stand between ("it said it", "they claimed they"). */
    contactPronouns: d.wordSet('contactPronouns'),
    contactReportVerbs: d.wordSet('contactReportVerbs'),
    /** "a family of five", "a group of 12": the number after "of" is the people. */
    groupOfNouns: d.wordSet('groupOfNouns'),
    /** A pronoun that takes up the people of a figure told just before ("…, where they died"). */
    laterPronouns: d.wordSet('laterPronouns'),
    /** "the toll rose from 85 to 120", "was revised from 12": a change of a toll, with the earlier figure after "from". */
    tollRise: new PhraseMatcher<true>().addAll(d.words('tollRiseVerbs'), true),
    disputeVerbs: d.wordSet('disputeVerbs'),
    disputedFigures: d.wordSet('disputedFigures'),
    earlierFillers: d.wordSet('earlierFigureFillers'),
    totalFillers: d.wordSet('totalFillers'),
    ofLeads: d.wordSet('ofLeads'),
    nominalLeads: d.wordSet('nominalLeads'),
    additive: d.wordSet('additive'),
    /** "one of the wounded later died": the hurt as a noun of people, whose dead are more dead. */
    hurtPeople: d.wordSet('hurtPeople'),
    /** "died of his wounds": a death of someone hurt before. */
    woundNouns: d.wordSet('woundNouns'),
    ordinalPeople: d.numbers('ordinalPeople'),
    /** "is the second teen to be killed": a verb of being before a ranked victim (refiners/background.ts). */
    rankVerbs: d.wordSet('rankVerbs'),
    ownMenWords: d.wordSet('ownMenWords'),
    /** "killed on its side", "on the Tajik side", "among their ranks": whose people, after the figure. */
    /** "between the ages of 19 and 58", "aged 44": ages, not head counts. */
    ageLeads: d.wordSet('ageLeads'),
    ageLinks: d.wordSet('ageLinks'),
    ageJoins: d.wordSet('ageJoins'),
    sideLeads: d.wordSet('sideLeads'),
    /** "on both sides": every side's people (refiners/party.ts). */
    allSides: d.wordSet('allSides'),
    /** "three coalition soldiers": the people of a coalition, not of the state where it fights (refiners/party.ts). */
    coalitionWords: d.wordSet('coalitionWords'),
    /** "in retaliation for a strike that killed …": an earlier event, the cause of the one told. */
    recalledCauseLeads: new PhraseMatcher<true>().addAll(d.words('recalledCauseLeads'), true),
    recalledCauseRelatives: d.wordSet('recalledCauseRelatives'),
    recalledSequenceLeads: new PhraseMatcher<true>().addAll(d.words('recalledSequenceLeads'), true),
    /** "a day after", "two weeks after": a unit of time before a sequence lead sets what follows apart in time. */
    intervalUnits: d.wordSet('intervalUnits'),
    sideNouns: d.wordSet('sideNouns'),
    ageUnits: d.wordSet('ageUnits'),
    reported: d.wordSet('reportedVerbs'),
    participles: d.wordSet('participles'),
    /** Words before "shot" that make it a gunshot, no casualty word ("without firing a shot"). */
    gunshotNounLeads: d.wordSet('gunshotNounLeads'),
    livesVerbLeads: d.wordSet('livesVerbLeads'),
    noObject: d.wordSet('noObject'),
    countNouns: d.wordSet('countNouns'),
    breakdownWords: d.wordSet('breakdownWords'),
    /** People outside a breakdown's whole ("… and 9 others injured"). */
    otherPeople: d.wordSet('otherPeople'),
    /** A person word before these names things: "three terrorist cells", "two rebel camps". */
    thingHeads: d.wordSet('thingHeads'),
    /** What opens a figure's breakdown: "including", "among them" (breakdownLeadEnd). */
    breakdownLeads: new PhraseMatcher<true>().addAll([...d.words('breakdownWords'), ...d.words('breakdownPhrases')], true),
    /** What adds people of another group after a casualty verb: "…were killed, as well as two civilians". */
    alsoLeads: new PhraseMatcher<true>().addAll(d.words('alsoLeads'), true),
    amongWhat: d.wordSet('amongWhat'),
    beForms: d.wordSet('beForms'),
    /** Words that introduce the cause of a demonstration ("protested after …", "in revenge for …"). */
    causeWords: d.wordSet('causeWords'),
    /** Words of a noun phrase that tell whose people it counts, by party kind, in the order they are tried. */
    partyWords: PARTY_CLASSES.map((c) => [kindOfClass(c), party.wordSet(c)] as [Party['kind'], Set<string>]),
    /** "Iraq lost 3,000 men", "the rebels had suffered 40 casualties": the subject's people. */
    sufferVerbs: d.wordSet('sufferVerbs'),
    /** "lost five of its soldiers": the count after it are the side's dead (parsers/losses.ts). */
    lostWords: d.wordSet('lostWords'),
    casualtyModifiers: d.wordSet('casualtyModifiers'),
    ratioWords: d.wordSet('ratioWords'),
    /** "exchanged 95 prisoners", "the release of 24 hostages": people let go, not taken (parsers/noun-counts.ts). */
    releaseWords: new PhraseMatcher<true>().addAll(d.words('releaseWords'), true),
    /** "No casualties were given": no figure was given (not a denial). */
    notGiven: d.wordSet('notGiven'),
    lossLeads: d.wordSet('lossLeads'),
    notPeople: d.wordSet('notPeople'),
    denialOutcomes: denialRules(d),
    /** "shot five, one fatally": the count, then "of them", then the word of death, at the start of the words after a figure. */
    fatal: new RegExp(`^(?:\\S+ ){0,2}?(${[...fatalCounts.keys()].map(escapeRegex).join('|')}) (?:${d.words('fatalOf').map((w) => escapeRegex(w) + ' ').join('|')})?(?:${d.words('fatalWords').map(escapeRegex).join('|')})`),
    fatalCounts,
  };
});

/** Where the words that open a breakdown at token k end ("including", "among them"), or -1. */
export function breakdownLeadEnd(tokens: Token[], k: number): number {
  return CLAIM_WORDS.breakdownLeads.matchAt(tokens, k)?.end ?? -1;
}

/** A past participle that can head a reduced passive ("killed", "shot", "slain"). */
export function isParticiple(lower: string): boolean {
  return /^\w+ed$/.test(lower) || CLAIM_WORDS.participles.has(lower);
}

/** An age word: "12-year-old" (singular), or with `plural`, also "12-year-olds". */
/** An auxiliary verb ("was", "had been"), not the acronym its letters may spell ("IS"). */
export function isAuxiliary(t: Token | undefined): boolean {
  return !!t && CLAIM_WORDS.aux.has(t.lower) && !isAcronym(t);
}

export function isAgeWord(lower: string, plural = false): boolean {
  return plural ? /^\d+-year-olds?$/.test(lower) : /^\d+-year-old$/.test(lower);
}
