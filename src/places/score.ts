/**
 * Scores of a mention's readings and of the mention itself as the event's place: plain additive
 * evidence, each term explained in docs/places.md. The terms that depend only on the article are
 * computed once per mention and shared by the article's events; the event's countries and evidence
 * are added per event (src/places/locate.ts).
 */
import type { ArticleMention, LocateContext } from './context.ts';
import { besideBorder, isCommonWord } from './context.ts';
import { lexicon } from './lexicon.ts';
import { placeKey } from './normalize.ts';
import { editDistance } from './fuzzy.ts';
import type { Mention } from './mentions.ts';
import { canHold, holds, km, spelling, type Kind, type Option } from './readings.ts';

const KIND_BASE: Record<Kind, number> = { town: 2, county: 2.2, division: 4.5, admin1: 1.8, admin2: 2, alias: 2, country: 0.5, border: 1.5 };
const KIND_MENTION: Record<Kind, number> = { town: 1, division: 0.8, admin2: 0.6, county: 0.3, admin1: 0.3, alias: 0, country: -2, border: 0 };

/** The text says so: a place held by the unit named right after it ("Kismaayo, Lower Juba",
 *  "X district of Y", "Peshawar, KPK"), per holder in the chain (two at most). */
const HELD_BY_CHAIN = 3.5;
/** The unit named right after it lies in other countries only ("Solhan in Yagha province" and a
 *  Turkish Solhan): a namesake abroad. */
const HELD_ABROAD = 4;
/** A town of a country where a namesake is the seat of a second-level unit of that name. */
const SEAT = 1.5;
/** The second-level unit u has its point at town o (within ~3 km): o is its seat. */
function isSeatOf(u: Option, o: Option): boolean {
  return u.kind === 'admin2' && u.cc === o.cc && u.lat != null && u.lon != null && o.lat != null && o.lon != null
    && Math.abs(u.lat - o.lat) < 0.03 && Math.abs(u.lon - o.lon) < 0.03;
}
/** A town found by its main name's key but spelled otherwise than the text. */
const RESPELLED = 2;
/** The unit named right after it lies in the same country, far from this reading (see elsewhere). */
const HELD_ELSEWHERE = 4;
/** The same, said by a town or district named as the place's surroundings ("X village, Y"): the one
 *  reading that far from them is no candidate (outweighs the cues "in", "village" that the unknown
 *  place itself earns). */
const NEAR_ELSEWHERE = 8;
/** The place's own people did it ("Kangaru residents protested"). */
const PEOPLE = 1.5;
/**
 * A dateline ("CHICAGO —", "NAIROBI, Kenya (Reuters) -"): where the reporter files from, which is the
 * story's place, unless it is a national capital and the event's own sentences put the event
 * somewhere ("in X", "near X"): then it is a wire bureau far from the front (locate.ts).
 */
const DATELINE = 2.5;
/** A town's reading of a name in a parenthesis of holders that also names a unit. */
const IN_HOLDERS_TOWN = 2;
/** A mention that holds the place named before it ("X, Y") gives way to it. */
const HOLDER = 2;
/** A reference point in an appositive after the place ("X, a village 20 km south of Y"). */
const REFERENCE = 4;
/** A town found by one of its alternate names, when the same name is the main name of a unit or town
 *  of the same country. */
const ALTERNATE_BESIDE_MAIN = 2;
const HAMLET = 20_000;
/** A city this large is known abroad by the name news in English gives it (its exonym). */
const EXONYM_TOWN = 100_000;
/** A first-level unit whose country calls its units otherwise than the designator after the name,
 *  when a namesake's country calls them so ("Plateau state": not Benin's department). */
const OTHER_KIND = 3;
/** The place of an event that a protest supports or condemns, named in the protest's report. */
const GRIEVANCE = 3;
/** A street's proper name after a town's ("Lusaka Street"): beyond a street's lower-case mention. */
const STREET_NAME = 1.5;
/** The second item of a list after "from" ("herders from Dodoma and Singida"): an
 *  origin too. */
const FROM_LIST = /\bfrom(?: \S+){1,3} (?:and|or)$/;
/** The point a coder's note says was used ("coded as X with GP2 for unfound Y", "coordinates for X
 *  used"): the coder's own answer, above any other name of the note (a region named beside it, a
 *  one-vowel guess at the place the coder could not find). */
