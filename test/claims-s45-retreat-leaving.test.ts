/**
 * A side that withdraws leaves its own dead, stop 45, with sentences written for these tests in the
 * style of war communiqués from several conflicts: "the enemy's troops fled, leaving 80 men killed"
 * counts the side that fled, though "men" alone would read as civilians; a figure that names its
 * people ("leaving three villagers dead") or an attack that "left" the dead is read as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const parties = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind} ${c.party.country}`);

test('the figure after "fled …, leaving" counts the side that fled', () => {
  // A desert front (North Africa style), a mountain front (Caucasus style).
  assert.deepEqual(parties('A military spokesman said Libyan troops fled their positions at dawn, leaving 80 men killed.'), ['killed 80 military LBY']);
  assert.deepEqual(parties('The ministry said Azerbaijani units withdrew from the ridge at dawn, leaving behind 30 men dead.'), ['killed 30 military AZE']);
});

test('a figure naming its people, or an attack that left the dead, reads as before', () => {
  assert.deepEqual(parties('Chadian troops fled the town before dawn, leaving three villagers dead, residents said.'), ['killed 3 civilians null']);
  assert.deepEqual(parties('Rebels attacked the village on Sunday, leaving 12 men dead, residents said.'), ['killed 12 civilians null']);
});
