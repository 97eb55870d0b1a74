/**
 * Dates and fatalities of the whole pipeline over an ACLED-format CSV, in process, read as score.py's
 * `acled` mode reads them: the primary event (first not background), its date.start against
 * event_date, its fatalities against ACLED's (the most conservative figure). Each note is an article
 * published 0-2 days after the event (score.py's lag, from a hash of the note), so a note naming only
 * day and month resolves to the right year.
 *
 *   node --import tsx bench/dates-acled.ts [--file CSV] [--errors date|fat] [--show N] [--dump FILE]
 *
 * An error line: the row, gold → ours, the note. --errors date lists only notes that name a month
 * (score.py's date_stated subset). --dump writes one line per note (row, gold and our date, gold and our
 * fatalities, the note's start) to diff two versions. The data stay in ../shared (never copied into the repo).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { processArticle } from '../src/pipeline.ts';
import type { Article, Event } from '../src/record/schema.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : d; };
const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const file = opt('file', `${EVAL}acled/kenya-2004-2019.csv`);
if (!existsSync(file)) { console.log(`dates-acled: ${file} absent, nothing to measure`); process.exit(0); }
const errorsFor = opt('errors', '');
const show = Number(opt('show', '40'));
const dump = opt('dump', '');
const lines: string[] = [];

// score.py's MONTH_RE and DEATH_RE (the answerable subsets).
const MONTH_RE = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?\s*\d|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i;
const DEATH_RE = /\b(kill\w*|dead|died|dies|die|death|deaths|fatal\w*|murder\w*|lynch\w*|behead\w*|bod(y|ies)|corpses?|succumb\w*|perish\w*|massacre\w*|execut\w*|drown\w*|burnt? to death|life|lives)\b/;
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ACLED's event_date ("10 January 2020", "2020-01-10", "10-Jan-20", "10-01-20") as YYYY-MM-DD. */
function acledDate(s: string): string | null {
  s = s.split('T')[0]!.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return s;
  m = /^(\d{1,2})[- /]([A-Za-z]+|\d{1,2})[- /](\d{2,4})$/.exec(s);
  if (m) {
    const mo = /^\d/.test(m[2]!) ? +m[2]! : MON.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    const y = m[3]!.length === 2 ? (+m[3]! < 69 ? 2000 : 1900) + +m[3]! : +m[3]!;
    return `${y}-${String(mo).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

function published(notes: string, day: string): string {
  const lag = Number(BigInt('0x' + createHash('sha1').update(notes).digest('hex')) % 3n);
  return new Date(Date.parse(day + 'T00:00:00Z') + lag * 86_400_000).toISOString().slice(0, 10);
}

const rows = (parse(readFileSync(file), { columns: true, relax_column_count: true }) as Record<string, string>[])
  .filter((r) => r.notes && !(r.event_type ?? '').startsWith('#'));
const primary = (evs: Event[]) => evs.find((e) => !e.background) ?? null;
let n = 0, dateOk = 0, dsn = 0, ds = 0, fn = 0, fok = 0;
const errors: string[] = [];
rows.forEach((r, i) => {
  const day = acledDate(r.event_date ?? '');
  const art: Article = { id: String(i), title: null, url: null, published: day ? published(r.notes!, day) : null, outlet: null, byline: null, text: r.notes! };
  const e = primary(processArticle(art));
  n++;
  const named = MONTH_RE.test(r.notes!);
  dsn += named ? 1 : 0;
  if (!e) return;
  const got = e.date?.start ?? null;
  lines.push(`${i}\t${day}\t${got}\t${r.fatalities}\t${e.fatalities ?? 0}\t${r.notes!.slice(0, 200).replace(/\s+/g, ' ')}`);
  const dOk = got === day;
  dateOk += dOk ? 1 : 0; ds += named && dOk ? 1 : 0;
  if (errorsFor === 'date' && named && !dOk) errors.push(`[${i}] ${day} -> ${got} (pub ${art.published})\n  ${r.notes!.slice(0, 400)}`);
  const notes = r.notes!.toLowerCase();
  if (/^\d+$/.test(r.fatalities ?? '') && !['coded as', 'split', 'unknown fatalities'].some((w) => notes.includes(w))) {
    fn++;
    const f = e.fatalities ?? 0;
    const ok = f === +r.fatalities!;
    fok += ok ? 1 : 0;
    const answerable = +r.fatalities! === 0 || DEATH_RE.test(notes);
    if (errorsFor === 'fat' && !ok) errors.push(`[${i}] ${r.fatalities} -> ${f}${answerable ? '' : ' (no death word)'}\n  ${r.notes!.slice(0, 400)}`);
  }
});
for (const e of errors.slice(0, show)) console.log(e);
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
console.log(JSON.stringify({ rows: n, date: +(dateOk / n).toFixed(4), date_stated: +(ds / Math.max(1, dsn)).toFixed(4), date_stated_n: dsn, fatalities_exact: +(fok / Math.max(1, fn)).toFixed(4), errors: errors.length }));