const CODED_AS = 3;
/** A place right after a verb of attack ("raided Torit"): as good as a weak locative and more. */
const TARGET = 1.5;
/** The armed actors' home ("raiders from X", "jihadists from X"): where they came from, so only a
 *  place named with no other cue stands below it ("Raiders from Samburu clashed with police in the
 *  Tangi area of Laikipia": Laikipia). */
const ACTORS_FROM = 4;
/** The home of people who may act there ("a group of citizens from X protested", "youths from X"). */
const LOCAL_FROM = 2;
/** Either end of a road named by its two ends: below a place named with "in" or "at". */
const ROAD_END = 2;
/** Where a journey or a cargo was heading or came from ("ferrying charcoal to X"), as strong as "taken to X". */
const JOURNEY_TO = 3;
/** Held by a unit or country named elsewhere in the same sentence. */
const HELD_IN_SENTENCE = 1.5;
/** A reading in none of the story's countries when the story has some ("Nadas" in Romania in a note
 *  about al-Hasakeh): the more the other clues agree, the stronger the evidence it needs. */
const FOREIGN = 3;
const FOREIGN_PER_CLUE = 0;
const FOREIGN_MAX = 6;

/**
 * A reading's score for one event: its base, the event's countries (the only part that changes
 * from one event of the article to the next), then the terms of readingTerms.
 */
/** `placedIn`: the reading is a country that the text names after "in" (or another strong locative). */
export function scoreOption(o: Option, ctx: Map<string, number>, ctxMax: number, terms: number[], placedIn = false): number {
  // A Kenyan ward or constituency has no population figure; its base stands for a main-name town of
  // some 30,000 people (tuned on dev notes between 3.2 and 5.5: flat above 4.5).
  let s = KIND_BASE[o.kind];
  if (ctxMax > 0 && o.cc) {
    const w = ctx.get(o.cc) ?? 0;
    // A country named as where it happened is its own context: "Turkish jets bombed hideouts in
    // northern Iraq" happened in Iraq, however often the actors' country comes up.
    s += placedIn ? 3 : w > 0 ? 3 * (w / ctxMax) : -Math.min(FOREIGN_MAX, FOREIGN + FOREIGN_PER_CLUE * ctxMax);
  } else if (o.kind === 'border' && !o.cc && ctxMax > 0) s += 3; // "the country's border": the story's own country
  for (const t of terms) s += t;
  return s;
}

/**
 * What readingTerms asks of a mention for each of its readings, read once: the words around it, and
 * counts over its readings that a test per reading would otherwise walk all the readings for (a name
 * of many towns made the terms quadratic in its readings).
 */
export interface ScoreFacts {
  /** A unit's designator follows ("Kabul province"), of the first level, of the second; its first word. */
  admin: boolean; first: boolean; second: boolean; word: string;
  /** A settlement's word follows or comes before ("X village", "the town of X"). */
  settled: boolean;
  /** Readings by kind; towns by country. */
  kinds: Map<Kind, number>; towns: Map<string | null, number>;
  /** Towns at the point of a second-level unit of the name (isSeatOf), and their countries. */
  seats: Set<Option>; seatCcs: Set<string | null>;
  /** Countries of the first-level units and named regions among the readings; whether one of them
   *  is spelled as the text spells the name (unitAbroad). */
  regionCcs: Set<string>; regionSpelled: boolean;
}

function scoreFactsOf(x: ArticleMention): ScoreFacts {
  const lex = lexicon();
  const { m, opts } = x;
  const kinds = new Map<Kind, number>(), towns = new Map<string | null, number>();
  const seats = new Set<Option>(), seatCcs = new Set<string | null>(), regionCcs = new Set<string>();
  let regionSpelled = false, written: string | null = null;
  // (Only a second-level unit has a seat: most names have none, and no town is tested.)
  const units2 = opts.filter((u) => u.kind === 'admin2');
  for (const o of opts) {
    kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    if (o.kind === 'town') {
      towns.set(o.cc, (towns.get(o.cc) ?? 0) + 1);
      if (units2.length && units2.some((u) => isSeatOf(u, o))) { seats.add(o); seatCcs.add(o.cc); }
    }
    if ((o.kind === 'admin1' || (o.kind === 'alias' && o.precision >= 4)) && o.cc) {
      regionCcs.add(o.cc);
      if (!regionSpelled && spelling(o.name) === (written ??= spelling(m.text))) regionSpelled = true;
    }
  }
  const admin = lex.adminAfter.test(m.after);
  return {
    admin, first: admin && lex.admin1After.test(m.after), second: admin && lex.admin2After.test(m.after), word: m.after.split(' ', 1)[0]!,
    settled: lex.settlementAfter.test(m.after) || lex.settlementBefore.test(m.before),
    kinds, towns, seats, seatCcs, regionCcs, regionSpelled,
  };
}

