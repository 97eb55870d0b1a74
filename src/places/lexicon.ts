/**
 * The word lists of the places stage (data/places/words.json), loaded once and checked, and the
 * sets and patterns made from them. The patterns' shapes (a list at the end of the preceding words,
 * at the start of the following ones) stay here; the words are data.
 */
import { readJson } from './files.ts';

const FILE = 'words.json';

const LISTS = [
  'locativeStrong', 'sponsorAfter', 'locativeWeak', 'anyPreposition', 'borderPrepositions', 'relative', 'relativeAfter', 'admin1Words', 'admin2Words', 'districtAfter',
  'areaWords', 'settlementAfter', 'settlementBefore', 'peopleAfter', 'peopleOfBefore', 'neighbourhoodAfter', 'speaks', 'speakingParticiples', 'requestBefore', 'agentParticiples', 'governmentNouns', 'capitalCues', 'streetAfter', 'roadBetween',
  'namedIssue', 'jurisdiction', 'officeAfter', 'border', 'takenTo', 'takenToPrepositions', 'journeyTo', 'journeyToPrepositions', 'originVerbs', 'streetNames', 'targetVerbs', 'actorsFrom', 'localActorsFrom', 'hedgesBeforeFrom', 'solidarity', 'grievanceLeads', 'incidentNouns', 'protestWords', 'grievanceVerbs', 'grievanceKillings', 'codedAs', 'codedLabels', 'compass', 'compassPartNouns', 'compassRegionAfter', 'compassCityAfter', 'particles', 'gluedArticles', 'titles',
  'misspellingCuesBefore', 'misspellingCuesAfter', 'chainDesignators', 'phraseLeadWords', 'phraseCuesBefore', 'distanceUnits', 'phraseCuesAfter',
  'sentenceQuantifiers', 'sentenceLeadWords', 'placeModifiers', 'heldBy', 'weaponNames', 'weaponNouns',
] as const;
type ListName = typeof LISTS[number];

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Alternation of the words, longest first (so that "front line" is tried before "front"). */
/** A compass word that is a direction (not "central", "rural", "upper", "lower"). */
const DIRECTION = /^(?:north|south|east|west)/;

function alt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function load(): Record<ListName, string[]> & { capitalCueMinistry: string } {
  const raw = readJson(FILE) as Record<string, unknown>;
  const out = {} as Record<ListName, string[]>;
  for (const name of LISTS) {
    const v = raw[name];
    if (!Array.isArray(v) || !v.length || v.some((w) => typeof w !== 'string' || !w.trim())) {
      throw new Error(`places: data/places/${FILE}: "${name}" must be a non-empty list of words`);
    }
    out[name] = v as string[];
  }
  if (typeof raw.capitalCueMinistry !== 'string') throw new Error(`places: data/places/${FILE}: "capitalCueMinistry" must be a phrase`);
  return { ...out, capitalCueMinistry: raw.capitalCueMinistry };
}

