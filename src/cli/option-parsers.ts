/**
 * Commander value parsers shared by every command: each throws InvalidArgumentError, which the
 * CLI turns into a usage error (exit 2) that names the option.
 */
import { InvalidArgumentError } from 'commander';

/** YYYY-MM-DD, a real day. */
export function parseDay(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return v;
}

/** "5000000", "500k", "20m", "1g" → bytes, above 0. */
export function parseBytes(v: string): number {
  const m = /^(\d{1,12})\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5000000, 500k or 20m');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * mult;
  if (n < 1) throw new InvalidArgumentError('expected a size above 0');
  return n;
}

/** "20" or "20s" (seconds), "500ms", "2m" → milliseconds. */
export function parseDuration(v: string): number {
  const m = /^(\d{1,9}(?:\.\d{1,3})?)\s*(ms|s|m)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a duration such as 20, 20s, 500ms or 2m');
  const ms = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm']);
  if (ms < 1) throw new InvalidArgumentError('expected a duration above 0');
  return ms;
}

/** A parser for whole numbers from min to max (inclusive). */
export function wholeNumber(min: number, max: number) {
  return (v: string): number => {
    const t = v.trim();
    if (!/^\d{1,9}$/.test(t) || Number(t) < min || Number(t) > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return Number(t);
  };
}

/** Seconds, 0 or more (fractions allowed): `--wait`. */
export function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds, 0 or more');
  return n;
}
