/**
 * Chooses the place where an event happened among the place mentions of its article, and resolves
 * it: which mention (the one in the event's own sentences, after "in"/"near"/"outside", the most
 * specific), which of its homonyms (the one in the article's countries, under an admin-1 named next
 * to it as in "Kismaayo, Lower Juba", the most populous) and how precise (UCDP where_prec).
 * The weights below are plain additive evidence; docs/places.md explains each.
 */
import type { Article, Event, Place, Span } from '../record/schema.ts';
import { placesData, town, townsByKey, type Admin1, type Alias, type Country, type PlacesData, type Town } from './data.ts';
import { findMentions, type Mention } from './mentions.ts';
import { placeKey } from './normalize.ts';
import { admin1At, hitOf, inRegion, kenyaCounty } from './reverse.ts';
import { boundedMemo } from '../util/bounded-memo.ts';

type Kind = 'town' | 'admin1' | 'county' | 'division' | 'alias' | 'country' | 'border';

interface Option {
  kind: Kind;
  cc: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  /** Admin-1 known without a reverse lookup (admin-1 itself, Kenyan county or division). */
  admin1?: { name: string; code: string | null } | null;
  precision: number;
  capital?: boolean;
  /** The mention is the town's main name, not one of its alternate names. */
  primary?: boolean;
  /** GeoNames feature code of a town (PPLC: a national capital). */
  fcode?: string;
  /** The admin-1 region itself, for admin-1 readings (point-in-polygon of a neighbouring town). */
  region?: Admin1;
}

