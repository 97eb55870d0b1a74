import { Command, Option } from 'commander';
import { processArticle } from '../../pipeline.ts';
import { readInputs } from '../../read/inputs.ts';
import { Output, reportError } from '../output.ts';
import { inputOptions, readOptionsFrom, type InputFlags } from '../input-options.ts';

interface Flags extends InputFlags {
  format: 'json' | 'jsonl';
  maxEvents?: string;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('Read articles and print the events, actors, places and sourced casualty claims each reports.')
    .argument('[inputs...]', 'files, folders (recursively) or - for stdin', ['-'])
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('jsonl'))
    .option('--max-events <n>', 'most events kept per article', '50');
  inputOptions(cmd);
  cmd.action(async (inputs: string[], flags: Flags) => {
    const opts = readOptionsFrom(flags);
    const maxEvents = Math.max(1, Number(flags.maxEvents) || 50);
    const out = new Output();
    let failed = 0;
    let first = true;
    if (flags.format === 'json') await out.write('[');
    for await (const r of readInputs(inputs, opts)) {
      if (!r.ok) {
        failed++;
        reportError(r.source, r.error);
        continue;
      }
      const a = r.article;
      let events;
      try {
        events = processArticle(a, { maxEvents });
      } catch (e) {
        failed++;
        reportError(r.source, `extraction failed: ${(e as Error).message}`);
        continue;
      }
      const line = JSON.stringify({ id: a.id, title: a.title, published: a.published, url: a.url, outlet: a.outlet, events });
      if (flags.format === 'json') await out.write((first ? '\n' : ',\n') + line);
      else await out.write(line + '\n');
      first = false;
    }
    if (flags.format === 'json') await out.write(first ? ']\n' : '\n]\n');
    await out.flush();
    if (failed) process.exitCode = 1;
  });
  return cmd;
}
