/**
 * Sides of stop 40, with sentences written for these tests in the style of wire reports from many
 * conflicts:
 * - a spokesman, official or commander of a named armed group or force speaks for it: the people it
 *   calls its own ("their fighters", "its forces lost six men") are the group's, and the claimant
 *   records the group it speaks for;
 * - a faction's forces that ACLED names by its years ("Military Forces of Libya (2014-) Haftar
 *   Faction") are a side of their own beside the state's forces of the same country;
 * - the side that suffered in a fight fought the one named after the fight's noun ("killed in a
 *   gunfight with X", "an exchange of fire with X", "an encounter with X"), which is actor1.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const main = (text: string) => events(text).find((e) => !e.background)!;
const parties = (text: string) => events(text).flatMap((e) => e.claims.map((c) => c.party.name));

test("a group's spokesman or officials count the group's own fighters as the group's", () => {
  assert.deepEqual(parties('An M23 spokesman said nine of their fighters were killed in clashes with the Congolese army near Rutshuru.'), ['M23: March 23 Movement']);
  assert.deepEqual(parties('ELN commanders said their fighters lost six men in fighting with the Colombian army in Arauca.'), ['ELN: National Liberation Army']);
  assert.deepEqual(parties('A spokesman for the Arakan Army said 14 of its fighters died in battles with junta troops in Rakhine state.'), ['AA: Arakan Army']);
});

test('the claimant records the group it speaks for', () => {
  const by = main('An M23 spokesman said nine of their fighters were killed in clashes with the Congolese army near Rutshuru.').claims[0]!.claimedBy!;
  assert.equal(by.group, 'M23: March 23 Movement');
  assert.equal(by.kind, 'rebel');
  // A government's voice names no group.
  const state = main('A Congolese government spokesman said nine soldiers were killed in clashes near Rutshuru.').claims[0]!.claimedBy!;
  assert.equal(state.group, undefined);
});

test("a faction's forces and the state's forces are two sides", () => {
  const e = main('Officials of the Libyan National Army said their forces lost four men in clashes with government troops south of Tripoli on Sunday.');
  assert.deepEqual(e.claims.map((c) => c.party.name), ['Military Forces of Libya (2014-) Haftar Faction']);
  assert.deepEqual([e.actor1?.name, e.actor2?.name].sort(), ['Military Forces of Libya', 'Military Forces of Libya (2014-) Haftar Faction']);
});

test('the side that suffered in a fight fought the side named after the fight noun', () => {
  const a = main('Four soldiers were killed in a gunfight with JNIM militants near Douentza on Tuesday.');
  assert.equal(a.actor1?.name, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(a.actor2?.kind, 'military');
  const b = main('Two police officers died in a firefight with NPA rebels in Northern Samar on Friday.');
  assert.equal(b.actor1?.name, "NPA: New People's Army");
  assert.equal(b.actor2?.kind, 'police');
  const c = main('Three ADF fighters were killed in an encounter with Ugandan troops near Beni on Monday.');
  assert.deepEqual([c.actor1?.name, c.actor2?.name], ['Military Forces of Uganda', 'ADF: Allied Democratic Forces']);
});

test("a non-violent transfer's actor1 is the side that takes the place, the forces that left it actor2", () => {
  const a = main('M23 rebels took control of the town of Kitshanga on Sunday after Congolese troops withdrew, residents said.');
  assert.equal(a.subEventType, 'Non-violent transfer of territory');
  assert.deepEqual([a.actor1?.name, a.actor2?.name], ['M23: March 23 Movement', 'Military Forces of DR Congo']);
  const b = main('Al-Shabaab fighters took over the town of Halgan after Ethiopian troops pulled out on Tuesday.');
  assert.deepEqual([b.actor1?.name, b.actor2?.name], ['Al Shabaab', 'Military Forces of Ethiopia']);
  // A group that seizes a vehicle and withdraws takes no place: no second side.
  const c = main('Militants seized two army trucks before withdrawing from the village, a local official said.');
  assert.notEqual(c.actor2?.kind, 'military');
});

test('adjectives of countries that are no demonym noun name the country ("the Philippine army")', () => {
  const a = main('NPA guerrillas clashed with the Philippine army in Catubig, Northern Samar, on Friday.');
  assert.deepEqual([a.actor1?.name, a.actor2?.name], ["NPA: New People's Army", 'Military Forces of Philippines']);
  assert.equal(main('Argentinian police fired rubber bullets at protesters in Rosario.').actor2?.name ?? main('Argentinian police fired rubber bullets at protesters in Rosario.').actor1?.name, 'Police Forces of Argentina');
});

test('the dead told in a clause of their own died in the attack of the clause before: its subject acted', () => {
  const a = main('Militants stormed a customs post near Kaya; three officers were killed.');
  assert.deepEqual([a.actor1?.name, a.actor2?.kind], ['Unidentified Armed Group', 'police']);
  const b = main('Bandits kidnapped nine villagers in Zurmi, and two of them were wounded.');
  assert.equal(b.actor1?.name, 'Unidentified Armed Group');
  // An arrest before is no attack: the dead of another clause have no doer from it.
  const c = events('Police arrested four men in Kano; two people died in an unrelated incident.').find((e) => e.claims.some((x) => x.outcome === 'killed'));
  assert.notEqual(c?.actor1?.kind, 'police');
});
