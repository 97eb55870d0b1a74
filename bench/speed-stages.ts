/**
 * CPU time (user + system, this process) of each part of one extraction pass over a JSONL file, the
 * way `extract --jobs 1` runs it: module loading, extraction (annotate, events, claims) and places,
 * each article once with cold memos. CPU rather than wall time, because other processes share the
 * machine; run it several times and take the minimum.
 *   node --import tsx bench/speed-stages.ts FILE.jsonl [--limit N]
 * FILE: one article a line, {"id","title","text","published"} (e.g. ../shared/eval/gva/documents.jsonl).
 */
import { readFileSync } from 'node:fs';

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const file = process.argv[2];
if (!file) { console.error('usage: node --import tsx bench/speed-stages.ts FILE.jsonl [--limit N]'); process.exit(2); }
const li = process.argv.indexOf('--limit');
const limit = li >= 0 ? Number(process.argv[li + 1]) : Infinity;

const c0 = cpu();
const { runStages, STAGES } = await import('../src/pipeline.ts');
const { locateEvents } = await import('../src/places/index.ts');
const load = cpu() - c0;

const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => {
  const d = JSON.parse(l);
  return { id: String(d.id), title: d.title ?? null, url: null, published: d.published ?? null, outlet: null, byline: null, text: String(d.text ?? '') };
}).filter((a) => a.text);

let extract = 0, locate = 0, events = 0;
for (const a of articles) {
  const t0 = cpu();
  // The stages before places, then places on the same Doc (as processArticle runs them).
  const s = runStages(a, { maxEvents: 50 }, STAGES.filter((st) => st.name !== 'places'));
  const t1 = cpu();
  if (s.doc && s.events) events += locateEvents(s.doc, s.events).length;
  locate += cpu() - t1;
  extract += t1 - t0;
}
const ms = (x: number) => Math.round(x);
console.log(JSON.stringify({ articles: articles.length, events, cpu_ms: { load: ms(load), extract: ms(extract), locate: ms(locate), total: ms(cpu() - c0) } }));
