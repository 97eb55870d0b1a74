/**
 * Places, stop 39: a world city written in English, the story's country when no place is named.
 * Sentences written for these tests, in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate } from './places-helpers.ts';

// A city known abroad, written in English with other vowels than at home ("Geneva" for Genève), in a
// text that names no country: the world city, not a small namesake that bears the English spelling.
test('places s39: talks in Geneva are in Switzerland when the text names no country', () => {
  const p = locate('Delegations of the two warring parties will resume talks in Geneva next week, a UN spokesman said.');
  assert.equal(p?.country, 'Switzerland', `${p?.name}, ${p?.country}`);
  // A country named beside the name keeps its own namesake.
  const q = locate('Police in Geneva, Illinois, arrested two men after a shooting outside a bar on Saturday.');
  assert.equal(q?.country, 'United States', `${q?.name}, ${q?.country}`);
});

// No place named, but the story's groups, peoples or demonyms lead to one country: the event is
// there, at the country's precision (5 when the evidence speaks of a border).
const countryOnly: [string, string, number][] = [
  ['Hezbollah fighters clashed with Israeli troops near the border, killing two soldiers.', 'Lebanon', 5],
  ['Houthi fighters shelled government positions overnight, killing three soldiers, a military source said.', 'Yemen', 6],
  ['Taliban fighters ambushed a police convoy before dawn, killing four officers, officials said.', 'Afghanistan', 6],
  ['M23 rebels seized two more villages after heavy fighting with the army, local officials said.', 'DR Congo', 6],
];
for (const [text, country, precision] of countryOnly) {
  test(`places s39: no place named, the story's country at its precision (${country})`, () => {
    const p = locate(text);
    assert.equal(p?.country, country, `${text} -> ${p?.name}, ${p?.country}`);
    assert.equal(p?.precision, precision);
    assert.equal(p?.admin1, null);
  });
}

test('places s39: a group of one home names its country for an unplaced event, one that fights beyond it does not', () => {
  assert.equal(locate('Taliban gunmen stormed a checkpoint at night, killing five policemen, a district official said.')?.country, 'Afghanistan');
  // JNIM is based in Mali and fights in Burkina Faso, Niger, Benin and Togo: its name alone says
  // nothing of where it struck.
  const p = locate('JNIM fighters ambushed a gendarmerie column, killing six gendarmes, security sources said.');
  assert.equal(p, null, `${p?.name}, ${p?.country}`);
});

// A name that qualifies an office ("Kandahar MP", "Cebu governor") says whose office, as "the MP for
// Kandahar" does, when the text names another place for the event.
const offices: [string, string][] = [
  ['Supporters of Kandahar MP Ahmad Khan stormed the Kabul office of the election commission on Monday.', 'Kabul'],
  ['Supporters of Mosul lawmaker Ahmed al-Jubouri stormed the Baghdad headquarters of the electoral commission.', 'Baghdad'],
  ['Supporters of Cebu governor Gwen Garcia picketed the Manila headquarters of the election body.', 'National Capital'],
];
for (const [text, admin1] of offices) {
  test(`places s39: a name before an office is the office's, not the event's place (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}`);
    // The office's building stands in the place: "the Kandahar governor's compound".
    assert.equal(locate("Gunmen attacked the Kandahar governor's compound, a spokesman in Kabul said.")?.admin1, 'Kandahar');
  });
}

// "a Mogadishu-bound bus" names where the bus was heading, as "a bus bound for Mogadishu" does: the
// place the text gives for the attack wins.
const bound: [string, string][] = [
  ['Al-Shabaab fighters attacked a Mogadishu-bound bus at Kamsuma village, Lower Juba region, killing four passengers.', 'Lower Juba'],
  ['Militants fired on a Kabul-bound fuel convoy in Maidan Wardak province, killing three guards.', 'Wardak'],
];
for (const [text, admin1] of bound) {
  test(`places s39: the city a vehicle was bound for is not where it was attacked (${admin1})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1, `${text} -> ${p?.name}, ${p?.admin1}`);
  });
}
