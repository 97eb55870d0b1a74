/**
 * Places, stop 35: how a name's spelling and the story's country choose between namesakes.
 * Sentences written for these tests, in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

// A town the text spells exactly as it is written beats a namesake that only the lookup key's
// folding of doubled letters makes the same name ("Belo" is not Bello, "Bara" is not Barra).
const spelled: [string, string, string][] = [
  ['Separatist fighters torched a school in Belo on Monday, residents said.', 'Cameroon', 'Bello'],
  ['Gunmen abducted eleven worshippers from a church in Bara, police said on Sunday.', 'Nigeria', 'Barra'],
  ['Syrian refugees staged a sit-in outside the municipal building in Aanjar on Friday.', 'Lebanon', 'Anjar'],
  ['Several hundred people marched through Lami to protest against rising fuel prices.', 'Fiji', 'Lammi'],
];
for (const [text, country, not] of spelled) {
  test(`places s35: the text's own spelling wins over a doubled-letter namesake (${country})`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.country}`);
    assert.notEqual(p?.name, not);
  });
}
