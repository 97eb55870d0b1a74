/**
 * "In the southern countryside of Kharkiv", "northern Cabo Delgado province", "in the north of Ituri": a
 * compass word on a first-level unit names a part of it. When the event's place is the unit itself
 * (no town inside that part is known), its point is the middle of that part — the centroid of the
 * unit's shape on that side of its own centroid — rather than the unit's seat, which may lie at the
 * other end of a region a hundred kilometres across.
 */
import { shapes, type Unit } from './data.ts';
import { lexicon } from './lexicon.ts';
import { inShape } from './reverse.ts';

/** The patterns, from the compass words and the nouns of data/places/words.json, built on first use:
 *  "the southern countryside of", "the north of", "the north-western parts of" right before the
 *  name; "northern Kharkiv countryside", "western Ituri province": an adjective right before it. */
let patterns: { partOf: RegExp; adjective: RegExp } | null = null;
function compassPatterns(): { partOf: RegExp; adjective: RegExp } {
  const lex = lexicon();
  return patterns ??= {
    partOf: new RegExp(`\\bthe (${lex.compassDirections})(?: (?:${lex.compassPartNouns}))? of(?: the)?$`),
    adjective: new RegExp(`\\b(${lex.compassDirections})$`),
  };
}

/** North and east components of a compass word ("south-western": -1, -1). */
function direction(word: string): Part {
  return { north: word.includes('north') ? 1 : word.includes('south') ? -1 : 0, east: word.includes('east') ? 1 : word.includes('west') ? -1 : 0 };
}

export interface Part { north: number; east: number }

/** The part of the unit that the words around its name give, or null (`unitReading`: the name was
 *  read as the unit itself, not as its seat). */
export function compassPart(before: string, after: string, unitReading: boolean): Part | null {
  // "in the west of Kano city": a part of the city, not of the province.
  const lex = lexicon(), { partOf, adjective } = compassPatterns();
  if (lex.compassCityAfter.test(after)) return null;
  let m = partOf.exec(before);
  if (!m) {
    const a = adjective.exec(before);
    // "northern Kharkiv" alone may be the city's north: only a unit, or a name followed by "province".
    if (a && a[1]!.endsWith('ern') && (unitReading || lex.compassRegionAfter.test(after))) m = a;
  }
  if (!m) return null;
  const d = direction(m[1]!);
  return d.north || d.east ? d : null;
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