const LOCATIVE_STRONG = new Set(['in', 'at', 'near', 'outside', 'around', 'inside', 'nearby']);
const LOCATIVE_WEAK = new Set(['of', 'from', 'into', 'to', 'across', 'towards', 'toward', 'on', 'along', 'between', 'through', 'within', 'off', 'and']);
/** "near X", "outside X", "10 km north of X": X is right, but only within ~25 km (where_prec 2). */
const RELATIVE = /\b(?:near|nearby|outside|around|close to|km|kms|kilometres|kilometers|miles|north|south|east|west|northeast|northwest|southeast|southwest|outskirts|vicinity|suburb|suburbs)\b(?:\s+\w+){0,2}$/;
const ADMIN_WORD = /^(?:county|counties|region|province|state|oblast|governorate|prefecture|department|division|rayon|raion|district|sub-county|subcounty|constituency|ward|municipality|commune|area|enclave|exclave|corridor)\b/;
const SETTLEMENT_WORD = /^(?:village|town|city|town's|city's|village's|settlement|market|trading)\b/;
const SETTLEMENT_BEFORE = /\b(?:village|town|city|hamlet|settlement|villages|towns|suburb|neighbourhood|neighborhood|slum|estate) of$/;
const SPEAKS = /^(?:said|says|say|told|tells|admitted|admits|pleaded|testified|added|explained|tweeted|wrote|reported|reports|claimed|claims|announced|announces|accused|accuses|denied|denies|warned|warns|responded|responds|insisted|insists|stated|states|confirmed|confirms|blamed|blames|rejected|rejects|urged|urges|condemned|condemns|has said|has accused|has denied|has warned|has claimed|had said|would|will|wants|demanded|demands)\b/;
const REQUEST_BEFORE = /\b(?:asked|asks|urged|urges|told|tells|accused|accuses|blamed|blames|called on|calls on|pressed|presses|warned|warns|thanked|thanks|criticised|criticized|condemned)$/;
const CAPITAL_CUE = /\b(?:Parliament|National Assembly|State House|Supreme Court|presidential palace|the capital|capital city|Ministry of [A-Z][a-z]+)\b/;
/** "Edwards Street", "Letchworth Dr.", "Woodland High School": a street or a school named after a place
 *  elsewhere. (Markets, centres and camps are named after their own place: "Kakuma refugee camp".) */
const STREET_WORD = /^(?:street|streets|st|road|roads|rd|avenue|avenues|ave|drive|dr|boulevard|blvd|lane|ln|highway|hwy|way|court|ct|place|pl|parkway|pkwy|pike|trail|circle|terrace|high school|elementary|middle school)\b/;
const NAMED_ISSUE = /^(?:war|wars|conflict|conflicts|crisis|dispute|question|issue|talks|deal|agreement|accords?|process|format|peace|ceasefire|truce|protocol|declaration|group|summit)\b/;
const JURISDICTION = /\b(?:governor|governors|president|minister|ministers|mp|mps|mca|mcas|senator|mayor|commissioner|chief|member|members|representative|mp for|university|embassy|ambassador|consulate|king|bishop|archbishop|diocese|republic|government|parliament)\s+(?:of|for)(?:\s+the)?$/;
const BORDER = /\b(?:border|borders|frontier|front line|frontline|front-line|boundary)\b/i;
/** "remained in custody in Baku", "taken to hospital in Nairobi", "flown to Kyiv": where people were
 *  taken afterwards, not where the event happened. */
const TAKEN_TO = /\b(?:custody|detained|jailed|imprisoned|taken|flown|airlifted|evacuated|transferred|hospitali[sz]ed|treated|buried|hospital|prison)(?:\s+(?:in|to|at))$/;

/** The national capital (GeoNames PPLC) of a country, from the gazetteer. */
function capitalOf(iso2: string): Town | null {
  const c = placesData().countryByIso2.get(iso2);
  if (!c?.capital) return null;
  for (const row of townsByKey(placeKey(c.capital))) {
    const t = town(row);
    if (t.cc === iso2 && t.fcode === 'PPLC') return t;
  }
  return null;
}

function countryOfIso2(iso2: string | null): Country | null {
  return iso2 ? placesData().countryByIso2.get(iso2) ?? null : null;
}

function optionsFor(m: Mention): Option[] {
  const d = placesData();
  const out: Option[] = [];
  // "Somali herders", "Afghan refugees": a people, not Ethiopia's Somali region or a town.
  if (d.demonymByKey.has(m.key) && !ADMIN_WORD.test(m.after)) return out;
  if (m.border) {
    // A border is a region of the country that owns it (precision 5, no point): each named country,
    // or for "the country's border" the event's country, filled in by toPlace.
    const cs = m.border.map((k) => d.countryByKey.get(k) ?? d.demonymByKey.get(k)).filter((c): c is Country => !!c);
    if (m.border.length && !cs.length) return out; // "Somali border" of an unknown word: not a country
    if (!cs.length) out.push({ kind: 'border', cc: null, name: 'border', lat: null, lon: null, pop: 0, precision: 5, admin1: null });
    // "the Kenya-Somalia border": either side; the story's countries choose, the first named breaks ties.
    cs.forEach((c, i) => out.push({ kind: 'border', cc: c.iso2, name: `${c.name} border`, lat: null, lon: null, pop: i === 0 ? 1 : 0, precision: 5, admin1: null }));
    return out;
  }
  if (m.phrase) {
    for (const a of d.phraseAliases) if (a.names.some((n) => placeKey(n) === m.key)) out.push(aliasOption(a));
    return out;
  }
  for (const row of townsByKey(m.key)) {
    const t = town(row);
    out.push({ kind: 'town', cc: t.cc, name: d.renames.get(t.name) ?? t.name, lat: t.lat, lon: t.lon, pop: t.pop, precision: 1, capital: t.fcode === 'PPLC' || t.fcode === 'PPLA', fcode: t.fcode, primary: placeKey(t.name) === m.key });
  }
  for (const r of d.admin1ByKey.get(m.key) ?? []) {
    if (r.cc === 'KE') {
      // Kenya's former provinces ("Rift Valley", "Coast"): a named region, not an admin-1 any more.
      out.push({ kind: 'alias', cc: 'KE', name: r.name, lat: r.lat, lon: r.lon, pop: 0, precision: 5, admin1: null });
      continue;
    }
    const h = hitOf(r);
    out.push({ kind: 'admin1', cc: r.cc, name: h.name, lat: r.lat, lon: r.lon, pop: 0, precision: 4, admin1: { name: h.name, code: h.code }, region: r });
  }
  const county = d.ke.countyByKey.get(m.key);
  if (county) out.push({ kind: 'county', cc: 'KE', name: county.name, lat: county.lat, lon: county.lon, pop: 0, precision: 4, admin1: { name: county.name, code: county.code } });
  const div = d.ke.byName.get(m.key);
  const keTown = out.find((o) => o.kind === 'town' && o.cc === 'KE');
  // A Kenyan town that is also a ward or constituency: the town has real coordinates, and the
  // division table confirms it (the bonus a division would get).
  if (div && keTown) keTown.pop = Math.max(keTown.pop, 10_000);
  else if (div) {
    const c = d.ke.counties.find((x) => x.name === div)!;
    // A town standing for the ward or constituency (admin-2 level) when known, else the county seat.
    const p = d.ke.coords.get(m.key);
    out.push({ kind: 'division', cc: 'KE', name: m.text, lat: p ? p[0] : c.lat, lon: p ? p[1] : c.lon, pop: 0, precision: p ? 3 : 4, admin1: { name: c.name, code: c.code } });
  }
  for (const a of d.aliasByKey.get(m.key) ?? []) out.push(aliasOption(a));
  const c = d.countryByKey.get(m.key);
  if (c) out.push({ kind: 'country', cc: c.iso2, name: c.name, lat: null, lon: null, pop: 0, precision: 6, admin1: null });
  return out;
}

function aliasOption(a: Alias): Option {
  const k = a.admin1 ? { name: a.admin1, code: null } : undefined;
  return { kind: a.kind === 'place' ? 'town' : 'alias', cc: a.iso2, name: a.name, lat: a.lat, lon: a.lon, pop: 0, precision: a.precision, admin1: k };
}

/** Countries the article's text is about, with weights: named countries, names of one country, demonyms. */
function textCountries(text: string, mentions: { m: Mention; opts: Option[] }[]): Map<string, number> {
  const w = new Map<string, number>();
  for (const { m, opts } of mentions) {
    if (m.fragment || isCommonWord(m)) continue;
    const ccs = new Set(opts.map((o) => o.cc).filter(Boolean));
    if (opts.some((o) => o.kind === 'country')) addWeight(w, opts.find((o) => o.kind === 'country')!.cc, 2);
    // A name of one country only: an admin-1 or alias says more than a town (towns' names recur).
    else if (ccs.size === 1) addWeight(w, [...ccs][0], opts.some((o) => o.kind !== 'town') ? 1.5 : 0.5);
  }
  // Demonyms ("Kenyan police", "Azerbaijani forces") say whose country the story is in.
  DEMONYM_WORD.lastIndex = 0;
  for (let match = DEMONYM_WORD.exec(text); match; match = DEMONYM_WORD.exec(text)) {
    const c = demonymOf(match[0]);
    // Weak: "Ugandan MP", "Tanzanian authorities" often name people from elsewhere.
    if (c) addWeight(w, c.iso2, 0.5);
  }
  return w;
}

function iso2Of(d: PlacesData, iso3: string | null | undefined): string | undefined {
  return iso3 ? d.countryByIso3.get(iso3)?.iso2 : undefined;
}

/** Adds v to the weight of a country (a function, not a closure per call: tsx names every closure). */
function addWeight(w: Map<string, number>, iso2: string | null | undefined, v: number): void {
  if (iso2) w.set(iso2, (w.get(iso2) ?? 0) + v);
}

const DEMONYM_WORD = /\b\p{Lu}\p{Ll}+(?:i|an|ese|ian|ish|ean)s?\b/gu;
/** The country of a capitalized word that looks like a demonym ("Kenyan", "Somalis"), or null;
 *  remembered, as the same words recur from article to article. */
const demonymOf = boundedMemo((word: string): Country | null => {
  const d = placesData();
  return d.demonymByKey.get(placeKey(word)) ?? d.demonymByKey.get(placeKey(word.replace(/s$/, ''))) ?? null;
}, 20_000);

/** The article's countries plus the event's own: its extracted country (+5) and its actors' (+2). */
function contextCountries(base: Map<string, number>, event: Event): Map<string, number> {
  const d = placesData();
  const w = new Map(base);
  addWeight(w, iso2Of(d, event.location?.iso3), 5);
  for (const a of [event.actor1, event.actor2, ...event.associatedActors]) addWeight(w, iso2Of(d, a?.country), 2);
  return w;
}

/** "Post", "Grenade", "Orange": an English word that some gazetteer also has as a town. */
function isCommonWord(m: Mention): boolean {
  return !m.text.includes(' ') && placesData().common.has(m.text.toLowerCase());
}

const MIN_SCORE = 5;
const MAX_MENTIONS = 5000;

interface Scored { m: Mention; o: Option; score: number; inEvidence: boolean; namedAdmin?: Option | null; topCountry?: string | null }

function lastWord(s: string): string {
  const i = s.lastIndexOf(' ');
  return i < 0 ? s : s.slice(i + 1);
}

/** True when the town or division lies in one of the admin-1 readings named next to it
 *  ("Kismaayo, Lower Juba"): only those regions are tested, not the whole country. */
function inNamedAdmin(o: Option, near: Option[]): boolean {
  for (const x of near) {
    if (x.cc !== o.cc) continue;
    if (o.admin1) { if (o.admin1.name === x.admin1!.name) return true; continue; }
    if (o.lat === null || o.lon === null) continue;
    if (x.kind === 'county' ? kenyaCounty(o.lat, o.lon).name === x.name : x.region && inRegion(x.region, o.lat, o.lon)) return true;
  }
  return false;
}

/** How many kinds of table know this name in each country ("Embu": a Kenyan town and county). */
function agreement(opts: Option[]): Map<string, number> {
  const kinds = new Map<string, Set<Kind>>();
  for (const o of opts) {
    if (!o.cc) continue;
    if (!kinds.has(o.cc)) kinds.set(o.cc, new Set());
    kinds.get(o.cc)!.add(o.kind === 'division' ? 'county' : o.kind);
  }
  return new Map([...kinds].map(([cc, k]) => [cc, k.size]));
}

/** Words between a place and the region or country that holds it: "Solhan in northern Burkina Faso",
 *  "Moura in central Mali", "Marti, Samburu", "Nyali (Mombasa)". */
const CONTAINER_GAP = /^\s*(?:,|\(|in(?:\s+the)?(?:\s+(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest))?)\s*$/i;

const KIND_BASE: Record<Kind, number> = { town: 2, county: 2.2, division: 4.5, admin1: 1.8, alias: 2, country: 0.5, border: 1.5 };
const KIND_MENTION: Record<Kind, number> = { town: 1, division: 0.8, county: 0.3, admin1: 0.3, alias: 0, country: -2, border: 0 };

/**
 * A reading's score for one event: its base, the event's countries (the only part that changes
 * from one event of the article to the next), then the terms of readingTerms, added in the same
 * order as ever so that the sums, and so the choices, stay exactly the same.
 */
function scoreOption(o: Option, ctx: Map<string, number>, ctxMax: number, terms: number[]): number {
  // A Kenyan ward or constituency has no population figure; its base stands for a main-name town of
  // some 30,000 people (tuned on dev notes between 3.2 and 5.5: flat above 4.5).
  let s = KIND_BASE[o.kind];
  if (ctxMax > 0 && o.cc) s += (ctx.get(o.cc) ?? 0) > 0 ? 3 * ((ctx.get(o.cc) ?? 0) / ctxMax) : -3;
  else if (o.kind === 'border' && !o.cc && ctxMax > 0) s += 3; // "the country's border": the story's own country
  for (const t of terms) s += t;
  return s;
}

/** The terms of a reading's score that depend on the article only (its words and neighbours, not
 *  the event): computed once per mention and reading, shared by the article's events. */
function readingTerms(o: Option, m: Mention, adminNear: Option[], agree: Map<string, number>, regions: { m: Mention; o: Option }[]): number[] {
  const out: number[] = [];
  if (o.cc) out.push(1.5 * ((agree.get(o.cc) ?? 1) - 1));
  if (o.kind === 'town') out.push(0.3 * Math.log10(o.pop + 1) + (o.capital ? 0.3 : 0) + (o.primary ? 1 : -0.5));
  if (o.kind === 'border') out.push(0.5 * o.pop);
  const after = m.after;
  if (ADMIN_WORD.test(after)) out.push(o.kind === 'admin1' || o.kind === 'county' || o.kind === 'division' ? 2.5 : o.kind === 'town' ? -0.5 : 0);
  // "Marti, Samburu", "Nyali (Mombasa)": a name after another place and a comma or parenthesis
  // is that place's region.
  else if (m.afterPlace && (o.kind === 'admin1' || o.kind === 'county')) out.push(2);
  if (SETTLEMENT_WORD.test(after) || SETTLEMENT_BEFORE.test(m.before)) out.push(o.kind === 'town' || o.kind === 'division' ? 2 : -1);
  if (adminNear.length && (o.kind === 'town' || o.kind === 'division') && inNamedAdmin(o, adminNear)) out.push(3);
  else if (regions.length && o.kind === 'town') {
    const others = regions.filter((r) => r.m.key !== m.key).map((r) => r.o); // not "Idlib" the city by "Idlib" the province
    if (others.length && inNamedAdmin(o, others)) out.push(1.5);
  }
  return out;
}

/** A mention's score for one event: its weight as the event's evidence, then the terms of mentionTerms. */
function scoreMention(evidenceWeight: number, terms: number[]): number {
  let s = evidenceWeight;
  for (const t of terms) s += t;
  return s;
}

/** The terms of a mention's score given its best reading: the same for every event of the article. */
function mentionTerms(best: Option, m: Mention, index: number): number[] {
  const out: number[] = [];
  const lw = lastWord(m.before);
  if (LOCATIVE_STRONG.has(lw) || (best.kind === 'border' && /\b(?:on|along|across|at|near)\b/.test(m.before.split(' ').slice(-3).join(' ')))) out.push(2);
  else if (lw === 'from') out.push(-0.5); // "raiders from X": where they came from, not where it happened
  else if (LOCATIVE_WEAK.has(lw)) out.push(0.7);
  else if (!/\b(?:in|at|near|outside|around|of|on|into|to|across|between)\b/.test(m.before)) out.push(-1); // no preposition at all nearby
  out.push(KIND_MENTION[best.kind]);
  if (m.initial && !m.text.includes(' ') && !LOCATIVE_STRONG.has(lw)) out.push(-(best.kind === 'town' && !best.primary ? 1.5 : 0.3));
  // "the University of Nairobi's campus": a possessive names an institution more often than a scene.
  // "the governor of Kilifi", "the University of Nairobi": a person's office or an institution,
  // not where the event happened.
  if (JURISDICTION.test(m.before)) out.push(-3);
  if (TAKEN_TO.test(m.before)) out.push(-3);
  // "the Karabakh war", "the Kashmir dispute", "Minsk agreement": the name of a conflict or a deal.
  if (NAMED_ISSUE.test(m.after)) out.push(-3);
  // A street, a school or a hospital named after a town ("Edwards Street", "Woodland High School"):
  // the name is not the place's town. Neighbourhoods ("the Austin neighborhood") are not the town.
  if (STREET_WORD.test(m.after)) out.push(-3.5);
  if (/^(?:neighborhood|neighbourhood|section|community area)\b/.test(m.after)) out.push(-2);
  // "Anderson's family", "Malone and Dixon were": a possessive without "in/at" is most often a person.
  if (/^['’](?:s\b|\s)/.test(m.afterText) && !LOCATIVE_STRONG.has(lw)) out.push(-1.5);
  // A dateline ("CHICAGO — A shooting ...", "NAIROBI, Kenya (Reuters) -"): the reporter's place,
  // usually the story's.
  if (m.dateline) out.push(2.5);
  if (m.fragment) out.push(-1.5);
  if (m.fuzzy) out.push(-1);
  if (isCommonWord(m)) out.push(-(m.initial ? 4 : LOCATIVE_STRONG.has(lw) ? 1 : 2.5));
  // ACLED-style notes say which point was used: "(coded as Kutu, Kirinyaga County)", "coordinates for X used".
  if (/\b(?:coded as|coordinates for|coordinates of|coded to)$/.test(m.before)) out.push(3);
  // "Kenyan police" is an actor's country, "Kisumu Governor" is a person: a following title or noun
  // does not make a place of the event.
  out.push(-(0.4 * Math.min(index, 5)));
  return out;
}

/** One place mention of an article with its readings, and the parts of its scores that every event
 *  of the article shares (filled in by the first event that scores them). */
interface ArticleMention {
  m: Mention; opts: Option[]; adminNear: Option[]; container: Set<string> | null;
  agree: Map<string, number>;
  /** readingTerms of opts[i], once scored. */
  terms: (number[] | undefined)[];
  /** mentionTerms for the best reading, by reading. */
  bestTerms: Map<Option, number[]> | null;
}

export interface LocateContext {
  mentions: ArticleMention[];
  countries: Map<string, number>;
  /** Admin-1 readings named anywhere in the article, with the mention that named them. */
  regions: { m: Mention; o: Option }[];
}

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

/** Mentions of one article with their readings and neighbours, found once and shared by its events. */
export function articleMentions(article: Article): LocateContext {
  // Readings are the same for every mention of a name: computed once per name and article. Hostile
  // or huge input is bounded: past MAX_MENTIONS place mentions, the rest of the text is not read.
  // The same names recur across articles too ("Chicago", "Nairobi"): readings are also remembered
  // across articles (readingsOf); the article's own map keeps one array per name within the article
  // even when that memo is emptied halfway through it.
  const memo = new Map<string, Reading>();
  const found = findMentions(article.text).slice(0, MAX_MENTIONS).map((m) => {
    const k = `${m.key}\u0000${m.border ? 'b' : m.phrase ? 'p' : ''}\u0000${ADMIN_WORD.test(m.after) ? 'a' : ''}\u0000${m.text}`;
    let r = memo.get(k);
    if (!r) { r = readingsOf(k, m); memo.set(k, r); }
    return { m, opts: r.opts, agree: r.agree };
  }).filter((x) => x.opts.length > 0);
  const mentions: ArticleMention[] = found.map(({ m, opts, agree }, idx) => {
    // Admin-1 names within 80 characters ("Kismaayo, Lower Juba", "Baragoi, Samburu"). Mentions
    // are sorted by position, so only the neighbours in that window are visited.
    const adminNear: Option[] = [];
    for (const dir of [-1, 1]) {
      for (let j = idx + dir; j >= 0 && j < found.length && Math.abs(found[j]!.m.start - m.start) <= 80; j += dir) {
        for (const x of found[j]!.opts) if (x.kind === 'admin1' || x.kind === 'county') adminNear.push(x);
      }
    }
    const prev = found[idx - 1]?.m;
    m.afterPlace = !!prev && m.start - prev.end <= 3 && /^\s*[,(]\s*$/.test(article.text.slice(prev.end, m.start));
    // "Baku said", "Kyiv says", "asked Moscow to help": a capital or country standing for its
    // government is an actor of the story, not its place.
    m.metonym = SPEAKS.test(m.after) && !m.afterText.startsWith(',')
      || (REQUEST_BEFORE.test(m.before) && opts.some((o) => o.kind === 'country' || (o.kind === 'town' && o.fcode === 'PPLC')));
    // The country or region named right after as the place's container ("in central Mali").
    const next = found[idx + 1];
    let container: Set<string> | null = null;
    // (Not a government speaking: "shelling in Kharkiv, Russia said".)
    const speaks = !!next && SPEAKS.test(next.m.after) && !next.m.afterText.startsWith(',');
    if (next && !speaks && next.m.start - m.end <= 30 && !next.m.border && CONTAINER_GAP.test(article.text.slice(m.end, next.m.start))) {
      const holds = next.opts.filter((x) => x.kind === 'country' || x.kind === 'admin1' || x.kind === 'county');
      if (holds.length) container = new Set(holds.map((x) => x.cc).filter((c): c is string => !!c));
      if (container && !container.size) container = null;
    }
    return { m, opts, adminNear, container, agree, terms: [], bestTerms: null };
  });
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
  return { mentions, countries: textCountries(article.text, found), regions };
}

/** Each mention's best reading and score, for bench/places-acled.ts --explain. */
export type Trace = { mention: string; option: string; score: number }[];

export interface Located {
  place: Place | null;
  /** The place was named in the event's own evidence (not only elsewhere in the article). */
  fromEvidence: boolean;
}

export function locateEvent(article: Article, event: Event, ctxArt: LocateContext, trace?: Trace): Place | null {
  return locateEventDetailed(article, event, ctxArt, trace).place;
}

export function locateEventDetailed(article: Article, event: Event, ctxArt: LocateContext, trace?: Trace): Located {
  const d = placesData();
  const evidence = event.evidence.filter((s) => s.end > s.start);
  const mentions = ctxArt.mentions;
  const ctx = contextCountries(ctxArt.countries, event);
  const ctxMax = Math.max(0, ...ctx.values());
  let best: Scored | null = null;
  mentions.forEach((x, idx) => {
    const { m, opts, adminNear, container } = x;
    if (m.metonym) return;
    // The extractor lists the event's own sentence first: earlier evidence counts more.
    const span = evidence.findIndex((s) => m.start >= s.start && m.end <= s.end);
    const inEvidence = evidence.length === 0 || span >= 0;
    const evidenceWeight = evidence.length === 0 ? 4 : span < 0 ? 0 : Math.max(2, 4 - 0.5 * span);
    let bo: Option | null = null, bs = -Infinity;
    for (let i = 0; i < opts.length; i++) {
      const o = opts[i]!;
      // The text names the region or country that holds this place ("Solhan in northern Burkina
      // Faso", "Moura in central Mali"): a reading outside it is a namesake abroad (a Turkish Solhan,
      // a Portuguese Moura), not a candidate; the container itself then stands for the place.
      if (container && o.cc && o.kind !== 'country' && !container.has(o.cc)) continue;
      const s = scoreOption(o, ctx, ctxMax, x.terms[i] ??= readingTerms(o, m, adminNear, x.agree, ctxArt.regions));
      if (s > bs) { bs = s; bo = o; }
    }
    if (!bo) return;
    let mt = x.bestTerms?.get(bo);
    if (!mt) { mt = mentionTerms(bo, m, idx); (x.bestTerms ??= new Map()).set(bo, mt); }
    const total = bs + scoreMention(evidenceWeight, mt);
    trace?.push({ mention: m.text, option: `${bo.kind}:${bo.name}:${bo.cc}`, score: +total.toFixed(2) });
    if (!best || total > best.score) {
      // "Mado Gashi (Isiolo)", "Baragoi, Samburu": the region the text names right after the place.
      const next = mentions[idx + 1];
      const named = next?.m.afterPlace ? next.opts.find((x) => (x.kind === 'admin1' || x.kind === 'county') && x.cc === bo!.cc) ?? null : null;
      best = { m, o: bo, score: total, inEvidence, namedAdmin: named };
    }
  });
  // Too weak to stand for the event's place (a capitalized common word abroad): keep what we had.
  if (best && (best as Scored).score < MIN_SCORE) best = null;
  if (best) (best as Scored).topCountry = [...ctx].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const fromEvidence = !!best && (best as Scored).inEvidence;
  if (!best) {
    // "protesters outside Parliament", "a rally in the capital": national institutions stand in the
    // capital of the story's country, when the story has one.
    const evText = evidence.length ? evidence.map((s) => s.text).join(' ') : article.text;
    const top = [...ctx].sort((a, b) => b[1] - a[1])[0]?.[0];
    const inst = top ? CAPITAL_CUE.exec(evText) : null;
    const cap = inst ? capitalOf(top!) : null;
    if (inst && cap) {
      const c = d.countryByIso2.get(top!)!;
      const h = admin1At(cap.lat, cap.lon, cap.cc);
      const start = evidence.length ? evidence[0]!.start + evText.indexOf(inst[0]) : inst.index;
      const ok = article.text.slice(start, start + inst[0].length) === inst[0];
      return {
        place: { name: d.renames.get(cap.name) ?? cap.name, admin1: h?.name ?? null, admin1Code: h?.code ?? null, country: c.name, iso3: c.iso3, latitude: cap.lat, longitude: cap.lon, precision: 2, mention: ok ? { text: inst[0], start, end: start + inst[0].length } : null },
        fromEvidence: true,
      };
    }
  }
  return { place: toPlace(best, event, evidence, article.text, d.countryByIso3), fromEvidence };
}

/** True when the point is in the admin reading's region or within ~30 km of it. */
function nearRegion(a: Option, lat: number, lon: number): boolean {
  if (a.kind === 'county') {
    const k = Math.cos((lat * Math.PI) / 180);
    return placesData().ke.points.some(([c, plat, plon]) => c === a.name && ((plon - lon) * k) ** 2 + (plat - lat) ** 2 < 0.27 * 0.27);
  }
  return !!a.region && (inRegion(a.region, lat, lon) || inRegion(a.region, lat + 0.2, lon) || inRegion(a.region, lat - 0.2, lon) || inRegion(a.region, lat, lon + 0.2) || inRegion(a.region, lat, lon - 0.2));
}

function toPlace(best: Scored | null, event: Event, evidence: Span[], text: string, byIso3: Map<string, Country>): Place | null {
  const evText = evidence.length ? evidence.map((s) => s.text).join(' ') : text;
  const prior = event.location;
  if (!best) {
    if (!prior) return null;
    const c = prior.iso3 ? byIso3.get(prior.iso3) ?? null : null;
    return { ...prior, country: prior.country ?? c?.name ?? null, precision: BORDER.test(evText) && prior.precision >= 6 ? 5 : prior.precision };
  }
  const { m, o } = best;
  if (o.kind === 'border') {
    const cc = o.cc ?? (prior?.iso3 ? byIso3.get(prior.iso3)?.iso2 ?? null : null) ?? best.topCountry ?? null;
    const bc = countryOfIso2(cc);
    if (!bc) return prior ? { ...prior, precision: Math.min(prior.precision, 5) } : null;
    return { name: `${bc.name} border`, admin1: null, admin1Code: null, country: bc.name, iso3: bc.iso3, latitude: null, longitude: null, precision: 5, mention: { text: m.text, start: m.start, end: m.end } };
  }
  const c = countryOfIso2(o.cc);
  let precision = o.precision;
  if (o.kind === 'town' && precision <= 2 && RELATIVE.test(m.before)) precision = 2;
  if (o.kind === 'town' && /^(?:district|sub-county|subcounty|constituency|division)\b/.test(m.after)) precision = 3;
  if (o.kind === 'country' && BORDER.test(evText)) precision = 5;
  let admin1: { name: string; code: string | null } | null = o.admin1 ?? null;
  // The text's own region for a town near a border wins over the reverse lookup, when the town lies
  // within ~30 km of it (a coder's "(Isiolo)" after a town our shapes put in Garissa).
  const named = best.namedAdmin;
  if (!admin1 && named && o.kind === 'town' && o.lat !== null && o.lon !== null && nearRegion(named, o.lat, o.lon)) admin1 = named.admin1!;
  if (!admin1 && o.lat !== null && o.lon !== null && o.kind !== 'country') {
    const div = o.cc === 'KE' ? placesData().ke.byName.get(m.key) : undefined;
    const county = div ? placesData().ke.counties.find((x) => x.name === div) : undefined;
    const h = county ? { name: county.name, code: county.code } : admin1At(o.lat, o.lon, o.cc);
    admin1 = h ? { name: h.name, code: h.code } : null;
  }
  return {
    name: o.name,
    admin1: admin1?.name ?? null,
    admin1Code: admin1?.code ?? null,
    country: c?.name ?? prior?.country ?? null,
    iso3: c?.iso3 ?? prior?.iso3 ?? null,
    latitude: o.lat,
    longitude: o.lon,
    precision,
    mention: { text: m.text, start: m.start, end: m.end },
  };
}
