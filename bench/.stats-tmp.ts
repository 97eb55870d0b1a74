import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { locateEvents } from '../src/places/index.ts';
const rows = (parse(readFileSync('/work/shared/eval/acled/kenya-2004-2019.csv'), { columns: true }) as Record<string, string>[]);
const hav = (a: number, b: number, c: number, d: number) => { const r = Math.PI / 180; const x = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2; return 2 * 6371 * Math.asin(Math.sqrt(x)); };
const st: Record<string, [number, number, number]> = {};
const ex: string[] = [];
for (const r of rows.slice(0, Number(process.argv[3] ?? rows.length))) {
  const text = r.notes!;
  const art: any = { id: '1', text };
  const ev: any = { evidence: [{ text, start: 0, end: text.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents(art, [ev])[0]!.location;
  if (!loc) continue;
  const k = `p${loc.precision}${loc.iso3 === 'KEN' ? '' : ' foreign'}`;
  st[k] ??= [0, 0, 0];
  st[k][0]++;
  const okA = (loc.admin1 ?? '').toLowerCase() === r.admin1!.toLowerCase();
  const okD = loc.latitude != null && hav(+r.latitude!, +r.longitude!, loc.latitude, loc.longitude!) <= 25;
  st[k][1] += +okA; st[k][2] += +okD;
  if (okA && !okD && ex.length < 40 && process.argv[2] === "near") ex.push(`gold=${r.location} ${r.latitude},${r.longitude} got=${loc.name} ${loc.latitude},${loc.longitude} [${loc.mention?.text}] | ${text.slice(0, 120)}`);
}
console.log(st); console.log(ex.join('\n'));
// ceiling
let has = 0, okHas = 0, okNot = 0;
for (const r of rows) {
  const t = r.notes!.toLowerCase();
  const h = [r.location, r.admin1, r.admin2].some((x) => x && t.includes(x.toLowerCase()));
  const art: any = { id: '1', text: r.notes };
  const ev: any = { evidence: [{ text: r.notes, start: 0, end: r.notes!.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents(art, [ev])[0]!.location;
  const ok = (loc?.admin1 ?? '').toLowerCase() === r.admin1!.toLowerCase();
  if (h) { has++; okHas += +ok; } else okNot += +ok;
}
console.log({ n: rows.length, named: has, named_share: has / rows.length, admin1_ok_when_named: okHas / has, admin1_ok_unnamed: okNot / (rows.length - has) });
