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
  ['A report this month said the attack on November 28 killed two.', [['this month', '2021-11-01', 4], ['November 28', '2020-11-28', 1]]],
  // A day at most a week ahead is this year's, a plan or a later account: it dates no event.
  ['A report this month said talks on November 20 would follow.', [['this month', '2021-11-01', 4]]],
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

test('a month-day at most a week after publication dates no event; later in the year is last year\'s', () => {
  const ref = { day: '2019-02-01', tzMinutes: 0 };
  const both = (s: string) => findDates(s, 0, s.length, ref).map((d) => [d.text, d.date]);
  // Written in the style of a monitor's note and of wire copy: a day after the note's dateline.
  assert.deepEqual(both('Her body was found in the mortuary on February 4th.'), []);
  assert.deepEqual(both('Her body was found in the mortuary last month, on February 4th.'), [['last month', '2019-01-01']]);
  assert.deepEqual(both('The raid on February 20 killed six.'), [['February 20', '2018-02-20']]);
  assert.deepEqual(both('The raid on January 30 killed six.'), [['January 30', '2019-01-30']]);
});

test('both date paths agree on a month-day days after publication, across the new year', () => {
  const ref = { day: '2021-12-29', tzMinutes: 0 };
  const read = (s: string) => findDates(s, 0, s.length, ref).map((d) => [d.text, d.date]);
  // The first sentence is read by the fast path; "week" sends the second to chrono.
  assert.deepEqual(read('Talks are due on January 3.'), []);
  assert.deepEqual(read('The talks on 3 January would follow, a week on.'), []);
  assert.deepEqual(read('The raid on December 20 killed six.'), [['December 20', '2021-12-20']]);
  assert.deepEqual(read('A week later, the raid on December 20 killed six.').filter((d) => d[0] === 'December 20'), [['December 20', '2021-12-20']]);
});
