/**
 * Dates read by chrono (src/annotate/chrono.ts): its explicit day parsers, and the refiner that makes
 * a weekday or a month-day without a year the most recent such day on or before publication.
 * Sentences with "week" or "month" go to chrono (dates.ts's fast path reads the rest).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/annotate/dates.ts';

const REF = { day: '2021-11-17', tzMinutes: 0 }; // a Wednesday
const read = (s: string) => findDates(s, 0, s.length, REF).map((d) => [d.text, d.date, d.precision]);

for (const [text, want] of [
  ['Two weeks ago on Friday night the village was raided.', [['Two weeks ago', '2021-11-03', 1], ['on Friday night', '2021-11-12', 1]]],
  ['Last month, on Saturday, troops shelled the town.', [['Last month', '2021-10-01', 4], ['on Saturday,', '2021-11-13', 1]]],
  ['A report this month said the attack on November 20 killed two.', [['this month', '2021-11-01', 4], ['November 20', '2020-11-20', 1]]],
  ['A report this month said the attack on November 2 killed two.', [['this month', '2021-11-01', 4], ['November 2', '2021-11-02', 1]]],
] as const) {
  test(`chrono: the most recent past day — ${text}`, () => assert.deepEqual(read(text), want));
}

for (const tz of [-300, 0, 180]) {
  test(`chrono: a weekday is the day before publication in the outlet's zone (UTC${tz >= 0 ? '+' : ''}${tz / 60})`, () => {
    const s = 'Earlier this month, on Tuesday, police arrested four men.';
    assert.deepEqual(findDates(s, 0, s.length, { day: '2021-11-17', tzMinutes: tz }).map((d) => [d.text, d.date]), [['this month', '2021-11-01'], ['on Tuesday,', '2021-11-16']]);
  });
}
