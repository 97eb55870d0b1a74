import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/annotate/dates.ts';
import { annotate } from '../src/annotate/doc.ts';
import { findNumbers } from '../src/annotate/numbers.ts';
import { splitSentences } from '../src/annotate/sentences.ts';
import { tokenize } from '../src/annotate/tokens.ts';

const sentences = (t: string) => splitSentences(t).map((s) => s.text);
const nums = (t: string) => findNumbers(tokenize(t)).map((n) => [n.low, n.high, n.qualifier]);
const REF = { day: '2021-11-17', tzMinutes: 240 };
const dates = (t: string, ref = REF) => findDates(t, 0, t.length, ref).map((d) => [d.text, d.date, d.precision]);

test('sentences: abbreviations, initials, "No. 5", decimals, quotes and glued periods — Gen. Ivan Petrov said 2.5 tonnes of shells hit Post No. 5 at', () => {
  assert.deepEqual(sentences('Gen. Ivan Petrov said 2.5 tonnes of shells hit Post No. 5 at 6 p.m. Monday. Then the guns fell silent.'),
    ['Gen. Ivan Petrov said 2.5 tonnes of shells hit Post No. 5 at 6 p.m. Monday.', 'Then the guns fell silent.']);
});

test('sentences: abbreviations, initials, "No. 5", decimals, quotes and glued periods — J. R. Smith of the U.S. Army spoke. "We lost two men." The u', () => {
  assert.deepEqual(sentences('J. R. Smith of the U.S. Army spoke. "We lost two men." The unit withdrew.'),
    ['J. R. Smith of the U.S. Army spoke.', '"We lost two men."', 'The unit withdrew.']);
});

test('sentences: abbreviations, initials, "No. 5", decimals, quotes and glued periods — Nobody was held overnight.A 19-year-old was shot.', () => {
  assert.deepEqual(sentences('Nobody was held overnight.A 19-year-old was shot.'), ['Nobody was held overnight.', 'A 19-year-old was shot.']);
});

test('sentences: abbreviations, initials, "No. 5", decimals, quotes and glued periods — Latest headlinesnTwo villagers were hurt', () => {
  // Lines of a scraped page are never joined.
  assert.deepEqual(sentences('Latest headlines\nTwo villagers were hurt'), ['Latest headlines', 'Two villagers were hurt']);
  // Offsets are exact.
  const t = 'First one.  Second one follows.';
  for (const s of splitSentences(t)) assert.equal(t.slice(s.start, s.end), s.text);
});

test('tokens: ages and times are words, possessives split, offsets exact', () => {
  const t = "Armenia’s 12-year-old boy was hurt at 5:35 p.m. in the U.S.";
  const toks = tokenize(t);
  assert.deepEqual(toks.map((x) => x.text), ['Armenia', '’s', '12-year-old', 'boy', 'was', 'hurt', 'at', '5:35', 'p.m.', 'in', 'the', 'U.S.']);
  assert.equal(toks[1]!.lower, "'s");
  assert.equal(toks.find((x) => x.text === '12-year-old')!.kind, 'word');
  for (const x of toks) assert.equal(t.slice(x.start, x.end), x.text);
});

test('numbers: digits, words, vague quantities, ranges and qualifiers — at least 6,500 people', () => {
  assert.deepEqual(nums('at least 6,500 people'), [[6500, 6500, 'at_least']]);
});

test('numbers: digits, words, vague quantities, ranges and qualifiers — twenty-five soldiers and one hundred and twenty civilians', () => {
  assert.deepEqual(nums('twenty-five soldiers and one hundred and twenty civilians'), [[25, 25, 'exact'], [120, 120, 'exact']]);
  assert.deepEqual(nums('a dozen troops'), [[12, 12, 'exact']]);
});

