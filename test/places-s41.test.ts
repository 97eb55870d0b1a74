/**
 * Stop 41, places: holders past a coder's note of the point used, and two holders that agree.
 * Invented sentences in the style of conflict reports from several countries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';

test('the parenthesis of holders after a coder\'s note of the point used holds the place (Myanmar)', () => {
  // The village is known only in Yangon; the township, district and region say Ayeyarwady.
  const p = locate('On 21 June 2022, near Chit Tee Kone village (coded as Chit Tee Kone) (Ingapu township, Hinthada district, Ayeyarwady region), local defence fighters set off a landmine beside a military convoy. Three soldiers were hurt.');
  assert.equal(p?.admin1, 'Ayeyarwady');
});

test('a coder\'s note with its own words keeps the holders for the place (Myanmar)', () => {
  const p = locate('On 2 September 2022, in Kone Ta La Paung village (location coded as Kone Ta La Paung at approximate location) (Mindon township, Thayet district, Magway region), soldiers set some 60 homes on fire.');
  assert.equal(p?.admin1, 'Magway');
});

test('the unknown unit named after a coder\'s note leaves the holders to the place (Myanmar)', () => {
  const p = locate('On 17 May 2022, in Pauk Kone village (coded as Pauk Kone) of Sinbaungwe township (Thayet district, Magway region), explosives brought down a mobile phone mast.');
  assert.equal(p?.admin1, 'Magway');
});

test('a district and its region that both lie far from the one town of the name say it is a namesake (Ethiopia)', () => {
  // Lalibela is a town of Amhara; the woreda and the region put this village in Oromia.
  const p = locate('On 11 January 2021, a roadside bomb hit a police truck near Lalibela village (coded as Lalibela) (Gimbi woreda, West Welega zone, Oromia region), killing three officers.');
  assert.equal(p?.admin1, 'Oromiya');
});

// "(coded as X with GP2 for unfound Y)", "coordinates for X used": the point a coder's note says was
// used is the event's, above a region named beside it or a one-vowel guess at the unfound place.
for (const [text, admin1] of [
  ['On 14 July 2019, a trader was killed by bandits in the Kalamba area of the Chyulu forest (coordinates for Makindu used). The killing sparked protests in Kajiado.', 'Makueni'],
  ['On 9 May 2020, armed men set fire to a school in Kolel village (coded as Sebba, geoprecision 2). Teachers and pupils later fled to Ouagadougou.', 'Sahel'],
] as const) {
  test(`places s41: a coder's point used places the event (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "in Boji, west Wellega zone", "lower Shabelle region": a compass word written in lower case before a
// name is part of the zone's or region's name when a table knows the pair as a region or unit (and
// only then: "south Lebanon" is no town in Ohio).
for (const [text, admin1] of [
  ['Unidentified gunmen killed a farmer in Boji, west Wellega zone, on Sunday.', 'Oromiya'],
  ['Hundreds of students protested in Ambo town, west Shewa zone, over the arrest of a teacher.', 'Oromiya'],
  ['Al-Shabaab fighters overran an army post at Awdheegle, lower Shabelle region, killing four soldiers.', 'Lower Shabeelle'],
] as const) {
  test(`places s41: a lower-case compass word opens a region's name (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "Food Rights Africa campaigners": a continent is no event's place; the old name of a Tunisian town
// (Africa for Mahdia) is no reading of it.
for (const text of [
  'Campaigners of Food Rights Africa and local farmers marched on Saturday against seed laws.',
  'Seed Savers Africa members demonstrated against pesticide imports, organisers said.',
]) {
  test(`places s41: a continent's name is no town abroad: "${text}"`, () => {
    const p = locate(text);
    assert.notEqual(p?.iso3, 'TUN', `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "In Arsi zone, Jeju woreda, …": a unit named after the place by a designator of one
// country's units ("woreda") holds nothing of another country's (the South Korean province Jeju):
// it does not make the zone before it a namesake abroad.
for (const [text, admin1] of [
  ['Two traders were shot dead on Thursday in Arsi zone, Jeju woreda, according to local officials.', 'Oromiya'],
] as const) {
  test(`places s41: a designator's country bounds the holder after a place (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "Kellam welega zone", "Mirab shewa zone": a unit's two-word name with its second word in lower case,
// before the unit's designator, is the unit (not a town abroad by its first word).
for (const [text, admin1] of [
  ['Federal troops killed four youths in Kellam welega zone on Monday, witnesses said.', 'Oromiya'],
  ['Protesters blocked the main roads of Mirab shewa zone for a second day on Tuesday.', 'Oromiya'],
] as const) {
  test(`places s41: a unit's name with a lower-case second word before its designator (${text.slice(0, 30)})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}

// "Chin State", "Rivers State": a name that is also an English word is the unit when its first-level
// designator follows, however weakly it is placed.
for (const [text, admin1] of [
  ['On 26 May 2022, in Cikha Town, Tonzang Township, Falam District, Chin State, troops detained three schoolteachers.', 'Chin'],
] as const) {
  test(`places s41: an English word before a state's designator is the state (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}, ${p?.country}`);
  });
}
