/**
 * An article's place mentions with what surrounds them, found once and shared by its events: their
 * readings; the places said to hold them ("X, Y", "X (Y, Z)", "X in Y", "X district of Y", "Peshawar,
 * KPK"); the admin units and countries named in the same sentence; the countries the article is
 * about (named countries, names of one country, demonyms) and, per event, its own (extracted
 * country, actors' countries).
 */
import type { Doc } from '../annotate/doc.ts';
import { ACTORS } from '../extract/actors.ts';
import { isAgencyName } from '../extract/sources.ts';
import type { Event } from '../record/schema.ts';
import { placesData, shapes, unitById, type Country, type PlacesData } from './data.ts';
import { lexicon } from './lexicon.ts';
import { findMentions, type Mention } from './mentions.ts';
import { iotationCountry } from './fuzzy.ts';
import { placeKey } from './normalize.ts';
import { agreement, canHold, capitalOf, holds, km, optionsFor, spelling, type Option } from './readings.ts';
import { boundedMemo } from '../util/bounded-memo.ts';
import { PLACE_WORDS, type PlaceWords } from './words.ts';
import { mapPacked } from '../util/packed.ts';
import type { MentionFacts } from './locate.ts';
import type { ScoreFacts } from './score.ts';

/** One place mention of an article with its readings, and the parts of its scores that every event
 *  of the article shares (filled in by the first event that scores them). */
export interface ArticleMention {
  m: Mention; opts: Option[]; agree: Map<string, number>;
  /** Places the text says hold this one ("X, Y (Z)"), nearest first. */
  chain: ArticleMention[];
  /** Readings of the other mentions of the same sentence that can hold a place. */
  sentence: Option[];
  /** Named to say where another place is ("Idlib" in "Maarat al-Numan in Idlib province"). */
  holder?: boolean;
  /** An item of a list of places, with more after it ("Wichita" in "Tulsa, Wichita and Omaha"): a
   *  peer of the name before it, not its surroundings. */
  listItem?: boolean;
  /** Its first holder comes after a name no table knows ("Wendou (Tinkari, Soum)"): the holder
   *  says which country, but is no check of the region that our codes give (the unknown name may be
   *  the unit that lies across the line). */
  pastUnknown?: boolean;
  /** Countries of the region or country said to hold it ("in central Mali"): readings elsewhere are namesakes abroad. */
  container: Set<string> | null;
  /** The one country of all its readings (a place of one country), else null; not for a country's
   *  name, a border, a metonym or a fragment (locate.ts loneAbroad: the story's other places). */
  oneCountry: string | null;
  /** The countries of a border named right after it to say where it lies ("Banki, near the
   *  Cameroonian border"): its readings far from them are namesakes elsewhere. */
  besideBorder: Country[] | undefined;
  /** The readings that can hold another place, by its designator (score.ts), once computed. */
  holderOpts?: Option[];
  /** readingTerms of opts[i], once scored. */
  terms: (number[] | undefined)[];
  /** mentionTerms for the best reading, by reading. */
  bestTerms: Map<Option, number[]> | null;
  /** What locate.ts reads of it that no event changes, once read. */
  facts: MentionFacts | undefined;
  /** What score.ts readingTerms reads of it for each reading, once read. */
  scoreFacts: ScoreFacts | undefined;
}

export interface LocateContext {
  /** The words of the article, from its Doc's tokens. */
  words: PlaceWords;
  mentions: ArticleMention[];
  countries: Map<string, number>;
  /** The countries that the text's words other than place names give (groups, peoples, designators,
   *  demonyms): a part of `countries`. */
  clueCountries: Map<string, number>;
  /** The part of clueCountries given by demonyms ("Kenyan police", "Ukrainian officials"). */
  demonymCountries: Map<string, number>;
  /** The text names a group that also fights outside its home country (country-clues.json operatesIn). */
  roaming: boolean;
  /** Admin readings named anywhere in the article, with the mention that named them. */
  regions: { m: Mention; o: Option }[];
  /** Counts of mentions that locate.ts makes for every event, made by its first. */
  placeMentions: KeyCounts | undefined;
  oneCountryPlaces: Map<string, KeyCounts> | undefined;
}

/** Mentions counted by key, and in all. */
export interface KeyCounts { total: number; byKey: Map<string, number> }

const MAX_MENTIONS = 5000;
/** A town written in lower case outside the story's countries is read only when it is a city this big
 *  (people): a small town abroad of that name is more likely a word of the text. */
const LOWER_CASE_CITY = 100_000;
const CHAIN_MAX = 3;
/** The other mentions of a sentence whose units may hold a place: up to 6 on each side, within 300
 *  characters. */
const SENTENCE_NEIGHBOURS = 6;
const SENTENCE_REACH = 300;
const SENTENCE_MAX_MENTIONS = 1000;

/** The readings of a mention and their agreement, for one memo key (see articleMentions). */
interface Reading { opts: Option[]; agree: Map<string, number> }
const readingMemo = new Map<string, Reading>();
/** Bounded like the other hot-path memos: hostile input can name any number of places. */
const READING_MEMO_CAP = 20_000;

/** Readings depend on the mention's key, kind, following admin word and text only (the memo key),
 *  and are never changed once made, so one array serves every article that names the place. */
function readingsOf(k: string, m: Mention): Reading {
  let r = readingMemo.get(k);
  if (!r) {
    const opts = optionsFor(m);
    r = { opts, agree: agreement(opts) };
    if (readingMemo.size >= READING_MEMO_CAP) readingMemo.clear();
    readingMemo.set(k, r);
  }
  return r;
}

const SENTENCE_END = /[.!?]\s|\n/;
/** "the LoC", "the MoD", "a MoU": a short acronym in mixed case names an institution or a line, not
 *  a town that the same letters spell ("Looc"). */
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u;
/** A word of three or four capitals and nothing else ("FAMA", "APC"): longer ones are names written
 *  in capitals ("HARRIS COUNTY" in a transcript), shorter ones mostly units or countries. */
