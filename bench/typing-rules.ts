/**
 * Which typing rules pick the primary event, and how often they are right, on the ACLED Kenya
 * notes of ../shared/eval (to find rules that fire where ACLED codes something else):
 *   node --import tsx bench/typing-rules.ts [N rows to show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { detectEventMentions } from '../src/extract/typing/index.ts';
import { happened } from '../src/extract/mention.ts';
import { docOf } from './typing-doc.ts';

const file = fileURLToPath(new URL('../../shared/eval/acled/kenya-2004-2019.csv', import.meta.url));
if (!existsSync(file)) {
  console.log(`no evaluation data at ${file}: nothing to measure`);
} else {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
  const stat = new Map<string, { ok: number; bad: number; golds: Map<string, number> }>();
  for (const r of rows) {
    if (!r.notes) continue;
    const ms = detectEventMentions(docOf(r.notes));
    const p = ms.find(happened) ?? ms[0];
    if (!p) continue;
    const k = `${p.subEventType} <= ${p.why}`;
    const s = stat.get(k) ?? { ok: 0, bad: 0, golds: new Map() };
    if (p.subEventType === r.sub_event_type) s.ok++;
    else { s.bad++; s.golds.set(r.sub_event_type!, (s.golds.get(r.sub_event_type!) ?? 0) + 1); }
    stat.set(k, s);
  }
  const n = Number(process.argv[2] ?? 30);
  for (const [k, s] of [...stat.entries()].sort((a, b) => b[1].bad - a[1].bad).slice(0, n)) {
    const golds = [...s.golds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, c]) => `${g}:${c}`).join(' ');
    console.log(`${String(s.ok).padStart(5)} right ${String(s.bad).padStart(4)} wrong  ${k.slice(0, 100)}  | ${golds}`);
  }
}