for (const [text, want] of [
  ['dozens of villagers', [[12, 12, 'vague']]],
  ['hundreds of protesters', [[100, 100, 'vague']]],
  ['tens of thousands fled', [[10000, 10000, 'vague']]],
  ['hundreds of thousands fled', [[100000, 100000, 'vague']]],
  ['many thousands fled', [[1000, 1000, 'vague']]],
  ['1.2 million displaced', [[1200000, 1200000, 'exact']]],
  ['two dozen wounded', [[24, 24, 'exact']]],
  ['between 10 and 15 fighters', [[10, 15, 'range']]],
  ['10 to 15 fighters', [[10, 15, 'range']]],
  ['up to 40 wounded', [[40, 40, 'at_most']]],
  ['more than 30 dead', [[30, 30, 'at_least']]],
  ['about 25 missing', [[25, 25, 'about']]],
  ['nearly 2,000 peacekeepers', [[2000, 2000, 'at_most']]],
] as const) {
  test(`numbers: digits, words, vague quantities, ranges and qualifiers — ${text.slice(0, 60)}`, () => assert.deepEqual(nums(text), want));
}

test('numbers: digits, words, vague quantities, ranges and qualifiers — on Nov. 29 the 40th victim of the 1990s', () => {
  // Days after a month name, ordinals and decades are not counts; a bare year is marked.
  assert.deepEqual(nums('on Nov. 29 the 40th victim of the 1990s'), []);
  assert.equal(findNumbers(tokenize('in 2020 the war'))[0]!.yearLike, true);
});

test('dates: resolved against the publication day with UCDP precision — at 1pm local time on November 16, forces attacked', () => {
  assert.deepEqual(dates('at 1pm local time on November 16, forces attacked'), [['November 16', '2021-11-16', 1]]);
});

test('dates: resolved against the publication day with UCDP precision — He was shot on Tuesday night.', () => {
  // A weekday is the most recent one on or before publication (2021-11-17 was a Wednesday).
  assert.deepEqual(dates('He was shot on Tuesday night.'), [['on Tuesday night', '2021-11-16', 1]]);
});

test('dates: resolved against the publication day with UCDP precision — The clash came on Wednesday.', () => {
  assert.deepEqual(dates('The clash came on Wednesday.'), [['on Wednesday', '2021-11-17', 1]]);
  assert.deepEqual(dates("last year's war"), [['last year', '2020-01-01', 5]]);
});

for (const [text, want] of [
  ['the fighting in 2020 was worse', [['2020', '2020-01-01', 5]]],
  ['Earlier this month, police said', [['this month', '2021-11-01', 4]]],
] as const) {
  test(`dates: resolved against the publication day with UCDP precision — ${text.slice(0, 60)}`, () => assert.deepEqual(dates(text), want));
}

test('dates: resolved against the publication day with UCDP precision — On December 3, rebels attacked.', () => {
  // A month-day later in the year than publication is last year's.
  assert.deepEqual(dates('On December 3, rebels attacked.'), [['December 3', '2020-12-03', 1]]);
});

test('dates: resolved against the publication day with UCDP precision — On 4 March 2019, two were killed.', () => {
  assert.deepEqual(dates('On 4 March 2019, two were killed.'), [['On 4 March 2019', '2019-03-04', 1]]);
});

test('dates: resolved against the publication day with UCDP precision — The shooting happened at 1pm.', () => {
  // Times alone name no day; sentences without date words are not parsed.
  assert.deepEqual(dates('The shooting happened at 1pm.'), []);
});

test('doc: sentences, numbers and dates per sentence, no date without a publication day', () => {
  const base = { id: 'a', title: null, url: null, outlet: null, byline: null };
  const d = annotate({ ...base, published: '2021-11-17', text: 'On Monday two men died. Nothing else.' });
  assert.equal(d.sentences.length, 2);
  assert.deepEqual(d.numbers(0).map((n) => n.low), [2]);
  assert.equal(d.dates(0)[0]!.date, '2021-11-15');
  const u = annotate({ ...base, published: null, text: 'On Monday two men died.' });
  assert.deepEqual(u.dates(0), []);
  assert.equal(annotate({ ...base, published: null, text: '' }).sentences.length, 0);
});
