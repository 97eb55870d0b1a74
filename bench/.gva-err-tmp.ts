import { readFileSync } from 'node:fs';
import { locateEvents } from '../src/places/index.ts';
import { placeKey } from '../src/places/normalize.ts';
const incidents = new Map<string, any>();
for (const l of readFileSync('/work/shared/eval/gva/incidents.jsonl', 'utf8').split('\n')) if (l) { const x = JSON.parse(l); incidents.set(String(x.incident_id), x); }
let shown = 0;
const skip = Number(process.argv[2] ?? 0);
for (const l of readFileSync('/work/shared/eval/gva/documents.jsonl', 'utf8').split('\n').slice(skip, skip + 1500)) {
  if (!l) continue;
  const d = JSON.parse(l); const inc = incidents.get(String(d.incident_id)); if (!inc) continue;
  const text = String(d.text ?? '');
  const ev: any = { evidence: [], location: null, actor1: null, actor2: null, associatedActors: [], eventType: 'Battles', background: false };
  const loc = locateEvents({ id: '1', text } as any, [ev])[0]!.location;
  if (loc?.admin1 && placeKey(loc.admin1) === placeKey(inc.state)) continue;
  if (shown++ < 40) { const at = loc?.mention?.start ?? 0; console.log(`gold=${inc.city_or_county}/${inc.state} got=${loc?.name}/${loc?.admin1}/${loc?.iso3} [${loc?.mention?.text}] ctx="${text.slice(Math.max(0, at - 60), at + 40).replace(/\s+/g, ' ')}"`); }
}
