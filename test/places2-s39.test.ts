/**
 * A first-level unit or named region told by its name alone, in a text that names no country, is
 * that unit: a village of the same name abroad (or a town the name only folds into) is the reading
 * only when the story gives the village's country.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

const alone: [string, string, string][] = [
  ['Insurgents overran an army base in Borno overnight, the military said.', 'Nigeria', 'Borno'],
  ['Bandits abducted eleven farmers in Kebbi at dawn.', 'Nigeria', 'Kebbi'],
  ['Herders and farmers clashed in Taraba, leaving six dead.', 'Nigeria', 'Taraba'],
  ['A car bomb exploded at a market in Anbar, killing nine.', 'Iraq', 'Anbar'],
  ['Two policemen were shot dead at a checkpoint in Chechnya.', 'Russia', 'Chechnya'],
  ['An explosive device hit a patrol in Sinai, wounding three conscripts.', 'Egypt', 'North Sinai'],
];
for (const [text, country, admin1] of alone) {
  test(`places2 s39: a unit named alone beats a village abroad: ${text}`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, text);
    assert.equal(p?.admin1, admin1, text);
  });
}

test('places2 s39: a unit named alone is not Alabama\'s hamlet of the name', () => {
  assert.notEqual(locate('Gunmen stormed a church in Plateau during evening prayers.')?.country, 'United States');
});

test('places2 s39: the village stays when the text names its country, the unit when it does not', () => {
  assert.equal(locate('Police in Borno, Italy, arrested two men after a brawl.')?.country, 'Italy');
  assert.equal(locate('Firefighters in Rivers, Manitoba, evacuated a school.')?.country, 'Canada');
  assert.equal(locate('Cultists killed a youth leader in Rivers on Saturday.')?.country, 'Nigeria');
});
