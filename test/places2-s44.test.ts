/**
 * Stop 44, places (second helper): names romanised from Cyrillic and namesakes across a front line.
 * Invented sentences in the style of wire reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

// Ukraine's national romanisation (and the wire copy that follows it) writes the iotated vowels and
// the short i with "i" ("ia", "iu", "ai" before a consonant); the gazetteer keeps the BGN/PCGN "y".
for (const [text, name, admin1] of [
  ['Russian artillery struck Izium overnight, wounding three civilians, the regional governor said.', 'Izyum', 'Kharkiv'],
  ['Two people were killed when guided bombs hit Kostiantynivka on Sunday, Ukrainian prosecutors said.', 'Kostyantynivka', 'Donetsk'],
  ['Ukrainian troops repelled an assault near Huliaipole and Robotyne, the general staff said on Monday.', 'Hulyaypole', 'Zaporizhzhia'],
] as const) {
  test(`a national romanisation's "i" reads the gazetteer's "y" (${name})`, () => {
    const p = locate(text);
    assert.equal(p?.name, name);
    assert.equal(p?.admin1, admin1);
  });
}
