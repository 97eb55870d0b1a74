/**
 * Stop 45, places: how reports name places. Invented sentences in the style of wire reports from
 * several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

// A divided border town: the gazetteer knows the town on one side only; a story that places the
// event in the other country is about the twin across the line, in that country's unit nearest it
// (precision 2). A story of the town's own country keeps the town.
for (const [conflict, twin, country, own, ownCountry] of [
  ['Uganda/Tanzania', 'Traders clashed with police in Mutukula, in southern Uganda, on Monday, leaving two people injured.', 'Uganda',
    'Tanzanian police arrested five smugglers in Mutukula on Monday.', 'Tanzania'],
  ['Zambia/DR Congo', 'Smugglers fought with police in Mokambo, in northern Zambia, on Friday; one officer was killed.', 'Zambia',
    'Congolese soldiers fired on smugglers in Mokambo on Friday, killing one.', 'DR Congo'],
] as const) {
  test(`a border town's twin in the story's country (${conflict})`, () => {
    const p = locate(twin);
    assert.equal(p?.country, country);
    assert.ok(p?.admin1, "the unit of the story's country nearest the town");
    assert.equal(p?.precision, 2);
    const q = locate(own);
    assert.equal(q?.country, ownCountry);
    assert.equal(q?.precision, 1);
  });
}

// A name of two words whose second the writer left in lower case is the place a table knows by
// the pair, not a namesake of its first word; a word that follows a place's name as a word of its
// own ("villages", "town") is no part of it.
for (const [conflict, text, name, country] of [
  ['Venezuela', 'Miners clashed with National Guard troops outside Puerto ayacucho on Tuesday, leaving three dead.', 'Puerto Ayacucho', 'Venezuela'],
  ['Nigeria', 'Bandits killed eleven villagers on the outskirts of Kaura namoda on Sunday.', 'Kaura Namoda', 'Nigeria'],
  ['Thailand', 'Police fired tear gas at migrants protesting in Mae sot on Monday.', 'Mae Sot', 'Thailand'],
] as const) {
  test(`a second word in lower case ends the name (${conflict})`, () => {
    const p = locate(text);
    assert.equal(p?.name?.normalize('NFKD').replace(/[^\p{L} ]/gu, ''), name);
    assert.equal(p?.country, country);
  });
}

// A unit's name in the parenthesis of a place's holders, spelled as French spells West and Central
// African names where the gazetteer has the English spelling, or the other way ("c"/"k" before a,
// o, u; a final "i"/"y"), is that unit.
test('a holder spelled the French way is the unit (Central African Republic)', () => {
  const p = locate('Anti-balaka fighters burned a camp in Kpetoko (Mbaiky, Lobaye) on Sunday, killing four.');
  assert.equal(p?.name?.normalize('NFKD').replace(/[^\p{L}]/gu, ''), 'Mbaiki');
  assert.equal(p?.admin1, 'Lobaye');
});
test('a holder spelled the French way is the unit (Ivory Coast / Burkina Faso)', () => {
  const p = locate('Gunmen attacked a customs post in Zalingo (Komoe) overnight, killing two soldiers.');
  assert.equal(p?.name, 'Comoe');
});
