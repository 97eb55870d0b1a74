/**
 * Reads extraction errors on the dev half of the evaluation data (../shared/eval), in process:
 *   node --import tsx bench/extract-errors.ts gva   [--show N] [--limit N] [--only killed|wounded]
 *   node --import tsx bench/extract-errors.ts acled [--show N] [--limit N] [--only date|fatalities|type] [--dump FILE]
 * Runs extraction only (no places stage). Scores the same way as score.py (primary event = first non-background event) and prints the
 * mismatches with the sentences that gave the figures, to fix classes of errors.
 * --dump FILE (acled) writes one line per row (row, gold type, gold sub-type, predicted type,
 * predicted sub-type) to diff two versions of the rules; the notes are not written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { extractEvents as processArticle } from '../src/pipeline.ts';
import type { Article, Event } from '../src/record/schema.ts';

const args = process.argv.slice(2);
const mode = args[0];
const opt = (name: string, d: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : d; };
const show = Number(opt('show', '10'));
const limit = Number(opt('limit', '0'));
const only = opt('only', '');
const seedArg = Number(opt('seed', '1'));
const dump = opt('dump', '');
const EVAL = new URL('../../shared/eval/', import.meta.url);
if (!existsSync(EVAL)) { console.error('../shared/eval is absent'); process.exit(0); }

const art = (id: string, text: string, published: string | null, title: string | null = null): Article =>
  ({ id, title, url: null, published, outlet: null, byline: null, text });
const primary = (evs: Event[]) => evs.find((e) => !e.background) ?? null;

// A fixed pseudo-random order of the examples shown, so runs are comparable.
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { s = (s * 1103515245 + 12345) % 2147483648; const j = s % (i + 1); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

function describe(e: Event | null): string {
  if (!e) return '  (no event)';
  const lines = [`  ${e.eventType} / ${e.subEventType} date=${e.date.start} killed=${JSON.stringify(e.totals.killed)} wounded=${JSON.stringify(e.totals.wounded)} fat=${e.fatalities}${e.notes ? ' notes=' + e.notes : ''}`];
  for (const c of e.claims) lines.push(`    ${c.outcome} ${c.low}-${c.high} ${c.qualifier} [${c.party.name}]${c.negated ? ' NEG' : ''}${c.hedged ? ' HEDGE' : ''}${c.runningTotal ? ' RUN' : ''} :: ${c.quote.text.slice(0, 160).replace(/\s+/g, ' ')}`);
  return lines.join('\n');
}

if (mode === 'gva') {
  const inc = new Map<string, { num_killed: number; num_injured: number }>();
  for (const l of readFileSync(new URL('gva/incidents.jsonl', EVAL), 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); inc.set(r.incident_id, r); }
  let docs = readFileSync(new URL('gva/documents.jsonl', EVAL), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((d) => inc.has(d.incident_id));
  if (limit) docs = docs.slice(0, limit);
  let k = 0, w = 0, found = 0;
  const bad: string[] = [];
  const conf = new Map<string, number>();
  for (const d of docs) {
    const g = inc.get(d.incident_id)!;
    const e = primary(processArticle(art(d.id, d.text, d.published, d.title)));
    if (e) found++;
    const pk = e?.totals.killed.best ?? 0, pw = e?.totals.wounded.best ?? 0;
    const ko = pk === g.num_killed, wo = pw === g.num_injured;
    k += +ko; w += +wo;
    const key = `${only === 'wounded' ? 'w' : 'k'} gold=${only === 'wounded' ? g.num_injured : g.num_killed} pred=${only === 'wounded' ? pw : pk}`;
    if ((only === 'wounded' && !wo) || (only !== 'wounded' && !ko)) conf.set(key.replace(/gold=\d+/, (m) => m).replace(/pred=(\d+)/, (_m, p) => `pred${Number(p) > (only === 'wounded' ? g.num_injured : g.num_killed) ? '>' : '<'}gold`), (conf.get(key.replace(/pred=(\d+)/, (_m, p) => `pred${Number(p) > (only === 'wounded' ? g.num_injured : g.num_killed) ? '>' : '<'}gold`)) ?? 0) + 1);
    if ((only === 'wounded' ? !wo : only === 'killed' ? !ko : !(ko && wo))) {
      bad.push(`== ${d.id} gold killed=${g.num_killed} injured=${g.num_injured} | ${d.title}\n${describe(e)}`);
    }
  }
  const n = docs.length;
  console.log(`GVA ${n}: event ${(found / n).toFixed(3)} killed ${(k / n).toFixed(3)} wounded ${(w / n).toFixed(3)}`);
  console.log([...conf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([a, b]) => `${a}: ${b}`).join('\n'));
  for (const b of shuffle(bad, seedArg).slice(0, show)) process.stdout.write(b + "\n");
} else if (mode === 'acled') {
  const rows = (parse(readFileSync(new URL('acled/kenya-2004-2019.csv', EVAL)), { columns: true }) as Record<string, string>[]).filter((r) => r.notes);
  const use = limit ? rows.slice(0, limit) : rows;
  const acledDate = (s: string) => {
    const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{2})$/.exec(s.trim()) ?? /^(\d{1,2})-(\d{2})-(\d{2})$/.exec(s.trim());
    if (!m) return null;
    const mon = /\d/.test(m[2]!) ? Number(m[2]) : ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[2]!.toLowerCase()) + 1;
    const y = Number(m[3]); return `${y < 50 ? 2000 + y : 1900 + y}-${String(mon).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  };
  const c = { n: 0, type: 0, sub: 0, date: 0, fat: 0, fatN: 0, none: 0, datedN: 0, datedOk: 0 };
  const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}\b/i;
  const bad: string[] = [];
  const dumped: string[] = [];
  for (const [i, r] of use.entries()) {
    const pub = /^\d+$/.test(r.timestamp ?? '') ? new Date(Number(r.timestamp) * 1000).toISOString().slice(0, 10) : acledDate(r.event_date!);
    const e = primary(processArticle(art(String(i), r.notes!, pub)));
    c.n++;
    if (dump) dumped.push(`${i}\t${r.event_type}\t${r.sub_event_type}\t${e?.eventType ?? 'NONE'}\t${e?.subEventType ?? 'NONE'}`);
    if (!e) { c.none++; if (!only || only === 'none') bad.push(`== NONE ${r.event_type}/${r.sub_event_type} :: ${r.notes}`); continue; }
    const tOk = e.eventType === r.event_type, sOk = e.subEventType.toLowerCase() === r.sub_event_type!.toLowerCase();
    c.type += +tOk; c.sub += +sOk;
    const gd = acledDate(r.event_date!);
    const dOk = e.date.start === gd; c.date += +dOk;
    const dated = MONTH.test(r.notes!);
    if (dated) { c.datedN++; c.datedOk += +dOk; }
    const notes = r.notes!.toLowerCase();
    let fOk = true;
    if (/^\d+$/.test(r.fatalities ?? '') && !['coded as', 'split', 'unknown fatalities'].some((w) => notes.includes(w))) {
      c.fatN++; fOk = (e.fatalities ?? 0) === Number(r.fatalities); c.fat += +fOk;
    }
    const wrong = only === 'date' ? !dOk && dated : only === 'fatalities' ? !fOk : only === 'type' ? !sOk : !(dOk && fOk);
    if (wrong) bad.push(`== gold ${r.event_type}/${r.sub_event_type} date=${gd} fat=${r.fatalities} pub=${pub}\n   ${r.notes}\n${describe(e)}`);
  }
  if (dump) writeFileSync(dump, dumped.join('\n') + '\n');
  const n = c.n || 1;
  console.log(`ACLED ${c.n}: none ${c.none} type ${(c.type / n).toFixed(3)} sub ${(c.sub / n).toFixed(3)} date ${(c.date / n).toFixed(3)} (notes naming a month: ${(c.datedOk / (c.datedN || 1)).toFixed(3)} of ${c.datedN}) fatalities ${(c.fat / (c.fatN || 1)).toFixed(3)} (${c.fatN})`);
  for (const b of shuffle(bad, seedArg).slice(0, show)) process.stdout.write(b + "\n");
} else {
  console.error('usage: extract-errors.ts gva|acled [--show N] [--limit N] [--only …]');
  process.exit(2);
}
