import { readFileSync } from 'node:fs';
import { locateEvents } from '../src/places/index.ts';
const lines = readFileSync('/work/shared/eval/gva/documents.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 1500).map((l) => JSON.parse(l));
let t = performance.now(); locateEvents({ id: 'x', text: 'warm up in Kyiv' } as any, [{ evidence: [], location: null, actor1: null, actor2: null, associatedActors: [] } as any]); console.log('load+first', performance.now() - t);
t = performance.now(); const cpu0 = process.cpuUsage(); let chars = 0, found = 0;
for (const d of [...lines, ...lines, ...lines]) {
  const text: string = d.text ?? d.body ?? '';
  chars += text.length;
  const s = text.indexOf('.') > 0 ? text.slice(0, text.indexOf('.') + 1) : text;
  const ev: any = { evidence: [{ text: s, start: 0, end: s.length }], location: null, actor1: null, actor2: null, associatedActors: [] };
  const loc = locateEvents({ id: '1', text } as any, [ev])[0]!.location;
  if (loc) found++;
}
const ms = performance.now() - t; const cu = process.cpuUsage(cpu0); console.log('cpu ms per doc', ((cu.user + cu.system) / 1000 / lines.length / 3).toFixed(3));
console.log({ docs: lines.length, ms: Math.round(ms), per_doc_ms: +(ms / lines.length).toFixed(3), docs_per_s: Math.round(lines.length / (ms / 1000)), avg_chars: Math.round(chars / lines.length), found });
