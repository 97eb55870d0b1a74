/**
 * Actors, stop 48: people hurt "in an attack by X", "in an ambush by X" (a passive whose event noun
 * carries its own "by") were hurt by X: X is actor1 and the victims actor2. A "by" past another phrase
 * ("protested against the seizure of sugar by the police") names no doer of the event. Clan militias
 * are ACLED's Unidentified Clan Militia of their country. Sentences written for these tests, in the
 * style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const sides = (text: string) => {
  const e = primaryEvent(text);
  return [e?.subEventType ?? null, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test("the doer of an event noun's 'by' is actor1", () => {
  assert.deepEqual(sides('Three passengers were killed in an ambush by Al-Shabaab militants near Mandera on Tuesday.'),
    ['Attack', 'Al Shabaab', 'Civilians (Kenya)']);
  assert.deepEqual(sides('A village chief was shot dead in an attack by suspected Dozo militiamen near Djenne, in Mopti region.'),
    ['Attack', 'Dozo Communal Militia (Mali)', 'Civilians (Mali)']);
  assert.deepEqual(sides('Two farmers were wounded in a raid by clan militiamen on a village in Hiraan region, Somalia.'),
    ['Attack', 'Unidentified Clan Militia (Somalia)', 'Civilians (Somalia)']);
});

test("a 'by' past another phrase names no doer", () => {
  assert.equal(sides('Hawkers in Kisumu staged a sit-in on Monday over the seizure of their goods by the police.')[1], 'Protesters (Kenya)');
});
