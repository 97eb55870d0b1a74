import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { acledDate, addRow, emptyAgreement, rates } from '../src/extract/agreement.ts';
import { cli, fixture, jsonLines, tempDir } from './helpers.ts';

test('eval: ACLED date formats', () => {
  assert.equal(acledDate('31-12-19'), '2019-12-31');
  assert.equal(acledDate('31-Dec-19'), '2019-12-31');
  assert.equal(acledDate('3 December 2005'), '2005-12-03');
  assert.equal(acledDate('2019-12-31'), '2019-12-31');
  assert.equal(acledDate('31/12/2019'), '2019-12-31');
  assert.equal(acledDate('soon'), null);
});

test('eval: agreement counts the primary event only and skips "coded as" fatalities', () => {
  const acc = emptyAgreement();
  const ev = { background: false, eventType: 'Battles', subEventType: 'Armed clash', date: { start: '2019-07-20', end: null, precision: 1 }, location: { admin1: 'Mandera' }, fatalities: 3 };
  addRow(acc, { notes: 'x', event_type: 'Battles', sub_event_type: 'Armed clash', event_date: '20-07-2019', admin1: 'Mandera', fatalities: '3' }, [ev as never]);
  addRow(acc, { notes: 'coded as 4', event_type: 'Riots', sub_event_type: 'Mob violence', event_date: '21-07-2019', fatalities: '4' }, [ev as never]);
  addRow(acc, { notes: 'y', event_type: 'Riots', sub_event_type: 'Mob violence', event_date: '21-07-2019', fatalities: '0' }, []);
  const r = rates(acc);
  assert.equal(r.n, 3);
  assert.equal(r.no_event, 1);
  assert.equal(r.event_type, 0.3333);
  assert.equal(r.fatalities_exact, 1);
});

test('eval CLI: per-field agreement on an ACLED-format file, clear errors', () => {
  const r = cli(['eval', '--gold', fixture('extract', 'acled-mini.csv')]);
  assert.equal(r.code, 0, r.stderr);
  const last = jsonLines(r.stdout.split('\n').filter((l) => l.startsWith('{')).join('\n')).pop();
  assert.equal(last.n, 3);
  // Dates and figures are extraction's own work; types depend on event typing.
  assert.ok(last.date >= 0.66, r.stdout);
  assert.equal(last.fatalities_exact, 1, r.stdout);
  assert.match(r.stdout, /fatalities_exact/);
  const j = cli(['eval', '--gold', fixture('extract', 'acled-mini.csv'), '--format', 'json', '--limit', '1']);
  assert.equal(jsonLines(j.stdout)[0].n, 1);
  const missing = cli(['eval', '--gold', join(tempDir(), 'none.csv')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /none\.csv: cannot read/);
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.csv'), 'date,text\n1,hello\n');
  const bad = cli(['eval', '--gold', join(dir, 'bad.csv')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /missing column\(s\) notes, event_type/);
  assert.equal(cli(['eval']).code, 2);
});
