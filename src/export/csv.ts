/**
 * CSV lines for spreadsheets and data tools. Text from articles (an outlet taken from
 * og:site_name, an actor's name, a quote) must never run as a formula where the file is opened:
 * following OWASP's advice on CSV injection, a cell that starts with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe, which spreadsheets read as "this is text". Numbers
 * ("-3.354", "-12") are left as they are: no spreadsheet evaluates a plain number.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as written: neutralised when a spreadsheet could take it for a formula. */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** One CSV record (RFC 4180 quoting, CRLF-free: a newline ends it), every cell made safe. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return stringify([values.map(safeCell)]);
}
