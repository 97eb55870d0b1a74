/**
 * Places on US news (../shared/eval/gva, never copied here): each article's primary event placed
 * by the locator alone (whole text as evidence), compared with the Gun Violence Archive's state and
 * city of the incident. A check that the locator is not a Kenya-only tool.
 *   node --import tsx bench/places-gva.ts [--limit N] [--rows OUT.jsonl]
 * --rows writes one line per article (GVA's state and city, ours, the opening of the text), for
 * comparing two runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateEvents } from '../src/places/index.ts';
import { placeKey } from '../src/places/normalize.ts';
import type { Article, Event } from '../src/record/schema.ts';

const DIR = join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'eval', 'gva');
if (!existsSync(join(DIR, 'documents.jsonl'))) { console.log('places-gva: ../shared/eval/gva absent, nothing to measure'); process.exit(0); }
const i = process.argv.indexOf('--limit');
const limit = i >= 0 ? Number(process.argv[i + 1]) : Infinity;
const incidents = new Map<string, { state: string; city_or_county: string }>();
for (const l of readFileSync(join(DIR, 'incidents.jsonl'), 'utf8').split('\n')) if (l) { const x = JSON.parse(l); incidents.set(String(x.incident_id), x); }
const empty = { low: null, best: null, high: null };
let n = 0, state = 0, city = 0, usa = 0;
const rowsAt = process.argv.indexOf('--rows');
const rows: string[] = [];
for (const l of readFileSync(join(DIR, 'documents.jsonl'), 'utf8').split('\n')) {
  if (!l || n >= limit) continue;
  const d = JSON.parse(l);
  const inc = incidents.get(String(d.incident_id));
  if (!inc) continue;
  const text = String(d.text ?? '');
  const article: Article = { id: d.id, title: d.title ?? null, url: null, published: null, outlet: null, byline: null, text };
  const ev: Event = {
    id: 'e', eventType: 'Violence against civilians', subEventType: 'Attack', background: false, date: { start: null, end: null, precision: 5 }, location: null,
    actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: empty, wounded: empty, missing: empty, captured: empty },
    fatalities: null, evidence: [], articles: [d.id],
  };
  const loc = locateEvents(article, [ev])[0]!.location;
  n++;
  usa += loc?.iso3 === 'USA' ? 1 : 0;
  state += loc?.admin1 && placeKey(loc.admin1) === placeKey(inc.state) ? 1 : 0;
  city += loc?.name && placeKey(inc.city_or_county).includes(placeKey(loc.name)) ? 1 : 0;
  if (rowsAt >= 0) rows.push(JSON.stringify({ id: d.id, gold: `${inc.city_or_county}/${inc.state}`, got: loc ? `${loc.name}/${loc.admin1}/${loc.iso3} p${loc.precision} [${loc.mention?.text ?? ''}]` : null, text: text.slice(0, 300) }));
}
if (rowsAt >= 0) writeFileSync(process.argv[rowsAt + 1]!, rows.join('\n') + '\n');
console.log(JSON.stringify({ articles: n, country_usa: +(usa / n).toFixed(4), state: +(state / n).toFixed(4), city: +(city / n).toFixed(4) }));
