/**
 * The long fuzz run: the generator of test/fuzz-pipeline.test.ts (test/fuzz-cases.ts) for 100,000
 * cases through every reader and processArticle, each output checked against the record contract,
 * each stage timed, a watchdog per case and a heap cap per worker (test/fuzz-kit.ts). Reports
 * crashes, hangs, cases over the per-case limit, and the slowest case of each stage with its kind.
 *
 *   node --import tsx bench/fuzz.ts [--count 100000] [--seed 20261125] [--workers 1] [--case-ms 1000]
 *
 * With --workers N, worker k runs count/N cases of seed + k (the same generator, N streams), so
 * a case is named by its seed and number. Exit status 1 on any crash, hang or slow case.
 */
import { parseArgs } from 'node:util';
import { runFuzzWorker, type FuzzOutcome } from '../test/fuzz-kit.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20261125' },
    workers: { type: 'string', default: '1' },
    'case-ms': { type: 'string', default: '1000' },
  },
});
const count = Number(values.count), seed = Number(values.seed), workers = Math.max(1, Number(values.workers)), caseMs = Number(values['case-ms']);
const t0 = performance.now();
let done = 0;
const tick = () => {
  if (++done % 5000 === 0) console.error(`${done} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
};
const runs: Promise<FuzzOutcome & { seed: number }>[] = [];
for (let k = 0; k < workers; k++) {
  const n = Math.floor(count / workers) + (k < count % workers ? 1 : 0);
  runs.push(runFuzzWorker({
    entry: new URL('../test/fuzz-pipeline-worker.ts', import.meta.url), workerData: { count: n, seed: seed + k },
    caseLimitMs: caseMs, hangMs: 30_000, maxHeapMb: 1024, onCase: tick,
  }).then((o) => ({ ...o, seed: seed + k })));
}
const outs = await Promise.all(runs);
const secs = (performance.now() - t0) / 1000;

const sum = (f: (o: FuzzOutcome) => number) => outs.reduce((s, o) => s + f(o), 0);
const crashes = outs.flatMap((o) => Object.entries(o.crashes).flatMap(([stage, xs]) => xs.map((x) => `seed ${o.seed} ${stage}: ${x.split('\n')[0]}`)));
const slow = outs.flatMap((o) => Object.entries(o.slow).flatMap(([stage, xs]) => xs.map((x) => `seed ${o.seed} ${stage}: ${x}`)));
const hangs = outs.filter((o) => o.hang).map((o) => `seed ${o.seed}: ${o.hang!.split('\n')[0]}`);
console.log(`fuzz: ${count} cases (seed ${seed}${workers > 1 ? `..${seed + workers - 1}` : ''}, ${workers} worker${workers > 1 ? 's' : ''}) in ${secs.toFixed(0)} s`);
console.log(`  read: ${sum((o) => o.done.read ?? 0)} cases, ${sum((o) => o.counts.articles ?? 0)} articles, ${sum((o) => o.counts.errors ?? 0)} clean input errors`);
console.log(`  pipeline: ${sum((o) => o.done.pipeline ?? 0)} cases, ${sum((o) => o.counts.events ?? 0)} events (schema and quotes checked)`);
for (const stage of ['read', 'pipeline']) {
  const best = outs.map((o) => ({ seed: o.seed, s: o.slowest[stage] })).filter((x) => x.s).sort((a, b) => b.s!.ms - a.s!.ms)[0];
  if (best) console.log(`  slowest ${stage}: ${best.s!.ms.toFixed(0)} ms, seed ${best.seed} ${best.s!.label}`);
}
console.log(`  peak worker heap: ${Math.max(...outs.map((o) => o.peakHeapMb)).toFixed(0)} MB (cap 1024 MB)`);
console.log(`  crashes: ${crashes.length}, hangs: ${hangs.length}, over ${caseMs} ms: ${slow.length}`);
for (const x of [...hangs, ...crashes.slice(0, 20), ...slow.slice(0, 20)]) console.log(`    ${x}`);
process.exitCode = crashes.length || hangs.length || slow.length ? 1 : 0;