/** The terms of a reading's score that depend on the article only (its words and neighbours, not
 *  the event): computed once per mention and reading, shared by the article's events. */
export function readingTerms(o: Option, x: ArticleMention, ctxArt: LocateContext): number[] {
  const lex = lexicon();
  const { m, agree } = x;
  const f = x.scoreFacts ??= scoreFactsOf(x);
  const out: number[] = [];
  if (o.cc) out.push(1.5 * ((agree.get(o.cc) ?? 1) - 1));
  // A hamlet found by one of its alternate names is a weak reading ("Al Jawf" is also a village's other name).
  // A city known abroad is written in English with other vowels than at home ("talks in Geneva" is
  // Genève): in a text that names no country of another reading, that name is its main one respelled, as good as the main
  // one, when no other city of the name is as large (Kandi, Benin is no Kandy). (Not any other name of
  // a big city: the alternate names of a city of millions hold other places' names too.)
  if (o.kind === 'town') out.push(0.3 * Math.log10(o.pop + 1) + (o.capital ? 0.3 : 0) + (o.primary || exonym(o, x, ctxArt) || renamedTown(o, x) ? 1 : -0.5));
  // "Dire": a town at the point of a second-level unit of its own name is that unit's seat, better
  // known than a namesake of the same country whatever the gazetteer's population (0 for many seats).
  // Between namesakes of one country only, by weighing down the others (not a capital or a town of
  // 20,000 or more: Columbia, South Carolina is no seat of a Columbia County): a seat raised would
  // beat the towns of countries whose second level the gazetteer lacks (Tripoli, Libya).
  // Only a seat and one namesake: where a country has many towns of the name (Lexington, Jackson in
  // the United States), the name is too common for a seat to say which one is meant.
  if (o.kind === 'town' && !o.capital && o.pop < HAMLET && !f.seats.has(o) && f.towns.get(o.cc) === 2 && f.seatCcs.has(o.cc)) out.push(-SEAT);
  // "Fana" is Fana, not Fanna or Fanā: a town whose name the text spells as it is written beats a
  // namesake that only the key's folding (doubled letters, like sounds) makes the same.
  if (o.respelled) out.push(-RESPELLED);
  // A small town so found is weaker still when the same country has a unit or town by that main name:
  // "Al Jawf" is the governorate, not a small town elsewhere that also goes by it (a city known by an
  // alternate name, "Mogilev" for Mahilyow, keeps its weight).
  if (o.kind === 'town' && !o.primary && o.pop < HAMLET && o.cc && mainNameCountries(x.opts).has(o.cc)) out.push(-ALTERNATE_BESIDE_MAIN);
  // "in Kebbi", "in Anbar", "in Chechnya": a first-level unit or a named region of one country, spelled
  // as the text spells it, is what news means by the name told alone; a village of that name in another
  // country (a hamlet in Alabama named like a Nigerian state) is the reading only when the story gives
  // its country ("Rivers, Manitoba").
  // (So is a second-level unit of that name abroad: "in Arizona" is the US state, not the
  // municipality of Honduras.)
  if ((o.kind === 'town' || o.kind === 'admin2') && unitAbroad(o, f, ctxArt)) out.push(-UNIT_ABROAD);
  if (o.kind === 'border') out.push(0.5 * o.pop);
  // "in Texas": a first-level unit's name read alone is that unit, not a district of the same name
  // in another unit of the country (Texas County, Missouri); a district inside the unit it is named
  // after (Kabul district, Kabul province) keeps its weight.
  if (o.kind === 'admin2' && o.cc && x.opts.some((a) => a.kind === 'admin1' && a.cc === o.cc && a.u1 && o.u1 && a.u1 !== o.u1) && !f.admin) out.push(-1);
  const unitish = o.kind === 'admin1' || o.kind === 'admin2' || o.kind === 'county' || o.kind === 'division';
  if (f.admin) {
    // "Kabul province" is the admin-1, "Kabul district" the admin-2; Kenya's counties and the
    // provinces of some countries (Burkina Faso, the Philippines) sit at either level.
    const { first, second } = f;
    out.push(o.kind === 'town' ? (first ? -2 : -0.5)
      : o.kind === 'admin1' ? (first ? 2.5 : second ? 0.5 : 2)
        : o.kind === 'admin2' ? (second ? 2.5 : first ? 1.5 : 2)
          : unitish ? 2.5 : 0);
    // "Plateau state": Nigeria calls its first-level units states, Benin departments; where
    // first-level units of several countries share the name, the designator says whose it is.
    if (o.kind === 'admin1' && first && o.cc) {
      const word = f.word;
      const kinds = lex.admin1Kinds;
      const calls = (cc: string | null) => !!cc && !!kinds.get(cc)?.has(word);
      if (!calls(o.cc) && x.opts.some((a) => a.kind === 'admin1' && a.cc !== o.cc && calls(a.cc))) out.push(-OTHER_KIND);
    }
  } else if (m.afterPlace && unitish) out.push(2);
  // "Sassambari (Kombori, Kossi)": a name in the parenthesis of a place's holders is a unit where one
  // has that name; a town so called in a country with no such unit is a poor reading (a town in the
  // unit's own country stays: "Abu Salim (Tripoli)" is in the city).
  else if (m.inHolders && o.kind === 'town' && x.opts.some((u) => isUnit(u) && u.cc !== o.cc) && !x.opts.some((u) => isUnit(u) && u.cc === o.cc)) out.push(-IN_HOLDERS_TOWN);
  // "Marti, Samburu", "Nyali (Mombasa)": a name after another place and a comma or parenthesis
  // is that place's region (above).
  if (f.settled) out.push(o.kind === 'town' || o.kind === 'division' ? 2 : -1);
  if (o.kind !== 'country' && o.kind !== 'border') {
    let chained = 0, away = 0;
    for (const y of x.chain) if (chained < 2 && holderReadings(y).some((h) => holds(h, o))) chained++;
    // A town matched by a vowel's difference ("Shinwar district, Nangarhar" and a Shinwari elsewhere):
    // a guess, taken only where no unit of its country that the text names says otherwise (the
    // country named after it does not make it right).
    if (m.variant && contradicted(x, o, ctxArt)) out.push(-HELD_ABROAD);
    // "Banki, near the Cameroonian border": a reading far from the border's country is a namesake.
    else if (x.besideBorder && !besideBorder(o, x.besideBorder)) out.push(-HELD_ABROAD);
    else if (chained) out.push(HELD_BY_CHAIN * chained);
    // Each holder of the chain is checked, not only the first: in "El Palito, Morón, Carabobo
    // state" the town Morón names no unit, the state does.
    else if (x.chain.some((y, i) => i < 2 && abroad(holderReadings(y), o))) out.push(-HELD_ABROAD);
    // "Tuscania ward in Makambako", "the Lucca area of Tamale": a holder that names towns of one other
    // country only says the same of a namesake abroad (not across a border a few km away, nor the
    // next item of a list, which is a peer and may lie anywhere).
    else if (!x.listItem && x.chain.some((y, i) => i < 2 && !y.m.fragment && townsAbroad(y.opts, o))) out.push(-HELD_ABROAD);
    // "San Carlos, Negros Occidental" and a San Carlos in another province: the holder is in this
    // reading's country but far from it, so the reading is a namesake elsewhere in that country.
    else if ((away = namesakeElsewhere(x, f, o)) > 0) out.push(-away);
    else if (x.sentence.some((h) => holds(h, o))) out.push(HELD_IN_SENTENCE);
    else if (ctxArt.regions.length && o.kind === 'town') {
      // "in Eureka" with "Texas" further down; not "Idlib" the city by "Idlib" the province.
      if (ctxArt.regions.some((r) => r.m.key !== m.key && holds(r.o, o))) out.push(1.5);
    }
  }
  return out;
}

