/**
 * Dates and casualty figures, stop 33: forms reports use in any conflict. A day-first date heading
 * ("14 Oct. Three fishermen …") is complete at its month; "17 April, 11 people" is a day and a count;
 * "08, December 2018" is a day; a slash date without a year is the reading nearest before
 * publication; a recalled event promoted to the article's main one is dated by its own day; ", and"
 * after a two-part object joins clauses, not people; role nouns ("shopkeeper", "engineer") are people.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';

const article = (text: string, published: string) => ({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const main = (text: string, published: string) => processArticle(article(text, published)).find((x) => !x.background);
const dates = (text: string, published: string) => {
  const d = annotate(article(text, published));
  return d.sentences.flatMap((s, i) => d.dates(i).map((m) => m.date));
};

test('a day-first heading with an abbreviated month ends its sentence: the figure after it is counted', () => {
  const e = main('14 Oct. Three fishermen were killed when gunmen fired on their boat near Paita.', '2020-10-15');
  assert.equal(e?.date?.start, '2020-10-14');
  assert.equal(e?.fatalities, 3);
  const f = main('03 Feb. 2 civilians killed in crossfire between the army and rebels in Kabare.', '2021-02-04');
  assert.equal(f?.date?.start, '2021-02-03');
  assert.equal(f?.fatalities, 2);
});

test('the number after a day-first month is a count, not a second day', () => {
  assert.deepEqual(dates('11 Nov 4 soldiers died in an ambush near Menaka.', '2019-11-12'), ['2019-11-11']);
  // "Aug. 12,000": a figure in thousands is no day.
  assert.deepEqual(dates('Troops said that in Aug 12,000 rounds were seized.', '2019-09-01').filter((d) => d.endsWith('-12')), []);
});

test('"17 April, 11 people": a day and month, then a count, not the year 2011', () => {
  assert.deepEqual(dates('On 17 April, 11 people were killed near Jos. Thousands have fled this year.', '2018-04-18').filter((d) => d.slice(5) !== '01-01'), ['2018-04-17']);
  // chrono's month-first "May, 6" after a day already given
  assert.ok(dates('Around 9 May, 6 villagers were abducted from Tessit; raids went on through April.', '2021-05-12').includes('2021-05-09'));
});

test('"08, December 2018:" is the 8th of December', () => {
  assert.ok(dates('08, December 2018: In Kananga, people demonstrated against the governor.', '2018-12-09').includes('2018-12-08'));
});

test('a slash date without a year is the reading nearest before publication', () => {
  assert.deepEqual(dates('Protests were held in Goma on 03/03 and 04/03 against the curfew.', '2018-03-06'), ['2018-03-03', '2018-03-04']);
});

test('a recalled-looking event that is the only one is dated by its own day, not by the month of its cue', () => {
  const e = main('On Nov 4th 2020, traders in Pemba protested the closure (since August) of the central market. [size=no report]', '2020-11-05');
  assert.equal(e?.date?.start, '2020-11-04');
});

test('", and" after a two-part object starts a new clause: "wounded three farmers and a teacher, and another farmer died"', () => {
  const cs = claimsOfText('The shells wounded three farmers and a teacher, and another farmer died.');
  assert.equal(cs.find((c) => c.outcome === 'killed')?.low, 1);
  assert.equal(cs.find((c) => c.outcome === 'wounded')?.low, 4);
});

test('role nouns name people: a shopkeeper, an engineer, a commissioner', () => {
  assert.equal(main('On 3 March 2021, gunmen shot dead a shopkeeper in Djibo.', '2021-03-04')?.fatalities, 1);
  assert.equal(main('On 5 June 2020, a roadside bomb killed an engineer from the water board near Rada.', '2020-06-06')?.fatalities, 1);
  assert.equal(claimsOfText('Two engineers were killed when their convoy hit a mine.').find((c) => c.outcome === 'killed')?.low, 2);
});

test('people named by their captivity are the subject of the casualty verb after them: "two prisoners were killed"', () => {
  const cs = claimsOfText('Two prisoners were killed in unclear circumstances at Makala prison.');
  assert.equal(cs.find((c) => c.outcome === 'killed')?.low, 2);
  assert.equal(cs.some((c) => c.outcome === 'captured'), false);
  // taken, not killed: the noun is still a capture
  assert.equal(claimsOfText('Rebels took 30 prisoners near Bunia.').find((c) => c.outcome === 'captured')?.low, 30);
});

test('a count after a place and a comma is a count when people follow it, not an age: "In Tawila, 3 local herders were killed"', () => {
  assert.equal(claimsOfText('In Tawila, 3 local herders were killed in clashes with militia.').find((c) => c.outcome === 'killed')?.low, 3);
});

test('one person of a group: "a member of the police was killed"', () => {
  assert.equal(claimsOfText('A member of the police was killed by gunmen near Kidira.').find((c) => c.outcome === 'killed')?.low, 1);
});

test('a people\'s name in the plural is people: "two Zambians from the border village were killed", "In Tawila, 3 Masalits were killed"', () => {
  assert.equal(claimsOfText('Two Zambians from the border village were killed by poachers.').find((c) => c.outcome === 'killed')?.low, 2);
  assert.equal(claimsOfText('In Tawila, 3 Masalits were killed by militia.').find((c) => c.outcome === 'killed')?.low, 3);
  // an outlet's name is not a people's: "7 News has learned that a guard was wounded"
  assert.equal(claimsOfText('7 News has learned that a guard was wounded in the raid.').find((c) => c.outcome === 'wounded')?.low, 1);
});

test('people added after the verb count too: "were killed, as well as two fighters", "along with 3 soldiers"', () => {
  const e = main('On 12 July 2018, police clashed with rebels near Bosaso. Seven police were killed, as well as two rebel fighters.', '2018-07-13');
  assert.equal(e?.fatalities, 9);
  const cs = claimsOfText('Five civilians died in the crossfire, along with 3 soldiers.');
  assert.deepEqual(cs.filter((c) => c.outcome === 'killed').map((c) => c.low).sort(), [3, 5]);
  // things are not people: "1 killed, along with 40 motorcycles seized"
  assert.deepEqual(claimsOfText('The raid left 1 killed, along with 40 motorcycles seized.').filter((c) => c.outcome === 'killed').map((c) => c.low), [1]);
});

test('two peoples joined: "2 Malians and 1 Nigerien were killed" is three', () => {
  assert.equal(main('On 4 May 2020, 2 Malians and 1 Nigerien were killed in a clash near Ayorou.', '2020-05-05')?.fatalities, 3);
});

test('verbs joined by "and" share their people: "is beaten and killed", "lynched and burned two brothers"', () => {
  assert.equal(claimsOfText('A robbery suspect is beaten and killed by a crowd near a market in Gulu.').find((c) => c.outcome === 'killed')?.low, 1);
  assert.equal(claimsOfText('A crowd lynched and burned two brothers near a market in Kasese.').find((c) => c.outcome === 'killed')?.low, 2);
  // a second casualty word keeps its own reading: "killed and displaced thousands" kills no "thousands" by itself
  assert.equal(claimsOfText('Floods, raids and disease killed and displaced thousands.').some((c) => c.outcome === 'killed' && (c.low ?? 0) >= 1000), false);
});
