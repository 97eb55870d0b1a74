/**
 * A deterministic generator of wire-style conflict reports for the scale benchmark: for each event
 * (a conflict, a town of the repo's gazetteer in one of its countries, a day of 2025, a sub-event
 * type, two actors, a toll), one to four reports by different outlets, each with its own text,
 * claimant and figure, and the event record that extraction gives for it (what `ingest` hands to
 * the store). Same seed, same reports.
 */
import type { Actor, Article, Claim, Event, Span } from '../../src/record/schema.ts';
import { eventTypeOf } from '../../src/record/taxonomy.ts';
import { totalsOf } from '../../src/resolve/reconcile.ts';
import { gazetteer, line } from '../../src/places/gazetteer.ts';
import { readJson } from '../../src/places/files.ts';
// The fuzz cases' seeded generator (mulberry32).
import { rng } from '../../test/read-fuzz-cases.ts';

type A = Pick<Actor, 'name' | 'kind' | 'inter'>;
interface Conflict {
  weight: number;
  /** ISO 3166-1 alpha-2 codes of the countries it is fought in. */
  cc: string[];
  /** The side of the state, and the others. */
  state: A;
  others: A[];
  /** Sub-event types, each as often as it is listed. */
  subs: string[];
  /** Who speaks for each side: the state's, the others'. */
  speakers: [string, string];
}

const army = (name: string): A => ({ name, kind: 'military', inter: 1 });
const rebel = (name: string): A => ({ name, kind: 'rebel', inter: 2 });
const militia = (name: string): A => ({ name, kind: 'identity_militia', inter: 4 });
const CLASH = 'Armed clash', AIR = 'Air/drone strike', SHELL = 'Shelling/artillery/missile attack', IED = 'Remote explosive/landmine/IED';
const ATTACK = 'Attack', ABDUCT = 'Abduction/forced disappearance', PROTEST = 'Peaceful protest', MOB = 'Mob violence';

