import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
const rows = (parse(readFileSync('/work/shared/eval/acled/kenya-2004-2019.csv'), { columns: true }) as Record<string, string>[]);
let shown = 0;
const rnd = (i: number) => (i * 2654435761) % 1000;
rows.forEach((r, i) => {
  const text = r.notes!;
  const art: any = { id: '1', text };
  const ev: any = { evidence: [{ text, start: 0, end: text.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents(art, [ev])[0]!.location;
  const has = text.toLowerCase().includes(r.location!.toLowerCase()) || text.toLowerCase().includes(r.admin1!.toLowerCase());
  if (!loc && !has && rnd(i) < 60 && shown++ < 50) console.log(`gold=${r.location}/${r.admin1} | ${text.slice(0, 220)}`);
});