const ALL_CAPS = /^\p{Lu}{3,4}$/u;
/** The end of "(Tinkari, " or "(": a unit written where a coder writes the place's holders. */
const AFTER_NAME = /\(\s*(?:\p{Lu}[\p{L}\p{M}'’-]*\s*,\s*)?$/u;
/** The parenthesis of holders up to a name in it: "Wendou (", "Wendou (Tinkari, " (its first item
 *  bounded, so that the test stays linear on any input). */
const HOLDER_PAREN = /\(\s*(?:[^(),]{1,60},\s*)?$/;
/** "in Lokitelaebu area of ", "at Tiwiri, ", "near Sehomi village (": a locative, then one to three
 *  capitalized words (no mention: the text before starts after the previous one), then a holder's link. */
const UNKNOWN_HELD = /\b(?:in|at|near)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s*(?:,\s*|\(\s*|\s+(?:area|village|location|ward|estate)\s*(?:,\s*|\s+(?:of|in)\s+))$/u;
/** "in the village of Tungar Kaya in ", "near the town of X, ": the settlement's own words say that an
 *  unknown name is a place, and the holder after it says where. */
const UNKNOWN_HELD_OF = /\b(?:in|at|near)\s+the\s+(?:village|town|hamlet|settlement|locality)\s+of\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s*(?:,\s*|\(\s*|\s+(?:of|in)\s+)$/u;
/** Between a place and its second holder when the first is a name no table knows: " (Tinkari, ",
 *  also after the place's designator: " woreda (Borena, ", " village (Tinkari, "; the unknown holders
 *  may carry their own designators, two at most: " (Tabayin township, Shwebo district, ". */
const UNKNOWN_HOLDER = /^\s*(?:\p{Ll}[\p{Ll}-]*\s+)?\(\s*(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?:\s+\p{Ll}+)?\s*,\s*){1,2}$/u;
/** A coder's parenthesis of the point used, right after a place: " (coded as Kyaung Kone) ",
 *  " village (location coded as X at geoprecision 2) "; the holders' parenthesis must follow, maybe
 *  after the unknown unit that holds the place (" of Wetlet township "). */
const CODED_PAREN = /^[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*\((?:location\s+)?coded\s+as\b[^()]{1,80}\)\s*(?:of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+\p{Ll}+\s*)?(?=\()/u;
/** The start of such a parenthesis, before the coded name itself, and the rest of it after the name. */
const CODED_OPEN = /\((?:location\s+)?coded\s+as\s+$/;
const CODED_TAIL = /^[^()]{0,60}\)\s*(?:of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+\p{Ll}+\s*)?(?=\()/u;
/** A name alone in parentheses right after a capitalized word: "Zap (Amadiya)", "Dersim (Tunceli)". */
const GLOSS_BEFORE = /(?:^|[^\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*\s*[([]\s*$/u;
const GLOSS_AFTER = /^\s*[)\]]/;

/** A designator and the word after it, with nothing but a space between ("County residents"). */
const UNIT_PEOPLE = /^ ([\p{L}-]+) (\p{Ll}+)/u;

/** From the end of a place to an abbreviation inside the parenthesis of its holders: " town (SW, ";
 *  or after the place's designator and a comma: " district, " ("Haveli district, AJK"). */
const HOLDERS_AFTER_PLACE = /^(?: [a-z]+)?\s*(?:\(\s*(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s*,\s*)?|,\s*)$/u;

export function articleMentions(doc: Doc): LocateContext {
  // Readings are the same for every mention of a name: computed once per name and article. Hostile
  // or huge input is bounded: past MAX_MENTIONS place mentions, the rest of the text is not read.
  const text = doc.text;
  const lex = lexicon();
  const memo = new Map<string, Reading>();
  const all = mapPacked(findMentions(doc).slice(0, MAX_MENTIONS), (m) => {
    m.sponsor = lex.sponsorAfter.test(text.slice(m.end, m.end + 14));
    const k = `${m.key}\u0000${m.border ? (m.after === 'with' ? 'bw' : 'b') : m.phrase ? 'p' : m.abbrev ? 'x' : ''}\u0000${lex.adminAfter.test(m.after) ? 'a' : ''}\u0000${m.text}`;
    let r = memo.get(k);
    if (!r) { r = readingsOf(k, m); memo.set(k, r); }
    return { m, opts: r.opts, agree: r.agree };
  });
  // A name matched by a vowel's difference is a town of the story's countries, or nothing: the
  // countries that the clues give, or else those where most of the other names have a reading.
  if (all.some((x) => x.m.variant)) {
    const others = all.filter((x) => !x.m.variant && !x.m.lowerCase && !x.m.abbrev && x.opts.length);
    const story = textCountries(text, others);
    const names = new Map<string, number>();
    for (const x of others) for (const cc of new Set(x.opts.map((o) => o.cc))) if (cc) names.set(cc, (names.get(cc) ?? 0) + 1);
    const most = Math.max(0, ...names.values());
    const keep = (cc: string | null) => !!cc && ((story.get(cc) ?? 0) > 0 || (most > 0 && names.get(cc) === most));
    // A Cyrillic romanisation's spelling: a town of those countries when the story is in one of them
    // (the clues of a war between two of them name the attacker's as often as the attacked's).
    const cyrillicStory = [...story].some(([cc, w]) => w > 0 && iotationCountry(cc)) || [...names.keys()].some((cc) => names.get(cc) === most && iotationCountry(cc));
    for (const x of all) if (x.m.variant) x.opts = x.opts.filter((o) => x.m.iotated ? iotationCountry(o.cc!) && (cyrillicStory || keep(o.cc)) : keep(o.cc));
  }
  // A name written in lower case is a place of the story's countries or a city; a town of that name
  // abroad is more likely a word the gazetteer happens to hold.
  if (all.some((x) => x.m.lowerCase)) {
    const story = textCountries(text, all.filter((x) => !x.m.variant && !x.m.lowerCase && !x.m.abbrev && x.opts.length));
    for (const x of all) if (x.m.lowerCase) x.opts = x.opts.filter((o) => o.kind === 'town' && !!o.cc && ((story.get(o.cc) ?? 0) > 0 || o.pop >= LOWER_CASE_CITY));
  }
  const found: typeof all = [];
  for (let i = 0; i < all.length; i++) {
    const x = all[i]!;
    if (!x.opts.length || MIXED_ACRONYM.test(x.m.text)) continue;
    // "NAIROBI, Kenya (AP) —", "(SANA)": a news agency's name alone in parentheses is the report's
    // credit, not a place (Andhra Pradesh, Sanaa).
    if (text[x.m.start - 1] === '(' && text[x.m.end] === ')' && isAgencyName(x.m.text.toLowerCase())) continue;
    // "FAMA units", "their APC", "the NYS": a word in capitals inside a sentence written in mixed case
    // is an acronym, not a town that the same letters spell (Fama, Apc, Nice); a country's short
    // form ("the UAE", "DRC") stays, as do datelines and unit abbreviations ("Peshawar, KPK").
    if (!x.m.dateline && !x.m.abbrev && ALL_CAPS.test(x.m.text) && /\p{Ll}/u.test(text.slice(Math.max(0, x.m.start - 60), x.m.end + 60))
      && !(x.opts = x.opts.filter((o) => o.kind === 'country')).length) continue;
    // A word of an armed group's name is a place only in the group's own country: "Fano militiamen
    // fought" is not in Fano, Italy; the Tigray Defense Forces may well fight in Tigray.
    const group = groupNameAround(doc, x.m.start, x.m.end);
    if (group && !(x.opts = x.opts.filter((o) => !!group.cc && o.cc === group.cc)).length) continue;
    // So is the name of a people or group of one to three countries (country-clues.json) read as a
    // place: "Guji zone" is the Guji's land in Ethiopia, not Guji in China; Turkana stays in Kenya.
    const people = lexicon().clues.countries.get(x.m.text);
    if (people && !(x.opts = x.opts.filter((o) => !!o.cc && people.includes(o.cc))).length) continue;
    // An abbreviation is a unit only right after a place ("Peshawar, KPK"), never alone ("UP police").
    // Also in the parenthesis of holders that follows a place ("Wana town (SW, KPK)": a district's
    // abbreviation no table knows, then the province's).
    if (x.m.abbrev && !(found.length && (x.m.start - found[found.length - 1]!.m.end <= 3
      || HOLDERS_AFTER_PLACE.test(text.slice(found[found.length - 1]!.m.end, x.m.start))))) continue;
    found.push(x);
  }
  possessors(text, found);
  looseAbroad(text, found);
  const mentions: ArticleMention[] = mapPacked(found, ({ m, opts, agree }, idx) => {
    const prev = found[idx - 1]?.m;
    // Right after another place and a comma or "(" — or after "(" or a capitalized word and a comma,
    // when that word is a place no table knows ("Wendou (Arbinda, Soum)", "Tinkari, Soum").
    m.afterPlace = (!!prev && m.start - prev.end <= 3 && /^\s*[,(]\s*$/.test(text.slice(prev.end, m.start)))
      || AFTER_NAME.test(text.slice(Math.max(0, m.start - 40), m.start));
    // "Sassambari (Kombori, Kossi)": inside the parenthesis that follows a name and lists its holders.
    m.inHolders = m.afterPlace && HOLDER_PAREN.test(text.slice(Math.max(0, m.start - 40), m.start));
    // "LOCATION: Wase in Plateau State": a note's field of place speaks of the event
    // wherever it stands, as "coded as X" does.
    m.labelled = lex.codedLabel.test(text.slice(Math.max(0, m.start - 120), m.start));
    // "Turkana County residents blocked the road": the unit's own people, past its designator (not
    // across a comma: "in Valera, Lara state, residents marched" are Valera's).
    const people = UNIT_PEOPLE.exec(text.slice(m.end, m.end + 40));
    m.unitPeople = !!people && lex.adminAfter.test(people[1]!.toLowerCase()) && lex.peopleAfter.test(people[2]!) || undefined;
    // "Baku said", "Kyiv says", "asked Moscow to help", "a truce brokered by Moscow": a capital or
    // country standing for its government is an actor of the story, not its place.
    // So is a sponsor: "Saudi-led coalition airstrikes", "Turkish-backed factions".
    // (Not the crowd's place: "Protesters in Karachi condemned the killing ...": the protesters speak.)
    // So is a capital that owns a state's voice: "Moscow's defence ministry", "Khartoum's foreign
    // ministry" (its forces or a town's own officials may act there: "Kyiv's air defences", "Kharkiv's mayor").
    const capitalCity = opts.some((o) => o.kind === 'town' && o.fcode === 'PPLC');
    const capital = capitalCity || opts.some((o) => o.kind === 'country');
    // (Nor a place's own people: "Residents of Kismayo said they were fleeing": the residents speak.)
    // A participle of speech makes no voice of a place a preposition puts before it ("teachers rallied
    // in Tegucigalpa accusing the government"; "with Baku saying seven of its troops died" is Baku's voice).
    const speaker = speaksAfter(lex.speaks, m) || (speaksAfter(lex.speakingParticiples, m) && !lex.prepositionRightBefore.test(m.before));
    m.metonym = (speaker && !lex.protestersIn.test(m.before) && !lex.peopleOfBefore.test(m.before)) || !!m.sponsor
      // (The capital first: most mentions are none, and the regexes are then not run.)
      || (capital && lex.requestBefore.test(m.before))
      // (A capital city only: a country after "by" is mostly a modifier, "planted by Myanmar military".)
      || (capitalCity && lex.agentBefore.test(m.before))
      || (capitalCity && /^['’]s\b/.test(m.afterText) && lex.governmentAfter.test(m.after));
    // The country or region named right after as the place's container ("in central Mali").
    const next = found[idx + 1];
    let container: Set<string> | null = null;
    // (Not a government speaking: "shelling in Kharkiv, Russia said".)
    const speaks = !!next && speaksAfter(lex.speaks, next.m);
    // The parenthesis of holders, smallest first: "Wendou (Tinkari, Soum)" past a holder no table
    // knows, "(Tinkari, Yagha)" from its first item on: the next name is a unit of the place's
    // country, a district as well as a region.
    // (From the end of the whole word: "(Konna-Peulh, Seno)", whose halves no table knows together.)
    const wordEnd = next ? endOfWord(text, m.end, next.m.start) : m.end;
    const inHolders = !!next && (UNKNOWN_HOLDER.test(text.slice(m.end, next.m.start))
      || (/\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*,\s*$/.test(text.slice(wordEnd, next.m.start))));
    if (next && !speaks && next.m.start - m.end <= 30 && !next.m.border && (inHolders || lex.chainGap.test(text.slice(m.end, next.m.start)))) {
      // (A region the index keeps by hand holds places too: "Shopian district of Kashmir".)
      // (Only readings that the holder's own designator allows: in "Arsi zone, Jeju woreda",
      // "woreda" says Jeju is Ethiopia's, not South Korea's province, so it says nothing against the zone.)
      const nextOwn = designatorOwners(next.m.after);
      const hs = next.opts.filter((x) => (x.kind === 'country' || x.kind === 'admin1' || x.kind === 'county' || x.kind === 'alias' || (inHolders && x.kind === 'admin2'))
        && (!nextOwn || (!!x.cc && nextOwn.includes(x.cc))));
      if (hs.length) container = new Set(hs.map((x) => x.cc).filter((c): c is string => !!c));
      if (container && !container.size) container = null;
    }
    // "Amaro woreda", "Toro LGA": a designator of one or two countries' units says where the unit
    // lies; its namesakes elsewhere are no candidates.
    const own = designatorOwners(m.after);
    if (own) container = new Set(container ? [...container].filter((c) => own.includes(c)) : own);
    if (container && !container.size) container = null;
    // Every field present from the start (one hidden class, as for Mention: see oneShape in mentions.ts).
    return { m, opts, agree, chain: [], sentence: [], holder: undefined, listItem: undefined, pastUnknown: undefined, container, oneCountry: null, besideBorder: undefined, holderOpts: undefined, terms: [], bestTerms: null, facts: undefined, scoreFacts: undefined };
  });
  // "in Lokitelaebu area of Kotido", "in Tiwiri, Loroum Province": the holder of a place no table knows,
  // named after "in/at/near", stands for it and takes its cue.
  for (let i = 0; i < mentions.length; i++) {
    // (A fragment before it is part of the unknown name: "Kaya" of "Tungar Kaya".)
    const m = mentions[i]!.m;
    let p = i - 1;
    while (p >= 0 && mentions[p]!.m.fragment && mentions[p]!.m.start > m.start - 60) p--;
    const from = Math.max(p >= 0 ? mentions[p]!.m.end : 0, m.start - 60);
    // (Not a fragment of a longer run: "in Bulilima, Joseph Mazwi Ndlovu" names a person.)
    const before = text.slice(from, m.start);
    if (!m.fragment && (UNKNOWN_HELD.test(before) || UNKNOWN_HELD_OF.test(before))) m.holdsUnknown = true;
  }
  linkContainers(text, mentions);
  markListItems(text, mentions);
  markGrievances(text, mentions);
  // "in Qubba, a town east of Benghazi": the second place says where the first lies.
  for (let i = 1; i < mentions.length; i++) {
    const y = mentions[i]!, x = mentions[i - 1]!;
    const gap = text.slice(x.m.end, y.m.start);
    if (y.m.start - x.m.end > 60) continue;
    if (lex.referenceAppositive.test(gap) || lex.referenceDistance.test(gap)) y.m.reference = true;
    // "killed in Tal Abyad near the Turkish border": the border says where the town lies; the town
    // is the place (a border is no place of its own then).
    // (Only for a reading of the town near the border's country: "Banki near the Cameroonian
    // border" is no Banki of another continent.)
    else if (y.m.border && !x.m.border && !x.m.metonym && lex.borderAfterPlace.test(gap) && (x.besideBorder = borderCountries(x.opts, y.opts))) y.m.reference = true;
    // "Kurigram district east of Rangpur city": named only to say where the first lies (a holder's part),
    // when some reading of each lies in one first-level unit (else the first is a namesake elsewhere).
    else if (lex.referenceDirection.test(gap) && sameUnit(x.opts, y.opts)) y.m.reference = y.holder = true;
  }
  // One name is one place within an article: "those killed in Moura" is the Moura said earlier to be
  // "in central Mali".
  const containerOf = new Map<string, Set<string>>();
  for (const x of mentions) if (x.container) containerOf.set(x.m.key, new Set([...(containerOf.get(x.m.key) ?? []), ...x.container]));
  for (const x of mentions) x.container ??= containerOf.get(x.m.key) ?? null;
  // Admin-1 regions the article names anywhere ("... in Eureka. ... Texas Rangers said"): a weaker
  // version of the neighbour rule; the first ten, to bound point-in-polygon tests.
  const regions: { m: Mention; o: Option }[] = [];
  for (const { m, opts } of found) {
    if (m.fragment || m.metonym || regions.length >= 10) continue;
    for (const o of opts) if ((o.kind === 'admin1' || o.kind === 'county') && !regions.some((r) => r.o === o)) regions.push({ m, o });
  }
  for (const x of mentions) x.oneCountry = oneCountryOf(x);
  const countries = new Map<string, number>();
  for (const { m, opts } of found) mentionWeights(countries, m, opts);
  const clueCountries = new Map<string, number>();
  const demonymCountries = new Map<string, number>();
  const roaming = textClueWeights(text, countries, clueCountries, demonymCountries);
  chainCountries(mentions, countries);
  return { words: doc.value(PLACE_WORDS), mentions, countries, regions, clueCountries, demonymCountries, roaming, placeMentions: undefined, oneCountryPlaces: undefined };
}

/** The one country of a mention's readings, with its flags final. (Not a country's name: "refugees
 *  from the war in Libya" is no place of the story; nor a border, which lies between two: "Banki,
 *  near the Cameroonian border" is in Nigeria.) */
function oneCountryOf(y: ArticleMention): string | null {
  if (y.m.metonym || y.m.fragment || y.m.border || !y.opts.length || y.opts.some((o) => o.kind === 'country' || o.kind === 'border')) return null;
  const c = y.opts[0]!.cc;
  return c && y.opts.every((o) => o.cc === c) ? c : null;
}

/**
 * A country's name in the possessive is the country, not a town that bears its name: "Mozambique's
 * Cabo Delgado province" names the province (Mozambique its holder, not the island town of Nampula),
 * "Mexico's Guerrero state" the state; "Colombia's government" the country; and "Somalia's
 * capital" is the country's capital city (the country stays a reading: the text names it).
 */
function possessors(text: string, found: { m: Mention; opts: Option[] }[]): void {
  for (let i = 0; i < found.length; i++) {
    const x = found[i]!;
    if (!/^['’]s\b/.test(x.m.afterText)) continue;
    const country = x.opts.find((o) => o.kind === 'country');
    if (!country) continue;
    const next = found[i + 1];
    if (next && /^['’]s\s+$/.test(text.slice(x.m.end, next.m.start))) { x.opts = [country]; continue; }
    if (/^capital\b/.test(x.m.after)) {
      const c = capitalOf(country.cc!);
      if (c) { x.opts = [x.opts.find((o) => o.kind === 'town' && o.cc === c.cc && o.fcode === 'PPLC') ?? capitalOption(c), country]; continue; }
    }
    // "Colombia's government", "Somalia's army": the country owns what follows (a first-level unit
    // of the name stays: "Georgia's governor").
    x.opts = x.opts.filter((o) => o.kind !== 'town' && o.kind !== 'admin2');
  }
}

/** A city this large is known abroad by its exonyms ("Kiev", "Kharkov"): an alternate name finds it anywhere. */
const EXONYM_CITY = 1_000_000;
/** Degrees (some 300 km) around a country's first-level units within which a town is its neighbour's:
 *  a border town of the next country is often named in the story of this one ("Turkish drones struck
 *  Tal Tamr"). */
const NEIGHBOUR_PAD = 3;
/** At most this many names are so checked in an article. */
const MAX_LOOSE = 8;

/** "Lomello" for "Lomelo", "Beer" for "Ber": the same letters but for a doubled one. */
function onlyDoubled(name: string, written: string): boolean {
  const a = spelling(name), b = spelling(written);
  return a !== b && a.replace(/(\p{L})\1+/gu, '$1') === b.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * A town found only by one of its alternate names ("Bonn" for "Boni", "Chebba" for "Shebaa", a
 * Bulgarian village's old Turkic name) or by a main name spelled with a letter doubled otherwise
 * ("Lomello" for "Lomelo"), or by a part of a hyphenated name ("Bula" of "Dadaj-Bula"), far from
 * every country that the rest of the story names, is no candidate: the place is most likely a
 * village of the story's country that no table knows (as for a vowel's difference, above).
 * Mentions left with no reading are dropped.
 */
function looseAbroad(text: string, found: { m: Mention; opts: Option[] }[]): void {
  // Part of a hyphenated name that no table knows whole ("Dadaj-Bula", "Kara-Suu"), not a road's end:
  // any reading of the part is a loose one.
  // (Not a name and a compass word, "Yangon-east District": a part of the named unit.)
  const part = (m: Mention) => m.fragment && !m.road
    && ((text[m.start - 1] === '-' && /\p{Lu}/u.test(text[text.lastIndexOf(' ', m.start - 2) + 1] ?? '')) || (text[m.end] === '-' && /\p{Lu}/u.test(text[m.end + 1] ?? '')));
  const loose = (o: Option, m: Mention) => o.lat !== null && o.lon !== null && (part(m) ? o.kind !== 'country'
    : o.kind === 'town' && o.pop < EXONYM_CITY
      && (o.primary === false || (o.primary === true && onlyDoubled(o.name, m.text)))); // (not a place of the hand-kept aliases)
  // (A name that some reading fits well, a unit or a town so spelled, is left to the scores.)
  const suspects = found.filter((x) => x.opts.every((o) => loose(o, x.m)));
  const keys = [...new Set(suspects.map((x) => x.m.key))].slice(0, MAX_LOOSE);
  if (!keys.length) return;
  // The story's countries without the weight of these mentions (a name of one country weighs for
  // it); another mention of the name that some reading fits well ("Yangon Region") still counts.
  // Names read only as towns weigh nothing here: a namesake of theirs may be the namesake abroad
  // ("Tuscania ward in Makambako": Tuscania says Italy, Makambako is a Tanzanian town).
  // Every weight is positive, so a country is the story's when something gives it weight: the text's
  // clues are read once, and each name's part is counted per country (a suspect's own part left out
  // for its key; a suspect that loses readings is counted anew).
  const givers = new Map<string, number>();
  const parts = new Map<(typeof found)[number], string[]>();
  const partOf = (x: (typeof found)[number]): string[] => {
    if (x.opts.every((o) => o.kind === 'town')) return [];
    const w = new Map<string, number>();
    mentionWeights(w, x.m, x.opts);
    return [...w].filter(([, v]) => v > 0).map(([cc]) => cc);
  };
  const count = (ccs: string[], by: number) => { for (const cc of ccs) givers.set(cc, (givers.get(cc) ?? 0) + by); };
  const clues = new Map<string, number>();
  textClueWeights(text, clues);
  count([...clues].filter(([, v]) => v > 0).map(([cc]) => cc), 1);
  for (const x of found) { const p = partOf(x); parts.set(x, p); count(p, 1); }
  for (const key of keys) {
    const own = suspects.filter((x) => x.m.key === key);
    for (const x of own) count(parts.get(x)!, -1);
    const story = [...givers].filter(([, n]) => n > 0).map(([cc]) => cc);
    for (const x of own) count(parts.get(x)!, 1);
    if (!story.length) continue;
    const near = (o: Option) => story.includes(o.cc!) || story.some((cc) => (shapes().byCc.get(cc) ?? []).some((r) => {
      const [a, b, c, d] = r.bbox;
      return o.lon! >= a - NEIGHBOUR_PAD && o.lon! <= c + NEIGHBOUR_PAD && o.lat! >= b - NEIGHBOUR_PAD && o.lat! <= d + NEIGHBOUR_PAD;
    }));
    for (const x of own) {
      x.opts = x.opts.filter(near);
      count(parts.get(x)!, -1);
      const p = partOf(x);
      parts.set(x, p);
      count(p, 1);
    }
  }
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.opts.length) found.splice(i, 1);
}

/** The description that "X's capital" leaves when the name itself reads as the country only. */
function capitalOption(t: ReturnType<typeof capitalOf> & object): Option {
  // (A Kenyan town's county comes from its point, as in readings.ts.)
  const u1 = t.a1 && t.cc !== 'KE' ? unitById(`${t.cc}.${t.a1}`) ?? null : null;
  return {
    kind: 'town', cc: t.cc, name: t.name, lat: t.lat, lon: t.lon, pop: t.pop, admin1: u1 ? { name: u1.name, code: u1.code } : undefined,
    precision: 1, capital: true, primary: true, respelled: undefined, fcode: t.fcode, u1, u2: null,
  };
}

/** The countries of the designator that opens the words after a name ("woreda", "LGA"), or null. */
function designatorOwners(after: string): string[] | null {
  const sp = after.indexOf(' ');
  const first = (sp < 0 ? after : after.slice(0, sp)).replace(/[^a-z'-]+$/, '');
  return lexicon().clues.designatorCountries.get(first) ?? null;
}

/** True when a reading of one and a reading of the other lie in the same first-level unit. */
function sameUnit(a: Option[], b: Option[]): boolean {
  const unit = (o: Option) => (o.admin1 ? `${o.cc}\u0000${o.admin1.name}` : '');
  const units = new Set(a.map(unit).filter((u) => u));
  return b.some((o) => units.has(unit(o)));
}

/** A verb of speech right after the name, in the same clause: "Baku said", not "Baku, said to be"
 *  and not "… in Nairobi. Reports of violence …", where a sentence ends between them (the words
 *  after a mention are read across punctuation). */
function speaksAfter(speaks: RegExp, m: Mention): boolean {
  return speaks.test(m.after) && !/^\s*[,.;:!?]/.test(m.afterText);
}

/** Weight of a place and the unit said to hold it agreeing on a country ("Donga, Taraba"), as much
 *  as a named country: either name alone may have namesakes in many countries, the pair rarely. */
const CHAIN_AGREES = 2;

/**
 * A place and its first holder that fit together, or the two ends of a road, ("Dadin Kowa (Donga, Taraba)": an LGA of that state;
 * "Kadikoy, Istanbul") say which country the story is in, even when neither name alone does: the
 * countries where some reading of the holder holds some reading of the place share CHAIN_AGREES.
 * Each pair of names counts once per article.
 */
function chainCountries(mentions: ArticleMention[], w: Map<string, number>): void {
  const lex = lexicon();
  const seen = new Set<string>();
  for (const x of mentions) {
    const y = x.chain[0];
    // (A fragment of a longer name is no clue, unless what follows is its designator: "Rafi LGA".)
    if (!y || [x, y].some((z) => z.m.fragment && !lex.adminAfter.test(z.m.after))) continue;
    // (Not a name and its own namesake: "Madaya town, Madaya township" says nothing of the country.)
    if (y.m.key === x.m.key) continue;
    const pair = `${x.m.key}\u0000${y.m.key}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const ccs = new Set<string>();
    for (const h of y.opts) {
      if (h.kind === 'country' || !h.cc || !canHold(h)) continue;
      if (x.opts.some((o) => o.kind !== 'country' && holds(h, o))) ccs.add(h.cc);
    }
    for (const cc of ccs) addWeight(w, cc, CHAIN_AGREES / ccs.size);
  }
  // The two ends of "the Mbale-Tororo road" lie in one country (or two neighbours): the countries
  // both ends have readings in.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!, y = mentions[i + 1]!;
    if (!x.m.road || y.m.start !== x.m.end + 1) continue;
    const ys = new Set(y.opts.map((o) => o.cc));
    const ccs = new Set(x.opts.map((o) => o.cc).filter((cc): cc is string => !!cc && ys.has(cc)));
    for (const cc of ccs) addWeight(w, cc, CHAIN_AGREES / ccs.size);
  }
}

/** Each mention's chain of holders ("San Juan, Lagunillas, Merida state": Lagunillas then Merida)
 *  and the holder readings of the other mentions of its sentence. */
function linkContainers(text: string, mentions: ArticleMention[]): void {
  const lex = lexicon(), gap = lex.chainGap;
  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i]!;
    // From the end of the whole word: "Mayo" of "Mayo-Sava department, Far North region".
    let end = x.m.end;
    while (end < text.length && (text[end] === '-' || /\p{L}/u.test(text[end]!))) end++;
    // "Zap (Amadiya) region of Dahuk": a name alone in parentheses after another, then the unit word
    // of both, is the other's other name; what follows says where both lie. (Not "Sirwah (Marib),":
    // there the parenthesis holds the unit.)
    const gloss = GLOSS_AFTER.exec(text.slice(end, end + 3));
    if (gloss && GLOSS_BEFORE.test(text.slice(Math.max(0, x.m.start - 40), x.m.start))
      && lex.adminAfter.test(text.slice(end + gloss[0].length, end + 40).trimStart().toLowerCase())) end += gloss[0].length;
    // "X village (coded as Y) (A township, B district, C region)": a coder's note of the point used
    // stands between a place and the parenthesis of its holders, which are then the holders of both
    // names (the note's own names hold nothing of X's).
    const coded = CODED_PAREN.exec(text.slice(end, end + 120)) ?? (CODED_OPEN.test(text.slice(Math.max(0, x.m.start - 30), x.m.start)) ? CODED_TAIL.exec(text.slice(end, end + 80)) : null);
    const from = coded ? end + coded[0].length : end;
    for (let j = i + 1, at = from; j < mentions.length && x.chain.length < CHAIN_MAX; j++) {
      const y = mentions[j]!;
      if (y.m.start < at) continue; // the other part of the same hyphenated word (or a name of the coder's note)
      const between = text.slice(at, y.m.start);
      // "Udaipur along the Agartala-Sabroom road": the road's first end says where the place on it lies.
      const onRoad = x.chain.length === 0 && !!y.m.road && ROAD_GAP.test(between);
      // "Wendou (Tinkari, Soum)": the parenthesis lists the place's holders, smallest first; one
      // that no table knows (a commune, a woreda) leaves the next one the place's holder.
      const pastUnknown = x.chain.length === 0 && UNKNOWN_HOLDER.test(between);
      if (y.m.start - at > (pastUnknown ? 80 : 40) || y.m.border || !(gap.test(between) || onRoad || pastUnknown)) break;
      if (y.opts.some(canHold)) {
        if (pastUnknown) x.pastUnknown = true;
        x.chain.push(y);
        if (!y.holder && x.chain.length === 1 && y.opts.some((h) => canHold(h) && x.opts.some((o) => holds(h, o)))) y.holder = true;
      }
      at = y.m.end;
    }
  }
  // "In Mopti region, Bankass cercle, gunmen …", "In Sagaing Region, Monywa Township, …": holders
  // written largest first. A unit named with its designator, then after a comma a place it holds
  // (and that cannot hold it), is that place's holder, not a place of its own.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!, y = x.chain[0];
    if (!y || y !== mentions[i + 1] || x.holder || !lex.adminAfter.test(x.m.after) || !/^[^,]*,\s*$/.test(text.slice(x.m.end, y.m.start))) continue;
    const down = y.opts.some((o) => x.opts.some((h) => canHold(h) && holds(h, o)));
    const up = x.opts.some((o) => y.opts.some((h) => canHold(h) && holds(h, o)));
    if (!down || up) continue;
    x.chain = [];
    if (y.holder) y.holder = undefined;
    x.holder = true;
    if (!y.chain.includes(x)) y.chain.unshift(x);
    if (y.chain.length > CHAIN_MAX) y.chain.length = CHAIN_MAX;
  }
  // Sentences: mentions between two sentence ends share their holders, the nearest ones only (a list
  // of names thousands long must not make this quadratic); not at all past SENTENCE_MAX_MENTIONS
  // mentions in the article (a list, not a report).
  if (mentions.length > SENTENCE_MAX_MENTIONS) return;
  let first = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const end = i === mentions.length || SENTENCE_END.test(text.slice(mentions[i - 1]!.m.end, mentions[i]!.m.start));
    if (!end) continue;
    for (let a = first; a < i; a++) {
      const x = mentions[a]!;
      // A dateline is not part of what its sentence says: it holds nothing there.
      for (let b = Math.max(first, a - SENTENCE_NEIGHBOURS); b < Math.min(i, a + SENTENCE_NEIGHBOURS + 1); b++) {
        const y = mentions[b]!;
        if (a === b || Math.abs(y.m.start - x.m.start) > SENTENCE_REACH || y.m.key === x.m.key || y.m.metonym || y.m.dateline || x.chain.includes(y)) continue;
        for (const o of y.opts) if (o.kind === 'admin1' || o.kind === 'admin2' || o.kind === 'county' || o.kind === 'country') x.sentence.push(o);
      }
    }
    first = i;
  }
}

/** Between a place and the road it lies on: "X along the", "X, on the" (the road's ends follow). */
const ROAD_GAP = /^\s*(?:,\s*)?(?:along|on) the\s*$/;

const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or)\s*$/;

/** Marks the place of the event a protest condemns, when a place named earlier in the sentence
 *  may be the protest's: "Protesters in Karachi condemned the murder of a reporter in Lahore",
 *  "rallied in X against the arrest of their leader in Y". (The six words of a mention's `before`
 *  do not reach back to the protest.) */
function markGrievances(text: string, mentions: ArticleMention[]): void {
  const lex = lexicon();
  for (let i = 1; i < mentions.length; i++) {
    const y = mentions[i]!;
    const from = Math.max(0, y.m.start - 200);
    const window = text.slice(from, y.m.start);
    // The sentence so far (within 200 characters): after the last ". ", "; " or line break.
    const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf('\n'));
    const cut = stop < 0 ? 0 : stop + 1;
    // Another place earlier in the same sentence (the nearest is enough): the protest may be there.
    if (mentions[i - 1]!.m.start < from + cut) continue;
    const sentence = window.slice(cut).replace(/\s+/g, ' ');
    if (lex.grievanceInSentence.test(sentence) && lex.grievanceProtest.test(sentence)) y.m.grievance = true;
  }
}

/** Marks the names followed by another name after a comma or "and"/"or" that does not hold them: a
 *  list goes on ("shootings in Tulsa, Wichita and Omaha"), where "X, Y (Z)" or "X, Y, Z" with Z
 *  holding Y is a chain of holders. */
function markListItems(text: string, mentions: ArticleMention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const y = mentions[i]!, z = mentions[i + 1]!;
    if (z.m.start - y.m.end > 8 || !LIST_GAP.test(text.slice(y.m.end, z.m.start))) continue;
    if (z.opts.some((h) => canHold(h) && y.opts.some((o) => holds(h, o)))) continue;
    y.listItem = true;
    // "in the towns of Beni and Butembo, North Kivu", "Chiure and Ancuabe districts, Cabo Delgado":
    // the holder after the list's last item holds each item it can hold (walking back from the end).
    const holder = z.chain[0];
    if (!y.chain.length && holder && holder.opts.some((h) => canHold(h) && y.opts.some((o) => holds(h, o)))) y.chain = z.chain.slice();
  }
}

/** "Post", "Grenade", "Orange": an English word that some gazetteer also has as a town. */
export function isCommonWord(m: Mention): boolean {
  // (Not before a first-level unit's designator: "Chin State", "Rivers State" name the unit.)
  return !m.text.includes(' ') && placesData().common.has(m.text.toLowerCase()) && !(m.text !== m.text.toLowerCase() && lexicon().admin1After.test(m.after));
}

/** Countries the article's text is about, with weights: named countries, names of one country, demonyms. */
function textCountries(text: string, mentions: { m: Mention; opts: Option[] }[]): Map<string, number> {
  const w = new Map<string, number>();
  for (const { m, opts } of mentions) mentionWeights(w, m, opts);
  textClueWeights(text, w);
  return w;
}

/** What one mention adds to the story's countries (textCountries): a named country, a name of one country. */
function mentionWeights(w: Map<string, number>, m: Mention, opts: Option[]): void {
  // The ends of a named road ("the Kumasi-Tamale highway") lie in the story's country, even when
  // neither is where it happened; other fragments of a longer name say nothing.
  if (m.fragment && !m.road || isCommonWord(m) || m.sponsor) return;
  // "Embu county": with a designator after it, only the units of that name are meant.
  // "Niger state" is Nigeria's state, not the country: a first-level designator leaves the units.
  const stateOf = lexicon().admin1After.test(m.after) ? opts.filter((o) => o.kind === 'admin1') : [];
  let units = stateOf.length ? stateOf : lexicon().adminAfter.test(m.after) ? opts.filter((o) => o.kind !== 'town') : [];
  // "Lamu county": Kenya calls its units counties; a namesake unit of a country that does not
  // (a Maldivian atoll) is no reason to doubt the country. (Not a capitalized word, which names an
  // institution: "Florida Department of Law Enforcement".)
  const called = units.length > 1 && /^ \p{Ll}/u.test(m.afterText) ? calledSo(units, m.after) : units;
  if (called.length) units = called;
  // (A town or unit of this main name, beside towns that only the key's folding or an alternate name
  // makes the same ("Maradi", and Marradi in Italy): the name is of the main-named place's country.
  // Not beside a town of some size known by that other name: GeoNames keeps the former or official
  // name of many towns as their main one, and the name the news uses as an alternate.)
  const alternate = (o: Option) => o.kind === 'town' && (o.respelled || (!o.primary && o.pop < ALTERNATE_ONLY_BELOW));
  const exact = opts.some((o) => o.kind !== 'country' && !alternate(o)) ? opts.filter((o) => !alternate(o)) : [];
  const ccs = new Set((units.length ? units : exact.length ? exact : opts).map((o) => o.cc).filter(Boolean));
  // "the village of Panama" names a village, not the country: no weight of the country's own.
  if (!stateOf.length && opts.some((o) => o.kind === 'country') && !lexicon().settlementBefore.test(m.before)) addWeight(w, opts.find((o) => o.kind === 'country')!.cc, 2);
  // A name of one country only: an admin-1 unit or alias says more than a town (towns' names
  // recur; an admin-2 unit is mostly named after its seat).
  else if (ccs.size === 1) addWeight(w, [...ccs][0], opts.some((o) => o.kind !== 'town' && o.kind !== 'admin2' && o.kind !== 'division') ? 1.5 : TOWN_NAME_WEIGHT);
}

/** A town found by an alternate name names no country of its own (mentionWeights) below this many people. */
const ALTERNATE_ONLY_BELOW = 20_000;

/** The weight a town's name of one country gives that country (locate.ts borderTwin reads it too). */
export const TOWN_NAME_WEIGHT = 0.5;

/** One addition of readClues: a country's weight, to the story's maps or (people) to the demonyms' map. */
interface ClueAdd { cc: string | null | undefined; v: number; people: boolean }
/** The last text read and its additions in order: the article's context, looseAbroad and
 *  textCountries all read the same text, which is scanned once. */
let cluesText: string | null = null;
let clueAdds: ClueAdd[] = [];
let cluesRoaming = false;

/** What the text's words other than place names add to the story's countries: armed groups and
 *  forces, designators of local units, demonyms. */
function textClueWeights(text: string, w: Map<string, number>, also?: Map<string, number>, peoples?: Map<string, number>): boolean {
  if (text !== cluesText) {
    cluesText = null; // (not left half made if reading throws)
    clueAdds = [];
    cluesRoaming = readClues(text, clueAdds);
    cluesText = text;
  }
  // (The same additions in the same order: the same sums and the same order of countries in the maps.)
  for (const a of clueAdds) {
    if (!a.people) addWeights(w, also, a.cc, a.v);
    else if (peoples) addWeight(peoples, a.cc, a.v);
  }
  return cluesRoaming;
}

function readClues(text: string, out: ClueAdd[]): boolean {
  let roaming = false;
  // Armed groups and forces of one country ("Houthi forces", "QSD", "the Taliban"), once each.
  const { byFirstWord, countries, operatesIn, firstPairs } = lexicon().clues;
  const seen = new Set<string>();
  // Runs of ASCII letters and digits; a clue name is looked up by its first ("al" of "al-Shabaab"),
  // only when its first two characters begin some clue's first word (most words begin none).
  for (let at = 0, n = text.length; at < n;) {
    if (!isAsciiAlnum(text.charCodeAt(at))) { at++; continue; }
    let end = at + 1;
    while (end < n && isAsciiAlnum(text.charCodeAt(end))) end++;
    const start = at;
    at = end;
    if (!firstPairs[text.charCodeAt(start) * 128 + (end - start > 1 ? text.charCodeAt(start + 1) : 0)]) continue;
    const names = byFirstWord.get(text.slice(start, end));
    if (!names) continue;
    const name = names.find((nm) => text.startsWith(nm, start) && !isAsciiAlnum(text.charCodeAt(start + nm.length)));
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const ccs = countries.get(name) ?? [];
    for (const cc of ccs) out.push({ cc, v: CLUE / ccs.length, people: false });
    // Where it also fights: a town there is no namesake abroad; the home keeps its weight.
    for (const cc of operatesIn.get(name) ?? []) { out.push({ cc, v: OPERATES, people: false }); roaming = true; }
  }
  // Words for the local units of one or two countries ("Dera woreda", "a cercle", "Gwoza LGA") say
  // the country as a group's name does: once each.
  const { designators, designatorCountries } = lexicon().clues;
  if (designators) {
    const said = new Set<string>();
    designators.lastIndex = 0;
    for (let match = designators.exec(text); match; match = designators.exec(text)) {
      const wd = match[0].toLowerCase();
      if (said.has(wd)) continue;
      said.add(wd);
      const ccs = designatorCountries.get(wd) ?? [];
      for (const cc of ccs) out.push({ cc, v: CLUE / ccs.length, people: false });
    }
  }
  // Demonyms ("Kenyan police", "Azerbaijani forces") say whose country the story is in.
  DEMONYM_WORD.lastIndex = 0;
  for (let match = DEMONYM_WORD.exec(text); match; match = DEMONYM_WORD.exec(text)) {
    const c = demonymOf(match[0]);
    // Weak: "Ugandan MP", "Tanzanian authorities" often name people from elsewhere.
    if (c) { out.push({ cc: c.iso2, v: 0.5, people: false }, { cc: c.iso2, v: 0.5, people: true }); }
  }
  return roaming;
}

/**
 * The armed group the actor lexicon names around the text [start, end) ("Fano militiamen", "Tigray
 * Defense Forces", "Donetsk People's Republic"), with its country (ISO2, when it has one), or null.
 * Only the mention's own sentence is read, so sentences with no place name are never annotated.
 */
function groupNameAround(doc: Doc, start: number, end: number): { cc: string | undefined } | null {
  const si = doc.sentenceAt(start);
  const tokens = doc.sentences[si]!.tokens;
  const a = doc.get(ACTORS, si).find((x) => x.via === 'standalone' && NAMED_GROUP_KINDS.has(x.actor.kind) && start >= tokens[x.start]!.start && end <= tokens[x.end - 1]!.end);
  return a ? { cc: iso2Of(placesData(), a.actor.country) } : null;
}
const NAMED_GROUP_KINDS = new Set(['rebel', 'militia']);

function iso2Of(d: PlacesData, iso3: string | null | undefined): string | undefined {
  return iso3 ? d.countryByIso3.get(iso3)?.iso2 : undefined;
}

/** The units among `units` whose country calls its first-level units by the word that opens `after`. */
function calledSo(units: Option[], after: string): Option[] {
  const word = after.split(' ', 1)[0]!;
  const kinds = lexicon().admin1Kinds;
  return units.filter((o) => !!o.cc && (o.kind === 'admin1' || o.kind === 'county') && !!kinds.get(o.cc)?.has(word));
}

/** Adds v to the weight of a country (a function, not a closure per call: tsx names every closure). */
function addWeight(w: Map<string, number>, iso2: string | null | undefined, v: number): void {
  if (iso2) w.set(iso2, (w.get(iso2) ?? 0) + v);
}

/** addWeight to a map and, when given, a second one. */
function addWeights(w: Map<string, number>, also: Map<string, number> | undefined, iso2: string | null | undefined, v: number): void {
  addWeight(w, iso2, v);
  if (also) addWeight(also, iso2, v);
}

/** An ASCII letter or digit (NaN, past the end of the text, is none). */
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Weight of a group's name as a clue to the country (an actor's country from extraction weighs 2). */
const CLUE = 1.5;
/** Weight of each other country where a group of one home country fights (country-clues.json operatesIn). */
const OPERATES = 0.3;

const DEMONYM_WORD = /\b\p{Lu}\p{Ll}+(?:i|an|ese|ian|ish|ean)s?\b/gu;
/** The country of a capitalized word that looks like a demonym ("Kenyan", "Somalis"), or null;
 *  remembered, as the same words recur from article to article. */
const demonymOf = boundedMemo((word: string): Country | null => {
  const d = placesData();
  return d.demonymByKey.get(placeKey(word)) ?? d.demonymByKey.get(placeKey(word.replace(/s$/, ''))) ?? null;
}, 20_000);

/** Is the event fire from afar, by air, drone, artillery, rocket or missile, which crosses lines and borders? */
export function remoteStrike(event: Pick<Event, 'subEventType'>): boolean {
  return event.subEventType === 'Air/drone strike' || event.subEventType === 'Shelling/artillery/missile attack';
}

/** The country (ISO2) a remote strike came from, its doer's; undefined for any other event. */
export function strikerCountry(event: Pick<Event, 'subEventType' | 'actor1'>): string | undefined {
  return remoteStrike(event) ? iso2Of(placesData(), event.actor1?.country) : undefined;
}

/** The article's countries plus the event's own: its extracted country (+5) and its actors' (+2).
 *  `clues`: the part of `base` given by demonyms (LocateContext.demonymCountries). */
export function contextCountries(base: Map<string, number>, event: Event, clues?: Map<string, number>): Map<string, number> {
  const d = placesData();
  const w = new Map(base);
  // Who strikes from the air or from afar strikes across borders ("Saudi-led coalition airstrikes
  // targeted … (Al Jawf)" were in Yemen, Turkish jets bomb northern Iraq): the striker's country says
  // little about where, and neither does an extracted country that is only the striker's (the
  // fallback when no place is found); the target's still does.
  const remote = remoteStrike(event);
  const strikersOwn = remote && !event.actor2?.country && !!event.location?.iso3 && event.location.iso3 === event.actor1?.country;
  // A strike by one country's forces in a story that names another country ("Russian forces
  // shelled …, Ukrainian officials said"): the strike lands in the other one, the attacked side's;
  // the striker's name in the text (its demonym: 0.5) and a country extracted only from the striker
  // say where it came from, not where it landed.
  const striker = remote && event.actor1?.country !== event.actor2?.country ? iso2Of(d, event.actor1?.country) : undefined;
  // (The other side named as a state's side, by its demonym ("Ukrainian officials"), at least as
  // often as the striker's own: not a town's namesake abroad, nor an armed group's home country.)
  const own = striker && clues ? clues.get(striker) ?? 0 : 0;
  const elsewhere = !!striker && own > 0 && [...clues!].some(([cc, v]) => cc !== striker && v >= own);
  addWeight(w, iso2Of(d, event.location?.iso3), strikersOwn ? (elsewhere ? 0 : 0.5) : 5);
  if (elsewhere) w.set(striker!, Math.max(0, (w.get(striker!) ?? 0) - 0.5));
  else addWeight(w, iso2Of(d, event.actor1?.country), remote ? 0.5 : 2);
  for (const a of [event.actor2, ...event.associatedActors]) addWeight(w, iso2Of(d, a?.country), 2);
  return w;
}

/** How far from a country's centroid a town may lie and still stand beside its border. */
export const BORDER_REACH_KM = 1500;

/** The countries that the border readings name, when a town's reading lies within BORDER_REACH_KM
 *  of one's centroid; else undefined. */
function borderCountries(place: Option[], border: Option[]): Country[] | undefined {
  const d = placesData();
  const cs = border.map((b) => b.cc ? d.countryByIso2.get(b.cc) : undefined).filter((c): c is Country => !!c && c.lat !== null && c.lon !== null);
  return cs.length && place.some((o) => besideBorder(o, cs)) ? cs : undefined;
}

/** True when the reading is a town within BORDER_REACH_KM of one of the countries' centroids. */
export function besideBorder(o: Option, cs: Country[]): boolean {
  return o.kind === 'town' && o.lat !== null && o.lon !== null && cs.some((c) => km(o.lat!, o.lon!, c.lat!, c.lon!) < BORDER_REACH_KM);
}

/** The end of the hyphenated word that a mention begins ("Konna" of "Konna-Peulh"), before `limit`. */
function endOfWord(text: string, end: number, limit: number): number {
  while (end < limit && (text[end] === '-' || /\p{L}/u.test(text[end]!))) end++;
  return end;
}
