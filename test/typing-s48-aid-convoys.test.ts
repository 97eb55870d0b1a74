/**
 * Typing, stop 48: a convoy or a vehicle of a humanitarian agency, named by the agency ("a World Food
 * Programme convoy", "a convoy of the ICRC", "an MSF vehicle"), carries aid workers, civilians: armed
 * men who ambush or attack it commit an Attack (ACLED's violence against civilians), not a clash with
 * an armed convoy. A military convoy stays a clash. Sentences written for these tests, in the style of
 * reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text)?.subEventType ?? null;

test("an ambush on a humanitarian agency's convoy is an attack on civilians", () => {
  assert.equal(main('Al-Shabaab fighters ambushed a World Food Programme convoy near Baidoa on Monday, killing a driver.'), 'Attack');
  assert.equal(main('Gunmen attacked a convoy of the International Committee of the Red Cross in Ituri province, killing a driver.'), 'Attack');
  assert.equal(main('Suspected RSF fighters attacked an MSF vehicle in North Darfur, wounding two staff members.'), 'Attack');
  assert.equal(main('Houthi fighters opened fire on a WFP convoy near Taiz, the agency said.'), 'Attack');
});

test('an ambush on a military convoy stays a clash', () => {
  assert.equal(main('Rebels ambushed an army convoy in Ituri province, killing five soldiers.'), 'Armed clash');
});
