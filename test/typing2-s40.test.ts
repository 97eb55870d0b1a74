/**
 * Typing of stop 40 (second typing helper), with sentences written for these tests in the style of
 * wire reports and monitors' notes from several conflicts:
 * - ACLED: people named only by who they are (farmers, drivers, brothers, shoppers) who beat, wound
 *   or attack other unarmed people, with no firearm, blade, killing, armed group, force or
 *   demonstration told, are an unorganised group: mob violence, not an attack on civilians (which
 *   needs an organised or armed perpetrator). Herders, communities, party supporters, bodyguards,
 *   evictions and attacks on journalists stay attacks, as ACLED codes them;
 * - a gun battle, shootout or exchange of fire with soldiers or police is an armed clash, even when a
 *   demonstration came before it: both sides used firearms;
 * - a suicide bomb that opens (or comes with) an armed assault or a gun battle on a military or police
 *   camp, post, patrol or convoy is a complex attack, coded as an armed clash;
 * - air strikes told with a ground assault, a ground operation or an exchange of gunfire in the same
 *   sentence are one operation in which the forces fought on the ground: an armed clash;
 * - shelling, rockets or heavy-gun fire that the other side answered with fire ("returned fire",
 *   "responded to the shelling") is two armed sides firing at each other: an armed clash.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const sub = (text: string) => events(text).find((e) => !e.background)?.subEventType ?? null;

test('unarmed people who beat or wound other unarmed people: mob violence', () => {
  assert.equal(sub('On Tuesday, several taxi drivers beat and injured a shopkeeper over an unpaid fare in Lilongwe.'), 'Mob violence');
  assert.equal(sub('A group of farmers assaulted a young man they blamed for a stolen goat near Kasama on Friday.'), 'Mob violence');
  assert.equal(sub('Three brothers beat up a neighbour after a row over a water tap in a suburb of Harare.'), 'Mob violence');
  // (Herders too, unarmed, since stop 46: a dispute over fields is no militia's act.)
  assert.equal(sub('Herders assaulted two farmers on their plots near Jos on Sunday, leaving both injured.'), 'Mob violence');
  // With a blade, a firearm or a journalist told, the attack on civilians stays.
  assert.equal(sub('A group of farmers armed with knives attacked and wounded two travellers near Mopti.'), 'Attack');
  assert.equal(sub('Herders armed with rifles assaulted two farmers on their plots near Jos on Sunday, leaving both injured.'), 'Attack');
  assert.equal(sub('Supporters of the ruling party beat a journalist outside a polling station in Conakry.'), 'Attack');
});

test('a gun battle or an exchange of fire with soldiers or police is an armed clash, even after a demonstration', () => {
  assert.equal(sub('Marchers opposed to the new governor were joined by armed hunters who fought police in a gun battle outside Bouake.'), 'Armed clash');
  assert.equal(sub('After two days of protests over the arrest of a chief, villagers exchanged fire with soldiers near Kananga, leaving one dead.'), 'Armed clash');
});

test('a suicide bomb that opens an armed assault or a gun battle on a military target is an armed clash', () => {
  assert.equal(sub('Al Shabaab fighters rammed a suicide car bomb into the gate of an army base near Baidoa, followed by an armed assault that left six soldiers dead.'), 'Armed clash');
  assert.equal(sub('Taliban fighters began a complex attack on a police headquarters in Ghazni with a suicide bomber, then fought the officers for hours.'), 'Armed clash');
  // A suicide bombing alone stays one.
  assert.equal(sub('A suicide bomber blew himself up at a police checkpoint in Kabul, killing three officers.'), 'Suicide bomb');
});

test('air strikes told with a ground assault or an exchange of gunfire in one sentence are an armed clash', () => {
  assert.equal(sub('Nigerian troops launched the raid on the camp near Bama with air strikes followed by a ground assault, killing 17 insurgents.'), 'Armed clash');
  assert.equal(sub('Iraqi forces pushed into the village near Hawija on Monday behind air strikes, amid exchanges of gunfire with the militants.'), 'Armed clash');
  // Air strikes alone stay air strikes.
  assert.equal(sub('Air strikes hit an insurgent hideout near Bama on Monday, the army said.'), 'Air/drone strike');
});

test('shelling answered with fire by the other side is an armed clash', () => {
  assert.equal(sub('Separatist units responded to army shelling near the ring road overnight, with no casualties reported.'), 'Armed clash');
  assert.equal(sub('Rebels shelled a government post near Bentiu on Sunday. The soldiers returned fire, a spokesman said.'), 'Armed clash');
  // Shelling with no answer told stays shelling.
  assert.equal(sub('Rebels shelled a government post near Bentiu on Sunday, a spokesman said.'), 'Shelling/artillery/missile attack');
});