/** A village (or a town that the text names otherwise than by its main name as spelt; not a capital
 *  nor a seat of a first- or second-level unit) whose country the story does not give, when the
 *  name is, as spelt, a first-level unit or named region of another country only (none of its own). */
function unitAbroad(o: Option, f: ScoreFacts, ctxArt: LocateContext): boolean {
  if ((o.pop >= VILLAGE && o.primary && !o.respelled) || o.capital || !o.cc || (ctxArt.countries.get(o.cc) ?? 0) > 0) return false;
  if (o.fcode === 'PPLA' || o.fcode === 'PPLA2' || o.fcode === 'PPLC') return false;
  return f.regionSpelled && !f.regionCcs.has(o.cc);
}
const UNIT_ABROAD = 4;
/** A village, not a town: fewer people than most censuses' threshold of a town (2,000 to 5,000). */
const VILLAGE = 5_000;

/** A city (EXONYM_TOWN people or more) whose main name is written with letters that English does not
 *  use, found by that name with other vowels, letter for letter ("Geneva" for Genève; not "Sare" for
 *  Surrey, nor "Sidney" for Sydney: a name already in English is no exonym). */
function exonym(o: Option, x: ArticleMention, ctxArt: LocateContext): boolean {
  // Not where the story's clues name the country of another reading ("Geneva, Illinois" in a US story).
  if (o.pop < EXONYM_TOWN || !NOT_ENGLISH.test(o.name) || x.opts.some((t) => t.cc && t.cc !== o.cc && ctxArt.countries.has(t.cc))) return false;
  const main = placeKey(o.name);
  return main.length === x.m.key.length && consonants(main) === consonants(x.m.key)
    && !x.opts.some((t) => t.kind === 'town' && t.primary && t.pop >= EXONYM_TOWN);
}
const consonants = (key: string) => key.replace(/[aeiouy]+/g, '_');

