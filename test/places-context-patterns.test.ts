/**
 * A place's explicit context wins: the unit or country written right after it ("X, Y", "X (Y)",
 * "X in Y", "X district of Y", abbreviations such as KPK and UP), a parent named elsewhere in the
 * sentence, the country that the groups named in the text belong to; and the precision and the quoted
 * words that follow from them. Sentences written for these tests; one case per input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { km, locate } from './places-helpers.ts';

interface Case {
  pattern: string; text: string; iso3: string; admin1: string | null;
  precision?: number; name?: string; phrase?: string; near?: [number, number];
}

const cases: Case[] = [
  // "X, Y": the admin-1 after a comma picks the Syrian Ariha, not Jericho (Ariha in Arabic).
  { pattern: 'X, Y', text: 'Shelling hit homes in Ariha, Idlib, on Tuesday.', iso3: 'SYR', admin1: 'Idleb', phrase: 'Ariha, Idlib', near: [35.81, 36.61] },
  { pattern: 'X, Y (town, province)', text: 'Two soldiers died when their vehicle hit a mine near Sangin, Helmand.', iso3: 'AFG', admin1: 'Helmand', precision: 2, phrase: 'near Sangin, Helmand' },
  { pattern: 'X, Y (US state)', text: 'Two people were wounded in a shooting in Springfield, Illinois, late on Saturday.', iso3: 'USA', admin1: 'Illinois', near: [39.8, -89.64] },
  // "X (Y)": the region in parentheses; a coder's statement of the admin-1 wins near its border.
  { pattern: 'X (Y)', text: 'Clashes were reported in Janzur (Tripoli) overnight.', iso3: 'LBY', admin1: 'Tripoli', phrase: 'Janzur (Tripoli)' },
  { pattern: 'X (Y) near a border', text: 'Indiscriminate shelling hit homes in Garabulli (Almargeb) on Sunday.', iso3: 'LBY', admin1: 'Almargeb' },
  // (Y is the cercle, known once the cercle names of GeoNames lose their designator.)
  { pattern: 'X (Y, Z)', text: 'Gunmen wounded a trader in Tin Ahara (Gourma-Rharous, Tombouctou) on Monday.', iso3: 'MLI', admin1: 'Tombouctou', name: 'Gourma-Rharous' },
  // "X in Y": the region or country after "in" holds the place; a namesake abroad is not a candidate,
  // and when the gazetteer has no Malian Moura, the country stands for it (where_prec 6, no point).
  { pattern: 'X in Y', text: 'Soldiers shot dozens of men in the town of Moura in central Mali last week.', iso3: 'MLI', admin1: null, precision: 6 },
  { pattern: 'X in Y (admin-1)', text: 'A car bomb killed four people in Manbij in Aleppo province on Friday.', iso3: 'SYR', admin1: 'Aleppo', name: 'Manbij' },
  { pattern: 'X in rural Y in Z', text: 'Rebels looted wheat crops in Nadas in rural Ras al Ain in al-Hasakeh on Saturday.', iso3: 'SYR', admin1: 'Al-Hasakeh', precision: 2, phrase: 'in rural Ras al Ain in al-Hasakeh' },
  // "X district of Y": the district (admin-2) itself, where_prec 3, its admin-1 from the codes.
  { pattern: 'X district of Y', text: 'Insurgents attacked a police post in Zurmat district of Paktia province overnight.', iso3: 'AFG', admin1: 'Paktia', precision: 3, phrase: 'Zurmat district of Paktia' },
  { pattern: 'X subdivision of Y department, Z region', text: 'Troops clashed with rebels in the Kolofata subdivision of Mayo-Sava department, Far North region.', iso3: 'CMR', admin1: 'Extreme-Nord', precision: 4 },
  // Abbreviations of first-level units, read only right after a place.
  { pattern: 'abbreviation KPK', text: 'Police dispersed a rally in Peshawar, KPK, on Friday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa', phrase: 'Peshawar, KPK' },
  { pattern: 'abbreviation KP', text: 'A bomb exploded in a market in Bannu (KP) on Monday.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa' },
  { pattern: 'abbreviation NWFP', text: 'Two policemen were shot dead in Dera Ismail Khan, NWFP.', iso3: 'PAK', admin1: 'Khyber Pakhtunkhwa' },
  { pattern: 'abbreviation UP', text: 'Farmers blocked the highway in Meerut, UP, on Sunday.', iso3: 'IND', admin1: 'Uttar Pradesh' },
  { pattern: 'abbreviation Ill.', text: 'Riot police fired tear gas at students in Springfield, Ill., on Tuesday.', iso3: 'USA', admin1: 'Illinois' },
  // A parent named anywhere in the same sentence.
  { pattern: 'parent later in the sentence', text: 'Gunmen stormed a police post in Moura on Friday, killing two, the governor of the Mopti region said.', iso3: 'MLI', admin1: 'Mopti' },
  // Designators: "X governorate" is the admin-1 (its capital's point), "X front", "outskirts of X".
  { pattern: 'X governorate', text: 'Coalition airstrikes hit Marib governorate overnight.', iso3: 'YEM', admin1: 'Marib', precision: 4, phrase: 'Marib governorate' },
  { pattern: 'X province', text: 'Air strikes hit a market in Maarat al-Numan in Idlib province on Wednesday.', iso3: 'SYR', admin1: 'Idleb', name: 'Maarat al-Numan' },
  { pattern: 'outskirts of X', text: 'Artillery fell on the outskirts of Tarhuna on Monday.', iso3: 'LBY', admin1: 'Almargeb', precision: 2, phrase: 'on the outskirts of Tarhuna' },
  { pattern: 'X front', text: 'Fighting resumed on the Nihm front on Monday.', iso3: 'YEM', admin1: 'Sanaa', phrase: 'Nihm front' },
  // An admin-2 name alone resolves to the district, where_prec 3.
  { pattern: 'admin-2 alone', text: 'Airstrikes targeted Nihm on Monday.', iso3: 'YEM', admin1: 'Sanaa', precision: 3 },
  // Country context from the groups the text names: Houthi forces fight in Yemen, not in Libya's Al Jawf.
  { pattern: 'country from armed groups', text: 'Houthi forces shelled government positions in Al Jawf governorate on Monday.', iso3: 'YEM', admin1: 'Al Jawf' },
  { pattern: 'country from the event\'s actors', text: 'Taliban fighters attacked a checkpoint near Farah on Sunday night.', iso3: 'AFG', admin1: 'Farah', precision: 2 },
];

for (const c of cases) {
  test(`context: ${c.pattern}: "${c.text}"`, () => {
    const p = locate(c.text);
    assert.ok(p, 'a place is found');
    assert.equal(p.iso3, c.iso3);
    assert.equal(p.admin1, c.admin1);
    if (c.precision !== undefined) assert.equal(p.precision, c.precision);
    if (c.name !== undefined) assert.equal(p.name, c.name);
    if (c.phrase !== undefined) assert.equal(p.phrase?.text, c.phrase);
    if (c.near) assert.ok(km(p, c.near[0], c.near[1]) < 10, `${p.name} at ${p.latitude},${p.longitude}`);
    // The quoted words are the article's own.
    for (const s of [p.mention, p.phrase]) if (s) assert.equal(c.text.slice(s.start, s.end), s.text);
  });
}

test('context: an abbreviation alone is no place ("UP police" names no state)', () => {
  assert.equal(locate('UP police arrested three men on Monday.'), null);
});

test('precision: a border has its precision code and no point', () => {
  const p = locate('Clashes erupted on the Kenya-Somalia border, officials said.')!;
  assert.equal(p.precision, 5);
  assert.equal(p.latitude, null);
  assert.equal(p.longitude, null);
});

test('precision: a frontline has its precision code and no invented point', () => {
  const p = locate('Armenian and Azerbaijani troops exchanged fire along the line of contact, the defence ministry said.', { country: 'AZE' })!;
  assert.equal(p.precision, 5);
  assert.equal(p.latitude, null);
  assert.equal(p.phrase?.text, 'line of contact');
});