const CONFLICTS: Conflict[] = [
  { weight: 14, cc: ['UA'], state: army('Military Forces of Ukraine'), others: [army('Military Forces of Russia')], subs: [SHELL, SHELL, AIR, AIR, CLASH, IED], speakers: ['the regional governor', 'the Russian defence ministry'] },
  { weight: 10, cc: ['SD'], state: army('Sudanese Armed Forces'), others: [rebel('Rapid Support Forces')], subs: [CLASH, CLASH, SHELL, AIR, ATTACK, ATTACK], speakers: ['the army spokesman', 'an RSF statement'] },
  { weight: 8, cc: ['MM'], state: army('Military Forces of Myanmar'), others: [rebel('Arakan Army'), rebel('Kachin Independence Army'), rebel('People\'s Defence Force')], subs: [AIR, AIR, CLASH, SHELL, ATTACK], speakers: ['the junta\'s information team', 'a resistance spokesperson'] },
  { weight: 8, cc: ['ML', 'BF', 'NE'], state: army('Military Forces of Mali'), others: [rebel('JNIM'), rebel('Islamic State Sahel Province')], subs: [CLASH, ATTACK, ATTACK, IED, ABDUCT], speakers: ['the army general staff', 'a local official'] },
  { weight: 7, cc: ['CD'], state: army('Military Forces of the Democratic Republic of Congo'), others: [rebel('M23'), militia('CODECO'), rebel('Allied Democratic Forces')], subs: [CLASH, ATTACK, ATTACK, ABDUCT, SHELL], speakers: ['the army spokesman', 'civil society leaders'] },
  { weight: 6, cc: ['SO'], state: army('Military Forces of Somalia'), others: [rebel('Al Shabaab')], subs: [CLASH, IED, IED, AIR, ATTACK], speakers: ['a military commander', 'the group\'s radio station'] },
  { weight: 6, cc: ['NG'], state: army('Military Forces of Nigeria'), others: [rebel('Boko Haram'), rebel('Islamic State West Africa Province'), militia('Fulani ethnic militia')], subs: [CLASH, ATTACK, ATTACK, ABDUCT, AIR], speakers: ['the army', 'residents'] },
  { weight: 5, cc: ['YE'], state: army('Military Forces of Yemen'), others: [rebel('Houthi Movement')], subs: [CLASH, SHELL, AIR, IED], speakers: ['a government military source', 'Houthi-run media'] },
  { weight: 5, cc: ['SY'], state: army('Military Forces of Syria'), others: [rebel('Syrian Democratic Forces'), rebel('Islamic State')], subs: [CLASH, IED, AIR, ATTACK], speakers: ['the Syrian Observatory for Human Rights', 'state news agency SANA'] },
  { weight: 5, cc: ['ET'], state: army('Military Forces of Ethiopia'), others: [militia('Fano militia'), rebel('Oromo Liberation Army')], subs: [CLASH, CLASH, AIR, ATTACK], speakers: ['a government official', 'residents'] },
  { weight: 4, cc: ['PK'], state: army('Military Forces of Pakistan'), others: [rebel('Tehrik-i-Taliban Pakistan'), rebel('Baloch Liberation Army')], subs: [CLASH, IED, ATTACK, ATTACK], speakers: ['the military\'s media wing', 'police'] },
  { weight: 4, cc: ['CO'], state: army('Military Forces of Colombia'), others: [rebel('ELN'), rebel('FARC dissidents')], subs: [CLASH, IED, ABDUCT, ATTACK], speakers: ['the defence ministry', 'the ombudsman\'s office'] },
  { weight: 4, cc: ['HT'], state: { name: 'Police Forces of Haiti', kind: 'police', inter: 1 }, others: [militia('Viv Ansanm gang coalition')], subs: [ATTACK, ATTACK, CLASH, MOB, PROTEST], speakers: ['the national police', 'a human rights group'] },
  { weight: 4, cc: ['MX'], state: army('Military Forces of Mexico'), others: [militia('Sinaloa Cartel'), militia('Jalisco New Generation Cartel')], subs: [CLASH, ATTACK, ATTACK, ABDUCT], speakers: ['state prosecutors', 'local media'] },
  { weight: 3, cc: ['KE'], state: { name: 'Police Forces of Kenya', kind: 'police', inter: 1 }, others: [militia('Pokot ethnic militia'), { name: 'Protesters (Kenya)', kind: 'protesters', inter: 6 }], subs: [PROTEST, PROTEST, MOB, ATTACK], speakers: ['police', 'the Kenya National Commission on Human Rights'] },
];
const OUTLETS = ['Reuters', 'AFP', 'Associated Press', 'Al Jazeera', 'BBC News', 'Xinhua', 'Anadolu Agency', 'The Guardian', 'Deutsche Welle', 'Radio France Internationale'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DETAILS = ['near the market', 'on the road to the airport', 'close to a checkpoint', 'at a camp for displaced people', 'near the river crossing',
  'outside a mosque', 'near a school', 'along the main highway', 'in the eastern outskirts', 'near the old bridge', 'at a military post', 'near the hospital'];
const YEAR_START = Date.UTC(2025, 0, 1);

interface Town { name: string; lat: number; lon: number }
interface Country { name: string; iso3: string; towns: Town[] }

/** Towns of the gazetteer (GeoNames cities1000) in the conflicts' countries: at most 600 each, the larger first. */
function loadCountries(): Map<string, Country> {
  const meta = (readJson('countries.json') as { countries: { iso2: string; iso3: string; name: string }[] }).countries;
  const want = new Set(CONFLICTS.flatMap((c) => c.cc));
  const out = new Map<string, Country>();
  for (const m of meta) if (want.has(m.iso2)) out.set(m.iso2, { name: m.name, iso3: m.iso3, towns: [] });
  const g = gazetteer();
  const all = new Map<string, (Town & { pop: number })[]>();
  for (let r = 0; r < g.unitsFrom; r++) {
    const f = line(g, g.firstRow + r).split('\t');
    if (!want.has(f[3]!) || !/^PPL/.test(f[5]!)) continue;
    const list = all.get(f[3]!) ?? [];
    list.push({ name: Buffer.from(f[0]!, 'latin1').toString('utf8'), lat: +f[1]!, lon: +f[2]!, pop: +f[4]! });
    all.set(f[3]!, list);
  }
  for (const [cc, towns] of all) out.get(cc)!.towns = towns.sort((a, b) => b.pop - a.pop || (a.name < b.name ? -1 : 1)).slice(0, 600);
  return out;
}

export interface GeneratedReport { article: Article; events: Event[] }

/** Builds a text piece by piece, remembering where each quoted piece lies. */
class Text {
  s = '';
  add(piece: string): Span {
    const start = this.s.length;
    this.s += piece;
    return { text: piece, start, end: this.s.length };
  }
}

/**
 * The reports of `events` events, in publication order within windows of a few days (as a feed
 * delivers them); `from` lets a run continue where another stopped (same seed, same reports).
 */
export function* generateReports(seed: number, events: number, from = 0): Generator<GeneratedReport> {
  const countries = loadCountries();
  const total = CONFLICTS.reduce((s, c) => s + c.weight, 0);
  // Events come in day order (one year spread over `events`), so reports arrive as news would.
  for (let i = from; i < events; i++) {
    const r = rng(seed * 1_000_003 + i);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    let w = r() * total;
    const conflict = CONFLICTS.find((c) => (w -= c.weight) < 0) ?? CONFLICTS[0]!;
    const country = countries.get(pick(conflict.cc))!;
    // Most events happen in the larger towns: the square skews the draw to the top of the list.
    const town = country.towns[Math.floor(r() * r() * country.towns.length)]!;
    const day = Math.min(364, Math.floor((i / events) * 365 + r() * 3));
    const date = new Date(YEAR_START + day * 86_400_000).toISOString().slice(0, 10);
    const sub = pick(conflict.subs);
    const other = pick(conflict.others);
    const [a1, a2] = sub === PROTEST ? [other, null] : r() < 0.6 ? [other, conflict.state] : [conflict.state, other];
    const killed = Math.floor(r() ** 3 * 60);
    const wounded = Math.floor(r() * killed * 2);
    const detail = pick(DETAILS);
    const nReports = 1 + Math.floor(r() ** 2 * 4);
    for (let k = 0; k < nReports; k++) {
      const outlet = OUTLETS[(i + k * 3) % OUTLETS.length]!;
      const pub = new Date(YEAR_START + (day + Math.floor(r() * 3)) * 86_400_000).toISOString().slice(0, 10);
      const speaker = conflict.speakers[k % 2]!;
      // Claimants disagree: the side that lost people says fewer, the other more.
      const figure = Math.max(0, Math.round(killed * (k % 2 ? 1 + r() * 0.5 : 1 - r() * 0.3)));
      yield report(`scale-${seed}-${i}-${k}`, { outlet, pub, date, town, country, sub, a1, a2, figure, wounded, speaker, detail, r });
    }
  }
}

interface Draw {
  outlet: string; pub: string; date: string; town: Town; country: Country; sub: string; a1: A; a2: A | null;
  figure: number; wounded: number; speaker: string; detail: string; r: () => number;
}

const actor = (a: A, iso3: string): Actor => ({ ...a, country: iso3 });

function report(id: string, d: Draw): GeneratedReport {
  const t = new Text();
  const weekday = DAYS[new Date(d.date + 'T00:00:00Z').getUTCDay()]!;
  const what = d.sub === PROTEST ? `Hundreds of people marched through ${d.town.name}, ${d.country.name}`
    : d.sub === MOB ? `A crowd attacked people and shops in ${d.town.name}, ${d.country.name}`
    : d.sub === ABDUCT ? `Gunmen from the ${d.a1.name} seized villagers in ${d.town.name}, ${d.country.name}`
    : `Fighting involving the ${d.a1.name}${d.a2 ? ` and the ${d.a2.name}` : ''} hit ${d.town.name}, ${d.country.name}`;
  const evidence = t.add(`${d.town.name.toUpperCase()} (${d.outlet}) - ${what}, ${d.detail}, on ${weekday}.`);
  t.add(' ');
  const claims: Claim[] = [];
  if (d.figure > 0 && d.sub !== PROTEST) {
    const q = t.add(`${d.figure} people were killed, ${d.speaker} said.`);
    claims.push({ outcome: 'killed', low: d.figure, high: d.figure, qualifier: 'exact', party: { name: 'people', kind: 'civilians', country: d.country.iso3 },
      claimedBy: { name: d.speaker, kind: 'official', country: d.country.iso3 }, reportedBy: { name: d.outlet }, quote: q });
    t.add(' ');
  }
  if (d.wounded > 0 && d.r() < 0.5) {
    const q = t.add(`At least ${d.wounded} others were wounded and taken to hospital.`);
    claims.push({ outcome: 'wounded', low: d.wounded, high: null, qualifier: 'at_least', party: { name: 'people', kind: 'civilians', country: d.country.iso3 },
      claimedBy: null, reportedBy: { name: d.outlet }, quote: q });
    t.add(' ');
  }
  t.add(`Residents described the situation in ${d.town.name} as tense. The ${d.a1.name} did not respond to a request for comment.`);
  const totals = totalsOf(claims, 'conservative');
  const event: Event = {
    id: 'e0', eventType: eventTypeOf(d.sub), subEventType: d.sub, background: false,
    date: { start: d.date, end: d.date, precision: 1 },
    location: { name: d.town.name, admin1: null, country: d.country.name, iso3: d.country.iso3, latitude: d.town.lat, longitude: d.town.lon, precision: 1 },
    actor1: actor(d.a1, d.country.iso3), actor2: d.a2 ? actor(d.a2, d.country.iso3) : null, associatedActors: [], claims,
    totals, fatalities: totals.killed.best, evidence: [evidence], articles: [],
  };
  const title = `${d.sub === PROTEST ? 'Protest' : 'Deadly violence'} in ${d.town.name}, ${d.country.name}`;
  return { article: { id, title, url: `https://news.example/${id}`, published: d.pub, outlet: d.outlet, byline: null, text: t.s }, events: [event] };
}
