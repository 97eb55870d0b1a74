/**
 * Issue 15, stop 34: the words for local units of many countries (woreda, cercle, LGA, territory,
 * regency, township) are read as designators; those of one or two countries say the country; a name
 * in the parenthesis of a place's holders is a unit where one has that name. Sentences written for
 * these tests, in the manner of field reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bareUnitName } from '../scripts/places/common.ts';
import { checkPlaces as check, locate } from './places-helpers.ts';

// A designator after the name, lower-case or capitalized, makes it the unit (precision 3), and the
// parenthesis of holders may follow the designator ("X woreda (Zone, Region)").
check('a unit designator of another country', [
  { pattern: 'X Cercle, a town abroad by that name', text: 'Fighters ambushed a patrol in Nara Cercle.', iso3: 'MLI', admin1: 'Koulikoro', name: 'Nara' },
  { pattern: 'X woreda (zone, region), a town abroad', text: 'Security forces shot two protesters in Limu woreda (East Wellega, Oromia).', iso3: 'ETH', admin1: 'Oromiya' },
  { pattern: 'X hamlet (unknown, province), a city abroad', text: 'Gunmen burned a granary in Bergamo hamlet (Koumbri, Yatenga).', iso3: 'BFA', admin1: 'Nord' },
  { pattern: 'X district (unknown, province), a city abroad', text: 'Rebels ambushed a convoy in Tarija district (Kwamouth, Mai-Ndombe).', iso3: 'COD', admin1: 'Mai-Ndombe' },
]);

test('a cercle named with its designator is the cercle (precision 3), named without it', () => {
  const p = locate('Militants set fire to a school in Kolondieba cercle.');
  assert.ok(p);
  assert.equal(p.iso3, 'MLI');
  assert.equal(p.precision, 3);
  assert.equal(p.name, 'Kolondieba');
});

// "LGA" is Nigeria's word: a district of that name there beats a namesake elsewhere.
check("a designator of one country's units says the country", [
  { pattern: 'X LGA, a town in Colombia', text: 'Gunmen killed six farmers in Toro LGA.', iso3: 'NGA', admin1: 'Bauchi' },
  { pattern: 'X LGA, islands of Fiji', text: 'Herders and farmers clashed in Lau LGA.', iso3: 'NGA', admin1: 'Taraba' },
]);

// "X (A)" and "X (B, A)": the parenthesis lists X's holders; A, a province's name that is also a
// town abroad (Kosi in India, Tuy in the Philippines), is the province.
check('a name in the parenthesis of holders is a unit', [
  { pattern: 'unknown (province), a town abroad', text: 'Gunmen shot a herder in Wendoubi (Kossi).', iso3: 'BFA', admin1: 'Boucle du Mouhoun' },
  { pattern: 'near unknown (province), a town abroad', text: 'Unknown gunmen killed two herders near Wendoubi (Tuy).', iso3: 'BFA', admin1: 'Hauts-Bassins' },
]);

// A road named by its ends is no holder of the place on it: "X along the A-B road" is not in A's
// county because X lies near A.
check('the first end of a road does not hold the place on it', [
  { pattern: 'X along the A-B highway', text: 'Bandits ambushed a bus at Limuru along the Nairobi-Nakuru highway.', iso3: 'KEN', admin1: 'Kiambu', name: 'Limuru' },
  { pattern: 'X on the A-B road', text: 'Protesters blocked traffic at Juja on the Nairobi-Thika road.', iso3: 'KEN', admin1: 'Kiambu', name: 'Juja' },
]);
// ACLED codes Uganda's events by district, its first-level unit in ISO 3166-2 beside the four
// regions: the district is the admin-1, and a district's name is Uganda's.
check("Uganda's districts are its first-level units", [
  { pattern: 'a town and its district', text: 'Police fired tear gas at traders in Lira town.', iso3: 'UGA', admin1: 'Lira' },
  { pattern: 'X district', text: 'Soldiers clashed with cattle rustlers in Kotido district.', iso3: 'UGA', admin1: 'Kotido' },
  { pattern: 'a town and district, a small namesake in Kenya', text: 'A mob lynched a suspected thief in Mbale on Sunday.', iso3: 'UGA', admin1: 'Mbale' },
]);

// Ethiopia's regions as ACLED's data writes them (GeoNames spells them Gambela, Harari, Binshangul Gumuz).
check("Ethiopia's regions by ACLED's names", [
  { pattern: 'near a regional capital', text: 'Unidentified gunmen ambushed a minibus near Gambela.', iso3: 'ETH', admin1: 'Gambela Peoples' },
  { pattern: "the people of a city", text: 'Residents of Harar protested against water shortages.', iso3: 'ETH', admin1: 'Harari People' },
  { pattern: 'X woreda (zone, region)', text: 'A landmine wounded two herders in Gilgel Beles woreda (Metekel, Benishangul-Gumuz).', iso3: 'ETH', admin1: 'Benshangul-Gumaz' },
]);

// "Katiba" (a battalion of the Sahel's jihadist groups) names its unit: the name after it ("Katiba
// Ansongo", "Katiba Serma") is the group's, not the event's place, like a name after a title.
test("a name after 'Katiba' is a group's, not the place", () => {
  const p = locate('Militants of the Katiba Ansongo attacked a market in Tiakoro.');
  assert.ok(!p || p.name !== 'Ansongo', `placed at ${p?.name}`);
});

// GeoNames' unit names lose their type words at build time, also where the word has letters that
// the ASCII form of the name changes (Turkish "İlçesi", Kazakh "Audany"), and the words of more
// countries (cercles, cantons, municipalities).
test('type words are stripped from the ASCII form of unit names', () => {
  const cases: [string, string][] = [
    ['Cizre İlçesi', 'Cizre'], ['Kati Cercle', 'Kati'], ['Cercle de Niono', 'Niono'], ['Abay Audany', 'Abay'],
    ['Canton Quito', 'Quito'], ['Općina Vukovar', 'Vukovar'], ['Tsumeb Constituency', 'Tsumeb'],
    // (A type word that is part of a first-level unit's own name stays.)
    ['Northern Territory', 'Northern Territory'], ['Australian Capital Territory', 'Australian Capital Territory'],
  ];
  for (const [raw, bare] of cases) assert.equal(bareUnitName(raw), bare, raw);
});

// A designator of one or two countries' units says where the unit lies: a town of that name in
// another country is no candidate (no place at all is more honest than a namesake abroad).
for (const [text, iso3] of [
  ['Gunmen killed two farmers in Limu woreda.', 'ETH'],
  ['Soldiers repelled an attack on a checkpoint in Lucca cercle.', 'MLI'],
  ['Bandits abducted twelve travellers in Bergamo LGA.', 'NGA'],
] as const) {
  test(`a country's own designator rules out namesakes abroad: "${text}"`, () => {
    const p = locate(text);
    assert.ok(!p || p.iso3 === iso3, `placed in ${p?.iso3} (${p?.name})`);
  });
}

// "in A, B and other towns": B is the next item of a list, not the region that holds A.
check('a list item names no region of the place before it', [
  { pattern: 'A, B and other towns', text: 'Traders shut their shops in Masindi, Hoima and other western towns over new market fees.', iso3: 'UGA', admin1: 'Masindi', name: 'Masindi' },
]);

// "X township (Y District, Z Region)": the township's designator stands between the place and the
// parenthesis of its holders, as "district" does; the township is the place (precision 3).
check('a township before the parenthesis of its holders', [
  { pattern: 'X township (region)', text: 'Fighting went on for a second day in Taungoo township (Bago Region).', iso3: 'MMR', admin1: 'Bago (East)', name: 'Taungoo' },
]);
test('a town named with "township" is placed at precision 3', () => {
  const p = locate('A landmine hurt two soldiers in Kyaukse township (Mandalay Region).');
  assert.ok(p);
  assert.equal(p.name, 'Kyaukse');
  assert.equal(p.precision, 3);
});
