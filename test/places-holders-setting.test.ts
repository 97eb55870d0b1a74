/**
 * Issue 15, second round: holders read further along their chain, abbreviations inside a
 * parenthesis of holders, and events whose own sentences name no place. Sentences written for these
 * tests; one case per input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate, type LocateOptions } from './places-helpers.ts';

interface Case { pattern: string; text: string; iso3: string; admin1: string; opts?: LocateOptions }

const cases: Case[] = [
  // The first holder is a town with namesakes in several countries; the second, a state by its
  // designator, says which country: a homonym abroad (a Philippine San Juan) is not the place.
  { pattern: 'X, town, Y state', text: 'Relatives of inmates staged a sit-in in San Juan, Lagunillas, Merida state, on Tuesday.', iso3: 'VEN', admin1: 'Merida' },
  // The coder's parenthesis holds a district abbreviation no table knows, then the province's.
  { pattern: 'X town (district, KPK)', text: 'Tribesmen staged a sit-in in Wana town (SW, KPK) on Monday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa' },
  { pattern: 'X town (district, KP)', text: 'Gunmen killed a tribal elder in Mir Ali town (NW, KP) on Tuesday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa' },
  // The event's own sentence names no place: it happened in the story's setting.
  {
    pattern: 'event sentence without a place', iso3: 'KEN', admin1: 'Nairobi',
    text: 'Kibera residents in Nairobi demanded the release of a jailed activist on Sunday. In solidarity, the residents thronged the streets.',
    opts: { evidence: 'In solidarity, the residents thronged the streets.' },
  },
];

for (const c of cases) {
  test(`holders: ${c.pattern}: "${c.text}"`, () => {
    const p = locate(c.text, c.opts);
    assert.ok(p, 'a place is found');
    assert.equal(p.iso3, c.iso3);
    assert.equal(p.admin1, c.admin1);
  });
}

test('holders: an abbreviation in a parenthesis after no place is still no place', () => {
  assert.equal(locate('Two men were arrested (police said, UP) on Monday.'), null);
});

test('holders: "Al" beginning a name in a parenthesis is not the abbreviation of Alabama', () => {
  const p = locate('Gunmen attacked a checkpoint near Gharyan (Al Jabl Al Gharbi) at dawn.');
  assert.equal(p?.iso3, 'LBY');
  assert.equal(p?.name, 'Gharyan');
});

test('holders: "Arab" describes people, it is no town ("Arab villages" in a story set elsewhere)', () => {
  const p = locate('Shopkeepers from Arab villages protested outside the finance ministry in Jerusalem on Monday.');
  assert.equal(p?.iso3, 'ISR');
  assert.equal(p?.name, 'Jerusalem');
});

test('holders: a Kenyan ward name followed by another county is that county\'s namesake (the county, precision 4)', () => {
  const p = locate('Herders clashed at a watering point near Sankuri (Lamu county) on Tuesday.');
  assert.equal(p?.iso3, 'KEN');
  assert.equal(p?.admin1, 'Lamu');
  assert.equal(p?.precision, 4);
});