/** A town of some size found by an alternate name, several times larger than every town whose main
 *  name it is: GeoNames keeps many towns under a former or official name and the name that news uses
 *  among the alternates. That name is then as good as a main one. (Not a city: its alternate names
 *  hold other places' names too, see exonym.) */
function renamedTown(o: Option, x: ArticleMention): boolean {
  if (o.primary || o.respelled || o.pop < RENAMED_TOWN || o.pop >= EXONYM_TOWN || x.m.fragment || isCommonWord(x.m)) return false;
  // Another name, not another spelling of this one (a name a letter or two from the main one is its
  // spelling in some language, not its new name): the main name holds no form of the text's.
  const main = placeKey(o.name).replace(/ /g, ''), key = x.m.key.replace(/ /g, '');
  if (main.includes(key) || key.includes(main) || editDistance(main, key) * 2 <= Math.max(main.length, key.length)) return false;
  // (A name that many towns hold, as a main or other name, is no town's new name.)
  const towns = x.opts.filter((t) => t.kind === 'town');
  return towns.length <= RENAMED_NAMESAKES && towns.every((t) => t === o || (t.primary ? t.pop * RENAMED_RATIO <= o.pop : t.pop < o.pop));
}

/** Size of such a renamed town, and how many times its main-named namesakes it outnumbers. */
const RENAMED_TOWN = 20_000;
const RENAMED_RATIO = 3;
/** At most this many towns of the name, the renamed one included. */
const RENAMED_NAMESAKES = 3;
const NOT_ENGLISH = /[^\x00-\x7f]/;

/** The countries where a name is the main name of a unit or town, per set of readings (the sets are
 *  shared by every mention of the name, so this is computed once per name). */
const mainNames = new WeakMap<Option[], Set<string>>();
function mainNameCountries(opts: Option[]): Set<string> {
  let s = mainNames.get(opts);
  if (!s) {
    s = new Set();
    for (const p of opts) if (p.cc && (p.kind === 'admin1' || p.kind === 'admin2' || (p.kind === 'town' && p.primary))) s.add(p.cc);
    mainNames.set(opts, s);
  }
  return s;
}

/** holderReadings of each mention, once per article mention. */
function holderReadings(y: ArticleMention): Option[] {
  return y.holderOpts ??= holderReadingsOf(y);
}

/** A holder's readings that its designator allows: "Merida state" is the state, not a town Merida
 *  (whose namesakes abroad would hold namesakes of the place), "X district" the district. */
function holderReadingsOf(y: ArticleMention): Option[] {
  const lex = lexicon();
  const after = y.m.after;
  if (!lex.adminAfter.test(after)) {
    // A name that is a unit is that unit or a town inside it, not a village of that name elsewhere
    // ("Santa Maria, Bulacan": the province, not a hamlet called Bulacan hundreds of kilometres away).
    const units = y.opts.filter(isUnit);
    return units.length && units.length < y.opts.length ? y.opts.filter((h) => isUnit(h) || units.some((u) => holds(u, h))) : y.opts;
  }
  const first = lex.admin1After.test(after), second = lex.admin2After.test(after);
  const units = y.opts.filter((h) => h.kind === 'county' || (first && h.kind === 'admin1') || (second && h.kind === 'admin2') || h.kind === 'division');
  return units.length ? units : y.opts;
}

