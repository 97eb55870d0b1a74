/**
 * Actors, stop 48: clan militias (Somalia, Kenya's north, the southern Philippines) are ACLED's
 * Unidentified Clan Militia of their country, an identity militia, not no actor at all. Sentences
 * written for these tests, in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const actor1 = (text: string) => primaryEvent(text)?.actor1?.name ?? null;

test('clan militias are unidentified clan militias of their country', () => {
  assert.equal(actor1('Clan militias fought over a water point in Mudug region, killing six people.'), 'Unidentified Clan Militia (Somalia)');
  assert.equal(actor1('Clan militiamen attacked a hamlet in the Lower Shabelle region and killed three civilians.'), 'Unidentified Clan Militia (Somalia)');
  assert.equal(actor1('Rival clan fighters clashed in Mandera county on Friday, leaving four dead.'), 'Unidentified Clan Militia (Kenya)');
});
