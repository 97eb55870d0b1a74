/**
 * Speed of event typing alone over the GVA news articles of ../shared/eval (about 1.8 KB each):
 *   node --import tsx bench/typing-speed.ts
 * Each round reads every text afresh: sentence splitting and the token layer (made once per sentence
 * for every stage) are timed with the typing, which reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectEventMentions } from '../src/extract/typing/index.ts';
import { docOf } from './typing-doc.ts';

const file = fileURLToPath(new URL('../../shared/eval/gva/documents.jsonl', import.meta.url));
if (!existsSync(file)) {
  console.log(`no evaluation data at ${file}: nothing to measure`);
} else {
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => String(JSON.parse(l).text ?? ''));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  detectEventMentions(docOf(texts[0] ?? '')); // load and compile the lexicon first
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let mentions = 0;
    for (let k = 0; k < texts.length; k++) mentions += detectEventMentions(docOf(texts[k]!)).length;
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    // CPU time is the fairer figure on a shared machine: wall time includes waiting for a core.
    console.log(`round ${round + 1}: ${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU: ` +
      `${Math.round(texts.length / cpu)} articles per CPU-second, ${(bytes / 1e6 / cpu).toFixed(2)} MB per CPU-second, ${mentions} mentions`);
  }
}
