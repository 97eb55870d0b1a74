/**
 * First-level units of an event's date. GeoNames' codes give today's units; an event dated before a
 * unit was carved out of an older one belongs to the older unit (an event of 2019 in Hawassa lies in
 * Ethiopia's SNNPR, not in Sidama region, formed in 2020). data/places/unit-history.json.
 */
import { readJson } from './files.ts';

interface Split { since: string; was: string; code: string | null }

let splits: Map<string, Split[]> | null = null;

/** Today's unit (country ISO2 + "|" + name) → the splits that formed it, latest first. */
function load(): Map<string, Split[]> {
  const raw = readJson('unit-history.json').splits as Record<string, { units: string[]; since: string; was: string; code?: string }[]>;
  const out = new Map<string, Split[]>();
  for (const [cc, list] of Object.entries(raw)) {
    for (const s of list) {
      if (!/^\d{4}-\d\d-\d\d$/.test(s.since) || !s.was || !Array.isArray(s.units)) throw new Error(`places: data/places/unit-history.json: bad split in ${cc}`);
      for (const u of s.units) out.set(`${cc}|${u}`, [...(out.get(`${cc}|${u}`) ?? []), { since: s.since, was: s.was, code: s.code ?? null }].sort((a, b) => b.since.localeCompare(a.since)));
    }
  }
  return out;
}

/** The unit that held today's unit `name` of country `cc` on `date` (YYYY-MM-DD), or null when it
 *  is the same unit (no date, no split, or a date after the split). */
export function unitOfDate(cc: string | null, name: string | null, date: string | null | undefined): { name: string; code: string | null } | null {
  if (!cc || !name || !date) return null;
  const list = (splits ??= load()).get(`${cc}|${name}`);
  // The earliest split after the date names the unit of that day (splits of a split are chained
  // by listing the older unit under each of its parts).
  let at: Split | null = null;
  for (const s of list ?? []) if (date < s.since) at = s;
  return at ? { name: at.was, code: at.code } : null;
}
