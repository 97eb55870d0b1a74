/**
 * Stop 44, places: how reports name places. Invented sentences in the style of wire reports and
 * coders' notes from several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

// Holders written largest first ("in Mopti region, Bankass cercle, …"): the unit named with its
// designator, then after a comma a place it holds, is that place's holder; the smaller place is where.
for (const [conflict, text, name, admin1] of [
  ['Mali', 'Gunmen killed five villagers in Mopti region, Bankass cercle, on Friday, local officials said.', 'Bankass', 'Mopti'],
  ['Myanmar', 'Soldiers burned dozens of houses in Sagaing Region, Monywa Township, on Sunday, residents said.', 'Monywa', 'Sagaing'],
] as const) {
  test(`holders written largest first: the smaller place is the event's (${conflict})`, () => {
    const p = locate(text);
    assert.equal(p?.name, name);
    assert.equal(p?.admin1, admin1);
    assert.equal(p?.precision, 3);
  });
}
