import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { Command } from 'commander';
import { wholeNumber } from '../option-parsers.ts';
import { processArticle } from '../../pipeline.ts';
import { addRow, emptyAgreement, rates, rowPublished, type AcledRow } from '../../extract/agreement.ts';
import { quietOption } from '../input-options.ts';
import { reportError } from '../output.ts';
import { Progress } from '../progress.ts';

interface Flags {
  gold: string;
  limit?: number;
  format: 'text' | 'json';
  quiet?: boolean;
}

const REQUIRED = ['notes', 'event_type', 'sub_event_type', 'event_date'];

/**
 * `fogwatch eval --gold FILE.csv`: for users who hold ACLED-format data. Runs extraction on each row's
 * `notes` (published on the row's timestamp, else its event date) and prints per-field agreement of the
 * primary event: type, sub-type, date, admin1, fatalities, counted as ../shared/eval/score.py does.
 */
export function evalCommand(): Command {
  const cmd = new Command('eval')
    .description('Compare extraction with ACLED-format rows (notes in, type/sub-type/date/admin1/fatalities compared).')
    .requiredOption('--gold <file.csv>', 'ACLED-format CSV with notes, event_type, sub_event_type, event_date (admin1, fatalities, timestamp optional)')
    .option('--limit <n>', 'only the first n rows with notes', wholeNumber(1, 999_999_999))
    .option('--format <format>', 'text (a table, then one JSON line) or json (the JSON line only)', 'text');
  quietOption(cmd);
  cmd.action(async (flags: Flags) => {
    if (flags.format !== 'text' && flags.format !== 'json') {
      reportError('--format', `expected text or json, got ${JSON.stringify(flags.format)}`);
      process.exitCode = 2;
      return;
    }
    let size = 0;
    try {
      const st = await stat(flags.gold);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch (e) {
      reportError(flags.gold, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      process.exitCode = 1;
      return;
    }
    const acc = emptyAgreement();
    let line = 1;
    let failed = 0;
    const file = createReadStream(flags.gold);
    const parser = file.pipe(parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
    // The share of the file read gives the time left (rows have notes of any length).
    const progress = new Progress(process.stderr, () => `eval: ${acc.n} rows`, { quiet: flags.quiet, fraction: () => (size ? file.bytesRead / size : null) });
    try {
      let checked = false;
      for await (const row of parser as AsyncIterable<Record<string, string>>) {
        line++;
        if (!checked) {
          const missing = REQUIRED.filter((c) => !(c in row));
          if (missing.length) throw new Error(`missing column(s) ${missing.join(', ')}`);
          checked = true;
        }
        if (!row.notes?.trim() || (row.event_type ?? '').startsWith('#')) continue;
        const r = row as unknown as AcledRow;
        try {
          const events = processArticle({ id: `row-${line}`, title: null, url: null, published: rowPublished(r), outlet: null, byline: null, text: r.notes });
          addRow(acc, r, events);
        } catch (e) {
          failed++;
          progress.clear();
          reportError(`${flags.gold}:${line}`, `extraction failed: ${(e as Error).message}`);
        }
        progress.tick();
        if (flags.limit && acc.n >= flags.limit) break;
      }
    } catch (e) {
      progress.done();
      reportError(flags.gold, (e as Error).message);
      process.exitCode = 1;
      return;
    }
    progress.done();
    const res = rates(acc);
    if (flags.format === 'text') {
      process.stdout.write(`rows ${res.n}, no event ${res.no_event}\n`);
      for (const k of ['event_type', 'sub_event_type', 'date', 'admin1', 'fatalities_exact']) process.stdout.write(`${k.padEnd(18)} ${res[k]!.toFixed(3)}\n`);
    }
    process.stdout.write(JSON.stringify({ set: `acled:${flags.gold.split('/').pop()}`, ...res }) + '\n');
    if (failed) process.exitCode = 1;
  });
  return cmd;
}
