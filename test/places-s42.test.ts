/**
 * Stop 42, places: a capital named as the agent of a passive ("brokered by Moscow") stands for its
 * government, not for the place of the event. Invented sentences in the style of wire reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

test('a truce "brokered by" a capital does not place the fighting there (Caucasus)', () => {
  // The village is in no table: the capital after "brokered by" must not stand in for it.
  const p = locate('Armenian and Azerbaijani troops exchanged fire near Sotk on Monday, the defence ministry in Yerevan said. A truce brokered by Moscow took hold in the evening.');
  assert.notEqual(p?.name, 'Moscow');
  assert.notEqual(p?.country, 'Russia');
});

test('fighters "backed by" a capital fought where the text says, not in that capital (Syria)', () => {
  const p = locate('Fighters backed by Ankara attacked Kurdish-led positions outside Manbij on Tuesday, a war monitor said, and two fighters were killed.');
  assert.equal(p?.admin1, 'Aleppo');
});

test('talks "hosted by" a capital still take place there when the text says so (Qatar)', () => {
  // The agent rule removes the capital as a place only where it is named as an agent: "in Doha" still places.
  const p = locate('Delegations met in Doha on Sunday for talks hosted by Qatar on a ceasefire in Gaza.');
  assert.equal(p?.name, 'Doha');
});
