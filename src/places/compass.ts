/**
 * "In the southern countryside of Idleb", "western Anbar province", "in the north of Marib": a
 * compass word on a first-level unit names a part of it. When the event's place is the unit itself
 * (no town inside that part is known), its point is the middle of that part — the centroid of the
 * unit's shape on that side of its own centroid — rather than the unit's seat, which may lie at the
 * other end of a region a hundred kilometres across.
 */
import { shapes, type Unit } from './data.ts';
import { inShape } from './reverse.ts';

/** North and east components of each compass word (adjectives and nouns, with or without hyphen). */
const DIRS: Record<string, [number, number]> = {
  north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1],
  northeast: [1, 1], northwest: [1, -1], southeast: [-1, 1], southwest: [-1, -1],
};
const WORD = '(north|south|east|west)(?:-?(east|west))?(ern)?';
/** "the southern countryside of", "the north of", "the north-western parts of" right before the name. */
const PART_OF = new RegExp(`\\bthe ${WORD}(?: (?:countryside|parts?|areas?|outskirts|region|desert))? of(?: the)?$`);
/** "northern Lattakia countryside", "western Anbar province": an adjective right before the name. */
const ADJECTIVE = new RegExp(`\\b${WORD}$`);
/** What may follow the name in the adjective form for a city's name to stand for its region. */
const REGION_AFTER = /^(?:countryside|province|governorate|region|state|department|oblast)\b/;

const CITY_AFTER = /^(?:city|town)\b/;

export interface Part { north: number; east: number }

/** The part of the unit that the words around its name give, or null (`unitReading`: the name was
 *  read as the unit itself, not as its seat). */
export function compassPart(before: string, after: string, unitReading: boolean): Part | null {
  // "in the west of Taizz city": a part of the city, not of the province.
  if (CITY_AFTER.test(after)) return null;
  let m = PART_OF.exec(before);
  if (!m) {
    const a = ADJECTIVE.exec(before);
    // "northern Aleppo" alone may be the city's north: only a unit, or a name followed by "province".
    if (a && a[3] && (unitReading || REGION_AFTER.test(after))) m = a;
  }
  if (!m) return null;
  const d = DIRS[m[1]! + (m[2] ?? '')];
  return d ? { north: d[0], east: d[1] } : null;
}

const GRID = 24;

/** The middle of the unit's part on the given side, from a grid over its shapes; null without shapes. */
export function partPoint(u: Unit, part: Part): { lat: number; lon: number } | null {
  const key = `${u.id} ${part.north} ${part.east}`;
  if (!memo.has(key)) memo.set(key, computePart(u, part));
  return memo.get(key)!;
}

/** Parts asked for, remembered: a few hundred units at most, each with eight directions. */
const memo = new Map<string, { lat: number; lon: number } | null>();

function computePart(u: Unit, part: Part): { lat: number; lon: number } | null {
  const ss = shapes().ofUnit.get(u.id);
  if (!ss?.length) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of ss) { x0 = Math.min(x0, s.bbox[0]); y0 = Math.min(y0, s.bbox[1]); x1 = Math.max(x1, s.bbox[2]); y1 = Math.max(y1, s.bbox[3]); }
  const pts: [number, number][] = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const lat = y0 + ((i + 0.5) * (y1 - y0)) / GRID, lon = x0 + ((j + 0.5) * (x1 - x0)) / GRID;
      if (ss.some((s) => inShape(s, lat, lon))) pts.push([lat, lon]);
    }
  }
  if (pts.length < 4) return null;
  const mid = (p: [number, number][]) => p.reduce((a, b) => [a[0] + b[0] / p.length, a[1] + b[1] / p.length], [0, 0]);
  const [clat, clon] = mid(pts);
  const k = Math.cos((clat * Math.PI) / 180);
  const side = pts.filter(([lat, lon]) => (lat - clat) * part.north + (lon - clon) * k * part.east > 0);
  if (!side.length) return null;
  const [lat, lon] = mid(side);
  return { lat: +lat.toFixed(4), lon: +lon.toFixed(4) };
}