/**
 * How much the place's first holder says that reading `o` is a namesake elsewhere in its country
 * (elsewhere below), or 0. (Not a fragment of a longer name: "Gracias" of "Gracias a Dios".)
 * A name that several towns share: HELD_ELSEWHERE. A name one town or ward has, only when the holder
 * is a town or district named as its surroundings ("Kilimani area, Eldoret", "Kamalia town (Dadu,
 * Sindh)"): the tables lack the place and know a namesake far away (NEAR_ELSEWHERE). Held by a region,
 * the one town of that name stays: a coder's slip in the region ("Puerto Natales (Los Lagos)") does
 * not move it; nor does a district's holder (most often its region), nor the next item of a list
 * ("Tulsa, Wichita and Omaha" are peers). (A name of several towns keeps the older rule, list or not:
 * on the dev inputs, sparing lists there moved only events of digests and lists of provinces.)
 */
function namesakeElsewhere(x: ArticleMention, f: ScoreFacts, o: Option): number {
  const y = x.chain[0];
  if ((o.kind !== 'town' && o.kind !== 'admin2' && o.kind !== 'division') || !y || (y.m.fragment && !y.m.road)) return 0;
  const several = (f.kinds.get(o.kind) ?? 0) > 1;
  // "Udaipur along the Agartala-Sabroom road": the road's first end is a town near the place on it.
  const road = !!y.m.road;
  // (Two holders, a district and its region, that both lie far from the table's one town of the name
  // are no slip of a coder's: "X (Ramree township, Kyaukpyu district, Rakhine State)" with an X known
  // only in Yangon is a namesake that the tables lack.)
  if (!several && (o.kind === 'admin2' || y.listItem || !(road || localHolder(y.opts, o)))) return o.kind === 'town' && twoHoldersElsewhere(x, o) ? NEAR_ELSEWHERE : 0;
  if (!elsewhere(road ? y.opts.filter((t) => t.kind === 'town') : holderReadings(y), o)) return 0;
  return several ? HELD_ELSEWHERE : NEAR_ELSEWHERE;
}

/** The place's first two holders both lie elsewhere in its country (elsewhere below). */
function twoHoldersElsewhere(x: ArticleMention, o: Option): boolean {
  const [y, z] = x.chain;
  return !!y && !!z && !y.listItem && !y.m.fragment && !z.m.fragment && elsewhere(holderReadings(y), o) && elsewhere(holderReadings(z), o);
}

/** How far (km) from a holder's point a town it does not hold may lie before the holder contradicts
 *  it: GeoNames' codes and ACLED's units disagree near borders (a coder's region within ~65 km of the
 *  town is taken as its admin-1, locate.ts), so only a town well beyond that is a namesake. */
const ELSEWHERE_KM = 90;

/**
 * True when a holder names units or towns of `o`'s country, none holds `o`, and all lie more than
 * ELSEWHERE_KM from it: the text puts the place in another part of the same country.
 */
function elsewhere(holder: Option[], o: Option): boolean {
  if (o.lat === null || o.lon === null) return false;
  let any = false;
  for (const h of holder) {
    // (A town holds towns only: it says nothing of a district's place.)
    // (A Kenyan ward or locality is a place of a town's size: a town may say where it is not.)
    if (h.cc !== o.cc || h.kind === 'country' || !canHold(h) || (h.kind === 'town' && o.kind !== 'town' && o.kind !== 'division')) continue;
    if (holds(h, o) || h.lat === null || h.lon === null || km(h.lat, h.lon, o.lat, o.lon) < ELSEWHERE_KM) return false;
    any = true;
  }
  return any;
}

/** True when the holder's readings in `o`'s country are towns and districts only, none a region:
 *  a statement about the place's surroundings, not a coder's choice among neighbouring regions.
 *  All its readings, whatever designator follows: "Arauca department" is Colombia's first-level unit
 *  though "department" names a district elsewhere. (A district's own holder is most often its
 *  region, so the caller asks this for towns and wards only.) */
function localHolder(holder: Option[], o: Option): boolean {
  let any = false;
  for (const h of holder) {
    if (h.cc !== o.cc) continue;
    if (h.kind !== 'town' && h.kind !== 'admin2') return false;
    any = true;
  }
  return any;
}

const isUnit = (h: Option) => h.kind === 'admin1' || h.kind === 'admin2' || h.kind === 'county';

