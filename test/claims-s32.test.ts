/**
 * Casualty figures of stop 32, with sentences written for these tests in the style of wire reports:
 * - a participle of claiming before a perfect infinitive reports the past ("…, the group said,
 *   claiming to have killed 30 soldiers"): a claim, not a plan;
 * - citizens and nationals are people, civilians ("leaving one Tajik citizen dead", "two Chinese
 *   nationals"); guardsmen are soldiers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`).sort();

test('a participle of claiming reports a past toll', () => {
  assert.deepEqual(figures('JNIM fighters stormed an army camp near Boulkessi on Friday, the group said, claiming to have killed 30 soldiers.'), ['killed 30 military']);
});

test('citizens and nationals are civilians, guardsmen soldiers', () => {
  assert.deepEqual(figures('Border troops of the two states exchanged fire near a disputed canal, leaving one Tajik citizen dead, officials said.'), ['killed 1 civilians']);
  assert.deepEqual(figures('Gunmen killed two Chinese nationals near a gold mine in Ituri province on Sunday.'), ['killed 2 civilians']);
  assert.deepEqual(figures('Three national guardsmen were wounded when a roadside bomb hit their vehicle.'), ['wounded 3 military']);
});
