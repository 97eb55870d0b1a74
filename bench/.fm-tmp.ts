import { readFileSync } from 'node:fs';
import { findMentions } from '../src/places/mentions.ts';
import { articleMentions } from '../src/places/locate.ts';
import { placesData } from '../src/places/data.ts';
const docs = readFileSync('/work/shared/eval/gva/documents.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 1500).map((l) => JSON.parse(l).text as string);
placesData();
for (const [name, f] of [['findMentions', (t: string) => findMentions(t)], ['articleMentions', (t: string) => articleMentions({ text: t } as any)], ['lower+indexOf', (t: string) => t.toLowerCase().indexOf('line of contact')]] as const) {
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < 3; r++) for (const d of docs) n += (f as any)(d) ? 1 : 0;
  const c = process.cpuUsage(c0);
  console.log(name, ((c.user + c.system) / 1000 / (docs.length * 3)).toFixed(3), 'ms/doc');
}
{
  const low = docs.map((d) => d.toLowerCase());
  const c0 = process.cpuUsage();
  for (let r = 0; r < 3; r++) for (const d of low) findMentions(d);
  const c = process.cpuUsage(c0);
  console.log('findMentions lowercase', ((c.user + c.system) / 1000 / (docs.length * 3)).toFixed(3), 'ms/doc');
}
