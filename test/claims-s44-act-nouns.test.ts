/**
 * A noun of a killing act with its count after "of", stop 44, with sentences written for these tests
 * in the style of wire reports from several conflicts: "the beheading of 12 hostages" and "the
 * massacring of 30 villagers" count the dead as "the killing of" does; a people's or faith's name in
 * the plural after the count ("the killing of 21 Yazidis") is people, as a person noun is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const killed = (text: string) => claimsOfText(text).filter((c) => c.outcome === 'killed').map((c) => c.low);

test('"the beheading of N" counts the dead', () => {
  assert.deepEqual(killed('The group released a video showing the beheading of 12 hostages in the desert.'), [12]);
  assert.deepEqual(killed('Residents fled after the massacring of 30 villagers by armed men last month.'), [30]);
});

test('a people\'s name in the plural after the count is people', () => {
  assert.deepEqual(killed('Survivors described the killing of 21 Yazidis at the edge of the village.'), [21]);
  assert.deepEqual(killed('The UN condemned the beheading of seven Ethiopians on the coast.'), [7]);
});
