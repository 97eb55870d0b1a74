import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, type InputFormat, type ReadOptions } from '../read/types.ts';

/** The options every command that reads inputs shares (extract, ingest). */
export interface InputFlags {
  published?: string;
  inputFormat?: InputFormat;
  maxBytes?: number;
}

function parseDay(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return v;
}

function parseBytes(v: string): number {
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5000000, 500k or 20m');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

export function inputOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parseDay)
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of detecting it').choices(['text', 'jsonl', 'json', 'html', 'feed']))
    .option('--max-bytes <size>', `largest input accepted (default ${DEFAULT_MAX_BYTES / 1024 / 1024}m)`, parseBytes);
}

export function readOptionsFrom(flags: InputFlags): ReadOptions {
  return {
    inputFormat: flags.inputFormat,
    maxBytes: flags.maxBytes,
    defaults: { published: flags.published ?? null },
  };
}
