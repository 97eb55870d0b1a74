/**
 * Accuracy of the places stage alone on ACLED notes (../shared/eval/acled, never copied here):
 * each row's notes become an article with one event whose evidence is the whole note, and the
 * located admin1 and point are compared with ACLED's, as score.py's `acled` mode does.
 *   node --import tsx bench/places-acled.ts [--file CSV] [--limit N] [--errors N] [--rows OUT.jsonl]
 * --rows writes one line per note (ACLED's place, admin-1, point and precision; ours; the note), for
 * comparing runs or applying score.py's looser admin-1 match.
 * An error line: A (admin-1 wrong) and/or D (point beyond 25 km), the distance, ACLED's place, admin-1
 * and geo_precision, then ours.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event } from '../src/record/schema.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fileArg = process.argv.indexOf('--file');
const FILE = fileArg >= 0 ? process.argv[fileArg + 1]! : join(ROOT, '..', 'shared', 'eval', 'acled', 'kenya-2004-2019.csv');
if (!existsSync(FILE)) { console.log(`places-acled: ${FILE} absent, nothing to measure`); process.exit(0); }
const arg = (n: string, f: number) => { const i = process.argv.indexOf(`--${n}`); return i >= 0 ? Number(process.argv[i + 1]) : f; };
const rows = (parse(readFileSync(FILE), { columns: true }) as Record<string, string>[]).filter((r) => r.notes && !(r.event_type ?? '').startsWith('#'));
const limit = arg('limit', rows.length), showErrors = arg('errors', 0);
const rowsArg = process.argv.indexOf('--rows');
const rowLines: string[] = [];

function hav(a: number, b: number, c: number, d: number): number {
  const R = 6371, r = Math.PI / 180;
  const x = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(x));
}
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().trim();

let n = 0, a1 = 0, near = 0, none = 0, shown = 0;
const t0 = performance.now();
for (const r of rows.slice(0, limit)) {
  const text = r.notes!;
  const article: Article = { id: String(n), title: null, url: null, published: null, outlet: null, byline: null, text };
  const event: Event = {
    id: 'e', eventType: 'Battles', subEventType: 'Armed clash', background: false, date: { start: null, end: null, precision: 5 },
    location: null, actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: { low: null, best: null, high: null }, wounded: { low: null, best: null, high: null }, missing: { low: null, best: null, high: null }, captured: { low: null, best: null, high: null } },
    fatalities: null, evidence: [{ text, start: 0, end: text.length }], articles: [article.id],
  };
  const loc = locateEvents(article, [event])[0]!.location;
  n++;
  if (!loc) none++;
  const okA = !!r.admin1 && norm(loc?.admin1) === norm(r.admin1);
  a1 += okA ? 1 : 0;
  const km = loc?.latitude != null && loc.longitude != null ? hav(+r.latitude!, +r.longitude!, loc.latitude, loc.longitude) : null;
  const okN = km != null && km <= 25;
  near += okN ? 1 : 0;
  if (rowsArg >= 0) {
    rowLines.push(JSON.stringify({
      gold: { location: r.location, admin1: r.admin1, lat: +r.latitude!, lon: +r.longitude!, precision: +(r.geo_precision ?? 0) },
      got: loc ? { name: loc.name, admin1: loc.admin1, lat: loc.latitude, lon: loc.longitude, precision: loc.precision, mention: loc.mention?.text ?? null } : null,
      km: km == null ? null : Math.round(km), notes: text,
    }));
  }
  if ((!okA || !okN) && shown < showErrors) {
    shown++;
    console.log(`${okA ? ' ' : 'A'}${okN ? ' ' : 'D'} ${km == null ? '-' : Math.round(km)}km gold=${r.location}/${r.admin1} g${r.geo_precision ?? ''}  got=${loc ? `${loc.name}/${loc.admin1} p${loc.precision} [${loc.mention?.text ?? ''}]` : 'none'}  | ${text.slice(0, 160)}`);
  }
}
const ms = performance.now() - t0;
if (rowsArg >= 0) writeFileSync(process.argv[rowsArg + 1]!, rowLines.join('\n') + '\n');
console.log(JSON.stringify({ rows: n, admin1: +(a1 / n).toFixed(4), within_25km: +(near / n).toFixed(4), none: +(none / n).toFixed(4), ms: Math.round(ms), per_row_us: Math.round((ms * 1000) / n) }));
