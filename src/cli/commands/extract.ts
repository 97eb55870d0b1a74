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
 * Less inlining by V8's optimizing compiler for the rest of this run (default 920 bytes of bytecode
 * inlined into one function). An extraction pass optimizes hundreds of large functions, several
 * times each as their type feedback settles, on background threads: ~5.5 s of CPU beside ~6.5 s of
 * extraction on the main thread for the 3,246 GVA documents, and on 2 cores those threads compete
 * with the main one. At 230 they cost ~1.4 s less, the main thread's time unchanged (measured in
 * the commit that set it; 460 saved less). A compiler flag, read whenever a function is compiled,
 * so setting it once the process runs takes effect (a heap size would not); an unknown flag in a
 * later Node only prints a warning on stderr. Output is the same: inlining changes speed only.
 */
const JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=230';

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
