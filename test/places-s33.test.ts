/**
 * Issue 15, stop 33: a people's or community's name says the country a report is about (as an
 * armed group's does); a Kenyan ward's name is no stronger sign of Kenya than a town's; a holder
 * after an unknown one in "X (A, B)" still holds X; an event dated before a first-level unit was
 * carved out of an older one lies in the older unit. Sentences
 * written for these tests, in the manner of field reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event, Place } from '../src/record/schema.ts';
import { checkPlaces as check } from './places-helpers.ts';

// No country is named, but the people are of one country (or a few): a namesake of the village in
// that country beats a larger namesake elsewhere.
check('a people names the country', [
  { pattern: 'Nigerian farmers and a town also a Kenyan ward', text: 'Tiv farmers fled after gunmen attacked Naka at night.', iso3: 'NGA', admin1: 'Benue' },
  { pattern: 'Ethiopian youths and a town also in Java', text: 'Wolayta youths protested in Sodo over the referendum.', iso3: 'ETH', admin1: 'South Ethiopia' },
  { pattern: 'hunters of three countries', text: "Dozo hunters attacked a herders' camp near Kani.", iso3: 'CIV', admin1: 'Woroba' },
]);

// A name that only Kenya's table of wards and localities knows counts for Kenya as a town's name
// does, not as a region's: the region named after it wins.
check("a Kenyan ward's name against another country's region", [
  { pattern: 'X, province', text: 'Gunmen opened fire on a bus in Kaugagi, Oudalan Province, wounding two.', iso3: 'BFA', admin1: 'Sahel' },
]);

// "X (A, B)": the parenthesis lists X's holders, smallest first; when A is a name no table knows (a
// commune), B still holds X, and X's namesakes abroad give way (B, a province, is then the place).
check('a holder after an unknown one in the parenthesis', [
  { pattern: 'town abroad (unknown, province)', text: 'Gunmen abducted a nurse in Gela (Tamboko, Soum).', iso3: 'BFA', admin1: 'Sahel' },
  { pattern: 'town abroad (unknown, other province)', text: 'Gunmen abducted a nurse in Terni (Tamboko, Seno).', iso3: 'BFA', admin1: 'Sahel' },
]);
// So is a city abroad, however large: the district after the unknown commune is X's container.
check('a district after an unknown holder is the container', [
  { pattern: 'city abroad (unknown, province)', text: 'Gunmen abducted a nurse in Bergamo (Tamboko, Soum).', iso3: 'BFA', admin1: 'Sahel' },
  { pattern: 'city abroad (unknown, other province)', text: 'Soldiers killed two militants in Salerno (Tamboko, Seno).', iso3: 'BFA', admin1: 'Sahel' },
]);
// "X (A, B)" with X unknown: A is the commune, B its district; A's namesake abroad gives way.
check('a district after the first holder is its container', [
  { pattern: 'unknown (city abroad, province)', text: 'Soldiers killed two militants near Tinkari (Salerno, Seno).', iso3: 'BFA', admin1: 'Sahel' },
  { pattern: 'unknown (city abroad, province) after in', text: 'Gunmen torched a school in Tamboko (Bergamo, Seno).', iso3: 'BFA', admin1: 'Sahel' },
]);

/** The place of a one-sentence report dated `date`. */
function locateOn(text: string, date: string): Place | null {
  const article: Article = { id: 'a1', title: null, url: null, published: date, outlet: null, byline: null, text };
  const empty = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e1', eventType: 'Protests', subEventType: 'Peaceful protest', background: false,
    date: { start: date, end: date, precision: 1 }, location: null, actor1: null, actor2: null, associatedActors: [], claims: [],
    totals: { killed: empty, wounded: empty, missing: empty, captured: empty }, fatalities: null,
    evidence: [{ text, start: 0, end: text.length }], articles: ['a1'],
  };
  return locateEvents(article, [event])[0]!.location;
}

// Sidama (2020) and South West Ethiopia (2021) were carved out of the SNNPR: an event before the
// split lies in the unit of its day, one after it in today's unit.
test('a unit formed after the event: the unit of its day', () => {
  const before = locateOn('Students protested in Yirgalem over a disputed exam.', '2019-05-02');
  assert.equal(before?.admin1, 'Southern Nations');
  assert.equal(before?.admin1Code, 'ET-SN');
  assert.equal(locateOn('Students protested in Yirgalem over a disputed exam.', '2021-05-02')?.admin1, 'Sidama');
  assert.equal(locateOn('Gunmen killed two traders near Mizan Teferi.', '2020-12-01')?.admin1, 'Southern Nations');
  assert.equal(locateOn('Gunmen killed two traders near Mizan Teferi.', '2022-12-01')?.admin1, 'South West Ethiopia');
});