/** True when the text names units of `o`'s country (its holders, its sentence's, the article's
 *  regions) and none of them holds `o`. */
function contradicted(x: ArticleMention, o: Option, ctxArt: LocateContext): boolean {
  let any = false;
  const check = (h: Option) => {
    if (h.cc !== o.cc || !isUnit(h)) return false;
    any = true;
    return holds(h, o);
  };
  if (x.chain.some((y) => holderReadings(y).some(check)) || x.sentence.some(check) || ctxArt.regions.some((r) => check(r.o))) return false;
  return any;
}

/** True when the units and countries among a holder's readings all lie in other countries than `o`. */
function abroad(holder: Option[], o: Option): boolean {
  let any = false;
  for (const h of holder) {
    if (h.kind !== 'admin1' && h.kind !== 'admin2' && h.kind !== 'county' && h.kind !== 'country') continue;
    if (h.cc === o.cc) return false;
    any = true;
  }
  return any;
}

/** How near a holder's town may lie across a border and still be the place's neighbour. */
const ACROSS_BORDER_KM = 50;

/** True when a holder's readings are all towns or places of other countries than `o`'s, none
 *  near it, and one of them larger than `o` (a holder with units is abroad()'s to judge). A town
 *  holds smaller places: a holder smaller than the reading is more likely the namesake itself
 *  ("Ben Arous (La Nouvelle Medina)", a city and its district, which the tables know only abroad). */
function townsAbroad(holder: Option[], o: Option): boolean {
  if (!o.cc || o.lat === null || o.lon === null) return false;
  let larger = false;
  for (const h of holder) {
    if (!h.cc || h.cc === o.cc || isUnit(h) || h.kind === 'country') return false;
    if (h.lat !== null && h.lon !== null && km(h.lat, h.lon, o.lat, o.lon) < ACROSS_BORDER_KM) return false;
    if (h.pop > o.pop) larger = true;
  }
  return larger;
}

/** A mention's score for one event: its weight as the event's evidence, then the terms of mentionTerms. */
export function scoreMention(evidenceWeight: number, terms: number[]): number {
  let s = evidenceWeight;
  for (const t of terms) s += t;
  return s;
}

/** "Tea farmers protested", "Bar owners rallied": a common English word opening a sentence and
 *  running straight into a lower-case word qualifies that noun; as the place it would be a small
 *  namesake abroad, so it is no candidate. A city of its name keeps its chance ("Phoenix police
 *  said", "Mobile residents"): news names big cities so; a dateline or "Split, Croatia" has a mark
 *  after the name. */
const MODIFIER = 10;
const MODIFIER_CITY = 100_000;
function qualifiesNoun(m: Mention, best: Option): boolean {
  return !m.dateline && /^ \p{Ll}/u.test(m.afterText) && !(best.kind === 'town' && best.pop >= MODIFIER_CITY);
}

function lastWord(s: string): string {
  const i = s.lastIndexOf(' ');
  return i < 0 ? s : s.slice(i + 1);
}

