/**
 * Shared machinery of the fuzz runs (test/read-fuzz, test/fuzz-pipeline, bench/fuzz): cases run in a
 * worker thread while the calling thread keeps a watchdog, so a case that hangs, even synchronously,
 * is caught and named; the worker's heap is capped, so unbounded memory is a failure, not a swap storm.
 *
 * Protocol (worker → caller), one message per event:
 *   { type: 'start', stage, i, name, file }   a stage of case i begins
 *   { type: 'done', stage, i, name, file, ms, heapMb?, articles?, errors?, events? }
 *   { type: 'crash', stage, i, name, file, error }
 *   { type: 'finished' }
 */
import { Worker } from 'node:worker_threads';
import { cpuTimed } from './thread-cpu.ts';

export interface CaseInfo { i: number; name: string; file: string }

export interface FuzzOutcome {
  /** A case that ran past the hang limit, or the worker's death (out of memory included). */
  hang: string | null;
  crashes: Record<string, string[]>;
  /** Cases over the per-case limit, per stage. */
  slow: Record<string, string[]>;
  done: Record<string, number>;
  /** Sums of the counters the worker reports (articles, errors, events). */
  counts: Record<string, number>;
  /** The slowest case of each stage. */
  slowest: Record<string, { ms: number; label: string }>;
  /** Largest heap the worker reported after a case, in MB. */
  peakHeapMb: number;
}

export interface FuzzRunOptions {
  /** The worker module (TypeScript; booted through tsx). */
  entry: URL;
  workerData: unknown;
  /** A stage over this many milliseconds is slow. */
  caseLimitMs: number;
  /** A stage still running after this long is a hang: the worker is stopped. */
  hangMs: number;
  /** The worker's old-generation heap cap in MB (default 1536). */
  maxHeapMb?: number;
  /** Called once per case, when its first stage finishes (progress in long runs). */
  onCase?: (done: number) => void;
}

const COUNTERS = ['articles', 'errors', 'events'] as const;

export function runFuzzWorker(o: FuzzRunOptions): Promise<FuzzOutcome> {
  // A worker's entry cannot be TypeScript, so a small script registers tsx and imports it.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(o.entry.href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: o.workerData, resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb ?? 1536 } });
  const out: FuzzOutcome = { hang: null, crashes: {}, slow: {}, done: {}, counts: {}, slowest: {}, peakHeapMb: 0 };
  let current: (CaseInfo & { stage: string; at: number }) | null = null;
  let cases = 0;
  let lastCase = -1;
  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      resolve(out);
    };
    const watchdog = setInterval(() => {
      if (current && Date.now() - current.at > o.hangMs) {
        out.hang = `case ${current.i} (${current.name}, ${current.file}) hung in ${current.stage} for ${o.hangMs} ms`;
        void worker.terminate();
        finish();
      }
    }, 100);
    worker.on('message', (m) => {
      const label = `case ${m.i} (${m.name}, ${m.file})`;
      if (m.type === 'start') current = { i: m.i, name: m.name, file: m.file, stage: m.stage, at: Date.now() };
      else if (m.type === 'done') {
        out.done[m.stage] = (out.done[m.stage] ?? 0) + 1;
        if (m.ms > o.caseLimitMs) (out.slow[m.stage] ??= []).push(`${label}: ${Math.round(m.ms)} ms`);
        if (!out.slowest[m.stage] || m.ms > out.slowest[m.stage]!.ms) out.slowest[m.stage] = { ms: m.ms, label };
        for (const k of COUNTERS) if (typeof m[k] === 'number') out.counts[k] = (out.counts[k] ?? 0) + m[k];
        if (typeof m.heapMb === 'number') out.peakHeapMb = Math.max(out.peakHeapMb, m.heapMb);
        current = null;
        if (m.i !== lastCase) { lastCase = m.i; o.onCase?.(++cases); } // once per case, not per stage
      } else if (m.type === 'crash') {
        (out.crashes[m.stage] ??= []).push(`${label}: ${m.error}`);
        current = null;
      } else if (m.type === 'finished') finish();
    });
    worker.on('error', (e) => {
      const at = current ? ` during case ${current.i} (${current.name}, ${current.file}) in ${current.stage}` : '';
      out.hang = `worker died${at}: ${(e as Error).stack ?? e}`;
      finish();
    });
    worker.on('exit', () => {
      if (!finished) out.hang ??= 'worker exited before finishing';
      finish();
    });
  });
}

/** A stage slower than this is timed a second time (see reportStage). */
export const RETIME_OVER_MS = Number(process.env.FOGWATCH_FUZZ_CASE_MS ?? 1000);

/** Worker side: runs one stage of one case and reports it; returns the stage's value, or undefined when it threw. */
export async function reportStage<T>(
  post: (m: unknown) => void, stage: string, info: CaseInfo, fn: () => T | Promise<T>, counters?: (v: T) => Partial<Record<(typeof COUNTERS)[number], number>>,
): Promise<T | undefined> {
  post({ type: 'start', stage, ...info });
  try {
    const t = performance.now();
    let v = await fn();
    let ms = performance.now() - t;
    if (ms > RETIME_OVER_MS) {
      // Wall time on a shared machine includes other processes' bursts: a slow case is run once more
      // and judged by its own thread's CPU time (the stages are deterministic; see thread-cpu.ts).
      const again = await cpuTimed(fn);
      v = again.value;
      ms = Math.min(ms, again.ms);
    }
    post({ type: 'done', stage, ms, heapMb: process.memoryUsage().heapUsed / 1048576, ...(counters ? counters(v) : {}), ...info });
    return v;
  } catch (e) {
    post({ type: 'crash', stage, error: (e as Error).stack ?? String(e), ...info });
    return undefined;
  }
}