function build() {
  const w = load();
  // Between the actors and their "from": two words at most ("raiders armed with guns from"), or a
  // hedge on their origin, with its verb ("bandits suspected to be from X", "the militiamen were
  // believed to have come from X"): where they came from all the same.
  const hedged = `(?:(?: \\S+){0,2}|(?: (?:are|were|is|was))? (?:${alt(w.hedgesBeforeFrom)}))`;
  const set = (n: ListName) => new Set(w[n].map((x) => x.toLowerCase()));
  const adminAll = [...w.admin1Words, ...w.admin2Words, ...w.areaWords];
  return {
    locativeStrong: set('locativeStrong'),
    locativeWeak: set('locativeWeak'),
    particles: set('particles'),
    sentenceQuantifiers: set('sentenceQuantifiers'),
    /** A function word opening a sentence ('In Gao, …'): capitalised for its place only, no part of the name after it. */
    sentenceLead: set('sentenceLeadWords'),
    /** A weapon's name before a weapon noun ('Grad rockets'): no place. */
    weaponNames: set('weaponNames'),
    weaponNouns: set('weaponNouns'),
    /** The compass words as a set ("in southern Somalia": a word between a locative and its place). */
    compassWords: set('compass'),
    /** The compass words that are directions ("north", "south-western"), for a part of a region
     *  (src/places/compass.ts); "northeast" also stands for "north-east". */
    compassDirections: alt(w.compass.filter((c) => DIRECTION.test(c))).replace(/(north|south)-?(east|west)/g, '$1-?$2'),
    /** "the southern countryside of", "the north-western parts of": the nouns of a part of a region. */
    compassPartNouns: alt(w.compassPartNouns),
    /** "western Ituri province": what may follow a city's name for it to stand for its region. */
    compassRegionAfter: new RegExp(`^(?:${alt(w.compassRegionAfter)})\\b`),
    /** "the west of Kano city": a part of the city, not of its region. */
    compassCityAfter: new RegExp(`^(?:${alt(w.compassCityAfter)})\\b`),
    placeModifiers: set('placeModifiers'),
    heldBy: set('heldBy'),
    /** The kinds of place named before "of" ("the city of", "the province of"). */
    placeKindsOf: new Set([...w.settlementBefore, ...w.admin1Words, ...w.admin2Words]),
    titles: set('titles'),
    misspellingBefore: set('misspellingCuesBefore'),
    misspellingAfter: set('misspellingCuesAfter'),
    /** Any preposition among the words before a place. */
    anyPreposition: new RegExp(`\\b(?:${alt(w.anyPreposition)})\\b`),
    /** "on/along the ... border": a border after one of these (within three words). */
    borderPreposition: new RegExp(`\\b(?:${alt(w.borderPrepositions)})\\b`),
    /** "near X", "outside X", "10 km north of X", "in rural X": X's point, within ~25 km (where_prec 2). */
    relativeBefore: new RegExp(`\\b(?:${alt(w.relative)})\\b(?: \\w+){0,2}$`),
    /** "the Nihm front", "X countryside", "X area": around X. */
    relativeAfter: new RegExp(`^(?:${alt(w.relativeAfter)})\\b`),
    /** A designator after the name: "Narok County", "the Tartar region", "Nakhchivan enclave". */
    adminAfter: new RegExp(`^(?:${alt(adminAll)})\\b`),
    /** One-word unit designators ("Cercle", "Woreda", "Zone", "County", "Township"): capitalized after a name
     *  ("Douentza Cercle", "West Shewa Zone") they are the name's designator, not part of a longer
     *  name nor a place of their own (a town in Italy is called Zone). */
    designatorWords: new Set([...adminAll, ...w.districtAfter].filter((x) => !x.includes(' ')).map((x) => x.toLowerCase())),
    /** What each country calls its first-level units (data/places/admin1-kinds.json, from ISO
     *  3166-2): "Plateau state" is Nigeria's state, not Benin's department of that name. */
    admin1Kinds: admin1Kinds(),
    admin1After: new RegExp(`^(?:${alt(w.admin1Words)})\\b`),
    admin2After: new RegExp(`^(?:${alt(w.admin2Words)})\\b`),
    /** "X district" with X a town: the district named after it (where_prec 3). */
    districtAfter: new RegExp(`^(?:${alt(w.districtAfter)})\\b`),
    settlementAfter: new RegExp(`^(?:${alt(w.settlementAfter)})\\b`),
    settlementBefore: new RegExp(`\\b(?:${alt(w.settlementBefore)}) of$`),
    /** "near the village of Kok-Tash": a settlement named in running text, known to a table or not. */
    settlementNamed: new RegExp(`\\b(?:${alt(w.settlementBefore)}) of (?:the )?\\p{Lu}`, 'u'),
    /** "Mombasa residents", "Sosio villagers", "residents of Kibera": the people of the place did it, there. */
    peopleAfter: new RegExp(`^(?:${alt(w.peopleAfter)})\\b`),
    peopleOfBefore: new RegExp(`\\b(?:${alt(w.peopleOfBefore)})$`),
    neighbourhoodAfter: new RegExp(`^(?:${alt(w.neighbourhoodAfter)})\\b`),
    speaks: new RegExp(`^(?:${alt(w.speaks)})\\b`),
    speakingParticiples: new RegExp(`^(?:${alt(w.speakingParticiples)})\\b`),
    /** A preposition as the last word before a place ("teachers rallied in Tegucigalpa accusing …"). */
    prepositionRightBefore: new RegExp(`\\b(?:${alt([...new Set([...w.anyPreposition, ...w.locativeStrong, ...w.locativeWeak])].filter((x) => x !== 'and'))})$`),
    requestBefore: new RegExp(`\\b(?:${alt(w.requestBefore)})$`),
    /** "a truce brokered by Moscow", "talks hosted by Doha", "fighters backed by Tehran": the agent of
     *  a passive, after a past participle and "by". */
    agentBefore: new RegExp(`\\b(?:\\p{L}{2,}(?:ed|en)|${alt(w.agentParticiples)}) by$`, 'u'),
    /** "Moscow's defence ministry", "Khartoum's foreign ministry": after a possessive, a state's voice (one modifier allowed). */
    governmentAfter: new RegExp(`^(?:\\S+ )?(?:${alt(w.governmentNouns)})\\b`),
    capitalCue: new RegExp(`\\b(?:${alt(w.capitalCues)}|${escape(w.capitalCueMinistry)} [A-Z][a-z]+)\\b`),
    streetAfter: new RegExp(`^(?:${alt(w.streetAfter)})\\b`),
    /** "raiders from", "a group of men from" (and a list's later item, "herders from X and"): the
     *  actors' home, before the place they came from. */
    actorsFrom: new RegExp(`\\b(?:${alt(w.actorsFrom)})${hedged} from(?:(?: \\S+){1,3} (?:and|or))?$`),
    /** "a group of citizens from", "youths from": people who may act at home; a weaker sign. */
    localActorsFrom: new RegExp(`\\b(?:${alt(w.localActorsFrom)})${hedged} from(?:(?: \\S+){1,3} (?:and|or))?$`),
    /** "raided Torit", "shelled Kaabong": a verb of attack whose object is the place struck. */
    targetVerbs: new Set(w.targetVerbs),
    /** The words of streets proper (not schools): "Lusaka Street", "Dodoma Road". */
    streetName: new RegExp(`^(?:${alt(w.streetNames)})\\b`),
    /** "the Arusha-Moshi road": a road named by the towns at its ends. */
    roadBetween: new RegExp(`^(?:${alt(w.roadBetween)})\\b`),
    namedIssue: new RegExp(`^(?:${alt(w.namedIssue)})\\b`),
    jurisdiction: new RegExp(`\\b(?:${alt(w.jurisdiction)}) (?:of|for)(?: the)?$`),
    /** "Wajir Senator Amina Dube", "the Gilgil MP": an office after a place's name, whose holder the
     *  name qualifies (not where the event happened). */
    officeAfter: new RegExp(`^(?:${alt(w.officeAfter)})\\b`),
    border: new RegExp(`\\b(?:${alt(w.border)})\\b`, 'i'),
    takenTo: new RegExp(`\\b(?:${alt(w.takenTo)}) (?:${alt(w.takenToPrepositions)})$`),
    /** "a lorry carrying charcoal to", "a convoy bound for", "travelling from": where a journey or a
     *  cargo was heading or came from (up to three words between the verb and its preposition). */
    journeyTo: new RegExp(`\\b(?:${alt(w.journeyTo)})(?: \\S+){0,3} (?:${alt(w.journeyToPrepositions)})$`),
    /** "fighters who slipped across from", "a drone launched from", "rockets fired from": where
     *  fighters or their fire came from across a line or border, not where they struck (up to two
     *  words between the verb and "from"). */
    origin: new RegExp(`\\b(?:${alt(w.originVerbs)})(?: \\S+){0,2} from$`),
    /** "in solidarity with the strikers in": the place of another event, which the protest supports. */
    solidarity: new RegExp(`\\b(?:${alt(w.solidarity)})\\b`),
    /** "against the", "condemning the recent deadly attack on": a protest's grievance, before a place. */
    grievanceBefore: new RegExp(`\\b(?:${alt(w.grievanceLeads)}) the(?: \\S+){0,3} (?:${alt(w.incidentNouns)}) (?:on|in|at)$`),
    /** "Protesters in Karachi condemned the killing of a journalist in": a protest's grievance told
     *  after the protest and its place, in the same sentence, with its victim between the incident
     *  and the place (too far back for the six words of `before`; src/places/context.ts). Two
     *  patterns, a protest word anywhere and the grievance at the end, so that each stays linear. */
    grievanceProtest: new RegExp(`\\b(?:${alt(w.protestWords)})\\b`, 'i'),
    grievanceInSentence: new RegExp(`\\b(?:${alt(w.grievanceVerbs)}) the(?: \\S+){0,2} (?:${alt(w.grievanceKillings)})(?: of(?: \\S+){1,4})? (?:on|in|at)(?: the)? ?$`, 'i'),
    /** "protesters in", "demonstrators at": a crowd's place right before a name, which a speech verb
     *  after the name ("Protesters in Karachi condemned") does not make a government's. */
    protestersIn: new RegExp(`\\b(?:${alt(w.protestWords)}) (?:in|at)$`),
    /** "against the" right before a place that an incident noun follows ("against the Bunia bombing"). */
    grievanceLead: new RegExp(`\\b(?:${alt(w.grievanceLeads)}) the$`),
    incidentAfter: new RegExp(`^(?:${alt(w.incidentNouns)})\\b`),
    /** "-led coalition", "-backed factions" right after a country's name. */
    sponsorAfter: new RegExp(`^[-‐–](?:${alt(w.sponsorAfter)})\\b`, 'i'),
    codedAs: new RegExp(`\\b(?:${alt(w.codedAs)})$`),
    /** "LOCATION: Wase in Plateau State": a note's field that gives the event's place, right
     *  before the name (the colon required: "the location of X" is no label). */
    codedLabel: new RegExp(`\\b(?:${alt(w.codedLabels)})\\s*:[^.;:\\n]*$`, 'i'),
    compass: alt(w.compass),
    /** A particle glued to a capitalized word ("al-Numan", "el'Fasher"): the run counts as capitalized. */
    gluedArticle: new RegExp(`^(?:${alt(w.gluedArticles)})[-'’]\\p{Lu}`, 'u'),
    clues: clues(),
    /** Words between a place and one that holds it: ", ", " (", " in ", " in northern ", " district of ",
     *  " village, ", " subdivision (", " township (" ; never a closing parenthesis or "and" (a list goes on). */
    chainGap: new RegExp(`^\\s*(?:['’]s\\s+)?(?:(?:${alt([...new Set([...adminAll, ...w.districtAfter])])}|${alt(w.chainDesignators)})\\s*)?(?:,|\\(|\\bof\\b|\\bin\\b)\\s*(?:the\\s+)?(?:(?:${alt(w.compass)})\\s+(?:of\\s+)?)?(?:(?:${alt(w.chainDesignators)})\\s+of\\s+)?$`, 'i'),
    /** "Tal Abyad near the Turkish border", "Dhobley, near the Kenyan border": the gap between a
     *  place and a border that only says where the place lies. */
    borderAfterPlace: new RegExp(`^\\s*(?:,\\s*)?(?:${alt([...new Set([...w.locativeStrong, ...w.borderPrepositions])])})\\s+(?:the\\s+)?$`, 'i'),
    /** Between a place and another that only says where the first lies: ", a town east of ", ", a
     *  village 20 km from ", ", the district near ": the second is a reference point, not the place. */
    referenceAppositive: new RegExp(`^\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(w.settlementBefore)}|${alt(w.admin2Words)})\\s+(?:(?:some\\s+|about\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:${alt(w.distanceUnits)})\\s+)?(?:(?:${alt(w.compass)})\\s+)?(?:of|from|near|outside)\\s+(?:the\\s+)?(?:(?:${alt(w.compass)})\\s+)?$`, 'iu'),
    /** "Tarmiyah, 50 km north of Baghdad", "Qubba, 30 km east of Benghazi": a distance from a
     *  landmark set off by a comma, without "a town" before it: the landmark only says where. */
    referenceDistance: new RegExp(`^\\s*,\\s+(?:some\\s+|about\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:${alt(w.distanceUnits)})\\s+(?:(?:${alt(w.compass)})\\s+)?(?:of|from|outside(?:\\s+of)?|away\\s+from)\\s+(?:the\\s+)?(?:(?:${alt(w.compass)})\\s+)?$`, 'iu'),
    /** The same said by a direction alone, right after the place: " district west of ", " 20 km north
     *  of ", " village to the south of ": the second names where the first lies, it is not the place. */
    referenceDirection: new RegExp(`^\\s+(?:(?:${alt(w.settlementBefore)}|${alt(w.admin2Words)}|${alt(w.chainDesignators)})\\s+)?(?:(?:some\\s+|about\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:${alt(w.distanceUnits)})\\s+)?(?:to\\s+the\\s+)?(?:${alt(w.compass.filter((c) => DIRECTION.test(c)))})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    /** The words a cue before a place is made of ("on the outskirts of", "10 km north of"): the
     *  location's phrase takes the run of them before the name (src/places/phrase.ts). */
    phraseWords: new Set([...w.phraseLeadWords, ...w.compass, ...w.distanceUnits, ...w.phraseCuesBefore.flatMap((c) => c.split(' '))].map((x) => x.toLowerCase())),
    /** Words of a cue that make no cue alone ("in X", "of X"). */
    phraseLead: set('phraseLeadWords'),
    /** A designator after the place that the phrase quotes ("district", "front", "countryside"). */
    phraseAfter: new RegExp(`^\\s+(?:${alt(adminAll)}|${alt(w.phraseCuesAfter)})\\b`, 'i'),
  };
}

function admin1Kinds(): Map<string, Set<string>> {
  const raw = readJson('admin1-kinds.json').kinds as Record<string, unknown>;
  const out = new Map<string, Set<string>>();
  for (const [cc, ks] of Object.entries(raw)) {
    if (!/^[A-Z]{2}$/.test(cc) || !Array.isArray(ks) || ks.some((k) => typeof k !== 'string' || !/^[a-z-]+$/.test(k))) {
      throw new Error(`places: data/places/admin1-kinds.json: "${cc}" must be an ISO 3166-1 alpha-2 code with a list of lower-case words`);
    }
    out.set(cc, new Set(ks as string[]));
  }
  return out;
}

/** Armed groups, forces and peoples whose name says the country (data/places/country-clues.json), by the
 *  first word of the name: a text is scanned word by word with one Map lookup each (a regex of ~230
 *  alternatives tried at every position cost more than the rest of the country context). */
function clues(): { byFirstWord: Map<string, string[]>; countries: Map<string, string[]>; operatesIn: Map<string, string[]>; firstPairs: Uint8Array; designators: RegExp | null; designatorCountries: Map<string, string[]> } {
  const file = readJson('country-clues.json');
  // The other countries where a group of one home country fights ("JNIM": Burkina Faso, Niger, …).
  const operatesIn = new Map<string, string[]>();
  for (const [n, ccs] of Object.entries((file.operatesIn ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(ccs) || !ccs.length || ccs.some((cc) => typeof cc !== 'string' || !/^[A-Z]{2}$/.test(cc))) {
      throw new Error(`places: data/places/country-clues.json: operatesIn "${n}" must list ISO 3166-1 alpha-2 codes`);
    }
    operatesIn.set(n, ccs as string[]);
  }
  // Words for local units of one or two countries ("woreda", "cercle", "LGA"), in any case.
  const designatorCountries = new Map<string, string[]>();
  for (const [w, ccs] of Object.entries((file.designators ?? {}) as Record<string, unknown>)) {
    if (!/^[a-z][a-z-]*$/.test(w) || !Array.isArray(ccs) || !ccs.length || ccs.some((cc) => typeof cc !== 'string' || !/^[A-Z]{2}$/.test(cc))) {
      throw new Error(`places: data/places/country-clues.json: designator "${w}" must be a lower-case word with a list of ISO 3166-1 alpha-2 codes`);
    }
    designatorCountries.set(w, ccs as string[]);
  }
  const designators = designatorCountries.size ? new RegExp(`\\b(?:${[...designatorCountries.keys()].join('|')})\\b`, 'gi') : null;
  const raw = file.clues as Record<string, unknown>;
  const countries = new Map<string, string[]>();
  const byFirstWord = new Map<string, string[]>();
  // Groups are listed by country; peoples ("Dogon", "Oromo", "Pokot") by name, as most live in several.
  const pairs: [string, string][] = [];
  for (const [cc, names] of Object.entries(raw)) {
    if (!/^[A-Z]{2}$/.test(cc) || !Array.isArray(names) || names.some((n) => typeof n !== 'string' || !/^[A-Za-z0-9]/.test(n))) {
      throw new Error(`places: data/places/country-clues.json: "${cc}" must be an ISO 3166-1 alpha-2 code with a list of names that begin with a letter or digit`);
    }
    for (const n of names as string[]) pairs.push([n, cc]);
  }
  for (const [n, ccs] of Object.entries((file.peoples ?? {}) as Record<string, unknown>)) {
    if (!/^[A-Za-z0-9]/.test(n) || !Array.isArray(ccs) || !ccs.length || ccs.some((cc) => typeof cc !== 'string' || !/^[A-Z]{2}$/.test(cc))) {
      throw new Error(`places: data/places/country-clues.json: people "${n}" must begin with a letter or digit and list ISO 3166-1 alpha-2 codes`);
    }
    for (const cc of ccs as string[]) pairs.push([n, cc]);
  }
  for (const [n, cc] of pairs) {
    countries.set(n, [...(countries.get(n) ?? []), cc]);
    const first = /^[A-Za-z0-9]+/.exec(n)![0];
    const a = byFirstWord.get(first) ?? [];
    if (!a.includes(n)) a.push(n);
    byFirstWord.set(first, a.sort((x, y) => y.length - x.length));
  }
  // The first two characters of every first word (a word of one character: that character and 0),
  // so that a scan of the text slices and looks up only the words that can begin a name.
  const firstPairs = new Uint8Array(128 * 128);
  for (const first of byFirstWord.keys()) firstPairs[first.charCodeAt(0) * 128 + (first.length > 1 ? first.charCodeAt(1) : 0)] = 1;
  for (const n of operatesIn.keys()) if (!countries.has(n)) throw new Error(`places: data/places/country-clues.json: operatesIn "${n}" is no clue of a home country`);
  return { byFirstWord, countries, operatesIn, firstPairs, designators, designatorCountries };
}

export type PlacesLexicon = ReturnType<typeof build>;
let cached: PlacesLexicon | null = null;

/** The lists and patterns, built on first use. */
export function lexicon(): PlacesLexicon {
  return cached ??= build();
}
