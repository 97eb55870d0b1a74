/**
 * Places, stop 37: units that GeoNames lacks (Ethiopia's zones), a people's name before a unit's
 * designator, and what a report's country says about a place it names. Sentences written for these
 * tests, in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

// Ethiopia's zones are the second level that its reports name most ("X zone, Y region"); GeoNames
// codes few of them, so they were missed or read as namesakes abroad. data/places/admin2-units.json.
const zones: [string, string, string][] = [
  ['Federal troops shot dead four farmers in Mirab Hararghe zone on Tuesday, relatives said.', 'West Hararghe', 'Oromiya'],
  ['Gunmen ambushed a minibus in rural East Wollega overnight, killing seven passengers.', 'East Wellega', 'Oromiya'],
  ['Militiamen attacked a market in the Metekel zone of Benishangul on Sunday, residents said.', 'Metekel', 'Benshangul-Gumaz'],
  ['Regional forces and fighters clashed for a second day in Semien Wollo, a local official said.', 'North Wollo', 'Amhara'],
  ['Hundreds of coffee farmers protested in Kaffa zone against the arrest of their leaders.', 'Kaffa', 'South West Ethiopia'],
  ['Special police raided two villages in Jarar zone, killing a clan elder, witnesses said.', 'Jarar', 'Somali'],
];
for (const [text, zone, admin1] of zones) {
  test(`places s37: an Ethiopian zone is a unit of its region (${zone})`, () => {
    const p = locate(text);
    assert.equal(p?.country, 'Ethiopia', `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
    assert.equal(p?.name, zone);
    assert.equal(p?.admin1, admin1);
    assert.equal(p?.precision, 3);
  });
}

// "Borana zone": a people's name, no place alone (a stop word), names the unit called after them
// when a designator follows and a table knows the pair; alone it stays a people.
test('places s37: a people\'s name before "zone" is the zone', () => {
  const p = locate('Herders displaced by the drought marched to the district office in Borana zone on Friday.');
  assert.equal(p?.country, 'Ethiopia');
  assert.equal(p?.admin1, 'Oromiya');
  assert.equal(p?.precision, 3);
});
