/**
 * Event typing of the whole extraction (no places stage) over an ACLED-format CSV, in process:
 * per-country event type / sub-type accuracy and, per country, the commonest confusions, to fix
 * classes of errors conflict by conflict (an average hides a conflict at 0.1).
 *
 *   node --import tsx bench/typing-acled.ts [--file CSV] [--country NAME] [--errors GOLD|->PRED]
 *        [--show N] [--dump FILE]
 *
 * Default file: ../shared/eval/acled/kenya-2004-2019.csv. The primary event is the first event not
 * marked background, as score.py reads it. --errors prints mismatched notes of that gold sub-type
 * (or, with "->", of that predicted sub-type) with the trigger and rule that chose it; --dump writes
 * one line per row (row, country, gold, predicted) to diff two versions of the rules. The data stay in
 * ../shared (never copied into the repo).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { extractEvents } from '../src/pipeline.ts';
import type { Article, Event } from '../src/record/schema.ts';
import { detectEventMentions } from '../src/extract/typing/index.ts';
import { docOf } from './typing-doc.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : d; };
const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
if (!existsSync(EVAL)) { console.log(`no evaluation data at ${EVAL}: nothing to measure`); process.exit(0); }
const file = opt('file', `${EVAL}acled/kenya-2004-2019.csv`);
const country = opt('country', '');
const errorsFor = opt('errors', '');
const show = Number(opt('show', '30'));
const dump = opt('dump', '');

const rows = (parse(readFileSync(file), { columns: true, relax_column_count: true }) as Record<string, string>[])
  .filter((r) => r.notes && !(r.event_type ?? '').startsWith('#'));
const art = (id: string, text: string): Article => ({ id, title: null, url: null, published: null, outlet: null, byline: null, text });
const primary = (evs: Event[]) => evs.find((e) => !e.background) ?? null;

const per = new Map<string, { n: number; type: number; sub: number; conf: Map<string, number> }>();
const errors: string[] = [];
const lines: string[] = [];
let n = 0, type = 0, sub = 0;
const t0 = performance.now();
rows.forEach((r, i) => {
  const c = r.country || '?';
  if (country && c !== country) return;
  const e = primary(extractEvents(art(String(i), r.notes!)));
  const pt = e?.eventType ?? 'NONE', ps = e?.subEventType ?? 'NONE';
  const p = per.get(c) ?? { n: 0, type: 0, sub: 0, conf: new Map() };
  per.set(c, p);
  p.n++; n++;
  if (pt === r.event_type) { p.type++; type++; }
  if (ps === r.sub_event_type) { p.sub++; sub++; }
  else p.conf.set(`${r.sub_event_type} -> ${ps}`, (p.conf.get(`${r.sub_event_type} -> ${ps}`) ?? 0) + 1);
  lines.push(`${i}\t${c}\t${r.sub_event_type}\t${ps}`);
  const hit = errorsFor.startsWith('->') ? ps === errorsFor.slice(2) : r.sub_event_type === errorsFor;
  if (errorsFor && hit && ps !== r.sub_event_type) {
    const top = detectEventMentions(docOf(r.notes!)).slice(0, 2).map((m) => `${m.subEventType} ${JSON.stringify(m.trigger.text)} s${m.sentenceIndex} ${m.modality} ${m.score} {${m.why}}`).join(' ; ');
    errors.push(`[${i} ${c}: ${r.sub_event_type} -> ${ps} | ${r.actor1} / ${r.actor2}]\n  ${top}\n  ${r.notes!.slice(0, 500)}`);
  }
});
const ms = performance.now() - t0;
console.log(`${n} notes, ${(ms / 1000).toFixed(1)} s: event type ${(type / n).toFixed(4)} sub-type ${(sub / n).toFixed(4)}`);
let worst = 1;
for (const [c, p] of [...per.entries()].sort((a, b) => b[1].n - a[1].n)) {
  if (p.n < 20 && !country) continue;
  if (p.n >= 50) worst = Math.min(worst, p.type / p.n);
  const top = [...p.conf.entries()].sort((a, b) => b[1] - a[1]).slice(0, country ? 20 : 4).map(([k, v]) => `${v} ${k}`);
  console.log(`${c.padEnd(26)} ${String(p.n).padStart(4)} type ${(p.type / p.n).toFixed(3)} sub ${(p.sub / p.n).toFixed(3)}  ${top.join('; ')}`);
}
console.log(`worst country type (>= 50 notes) ${worst.toFixed(4)}`);
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
for (const e of errors.slice(0, show)) console.log(e);
process.stdout.on("error", () => {});
