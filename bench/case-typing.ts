/**
 * Event typing measured on its own (no CLI, no assembly): runs detectEventMentions over the CASE
 * 2021 snippets and the ACLED Kenya notes in ../shared/eval and prints per-class figures and the
 * commonest confusions. The primary event is taken as the first mention that is not negated or
 * hypothetical, which is close to what the extraction core does.
 *
 *   node --import tsx bench/case-typing.ts [case|acled|both] [--errors GOLD] [--limit N]
 *
 * The data stay in ../shared (never copied into the repo); without it the script says so and exits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { detectEventMentions } from '../src/extract/typing/index.ts';
import { happened, type EventMention } from '../src/extract/mention.ts';
import { docOf } from './typing-doc.ts';

const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));

const CASE_LABELS: Record<string, string> = {
  ABDUCT_DISSAP: 'Abduction/forced disappearance', AGREEMENT: 'Agreement', AIR_STRIKE: 'Air/drone strike',
  ARMED_CLASH: 'Armed clash', ARREST: 'Arrests', ART_MISS_ATTACK: 'Shelling/artillery/missile attack', ATTACK: 'Attack',
  CHANGE_TO_GROUP_ACT: 'Change to group/activity', CHEM_WEAP: 'Chemical weapon', DISR_WEAP: 'Disrupted weapons use',
  FORCE_AGAINST_PROTEST: 'Excessive force against protesters', GOV_REGAINS_TERIT: 'Government regains territory',
  GRENADE: 'Grenade', HQ_ESTABLISHED: 'Headquarters or base established', MOB_VIOL: 'Mob violence',
  NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory', NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory',
  OTHER: 'Other', PEACE_PROTEST: 'Peaceful protest', PROPERTY_DISTRUCT: 'Looting/property destruction',
  PROTEST_WITH_INTER: 'Protest with intervention', REM_EXPLOS: 'Remote explosive/landmine/IED', SEX_VIOL: 'Sexual violence',
  SUIC_BOMB: 'Suicide bomb', VIOL_DEMONSTR: 'Violent demonstration',
};

export function primaryOf(ms: EventMention[]): EventMention | undefined {
  return ms.find(happened);
}

function f1Table(gold: string[], pred: string[], labels: string[]) {
  let total = 0, acc = 0;
  const rows: string[] = [];
  for (const lab of labels) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, k) => {
      const p = pred[k];
      if (g === lab && p === lab) tp++;
      else if (g !== lab && p === lab) fp++;
      else if (g === lab && p !== lab) fn++;
    });
    const sup = tp + fn;
    if (!sup) continue;
    const pr = tp + fp ? tp / (tp + fp) : 0, rc = tp / sup;
    const f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    rows.push(`${lab.padEnd(36)} n=${String(sup).padStart(4)}  P=${pr.toFixed(2)} R=${rc.toFixed(2)} F1=${f.toFixed(2)}`);
    total += sup; acc += f * sup;
  }
  return { f1: total ? acc / total : 0, rows };
}

function confusions(gold: string[], pred: string[], top = 25): string[] {
  const c = new Map<string, number>();
  gold.forEach((g, k) => { if (g !== pred[k]) c.set(`${g} -> ${pred[k]}`, (c.get(`${g} -> ${pred[k]}`) ?? 0) + 1); });
  return [...c.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${String(v).padStart(4)}  ${k}`);
}

async function run(name: string, items: { text: string; gold: string; goldType?: string }[], errorsFor: string | null) {
  const t0 = performance.now();
  const pred: string[] = [], predType: string[] = [];
  const errors: string[] = [];
  let bytes = 0;
  for (const it of items) {
    bytes += it.text.length;
    const ms = detectEventMentions(docOf(it.text));
    const p = primaryOf(ms);
    pred.push(p ? p.subEventType : 'NONE');
    predType.push(p ? p.eventType : 'NONE');
    if (errorsFor && (it.gold === errorsFor || (errorsFor.startsWith('->') && pred.at(-1) === errorsFor.slice(2))) && pred.at(-1) !== it.gold) {
      errors.push(`[${it.gold} -> ${pred.at(-1)} ${p ? JSON.stringify(p.trigger.text) + ' ' + p.modality + ' {' + p.why + '}' : ''}] ${it.text.slice(0, 400)}`);
    }
  }
  const ms = performance.now() - t0;
  if (process.env.TYPING_DUMP) {
    // one line per text: gold, predicted (for diffing two versions of the rules)
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.TYPING_DUMP}.${name}`, items.map((it, k) => `${k}\t${it.gold}\t${pred[k]}\t${it.text.slice(0, 160)}`).join('\n') + '\n');
  }
  const gold = items.map((i) => i.gold);
  const labels = name === 'case' ? Object.values(CASE_LABELS).sort() : [...new Set(gold)].sort();
  const { f1, rows } = f1Table(gold, pred, labels);
  const acc = gold.filter((g, k) => g === pred[k]).length / gold.length;
  console.log(`\n== ${name}: ${items.length} texts, ${(ms / 1000).toFixed(2)} s (${((bytes / 1e6) / (ms / 1000)).toFixed(2)} MB/s)`);
  for (const r of rows) console.log(r);
  console.log(`sub-type weighted F1 ${f1.toFixed(3)}, accuracy ${acc.toFixed(3)}, no event ${pred.filter((p) => p === 'NONE').length}`);
  if (items[0]?.goldType) {
    const tacc = items.filter((it, k) => it.goldType === predType[k]).length / items.length;
    console.log(`event type accuracy ${tacc.toFixed(3)}`);
    const types = items.map((i) => i.goldType!);
    for (const r of f1Table(types, predType, [...new Set(types)].sort()).rows) console.log(r);
    console.log('event type confusions:');
    for (const l of confusions(items.map((i) => i.goldType!), predType, 12)) console.log(l);
  }
  console.log('commonest confusions (gold -> predicted):');
  for (const l of confusions(gold, pred)) console.log(l);
  for (const e of errors) console.log(e);
}

function parseTsv(text: string): string[][] {
  return parse(text, { delimiter: '\t', relax_quotes: true, relax_column_count: true }) as string[][];
}

async function main() {
  const args = process.argv.slice(2);
  const which = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && !args[args.indexOf(a) - 1]?.startsWith('--')) ?? 'both';
  const ei = args.indexOf('--errors');
  const errorsFor = ei >= 0 ? args[ei + 1] ?? null : null;
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : 0;
  if (!existsSync(EVAL)) {
    console.log(`no evaluation data at ${EVAL}: nothing to measure`);
    return;
  }
  if (which === 'case' || which === 'both') {
    const rows = parseTsv(readFileSync(join(EVAL, 'case2021', 'snippets.tsv'), 'utf8')).slice(1);
    let items = rows.filter((r) => CASE_LABELS[r[2]!]).map((r) => ({ text: r[1]!, gold: CASE_LABELS[r[2]!]! }));
    if (limit) items = items.slice(0, limit);
    await run('case', items, errorsFor);
  }
  if (which === 'acled' || which === 'both') {
    const rows = parse(readFileSync(join(EVAL, 'acled', 'kenya-2004-2019.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    let items = rows.filter((r) => r.notes).map((r) => ({ text: r.notes!, gold: r.sub_event_type!, goldType: r.event_type! }));
    if (limit) items = items.slice(0, limit);
    await run('acled', items, errorsFor);
  }
}

await main();
