import { setFlagsFromString } from 'node:v8';
import { Command, Option } from 'commander';
import { wholeNumber } from '../option-parsers.ts';
import { readInputs } from '../../read/inputs.ts';
import { Output, reportError, reportSkipped } from '../output.ts';
import { inputOptions, maxEventsOption, readOptionsFrom, type InputFlags } from '../input-options.ts';
import { Progress } from '../progress.ts';
import { estimateArticles } from '../progress-total.ts';
import { defaultJobs, extractInOrder } from '../worker-pool.ts';
import { withoutDocFiles } from '../../util/doc-files.ts';

/**
 * Two threads when there are two cores: this one reads and extracts, a worker locates and writes
 * (worker-pool.ts inHalves). Two threads each running whole articles paid for their second start
 * and warm-up more than the second core gave back; halves of the stages do not. More threads run
 * whole articles in workers (`--jobs N`), which pays on more cores or longer inputs.
 */
const DEFAULT_JOBS = Math.min(2, defaultJobs());

/**
 * V8's optimizing compiler, tuned for a run that extracts thousands of articles once. An extraction
 * pass optimizes hundreds of large functions, several times each as their type feedback settles, on
 * background threads: ~4.5 s of CPU beside ~7 s of extraction for the 3,246 GVA documents, and on
 * 2 cores those threads compete with the extracting ones.
 * - Less inlining (default 920 bytes of bytecode inlined into one function; 230 cost ~1.4 s less
 *   compiling, the main thread's time unchanged; 460 saved less).
 * - A larger interrupt budget (default 66 KB of bytecode run between two checks for hotness;
 *   600 KB): functions are optimized once their feedback has settled, not re-optimized after each
 *   deoptimization of an early guess; the compiler threads' CPU fell from ~6 s to ~2.4 s for the
 *   GVA documents, the extracting threads' unchanged (docs/benchmarks.md, stop 42).
 * Compiler flags, read whenever a function is compiled or its feedback allocated, so setting them
 * once the process runs takes effect (a heap size would not); an unknown flag in a later Node only
 * prints a warning on stderr. Output is the same: these change speed only.
 */
const JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=230 --interrupt-budget=600000';

interface Flags extends InputFlags {
  format: 'json' | 'jsonl';
  maxEvents: number;
  jobs: number;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('Read articles and print the events, actors, places and sourced casualty claims each reports.')
    .argument('[inputs...]', 'files, folders (recursively) or - for stdin', ['-'])
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('jsonl'))
    .addOption(maxEventsOption())
    .option('--jobs <n>', `threads extracting in parallel (1: in-process; 2: this thread extracts, a worker locates; more: whole articles in n - 1 workers beside this thread; inputs under 50 articles always run in-process) (default: ${DEFAULT_JOBS}, from the cores)`, wholeNumber(1, 256));
  inputOptions(cmd);
  cmd.action(async (inputs: string[], flags: Flags) => {
    setFlagsFromString(JIT_FLAGS);
    const opts = readOptionsFrom(flags);
    const out = new Output();
    let done = 0;
    let failed = 0;
    let first = true;
    const progress = new Progress(process.stderr, () => `extract: ${done} articles${failed ? `, ${failed} failed` : ''}`,
      { total: () => estimateArticles(inputs), quiet: flags.quiet });
    const fail = (source: string, reason: string) => {
      failed++;
      progress.clear();
      reportError(source, reason);
    };
    const articles = withoutDocFiles(readInputs(inputs, opts), inputs, (source) => {
      progress.clear();
      if (!flags.quiet) reportSkipped(source);
    });
    if (flags.format === 'json') await out.write('[');
    const results = extractInOrder(articles, (r) => (r.ok ? r.article : null), { jobs: flags.jobs ?? DEFAULT_JOBS, maxEvents: flags.maxEvents, output: 'json' });
    for await (const { item: r, result } of results) {
      done++;
      progress.tick();
      if (!r.ok) {
        fail(r.source, r.error);
        continue;
      }
      if (!result!.ok) {
        fail(r.source, `extraction failed: ${result!.error}`);
        continue;
      }
      const a = r.article;
      if (r.warnings && !flags.quiet) {
        progress.clear();
        for (const w of r.warnings) reportError(r.source, `warning: ${w}`);
      }
      // The events come as JSON text from the worker: the same line as stringifying the whole
      // object, with events last.
      const head = JSON.stringify({ id: a.id, title: a.title, published: a.published, url: a.url, outlet: a.outlet });
      const line = `${head.slice(0, -1)},"events":${result!.json}}`;
      if (flags.format === 'json') await out.write((first ? '\n' : ',\n') + line);
      else await out.write(line + '\n');
      first = false;
    }
    progress.done();
    if (flags.format === 'json') await out.write(first ? ']\n' : '\n]\n');
    await out.flush();
    if (failed) process.exitCode = 1;
  });
  return cmd;
}
