/**
 * Chooses the place where an event happened among the place mentions of its article, and resolves
 * it: which mention (the one in the event's own sentences, after "in"/"near"/"outside", the most
 * specific), which of its homonyms (the one in the article's countries, held by the unit named next
 * to it as in "Kismaayo, Lower Juba", the most populous) and how precise (UCDP where_prec).
 * The readings come from src/places/readings.ts, the article's context from context.ts, the scores
 * from score.ts; docs/places.md explains each weight.
 */
import type { Article, Event, Place, Span } from '../record/schema.ts';
import { placesData, unitById, type Country } from './data.ts';
import { contextCountries, isCommonWord, strikerCountry, TOWN_NAME_WEIGHT, type ArticleMention, type KeyCounts, type LocateContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { placeKey } from './normalize.ts';
import { phraseOf } from './phrase.ts';
import type { PlaceWords } from './words.ts';
import { compassPart, partPoint } from './compass.ts';
import { capitalOf, type Option } from './readings.ts';
import { admin1AcrossBorder, admin1At, inUnit } from './reverse.ts';
import { unitOfDate } from './history.ts';
import { mentionTerms, readingTerms, scoreMention, scoreOption } from './score.ts';

export { articleMentions, type LocateContext } from './context.ts';

const MIN_SCORE = 5;
/** An administrative unit's name (not a common word) is a place even when weakly placed ("near the
 *  Zamfara game reserve"): the floor is for capitalized words that a town abroad happens to bear. */
const MIN_UNIT_SCORE = 3;
const UNIT_KINDS = new Set(['admin1', 'admin2', 'county', 'division']);
/** A reading outside the country that the event's own sentence places it in ("in northern Yemen"). */
const PLACED_ABROAD = 4;
/** A town abroad by a country's name ("Armenia" in Colombia) in a story not about the town's country. */
const COUNTRY_NAMESAKE = 6;
/** A country that labels a headline or a text ("Mali: jihadists kill 30 civilians"): where it happened. */
const LABEL = 3;
/** The point a coder's note says was used, named whole in the story's country (above the +3 that
 *  any name after "coded as" has, score.ts). */
const CODER_POINT = 3;
/** The end of the coded name: the note's parenthesis closes, or its precision or reason follows. */
const CODED_NAME_END = /^(?:\s*[),;.]|\s+(?:at|with|for|used|prec\w*|geo\w*|\())/;
/** Evidence weight of the article's mentions for an event whose own sentences name no place. */
const SETTING = 2;

const ARTICLES = new Set(['the', 'a', 'an']);
/** "Kabul-bound": a place's name and the adjective that makes it a journey's end (as JOURNEY_TO of score.ts). */
const BOUND_AFTER = /^-bound\b/i;
const JOURNEY_END = 3;
/** A name that qualifies an office ("Wajir Senator"), as "the senator for Wajir" (jurisdiction, score.ts). */
const OFFICE = 3;

/** The word before a place, past the articles and compass words between ("in the Martakert district", "in southern Somalia"). */
function wordBeforePlace(before: string): string {
  const words = before.split(' ');
  const { compassWords: compass, placeModifiers, heldBy, placeKindsOf } = lexicon();
  // "in rebel-held Idlib province", "in the restive city of Baquba": a description, or the kind of
  // place before "of", leaves the locative before it.
  const described = (w: string) => placeModifiers.has(w) || heldBy.has(w.slice(w.lastIndexOf('-') + 1)) && w.includes('-');
  let k = words.length - 1;
  for (;;) {
    if (k > 0 && (ARTICLES.has(words[k]!) || compass.has(words[k]!) || described(words[k]!))) { k--; continue; }
    if (k > 1 && words[k] === 'of' && placeKindsOf.has(words[k - 1]!)) {
      k -= 2;
      // "in the Haftanin region of northern Iraq": the kind's own name, one the index may lack,
      // stands between it and the locative (up to three words, back to an article).
      for (let n = 1; n <= 3 && k - n > 0; n++) if (ARTICLES.has(words[k - n]!)) { k -= n; break; }
      continue;
    }
    break;
  }
  return words[k] ?? '';
}

/** Of a mention, what scoring reads that no event changes (mentionFacts). */
export interface MentionFacts {
  /** Reads as a country's own name (not "Niger state"). */
  countryName: boolean;
  /** Labels the headline or text ("Mali: ..."). */
  label: boolean;
  /** After "coded as", "coordinates for". */
  codedAs: boolean;
  /** A country's reading after a strong locative ("in", "near"), past articles and descriptions. */
  placedIn: boolean;
  /** What the office it qualifies and a journey's end take off its score. */
  office: number; bound: number;
  /** After "coded as", and the coded name ends right after it. */
  codedNameEnd: boolean;
}

interface Scored { x: ArticleMention; m: Mention; o: Option; score: number; inEvidence: boolean; namedAdmin?: Option | null; topCountry?: string | null }

/** Each mention's best reading and score, for bench/places-acled.ts --explain. */
export type Trace = { mention: string; option: string; score: number }[];

export interface Located {
  place: Place | null;
  /** The place was named in the event's own evidence (not only elsewhere in the article). */
  fromEvidence: boolean;
}

/** Do the article's country clues rank one of `ccs` above every country of `opts`? (The text's
 *  clues, not the event's actors: a force hit in occupied or foreign land is not where it was hit.) */
function cluesFavour(ctx: Map<string, number>, ccs: Set<string | null>, opts: Option[]): boolean {
  let placed = 0, other = 0;
  for (const cc of ccs) if (cc) placed = Math.max(placed, ctx.get(cc) ?? 0);
  for (const o of opts) other = Math.max(other, o.cc ? ctx.get(o.cc) ?? 0 : 0);
  return placed > other;
}

function countryOfIso2(iso2: string | null): Country | null {
  return iso2 ? placesData().countryByIso2.get(iso2) ?? null : null;
}

/** Among towns of one name in several of the story's countries, the one in its leading country. */
const LEAD = 1;
const LEAD_CITY = 100_000;
/**
 * "Ukrainian forces repelled Russian assaults near Pokrovsk … Shelling also hit Kramatorsk": the
 * actors name both sides' countries, the story's other places one of them; the town of that name in
 * the leading country beats its namesake in the other, whatever their populations (a town the newer
 * GeoNames extract adds has no figure at all). Only between towns of the same name: a unit, border or
 * country reading keeps its weight.
 */
function lead(o: Option, opts: Option[], ctx: Map<string, number>, ctxMax: number): number {
  if (o.kind !== 'town' || !o.cc || ctxMax <= 0 || (ctx.get(o.cc) ?? 0) < ctxMax) return 0;
  const rivals = opts.filter((t) => t.kind === 'town' && t.cc && t.cc !== o.cc && (ctx.get(t.cc) ?? 0) > 0);
  // (Not against a city of 100,000 or more by its main name: a city is known by it wherever the story
  // is told, as a Texan city in a story of a man deported to Mexico.)
  return rivals.length && !rivals.some((t) => t.pop >= LEAD_CITY && t.primary) ? LEAD : 0;
}

/** A town of under this many people (not a first- or second-level seat) abroad, whose own name is its
 *  country's only clue. */
const LONE_VILLAGE = 20_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** As much as a reading in none of the story's countries loses (score.ts FOREIGN). */
const LONE_ABROAD = 3;
/**
 * "RSF fighters attacked Andili village … an army base in North Darfur": a village that the tables
 * know only in another country than the story's other places (a Philippine Andili) is a namesake
 * abroad, although its own name counts as a clue for its country (a name of one country only, +0.5):
 * a place in another country than every other clue needs more evidence than its own name. Only when
 * another place of the story (a unit's name of one country, or the names of two towns of one
 * country; not a country's name) and the story's weight point to that other country: a note that
 * names one Kenyan village and an armed group of Somalia keeps the village (its name is all it has).
 * A town with no clue of its own country at all (a namesake of several countries, or one word of an
 * unknown longer name) loses as much again beyond the foreign reading's own loss.
 */
function loneAbroad(o: Option, x: ArticleMention, idx: number, mentions: ArticleMention[], ctx: Map<string, number>, ctxMax: number): number {
  if (o.kind !== 'town' || SEATS.has(o.fcode ?? '') || o.pop >= LONE_VILLAGE || !o.cc || ctxMax <= 0) return 0;
  const w = ctx.get(o.cc) ?? 0;
  if (w > 0.5 || w >= ctxMax) return 0;
  // The other country's places: a unit, or towns of two names at least (a surname that is also a
  // town abroad, written four times in a court report, is one name, and no place of the story).
  const keys = new Map<string, Set<string>>();
  for (let j = 0; j < mentions.length; j++) {
    const y = mentions[j]!, c = y.oneCountry;
    if (j === idx || !c || c === o.cc || y.m.key === x.m.key || !((ctx.get(c) ?? 0) > w)) continue;
    if (y.opts.some((u) => u.kind !== 'town')) return LONE_ABROAD + 3 * (w / ctxMax);
    let ks = keys.get(c);
    if (!ks) keys.set(c, ks = new Set());
    ks.add(y.m.key);
    if (ks.size >= 2) return LONE_ABROAD + 3 * (w / ctxMax);
  }
  return 0;
}

/** How close (in degrees, ~11 km) to the story's country a town abroad must lie to stand for its
 *  twin across the border. */
const TWIN_DEG = 0.1;
/**
 * A town on a border often has a namesake across it (a divided market town, the two sides of a
 * crossing) that the gazetteer lacks. A town of another country than the story's leading one, in
 * which the mention has no reading, lying within ~11 km of it, is that twin when its own country
 * has little weight beyond the town's name and something else says the story's country: the
 * holder the text names ("In X zone, Y town"), the country its sentence places the event in ("in
 * Y, in southern Uganda"), or the story's own clues and places (its groups, peoples, words for
 * local units, places of one country; not a force named by its nationality: "Turkish border
 * police fired near the village of Y" on the Greek side). The place is then the twin, in the unit
 * of the story's country nearest the town, near its point (precision 2). Only a name that the
 * tables know as towns of one country (a county's or province's name is its own country's); not
 * when a holder the text names lies elsewhere ("Y in Z province"), nor when the clues are a group's
 * that fights beyond its home (al-Shabaab, JNIM): a story may well be told across the line.
 */
function borderTwin(o: Option, x: ArticleMention, ctx: Map<string, number>, ctxArt: LocateContext, placed: Set<string>, striker: string | undefined): Option | null {
  const opts = x.opts;
  if (o.kind !== 'town' || !o.cc || o.lat === null || o.lon === null || opts.some((y) => y.kind !== 'town')) return null;
  const top = leadingCountry(ctx);
  // (What the town's country weighs beyond the town's own name must be half the leading one's at most:
  // a people of both sides gives both some weight.)
  if (!top || top === o.cc || opts.some((y) => y.cc === top) || (ctx.get(o.cc) ?? 0) - TOWN_NAME_WEIGHT > ctx.get(top)! / 2) return null;
  // Fire from across a border lands on the other side: when the story's leading country is the one
  // the shells, rockets or aircraft came from ("Hezbollah fired rockets at Kiryat Shmona"), the town
  // the gazetteer puts across the line from it is the one struck, not a twin at home.
  if (top === striker) return null;
  const held = x.chain.length > 0;
  if (held && !x.chain.some((y) => y.opts.some((h) => h.cc === top))) return null;
  // (The story's own: its clues less its demonyms, and one for each other place named that only
  // one country has, not a country's own name: "Turkey-backed police" in a Syrian border town.)
  const places = oneCountryPlaces(ctxArt);
  const own = (cc: string) => (ctxArt.clueCountries.get(cc) ?? 0) - (ctxArt.demonymCountries.get(cc) ?? 0) + placesBesides(places.get(cc), x.m.key);
  if (!held && !placed.has(top) && (!(own(top) > 0) || own(o.cc) >= own(top))) return null;
  const hit = admin1AcrossBorder(o.lat, o.lon, top, TWIN_DEG);
  if (!hit) return null;
  return { ...o, cc: top, admin1: { name: hit.name, code: hit.code }, precision: 2, capital: false, fcode: 'PPL', u1: hit.unit ?? null, u2: null };
}

/** Per country, the article's mentions of a place of that country only (not a metonym, not only a
 *  country's name), counted by mention key; made once per article (every event asks borderTwin). */
function oneCountryPlaces(ctxArt: LocateContext): Map<string, KeyCounts> {
  if (ctxArt.oneCountryPlaces) return ctxArt.oneCountryPlaces;
  const byCc = new Map<string, KeyCounts>();
  for (const y of ctxArt.mentions) {
    const cc = y.oneCountry;
    if (!cc || y.m.metonym || !y.opts.some((h) => h.kind !== 'country')) continue;
    let counts = byCc.get(cc);
    if (!counts) byCc.set(cc, counts = { total: 0, byKey: new Map() });
    countKey(counts, y.m.key);
  }
  return ctxArt.oneCountryPlaces = byCc;
}

/** Mentions counted by key (KeyCounts): one more of `key`. */
function countKey(counts: KeyCounts, key: string): void {
  counts.total++;
  counts.byKey.set(key, (counts.byKey.get(key) ?? 0) + 1);
}

/** How many of the counted mentions have another key than `key`. */
function placesBesides(counts: KeyCounts | undefined, key: string): number {
  return counts ? counts.total - (counts.byKey.get(key) ?? 0) : 0;
}

/** The article's mentions that stand for no government (no metonym), by key: "does the text name
 *  another place than this one?" for each mention without a walk over all the others. */
function placeMentions(ctxArt: LocateContext): KeyCounts {
  if (ctxArt.placeMentions) return ctxArt.placeMentions;
  const counts: KeyCounts = { total: 0, byKey: new Map() };
  for (const y of ctxArt.mentions) if (!y.m.metonym) countKey(counts, y.m.key);
  return ctxArt.placeMentions = counts;
}

/**
 * What the scoring of a mention reads that no event changes (its words, the article's other places),
 * worked out by the article's first event that reaches the mention: the loop over mentions runs once
 * per event, and the regexes below are the same each time.
 */
function mentionFacts(x: ArticleMention, ctxArt: LocateContext, text: string): MentionFacts {
  if (x.facts) return x.facts;
  const lex = lexicon();
  const { m, opts } = x;
  // "Wajir Senator Amina Dube addressed a rally in the capital", "Gilgil MP X's supporters":
  // the office that the name qualifies, as "the senator for Wajir", when the text names another
  // place (alone, the office's seat is all it says, and ACLED codes the event there).
  const rivals = placesBesides(placeMentions(ctxArt), m.key) > 0;
  // (Not "the Gao mayor's office": the office's building stands in the place.)
  const om = rivals && !m.afterText.startsWith('-') ? lex.officeAfter.exec(m.after) : null;
  const codedAs = lex.codedAs.test(m.before);
  return x.facts = {
    // A country's own name ("over Armenia") is that country; its namesake towns abroad (Armenia in
    // Colombia) need the story to be in their country.
    // (Not "Niger state": a first-level designator names Nigeria's state, no namesake of the country.)
    countryName: opts.some((o) => o.kind === 'country') && !(lex.admin1After.test(m.after) && opts.some((o) => o.kind === 'admin1')),
    // "Mali: jihadists kill 30 civilians": a country that labels a headline or a text is where.
    label: m.start === 0 && m.afterText.startsWith(':'),
    codedAs,
    // (Read for a country's reading only.)
    placedIn: opts.some((o) => o.kind === 'country') && lex.locativeStrong.has(wordBeforePlace(m.before)),
    office: om && !officeOwns(text, m.end, om[0]) ? OFFICE : 0,
    // "a Kabul-bound convoy": the end of a journey, as "a convoy bound for Kabul" (not "-based": a
    // "Ouagadougou-based radio station" that was attacked stands where it is based).
    bound: rivals && text.charCodeAt(m.end) === 45 && BOUND_AFTER.test(text.slice(m.end, m.end + 8)) ? JOURNEY_END : 0,
    codedNameEnd: codedAs && CODED_NAME_END.test(text.slice(m.end, m.end + 12)),
  };
}

export function locateEventDetailed(article: Article, event: Event, ctxArt: LocateContext, trace?: Trace): Located {
  const d = placesData();
  const evidence = event.evidence.filter((s) => s.end > s.start);
  const mentions = ctxArt.mentions;
  const ctx = contextCountries(ctxArt.countries, event, ctxArt.demonymCountries);
  // The country a remote strike came from (borderTwin).
  const striker = strikerCountry(event);
  const ctxMax = Math.max(0, ...ctx.values());
  let best: Scored | null = null;
  // A current event whose own sentences name no place ("Vendors at Kejetia market in Kumasi downed
  // tools. In support, their customers blocked the roads.") happened in the story's setting: every mention
  // then counts as the weakest evidence does. It is still not placed by its own evidence, so the
  // story's main event, when placed, wins (src/places/index.ts).
  const unplaced = !event.background && evidence.length > 0
    && !mentions.some((x) => !x.m.metonym && evidence.some((s) => x.m.start >= s.start && x.m.end <= s.end));
  // The event's own sentence puts it somewhere ("hit an apartment block in Dnipro"): a capital's
  // dateline is then only where the reporter files from (war reporting files from capitals far
  // from the front; local news files from the story's own city, which keeps its weight).
  const lex = lexicon();
  // A border is not one (it lies between two countries: "an Iranian town near the Iraqi border").
  const first = evidence[0];
  const placedInFirst = first ? mentions.filter((x) => !x.m.dateline && !x.m.metonym && !x.m.border
    && x.m.start >= first.start && x.m.end <= first.end && lex.locativeStrong.has(wordBeforePlace(x.m.before))) : [];
  // "BISHKEK - … near the village of Kok-Tash": a settlement that no table knows still puts the
  // event there, not in the bureau's capital (its country or region is then all that is known).
  const placedInText = placedInFirst.length > 0 || (!!first && lex.settlementNamed.test(article.text.slice(first.start, first.end)));
  // The event's own sentence says which country it happened in ("a bomb blast in Kasur district in
  // eastern Pakistan (Punjab)"): a reading elsewhere in that sentence is a namesake abroad (the Indian
  // Punjab), as a place's own container says for it ("near the Somalia border" is no such country).
  const placedCountries = new Set<string>();
  for (const x of placedInFirst) {
    const c = x.opts.length === 1 && x.opts[0]!.kind === 'country' ? x.opts[0]!.cc : null;
    if (c && !lex.border.test(x.m.after.split(' ', 1)[0]!)) placedCountries.add(c);
  }
  // The countries the event's own sentence places it in, by any reading of its places.
  const placedCcs = new Set(placedInFirst.flatMap((x) => x.opts.map((o) => o.cc)));
  let datelineCc: string | null = null;
  mentions.forEach((x, idx) => {
    const { m, opts, container } = x;
    if (m.metonym) return;
    // A capital's dateline is a wire bureau ("KYIV (Reuters) -", "YEREVAN/BAKU"), not the event's
    // place when its own sentences name one; so is any dateline in another country than every
    // place that sentence names, when the article's clues favour the sentence's country
    // ("JERUSALEM - Palestinian gunmen … in the occupied West Bank"; a local paper's "CHICAGO - … in
    // the Englewood neighborhood" keeps its city, whose country the clues do not rank lower).
    if (m.dateline && placedInText && opts.some((o) => o.fcode === 'PPLC')) { datelineCc ??= opts.find((o) => o.fcode === 'PPLC')!.cc; return; }
    if (m.dateline && placedInFirst.length && !opts.some((o) => placedCcs.has(o.cc)) && cluesFavour(ctxArt.countries, placedCcs, opts)) return;
    // The extractor lists the event's own sentence first: earlier evidence counts more.
    // A coder's note of where the event was placed ("Location coded as Monywa.", "coordinates for X
    // used") speaks of the event wherever it stands: as the event's own sentence.
    const facts = mentionFacts(x, ctxArt, article.text);
    const found = evidence.findIndex((s) => m.start >= s.start && m.end <= s.end);
    const span = found < 0 && (m.labelled || facts.codedAs) ? 0 : found;
    const inEvidence = evidence.length === 0 || span >= 0;
    const evidenceWeight = evidence.length === 0 ? 4 : unplaced ? SETTING : span < 0 ? 0 : Math.max(2, 4 - 0.5 * span);
    const { countryName, label } = facts;
    let bo: Option | null = null, bs = -Infinity, bl = -Infinity;
    for (let i = 0; i < opts.length; i++) {
      const o = opts[i]!;
      // The text names the region or country that holds this place ("Solhan in northern Burkina
      // Faso", "Moura in central Mali"): a reading outside it is a namesake abroad (a Turkish Solhan,
      // a Portuguese Moura), not a candidate; the container itself then stands for the place.
      if (container && o.cc && o.kind !== 'country' && !container.has(o.cc)) continue;
      // A town that only goes by the country's name among its other names ("Iran" for Sari) is the
      // country itself, in any story.
      const namesake = countryName && o.kind !== 'country' && !!o.cc && (!(ctx.get(o.cc)! > 0) || o.kind === 'town' && !o.primary) ? COUNTRY_NAMESAKE : 0;
      const abroad = namesake + (span === 0 && placedCountries.size > 0 && o.cc && o.kind !== 'country' && !placedCountries.has(o.cc) ? PLACED_ABROAD : 0);
      const s = -abroad - loneAbroad(o, x, idx, mentions, ctx, ctxMax) + (label && o.kind === 'country' ? LABEL : 0) + scoreOption(o, ctx, ctxMax, x.terms[i] ??= readingTerms(o, x, ctxArt), o.kind === 'country' && facts.placedIn);
      // (The lead chooses among the name's readings; the mention's own weight against the story's
      // other places stays that of the reading: "X area west of Y" is still Y.)
      const sl = s + lead(o, opts, ctx, ctxMax);
      if (sl > bl) { bl = sl; bs = s; bo = o; }
    }
    if (!bo) return;
    // "clashes in X town, in southern Uganda": the gazetteer's only X is a Tanzanian town on the
    // border, and its twin across the line is meant (borderTwin).
    const twin = ctxArt.roaming ? null : borderTwin(bo, x, ctx, ctxArt, placedCountries, striker);
    if (twin) {
      const s = -loneAbroad(twin, x, idx, mentions, ctx, ctxMax) + scoreOption(twin, ctx, ctxMax, x.terms[opts.indexOf(bo)] ?? []);
      if (s > bs) { bs = s; bo = twin; }
    }
    let mt = x.bestTerms?.get(bo);
    if (!mt) { mt = mentionTerms(bo, m, idx, !!x.holder); (x.bestTerms ??= new Map()).set(bo, mt); }
    // The office the name qualifies, the end of a journey (mentionFacts).
    const { office, bound } = facts;
    // "(coded as Eldoret with GP2 for unfound Kimumu)": the coder's own answer, named whole and read
    // in the story's leading country, outweighs the other names of the note (a region beside it, a one-vowel
    // guess at the place the coder could not find). (Not a part of the coded name, "Kyi" of "Kyi Ywar
    // Kone", nor a namesake abroad of a point no table knows.)
    const coder = !m.fragment && !m.fuzzy && !!bo.cc && (ctx.get(bo.cc) ?? 0) >= ctxMax && facts.codedAs
      && facts.codedNameEnd ? CODER_POINT : 0;
    const total = bs + scoreMention(evidenceWeight, mt) - office - bound + coder;
    trace?.push({ mention: m.text, option: `${bo.kind}:${bo.name}:${bo.cc}`, score: +total.toFixed(2) });
    if (!best || total > best.score) {
      // "Mado Gashi (Isiolo)", "Githurai town, Kiambu": the region the text says holds the place.
      // "X (Buenos Aires)", "X (Khwlan, Sanaa)": a name written where a coder writes the holders, and
      // chosen as a town because X is unknown, is the first-level unit of that name when there is one:
      // the city keeps the point, the region it names gives the admin-1 (a capital that is its own
      // unit lies inside or beside the province of its name).
      // (Not the first end of a road the place lies on: "Mpigi along the Kampala-Masaka road" is
      // not in Kampala's district.)
      // (Nor the next item of a list that goes on: "in Masindi, Hoima and other towns" names peers;
      // "Kutulo, Wajir" still names the county of a ward that the tables put in another.)
      const named = x.chain.length ? x.pastUnknown || x.chain[0]!.m.road || (x.listItem && LIST_GOES_ON.test(article.text.slice(x.chain[0]!.m.end, x.chain[0]!.m.end + 8))) ? null : x.chain[0]!.opts.find((y) => (y.kind === 'admin1' || y.kind === 'county') && y.cc === bo!.cc) ?? null
        : m.afterPlace && bo.kind === 'town' ? x.opts.find((y) => y.kind === 'admin1' && y.cc === bo!.cc) ?? null : null;
      best = { x, m, o: bo, score: total, inEvidence, namedAdmin: named };
    }
  });
  // Too weak to stand for the event's place (a capitalized common word abroad): keep what we had.
  if (best && (best as Scored).score < MIN_SCORE && !weakUnit(best as Scored) && !roadOfTowns(best as Scored, mentions, article.text)) best = null;
  if (best) (best as Scored).topCountry = [...ctx].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const fromEvidence = !!best && (best as Scored).inEvidence;
  if (!best) {
    const cap = capitalPlace(article, evidence, ctx);
    if (cap) return { place: cap, fromEvidence: true };
    // The bureau's capital left aside for a settlement no table knows: its country is still the
    // event's, at the country's precision, when nothing else places it.
    const dc = !event.location ? countryOfIso2(datelineCc) : null;
    if (dc) return { place: { name: dc.name, admin1: null, admin1Code: null, country: dc.name, iso3: dc.iso3, latitude: null, longitude: null, precision: 6, mention: null, phrase: null }, fromEvidence: false };
    // "Hezbollah fighters clashed with Israeli troops near the border": no place is named, but the
    // text's words other than place names (its groups, peoples, designators, demonyms) lead to one
    // country: the event is there, at the country's precision (a border's when the evidence names
    // one). Not a name that no reading placed ("Police in Lebanon" of Tennessee), nor the actors' countries
    // ("Somali refugees were shot dead" may well be abroad), nor when a group named fights beyond its
    // home (JNIM, al-Shabaab): its home says nothing of where it struck.
    const sc = !event.location && !ctxArt.roaming ? countryOfIso2(leadingCountry(ctxArt.clueCountries)) : null;
    if (sc) {
      const evText = evidence.length ? evidence.map((s) => s.text).join(' ') : article.text;
      return { place: { name: sc.name, admin1: null, admin1Code: null, country: sc.name, iso3: sc.iso3, latitude: null, longitude: null, precision: lex.border.test(evText) ? 5 : 6, mention: null, phrase: null }, fromEvidence: false };
    }
  }
  return { place: toPlace(best, event, evidence, ctxArt.words, d.countryByIso3), fromEvidence };
}

/** Weight a country of the text must have, above every other, to stand for an event that names no
 *  place: a group's or a people's name (CLUE in context.ts), not a demonym alone. */
const LEADING = 1.5;

/** The country whose weight leads the story's (at least LEADING, and more than any other), or null. */
function leadingCountry(ctx: Map<string, number>): string | null {
  let top: string | null = null, w = 0, second = 0;
  for (const [cc, v] of ctx) {
    if (v > w) { second = w; w = v; top = cc; } else if (v > second) second = v;
  }
  return w >= LEADING && w > second ? top : null;
}

/** True when the office written right after a place's name (at `end`) is in the possessive: "the
 *  Gao mayor's office", "the Kandahar governor's compound" (a building in the place). */
function officeOwns(text: string, end: number, office: string): boolean {
  const words = office.split(' ').length;
  return new RegExp(`^\\s+(?:\\S+\\s+){${words - 1}}[^\\s'’]+['’]s?(?:\\s|$)`).test(text.slice(end, end + 60));
}

/** After a list's second item, the list goes on: " and other", ", or". */
const LIST_GOES_ON = /^\s*(?:,\s*)?(?:and|or)\b/;

/** "Traders blocked the Gulu-Kitgum road": a road named by two towns of one country is a place even
 *  when weakly placed (each end weighs less than a place named with "in": ROAD_END of score.ts); the
 *  floor is for capitalized words that a town abroad happens to bear, and two ends that agree are
 *  no such accident. */
const MIN_ROAD_SCORE = 2;
function roadOfTowns(b: Scored, mentions: ArticleMention[], text: string): boolean {
  const roadWord = lexicon().roadBetween;
  if (b.score < MIN_ROAD_SCORE || b.o.kind !== 'town' || !b.o.cc || !roadWord.test(b.m.after)) return false;
  // The other end, across the hyphen of "A-B road".
  const other = mentions.find((y) => y !== b.x && roadWord.test(y.m.after)
    && ((y.m.start === b.m.end + 1 && HYPHEN.test(text[b.m.end]!)) || (y.m.end + 1 === b.m.start && HYPHEN.test(text[y.m.end]!))));
  return !!other && other.opts.some((o) => o.kind === 'town' && o.cc === b.o.cc);
}
const HYPHEN = /^[-‐–]$/;

/** A unit's own name read weakly (at least MIN_UNIT_SCORE), not a common English word. */
function weakUnit(b: Scored): boolean {
  return b.score >= MIN_UNIT_SCORE && UNIT_KINDS.has(b.o.kind) && !isCommonWord(b.m);
}

/** "the Ugandan capital": a demonym before "capital" names the country. */
const NAMED_CAPITAL = /\bthe (\p{Lu}\p{Ll}+) capital\b/u;

/** "protesters outside Parliament", "a rally in the capital": national institutions stand in the
 *  capital of the story's country, when the story has one (precision 2). */
function capitalPlace(article: Article, evidence: Span[], ctx: Map<string, number>): Place | null {
  const d = placesData();
  const evText = evidence.length ? evidence.map((s) => s.text).join(' ') : article.text;
  // "in the Ugandan capital", "the Malian capital": the demonym names whose capital.
  const named = NAMED_CAPITAL.exec(evText);
  const namedCc = named ? d.demonymByKey.get(placeKey(named[1]!))?.iso2 : undefined;
  const top = namedCc ?? [...ctx].sort((a, b) => b[1] - a[1])[0]?.[0];
  const inst = top ? lexicon().capitalCue.exec(evText) ?? (namedCc ? named : null) : null;
  const cap = inst ? capitalOf(top!) : null;
  if (!inst || !cap) return null;
  const c = d.countryByIso2.get(top!)!;
  const u1 = cap.a1 ? unitById(`${cap.cc}.${cap.a1}`) : undefined;
  const h = u1 ?? admin1At(cap.lat, cap.lon, cap.cc);
  const start = evidence.length ? evidence[0]!.start + evText.indexOf(inst[0]) : inst.index;
  const ok = article.text.slice(start, start + inst[0].length) === inst[0];
  return {
    name: d.renames.get(cap.name) ?? cap.name, admin1: h?.name ?? null, admin1Code: h?.code ?? null, country: c.name, iso3: c.iso3,
    latitude: cap.lat, longitude: cap.lon, precision: 2, mention: ok ? { text: inst[0], start, end: start + inst[0].length } : null,
    phrase: ok ? { text: inst[0], start, end: start + inst[0].length } : null,
  };
}

/** True when the point is in the admin reading's region or near it (~35 km of its outline, ~65 km of its capital). */
function nearRegion(a: Option, lat: number, lon: number): boolean {
  if (a.kind === 'county') {
    const k = Math.cos((lat * Math.PI) / 180);
    return placesData().ke.points.some(([c, plat, plon]) => c === a.name && ((plon - lon) * k) ** 2 + (plat - lat) ** 2 < 0.27 * 0.27);
  }
  const u = a.u1;
  if (!u) return false;
  // Within ~65 km of the unit's capital, or ~35 km of its outline.
  const k = Math.cos((lat * Math.PI) / 180);
  if (((u.lon - lon) * k) ** 2 + (u.lat - lat) ** 2 < 0.6 * 0.6) return true;
  const d = 0.32;
  return inUnit(u, lat, lon) || inUnit(u, lat + d, lon) || inUnit(u, lat - d, lon) || inUnit(u, lat, lon + d) || inUnit(u, lat, lon - d);
}

function toPlace(best: Scored | null, event: Event, evidence: Span[], words: PlaceWords, byIso3: Map<string, Country>): Place | null {
  const text = words.text;
  const lex = lexicon();
  const evText = evidence.length ? evidence.map((s) => s.text).join(' ') : text;
  const prior = event.location;
  if (!best) {
    if (!prior) return null;
    const c = prior.iso3 ? byIso3.get(prior.iso3) ?? null : null;
    return { ...prior, country: prior.country ?? c?.name ?? null, precision: lex.border.test(evText) && prior.precision >= 6 ? 5 : prior.precision };
  }
  const { m, o } = best;
  const mention = { text: m.text, start: m.start, end: m.end };
  if (o.kind === 'border') {
    const cc = o.cc ?? (prior?.iso3 ? byIso3.get(prior.iso3)?.iso2 ?? null : null) ?? best.topCountry ?? null;
    const bc = countryOfIso2(cc);
    if (!bc) return prior ? { ...prior, precision: Math.min(prior.precision, 5) } : null;
    return { name: `${bc.name} border`, admin1: null, admin1Code: null, country: bc.name, iso3: bc.iso3, latitude: null, longitude: null, precision: 5, mention, phrase: phraseOf(words, best.x) };
  }
  const c = countryOfIso2(o.cc);
  let precision = o.precision;
  if (o.kind === 'town' && precision <= 2 && (m.road || lex.relativeBefore.test(m.before) || lex.relativeAfter.test(m.after))) precision = 2;
  if (o.kind === 'town' && lex.districtAfter.test(m.after)) precision = 3;
  // "in the village of Tungar Kaya in Zurmi": the town stands for a place no table knows, near it.
  if (o.kind === 'town' && precision < 2 && m.holdsUnknown) precision = 2;
  if (o.kind === 'country' && lex.border.test(evText)) precision = 5;
  let admin1: { name: string; code: string | null } | null = o.admin1 ?? null;
  // The text's own region for a town near a border wins over the codes and shapes, when the town
  // lies within ~30 km of it (a coder's "(Isiolo)" after a town our data put in Garissa).
  const named = best.namedAdmin;
  if (named && (o.kind === 'town' || o.kind === 'division') && o.lat !== null && o.lon !== null && admin1?.name !== named.admin1?.name && nearRegion(named, o.lat, o.lon)) admin1 = named.admin1!;
  // A Kenyan ward or locality name recurs from county to county, and the division table keeps one
  // county per name: when the text names another county right after it ("Kutulo, Wajir", "X (Lamu
  // county)"), it is that county's namesake, of unknown point: the county, at its seat (precision 4).
  else if (named?.kind === 'county' && o.kind === 'division' && admin1?.name !== named.admin1?.name) {
    return {
      name: named.name, admin1: named.admin1!.name, admin1Code: named.admin1!.code, country: c?.name ?? null, iso3: c?.iso3 ?? null,
      latitude: named.lat, longitude: named.lon, precision: 4, mention, phrase: phraseOf(words, best.x),
    };
  }
  if (!admin1 && o.lat !== null && o.lon !== null && o.kind !== 'country') {
    const div = o.cc === 'KE' ? placesData().ke.byName.get(m.key) : undefined;
    const county = div ? placesData().ke.counties.find((x) => x.name === div) : undefined;
    const h = county ? { name: county.name, code: county.code } : admin1At(o.lat, o.lon, o.cc);
    admin1 = h ? { name: h.name, code: h.code } : null;
  }
  // A unit carved out after the event's date: the event lies in the unit of its day.
  admin1 = unitOfDate(o.cc, admin1?.name ?? null, event.date.start) ?? admin1;
  const point = compassPoint(best.x, o) ?? { lat: o.lat, lon: o.lon };
  return {
    name: o.name,
    admin1: admin1?.name ?? null,
    admin1Code: admin1?.code ?? null,
    country: c?.name ?? prior?.country ?? null,
    iso3: c?.iso3 ?? prior?.iso3 ?? null,
    latitude: point.lat,
    longitude: point.lon,
    precision,
    mention,
    phrase: phraseOf(words, best.x),
  };
}

/** "In the southern countryside of Kharkiv", "northern Cabo Delgado province": the middle of that part of the
 *  first-level unit the name stands for (src/places/compass.ts), when the place is the unit itself or
 *  its seat of the same name; null otherwise. */
function compassPoint(x: ArticleMention, o: Option): { lat: number; lon: number } | null {
  if (o.kind !== 'admin1' && o.kind !== 'town') return null;
  const unit = o.kind === 'admin1' ? o.u1 : x.opts.find((a) => a.kind === 'admin1' && a.cc === o.cc && !!a.u1 && a.u1.id === o.u1?.id)?.u1;
  if (!unit) return null;
  // ("Northern Kharkiv": the compass word that opens the mention qualifies it as it would before it.)
  const before = x.m.qualified ? `${x.m.before} ${x.m.text.slice(0, x.m.text.indexOf(' ')).toLowerCase()}` : x.m.before;
  const part = compassPart(before, x.m.after, o.kind === 'admin1');
  return part ? partPoint(unit, part) : null;
}