/** The terms of a mention's score given its best reading: the same for every event of the article. */
export function mentionTerms(best: Option, m: Mention, index: number, holder: boolean): number[] {
  const lex = lexicon();
  const out: number[] = [];
  const lw = lastWord(m.before);
  // "shelled Azaz in Aleppo": the "in" before a holder links it to the place it holds; it is the
  // place's cue, not the holder's (its capital of the same name is not where it happened).
  if (m.holdsUnknown) out.push(2); // the unknown place's own "in"
  else if (holder && lw === 'in') { /* no locative of its own */ }
  else if (lex.locativeStrong.has(lw) || (best.kind === 'border' && lex.borderPreposition.test(m.before.split(' ').slice(-3).join(' ')))) out.push(2);
  // "people fled from X" may be where it happened; "raiders from X", "a group of men from X" is where
  // the actors came from, not where they struck.
  else if (lw === 'from' || FROM_LIST.test(m.before)) out.push(lex.actorsFrom.test(m.before) ? -ACTORS_FROM : lex.localActorsFrom.test(m.before) ? -LOCAL_FROM : -0.5);
  else if (lex.locativeWeak.has(lw)) out.push(0.7);
  // "youths from Kapoeta raided Torit", "jets bombed Kharkiv": the object of an attack is where it struck.
  else if (lex.targetVerbs.has(lw)) out.push(TARGET);
  else if (!lex.anyPreposition.test(m.before)) out.push(-1); // no preposition at all nearby
  out.push(KIND_MENTION[best.kind]);
  if (m.initial && !m.text.includes(' ') && !lex.locativeStrong.has(lw)) out.push(-(best.kind === 'town' && !best.primary ? 1.5 : 0.3));
  // "the governor of Kilifi", "the University of Nairobi": a person's office or an institution,
  // not where the event happened.
  if (lex.jurisdiction.test(m.before)) out.push(-3);
  // "remained in custody in Baku", "taken to hospital in X": where people were taken afterwards.
  if (lex.takenTo.test(m.before)) out.push(-3);
  // "rallied in Kabwe in solidarity with the miners in Chingola", "protest against the Bunia
  // bombing", "against the attack on Ibadan university": the place of the event protested, not of
  // the protest.
  if (m.grievance || lex.solidarity.test(m.before) || lex.grievanceBefore.test(m.before) || (lex.grievanceLead.test(m.before) && lex.incidentAfter.test(m.after))) out.push(-GRIEVANCE);
  // "a lorry carrying charcoal to Ibadan", "a convoy bound for Nampula", "a bus travelling from X": the
  // ends of a journey, not where on it the event happened (a place named otherwise wins); so is the
  // side of a line that fighters or their fire came from ("gunmen who slipped across from X
  // province", "a drone launched from X").
  else if (lex.journeyTo.test(m.before) || lex.origin.test(m.before)) out.push(-JOURNEY_TO);
  // "the Karabakh war", "the Kashmir dispute", "Minsk agreement": the name of a conflict or a deal.
  if (lex.namedIssue.test(m.after)) out.push(-3);
  // A street, a school or a hospital named after a town ("Edwards Street", "Woodland High School"):
  // the name is not the place's town. Neighbourhoods ("the Austin neighborhood") are not the town.
  // (Not "the Arusha-Moshi road": a road named by the towns at its ends is near the first; it
  // stays a fragment of the pair, weaker than a place the sentence names with "in".)
  if (lex.streetAfter.test(m.after) && !m.road) {
    out.push(-3.5);
    // "Lusaka Street" in Kitwe, "Dodoma Road" in Iringa: with its own capital the street word
    // makes the pair a proper name, and streets are named after other towns as often as not.
    if (/^ \p{Lu}/u.test(m.afterText) && lex.streetName.test(m.after)) out.push(-STREET_NAME);
  }
  // The ends of "the Peshawar-Islamabad motorway" are the road's point only when the sentence names
  // no place on it: a road runs far from its ends, and "near Attock" says where on it the event was.
  // (Also the first end when no hyphen joins them: "the Mombasa Malindi road near a village in Kilifi".)
  if (m.fragment && (lex.roadBetween.test(m.after)
    || (/^ \p{Lu}/u.test(m.afterText) && !m.after.split(' ', 1)[0]!.includes('-') && lex.roadBetween.test(m.after.slice(m.after.indexOf(' ') + 1))))) out.push(-ROAD_END);
  if (lex.neighbourhoodAfter.test(m.after)) out.push(-2);
  // "Anderson's family", "Malone and Dixon were": a possessive without "in/at" is most often a person.
  if (/^['’](?:s\b|\s)/.test(m.afterText) && !lex.locativeStrong.has(lw)) out.push(-1.5);
  // "Mombasa residents held a demonstration", "residents of Kibera": the place's own people.
  // (Also past the unit's designator: "Turkana County residents", "Kasur district farmers".)
  if (best.kind !== 'country' && (lex.peopleAfter.test(m.after) || lex.peopleOfBefore.test(m.before)
    || m.unitPeople)) out.push(PEOPLE);
  if (m.dateline) out.push(DATELINE);
  if (m.fragment) out.push(-1.5);
  if (m.fuzzy) out.push(-1);
  if (isCommonWord(m)) out.push(-(m.initial ? (qualifiesNoun(m, best) ? MODIFIER : 4) : lex.locativeStrong.has(lw) ? 1 : 2.5));
  // ACLED-style notes say which point was used: "(coded as Kutu, Kirinyaga County)", "coordinates for X used".
  if (lex.codedAs.test(m.before)) out.push(CODED_AS);
  // Named to say where another place is: that place is the more precise answer.
  if (holder) out.push(-HOLDER);
  // "Qubba, a town east of Benghazi": the town the sentence describes is the place, not its landmark.
  if (m.reference) out.push(-REFERENCE);
  // Later mentions count less.
  out.push(-(0.4 * Math.min(index, 5)));
  return out;
}
