import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
const rows = (parse(readFileSync('/work/shared/eval/acled/kenya-2004-2019.csv'), { columns: true }) as Record<string, string>[]);
const c = new Map<string, number>(); const ex: string[] = [];
for (const r of rows) {
  const text = r.notes!;
  const art: any = { id: '1', text };
  const ev: any = { evidence: [{ text, start: 0, end: text.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents(art, [ev])[0]!.location;
  if (!loc || loc.iso3 === 'KEN') continue;
  const k = `${loc.mention?.text}->${loc.name}/${loc.iso3}`;
  c.set(k, (c.get(k) ?? 0) + 1);
  if (ex.length < 15) ex.push(`gold=${r.location}/${r.admin1} got=${k} | ${text.slice(0, 150)}`);
}
console.log([...c].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v} ${k}`).join('; '));
console.log(ex.join('\n'));
