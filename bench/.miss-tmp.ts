import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
const rows = (parse(readFileSync('/work/shared/eval/acled/kenya-2004-2019.csv'), { columns: true }) as Record<string, string>[]);
let shown = 0, noneWithName = 0, none = 0, wrongA = 0, wrongAwithName = 0;
const mode = process.argv[2] ?? 'none';
for (const r of rows) {
  const text = r.notes!;
  const art: any = { id: '1', title: null, url: null, published: null, outlet: null, byline: null, text };
  const ev: any = { evidence: [{ text, start: 0, end: text.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents(art, [ev])[0]!.location;
  const has = text.toLowerCase().includes(r.location!.toLowerCase()) || text.toLowerCase().includes(r.admin1!.toLowerCase());
  if (!loc) { none++; if (has) { noneWithName++; if (mode === 'none' && shown++ < 40) console.log(`gold=${r.location}/${r.admin1} | ${text.slice(0, 200)}`); } }
  else if ((loc.admin1 ?? '').toLowerCase() !== r.admin1!.toLowerCase()) { wrongA++; if (has) { wrongAwithName++; if (mode === 'wrong' && shown++ < 50) console.log(`gold=${r.location}/${r.admin1} got=${loc.name}/${loc.admin1}/${loc.country} [${loc.mention?.text}] | ${text.slice(0, 200)}`); } }
}
console.log({ none, noneWithName, wrongA, wrongAwithName });
