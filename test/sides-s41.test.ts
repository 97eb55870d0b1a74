/**
 * Sides of stop 41, with sentences written for these tests in the style of wire reports from several
 * conflicts: "an armed group", "a rebel group", "a Sudanese rebel movement" are a non-state armed
 * side (never the state its adjective names); a source that says "on Sunday it had killed …" acted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a country\'s "rebel group" or "armed group" is a rebel side, not the state', () => {
  const sudan = first('A Sudanese rebel group said it killed 17 government soldiers in an attack on an army base in South Kordofan.');
  assert.equal(sudan.actor1?.kind, 'rebel');
  assert.equal(sudan.actor1?.country, 'SDN');
  assert.equal(sudan.actor2?.kind, 'military');
  const eth = first('An Ethiopian rebel movement said it killed nine soldiers in an ambush in the Amhara region.');
  assert.equal(eth.actor1?.kind, 'rebel');
  const mali = first('An armed group attacked a gendarmerie post near Niono overnight, killing two gendarmes.');
  assert.equal(mali.actor1?.name, 'Unidentified Armed Group');
});

test('"said on Sunday it had killed": the source speaks of its own act past a time', () => {
  const e = first('Sudan\'s army said on Sunday it had killed more than 100 fighters of the Rapid Support Forces in clashes around El Obeid.');
  assert.equal(e.actor1?.name, 'Military Forces of Sudan');
  assert.match(e.actor2?.name ?? '', /Rapid Support Forces/);
  const ng = first('The Nigerian army said late on Friday its troops had killed 25 Boko Haram fighters near Bama.');
  assert.match(ng.actor1?.name ?? '', /Military Forces of Nigeria/);
});

test('the side the means came from fired them: "rounds from X", "rockets fired from X positions"', () => {
  const shells = first('Seven mortar rounds from an unknown armed group landed near a monastery, injuring five novices.');
  assert.equal(shells.actor1?.name, 'Unidentified Armed Group');
  assert.notEqual(shells.actor2?.name, 'Unidentified Armed Group');
  assert.equal(first('Rockets fired from Hezbollah positions hit the town of Metula, wounding two people.').actor1?.name, 'Hezbollah');
  assert.equal(first('Mortar rounds from the rebels landed near the airport in Goma, wounding four civilians.').actor1?.kind, 'rebel');
  // "by" after an article and an adjective still names who laid the device.
  assert.equal(first('A mine laid by an unknown armed group blew up under a farm tractor, killing three civilians.').actor1?.name, 'Unidentified Armed Group');
});

test('"killed [and N wounded] in an X attack": X acted, whatever the victims\' nationality', () => {
  assert.equal(first('15 Palestinians were killed in an Israeli missile strike on a market in Gaza City.').actor1?.name, 'Military Forces of Israel');
  assert.equal(first('Five soldiers died and four were hurt in a Taliban ambush on a convoy in Baghlan province.').actor1?.name, 'Taliban');
  assert.equal(first('Three policemen died and a fourth was wounded in an al-Shabaab assault on a police post in Garissa.').actor1?.name, 'Al Shabaab');
});

test('"police arrested a man who shot …": the relative clause\'s subject is the man, never the police', () => {
  const events = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text: 'Deputies arrested a woman who they said stabbed her landlord during a dispute over rent in Tucson.' });
  const attack = events.find((e) => e.subEventType !== 'Arrests');
  assert.ok(attack);
  assert.notEqual(attack.actor1?.kind, 'police');
});

test('"attributed to" or "blamed on" past the event noun\'s own phrase names its doer', () => {
  assert.match(first('The ambush on the convoy near the oil field was attributed to the ELN, the army said.').actor1?.name ?? '', /ELN/);
  assert.equal(first('The bombing of the bus station in Maiduguri on Sunday was blamed on Boko Haram.').actor1?.name, 'Boko Haram');
});
