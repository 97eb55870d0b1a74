/**
 * Places, stop 38: a unit named with its designator, a country in the possessive, agency credits.
 * Sentences written for these tests, in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import type { Place } from '../src/record/schema.ts';

function placeOf(text: string): Place | null {
  const events = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text });
  return events.find((e) => !e.background)?.location ?? null;
}
const show = (p: Place | null) => `${p?.name} / ${p?.admin1} / ${p?.country}`;

// "Liben zone": a name that a table knows with its designator is that unit, even when the bare
// name is a town abroad (Libeň in Prague, Dawa in China).
const units: [string, string, string][] = [
  ['Gunmen killed four herders near a water point in Liben zone on Tuesday, elders said.', 'Somali', 'Ethiopia'],
  ['Troops fought clan militiamen in Dawa zone on Friday, killing nine, a local official said.', 'Somali', 'Ethiopia'],
];
for (const [text, admin1, country] of units) {
  test(`places s38: a unit named with its designator is the unit, not a namesake abroad (${text.slice(0, 40)})`, () => {
    const p = placeOf(text);
    assert.equal(p?.country, country, show(p));
    assert.equal(p?.admin1, admin1, show(p));
    assert.equal(p?.precision, 3);
  });
}

// "Mozambique's Cabo Delgado province": the possessive country holds the place named after it;
// the country's name is not a town of that name (Ilha de Moçambique).
test('places s38: a country in the possessive holds the province named after it', () => {
  const p = placeOf('Insurgents raided a village in Mozambique\'s Cabo Delgado province on Monday, beheading six men.');
  assert.equal(p?.admin1, 'Cabo Delgado', show(p));
  assert.equal(p?.country, 'Mozambique');
});

// "Colombia's government": the country owns what follows; it is no town of the country's name (a
// Colombia in Huila), which would beat the venue the sentence names.
test('places s38: a country in the possessive before a noun is no town of its name', () => {
  const p = placeOf('Colombia\'s government and rebel negotiators resumed talks in Caracas on Thursday.');
  assert.equal(p?.name, 'Caracas', show(p));
  assert.equal(p?.country, 'Venezuela');
});

// "Somalia's capital": the country's capital city, not the country at large.
const capitals: [string, string, string][] = [
  ['A suicide bomber struck a beach restaurant in Somalia\'s capital late on Friday, killing 11 people.', 'Mogadishu', 'Somalia'],
  ['A car bomb exploded near a ministry in Afghanistan\'s capital on Tuesday, killing at least 12.', 'Kabul', 'Afghanistan'],
  ['Security forces shot dead two protesters as thousands marched through Sudan\'s capital on Thursday.', 'Khartoum', 'Sudan'],
];
for (const [text, city, country] of capitals) {
  test(`places s38: a country's capital is its capital city (${city})`, () => {
    const p = placeOf(text);
    assert.equal(p?.name, city, show(p));
    assert.equal(p?.country, country);
    assert.equal(p?.precision, 1);
  });
}

// "KABUL (AP) —": a news agency's name alone in parentheses is the report's credit, not a unit
// abbreviated (AP is also Andhra Pradesh's).
const credits: [string, string][] = [
  ['KABUL (AP) — A roadside bomb killed four soldiers in the city on Tuesday, officials said.', 'Afghanistan'],
  ['BAGHDAD (AP) — A bomb hidden in a parked car killed three policemen on Sunday, police said.', 'Iraq'],
];
for (const [text, country] of credits) {
  test(`places s38: an agency credit in parentheses is no place (${country})`, () => {
    const p = placeOf(text);
    assert.equal(p?.country, country, show(p));
  });
}

// A town found only by an alternate name, or by a main name with a letter doubled otherwise, far
// from every country the rest of the story names, is no candidate: a village no table knows is
// likelier than a namesake on another continent ("Boni" is not Bonn, "Shebaa" not Chebba).
const looseAbroad: [string, string][] = [
  ['Suspected jihadists ambushed an army convoy near Boni on Sunday, killing five soldiers, Mali\'s army said.', 'Germany'],
  ['Israeli artillery pounded the hills around Shebaa on Tuesday, wounding a shepherd, Lebanon\'s state news agency said.', 'Tunisia'],
  ['BISHKEK, June 2 - Kyrgyz and Tajik border guards exchanged fire near Kara-Bulak on Friday, wounding two, officials said.', 'Bulgaria'],
  ['Kenyan police said Pokot raiders killed two herders and drove off 300 goats in Lomelo on Sunday.', 'Italy'],
];
for (const [text, abroad] of looseAbroad) {
  test(`places s38: a loosely matched town far from the story's countries is no candidate (not ${abroad})`, () => {
    const p = placeOf(text);
    assert.notEqual(p?.country, abroad, show(p));
  });
}
// (A city found by an exonym, or a border town of the next country, stays; the village is dropped.)
test('places s38: an exonym or a neighbour\'s border town is still found, a loose namesake far away is not', () => {
  assert.notEqual(placeOf('Armed men killed three villagers in Igara, Kenyan police said on Monday.')?.country, 'Nigeria');
  assert.equal(placeOf('Turkish drones struck a car near Ain Issa on Monday, killing two fighters.')?.country, 'Syria');
  assert.equal(placeOf('Russian missiles hit an apartment block in Kiev on Monday, killing three, Ukrainian officials said.')?.country, 'Ukraine');
});

// Part of a hyphenated village name that no table knows whole is a loose match too: a namesake of
// the part on another continent is no candidate ("Alai" of "Chong-Alai" is not in Sardinia).
const parts: [string, string][] = [
  ['BISHKEK, June 4 - Kyrgyz and Tajik border guards traded fire near Chong-Alai on Friday, wounding two, officials said.', 'Italy'],
  ['Jihadists raided Tin-Hama on Friday, killing eight herders, Malian officials said.', 'Syria'],
  ['Somali troops repelled an al-Shabaab assault on Bula-Hawo on Sunday, a Somali commander said.', 'Philippines'],
];
for (const [text, abroad] of parts) {
  test(`places s38: part of a hyphenated name is no namesake abroad (not ${abroad})`, () => {
    const p = placeOf(text);
    assert.notEqual(p?.country, abroad, show(p));
  });
}

// "the Nairobi Thika highway at X in Y": the first end of a road named by its two ends without a
// hyphen is a road's end too, weaker than the place the sentence puts the event in.
const roads: [string, string][] = [
  ['Matatu drivers blocked the Nairobi Thika highway near Witeithie in Juja on Tuesday over a new levy.', 'Nairobi'],
  ['Drivers blocked the Addis Ababa Adama expressway near Dukem in Oromia on Monday, protesting new fuel prices.', 'Addis Ababa'],
];
for (const [text, end] of roads) {
  test(`places s38: the first end of a road named without a hyphen is no event place (${end})`, () => {
    const p = placeOf(text);
    assert.notEqual(p?.admin1, end, show(p));
  });
}
