/**
 * Stop 43, places: country context among namesakes, a longer name read whole over its fragment.
 * Invented sentences in the style of wire reports from several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

// A name of two or three words one vowel from a known one, whose last word is another place of its
// own, is read whole: the fragment is no candidate.
test('a longer name read whole, not its fragment that names another town (Lebanon)', () => {
  const p = locate('Hezbollah said it fired rockets at Israeli positions after a strike on Bint Jbeil killed a medic.');
  assert.equal(p?.admin1, 'Nabatieh');
});

test('a longer name in a list read whole, not its fragment (Lebanon)', () => {
  const p = locate('Israeli drones struck Khiam and Bint Jbeil on Monday, killing three people, Lebanon\'s health ministry said.');
  assert.equal(p?.admin1, 'Nabatieh');
});
