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

// A word in capitals inside a sentence in mixed case is an acronym (an armoured personnel carrier, a
// battalion, a youth service, a liberation army), not the town that the same letters spell.
const acronyms: [string, string | null][] = [
  ['Gunmen opened fire on an APC escorting a fuel convoy, the defence ministry said.', null],
  ['Hundreds of NYS recruits protested in Kibera over unpaid allowances.', 'Kenya'],
  ['Soldiers of LIB 345 torched houses after a clash with resistance fighters, residents said.', null],
  ['ONA fighters raided a police post at dawn, a rebel spokesman told reporters.', null],
];
for (const [text, country] of acronyms) {
  test(`places s35: an acronym in capitals is no town (${text.slice(0, 30)}…)`, () => {
    const p = locate(text);
    assert.equal(p?.country ?? null, country, `${text} -> ${p?.name}, ${p?.country}`);
  });
}

// A town at the point of a second-level unit of its own name is that unit's seat: better known than
// its one small namesake in the same country, whatever the gazetteer's population says.
const seats: [string, string][] = [
  ['Gang members shot dead a bus driver in Ojos de Agua, Honduras, police said on Saturday.', 'Comayagua'],
  ['Residents of Merlo, Argentina, blocked a highway to protest against repeated power cuts.', 'Buenos Aires'],
];
for (const [text, admin1] of seats) {
  test(`places s35: a unit's seat beats a namesake of its country (${admin1})`, () => {
    assert.equal(locate(text)?.admin1, admin1, text);
  });
}

test('places s35: a seat outweighs a small namesake, not a capital or a large town', () => {
  // Columbia, South Carolina (a state capital) stays, though a Columbia County elsewhere has a seat
  // of that name; the seat of Ojos de Agua beats its small namesake.
  assert.equal(locate('Protesters marched on the statehouse in Columbia, United States, on Sunday.')?.admin1, 'South Carolina');
  assert.equal(locate('Gunmen on a motorcycle killed a village councillor in Ojos de Agua, Honduras.')?.admin1, 'Comayagua');
});

// The name of a people of one to three countries read as a place is their land, never a namesake
// town abroad: the Nuer's is no Nur in China, the Boran's no Boran-sur-Oise.
const peoples: [string, string[]][] = [
  ['Gunmen torched huts in Nuer on Sunday, a local official said.', ['South Sudan', 'Ethiopia']],
  ['Raiders stole cattle in Boran overnight, police said.', ['Kenya', 'Ethiopia']],
];
for (const [text, countries] of peoples) {
  test(`places s35: a people's name is no town abroad (${text.slice(0, 28)}…)`, () => {
    const p = locate(text);
    assert.ok(!p || countries.includes(p.country ?? ''), `${text} -> ${p?.name}, ${p?.country}`);
  });
}

// A coder's note of where the event was placed ("Location coded as X.") speaks of the event even in a
// sentence of its own: as the event's own sentence, not as background.
const coded: [string, string, string][] = [
  ['On 2 March, rebels ambushed an army truck on a road in Kachin state. Location coded as Bhamo.', 'On 2 March, rebels ambushed an army truck on a road in Kachin state.', 'Bhamo'],
  ['Militants attacked a checkpoint in Kunar province overnight. Casualties unknown. Location coded as Asadabad.', 'Militants attacked a checkpoint in Kunar province overnight.', 'Asadabad'],
];
for (const [text, evidence, name] of coded) {
  test(`places s35: "coded as" names the event's place from its own sentence (${name})`, () => {
    assert.equal(locate(text, { evidence })?.name?.normalize('NFKD').replace(/\p{M}/gu, ''), name);
  });
}
