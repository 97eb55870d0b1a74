/**
 * Fire across a border and the voice that reports it, in wire copy from several fronts:
 * - rockets or shells fired from one country land in the other: the shooter's home, however often
 *   the story names it, does not move the town struck to a namesake on the shooter's side;
 * - the officials who report a strike ("…, Ukrainian officials said, killing two") are its source,
 *   never the party it struck.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/record/schema.ts';
import { primaryEvent } from './primary-event.ts';

function primary(text: string): Event {
  const e = primaryEvent(text, '2024-03-01');
  assert.ok(e, `an event in: ${text}`);
  return e;
}

const struckAcross: [string, string][] = [
  ['Hezbollah fired a salvo of rockets at Kiryat Shmona on Friday, the Israeli army said.', 'ISR'],
  ['Hezbollah fighters fired an anti-tank missile at Metula, wounding two soldiers, the Israeli military said.', 'ISR'],
  ['Hamas militants fired rockets at Sderot on Saturday, Israeli police said.', 'ISR'],
];
for (const [text, iso3] of struckAcross) {
  test(`fire across a border lands where it struck: ${text}`, () => {
    const e = primary(text);
    assert.equal(e.subEventType, 'Shelling/artillery/missile attack');
    assert.equal(e.location?.iso3, iso3);
  });
}

const reportedBy: [string, string][] = [
  ['Russian forces shelled Kharkiv, Ukrainian officials said, killing two.', 'Government of Ukraine'],
  ['Azerbaijani forces shelled Tavush, Armenian officials said, wounding a civilian.', 'Government of Armenia'],
  ['Israeli forces shelled Khiam, Lebanese officials said, killing a shepherd.', 'Government of Lebanon'],
];
for (const [text, source] of reportedBy) {
  test(`the officials who report a strike are not its target: ${text}`, () => {
    const e = primary(text);
    assert.equal(e.subEventType, 'Shelling/artillery/missile attack');
    assert.notEqual(e.actor2?.name, source);
    assert.equal(e.actor2?.kind, 'civilians');
  });
}
