/**
 * Places, stop 36: what a designator, a compass word, a border and the story's other places say
 * about which of several namesakes is meant. Sentences written for these tests, in the style of
 * wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

// "X state", "X province", "X region": where first-level units of several countries share a name,
// the designator says whose it is (Nigeria has states, Benin departments; Pakistan provinces, India
// states; Togo regions, Côte d'Ivoire districts); a country's name before "state" is the state.
const designated: [string, string, string][] = [
  ['Clashes broke out in Plateau state on Monday between herders and farmers, killing 12 people.', 'Nigeria', 'Plateau'],
  ['Bandits killed ten villagers and abducted dozens more in Niger state overnight, police said.', 'Nigeria', 'Niger'],
  ['Insurgents ambushed a convoy of vigilantes in Adamawa state on Thursday, residents said.', 'Nigeria', 'Adamawa'],
  ['Gunmen shot dead two policemen at a checkpoint in Punjab province on Tuesday, officials said.', 'Pakistan', 'Punjab'],
  ['Protesters blocked the main road to the port in Red Sea state on Sunday.', 'Sudan', 'Red Sea'],
  ['Armed men raided a customs post in Savanes region, close to Burkina Faso, overnight.', 'Togo', 'Savanes'],
];
for (const [text, country, admin1] of designated) {
  test(`places s36: the designator after a first-level name says whose unit it is (${admin1}, ${country})`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
    assert.equal(p?.admin1, admin1);
  });
}
test('places s36: Plateau state is Nigeria\'s, Plateau department Benin\'s', () => {
  assert.equal(locate('Herders and farmers clashed in Plateau state on Monday, killing 12 people.')?.country, 'Nigeria');
  assert.equal(locate('Gunmen raided a gendarmerie post in Plateau department in southeastern Benin on Friday.')?.country, 'Benin');
});

// "the Upper Galilee", "Western Galilee", "Central Mindanao": a compass word that opens a region's
// name qualifies it; the region is found although no table knows the pair, and the mention quotes both.
const qualified: [string, string, string][] = [
  ['Hezbollah fired rockets at army positions in the Upper Galilee on Tuesday, the Israeli military said.', 'Israel', 'Upper Galilee'],
  ['Sirens sounded across the Western Galilee after a drone crossed from Lebanon.', 'Israel', 'Western Galilee'],
  ['Government troops clashed with jihadist fighters in Central Mindanao, the army said.', 'Philippines', 'Central Mindanao'],
  ['A rocket fired from Gaza fell on farmland in the Northern Negev, the army said.', 'Israel', 'Northern Negev'],
];
for (const [text, country, words] of qualified) {
  test(`places s36: a compass word qualifies a region's name (${words})`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.country}`);
    assert.equal(p?.mention?.text, words);
  });
}

// A group based in one country that also fights in others says each of them, its home most: JNIM,
// based in Mali, in Niger, Burkina Faso, Benin and Togo too. A town there is no namesake abroad.
const groups: [string, string][] = [
  ['JNIM militants ambushed a patrol near Tillia on Friday, security sources said.', 'Niger'],
  ['Fighters of the Group for Support of Islam and Muslims attacked a gendarmerie post in Tillia on Sunday.', 'Niger'],
];
for (const [text, country] of groups) {
  test(`places s36: a group's countries of operation are no namesakes abroad (${country}: ${text.slice(0, 24)}…)`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.country}`);
  });
}

// "police in Lamu county": Kenya calls its first-level units counties, the Maldives atolls; the
// Maldivian Laamu that the name's folding also finds gives no cause to think the story is not Kenyan,
// and a bare name found only abroad gives way to it.
test('places s36: a designator says which country a unit of a shared name belongs to, for the story\'s country too', () => {
  for (const town of ['Idiofa', 'Mushie']) {
    const p = locate(`Suspected militants raided ${town} on Tuesday, police in Lamu county said.`);
    assert.equal(p?.country, 'Kenya', `${town} -> ${p?.name}, ${p?.country}`);
    assert.equal(p?.admin1, 'Lamu');
  }
});
