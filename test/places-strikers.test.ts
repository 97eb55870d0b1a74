/**
 * Where a strike happened when the striker is foreign, in reports written for these tests in the
 * style of several wars:
 * - a country in an "X-led", "X-backed", "X-installed" compound sponsors an actor; it is no place of
 *   the story ("Saudi-led coalition airstrikes targeted … (Al Jawf)" were in Yemen's Al Jawf, not
 *   Saudi Arabia's);
 * - the striker of an air, drone or artillery strike strikes across borders: its country weighs
 *   little as a clue to where, and an extracted country that is only the striker's weighs no more;
 * - the country that the event's own sentence places it in ("in northern Yemen") rules out
 *   weak namesakes abroad among that sentence's other places ("near the X border" places
 *   nothing in X);
 * - a first-level unit named alone ("in Texas") is that unit, not a district of its name elsewhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { locate } from './places-helpers.ts';

const placeOf = (text: string, published = '2020-05-09') =>
  processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).find((e) => !e.background)?.location ?? null;

test('a sponsor compound is no place: "Saudi-led coalition airstrikes … (Al Jawf)" are in Yemen', () => {
  const p = placeOf('On 8 May 2020, 21 Saudi-led coalition airstrikes reportedly targeted Khabb wa ash Shaaf district (Al Jawf). No casualties were reported.');
  assert.equal(p?.country, 'Yemen');
  assert.equal(p?.admin1, 'Al Jawf');
});

test('a foreign striker\'s country does not place an air strike on a region its own country also has', () => {
  // Two provinces are named Al Jawf (Saudi Arabia's and Yemen's); the coalition's jets strike Yemen.
  const p = placeOf('Saudi-led coalition warplanes hit a market in Al Jawf, killing five civilians, rebels said.');
  assert.equal(p?.country, 'Yemen');
});

test('the country the sentence places it in rules out a weak namesake abroad among its places', () => {
  // "Bor" is a South Sudanese town; the youths named after it fought in Uganda.
  const p = locate('An ambush by Bor youths in northern Uganda killed a trader on Tuesday.');
  assert.equal(p?.country, 'Uganda');
});

test('"near the X border" places nothing in X: the sentence\'s own town stays', () => {
  const p = locate('Unknown gunmen shot dead a trader in Mandera county near the Somalia border, police said.');
  assert.equal(p?.country, 'Kenya');
  assert.equal(p?.admin1, 'Mandera');
});

test('a first-level unit named alone is that unit, not a district of its name in another unit', () => {
  // Texas the state, not Texas County in Missouri; Kabul district inside Kabul province keeps its own weight.
  const p = locate('A man was shot dead in Texas on Saturday night, officials said.');
  assert.equal(p?.admin1, 'Texas');
  assert.equal(locate('Fighting was reported in Kabul district of Kabul province.')?.precision, 3);
});
