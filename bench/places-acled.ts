/**
 * Accuracy of the places stage alone on ACLED notes (../shared/eval/acled, never copied here):
 * each row's notes become an article with one event whose evidence is the whole note, and the
 * located admin1 and point are compared with ACLED's, as score.py's `acled` mode does.
 *   node --import tsx bench/places-acled.ts [--limit N] [--errors N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event } from '../src/record/schema.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = join(ROOT, '..', 'shared', 'eval', 'acled', 'kenya-2004-2019.csv');
if (!existsSync(FILE)) { console.log(`places-acled: ${FILE} absent, nothing to measure`); process.exit(0); }
const arg = (n: string, f: number) => { const i = process.argv.indexOf(`--${n}`); return i >= 0 ? Number(process.argv[i + 1]) : f; };
const rows = (parse(readFileSync(FILE), { columns: true }) as Record<string, string>[]).filter((r) => r.notes && !(r.event_type ?? '').startsWith('#'));
const limit = arg('limit', rows.length), showErrors = arg('errors', 0);

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
  const okN = loc?.latitude != null && loc.longitude != null && hav(+r.latitude!, +r.longitude!, loc.latitude, loc.longitude) <= 25;
  near += okN ? 1 : 0;
  if ((!okA || !okN) && shown < showErrors) {
    shown++;
    console.log(`${okA ? ' ' : 'A'}${okN ? ' ' : 'D'} gold=${r.location}/${r.admin1}  got=${loc ? `${loc.name}/${loc.admin1} p${loc.precision} [${loc.mention?.text ?? ''}]` : 'none'}  | ${text.slice(0, 160)}`);
  }
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ rows: n, admin1: +(a1 / n).toFixed(4), within_25km: +(near / n).toFixed(4), none: +(none / n).toFixed(4), ms: Math.round(ms), per_row_us: Math.round((ms * 1000) / n) }));
