/**
 * Typing of stop 46: an assault by ordinary people in a dispute over fields or cattle. Sentences
 * written for these tests in the style of wire reports from several conflicts (northern Ghana, the
 * Nigerian Middle Belt, Kenya's Rift Valley, Chad, Niger). Farmers or herders named by who they are
 * who beat or assault someone, with no militia, armed group, firearm, blade or killing told, are an
 * unorganised group: ACLED's mob violence (violence against civilians is done by organised armed
 * groups). Words of the dispute (cattle, pastoralists, grazing) tell its cause, no militia; a militia,
 * weapons, a killing or an aim to drive the victim off land still make it an attack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

function guards() {
  assert.equal(subTypeOf('Herder militia fighters assaulted two farmers near Agatu on Sunday, police said.'), 'Attack');
  assert.equal(subTypeOf('Armed herders attacked a farming village near Bokkos, killing five people.'), 'Attack');
  assert.equal(subTypeOf('Gunmen beat and robbed a trader on the road to Maradi, police said.'), 'Attack');
  // Force to drive someone off land (an eviction, a land grab) is an organised aim: an attack.
  assert.equal(subTypeOf('Herders beat a farmer near Kitale on Sunday. His relatives said the attackers meant to drive him off his land.'), 'Attack');
}

test('farmers who assault a herder whose cattle strayed: mob violence', () => {
  assert.equal(subTypeOf('Several farmers beat and injured a herder whose cattle had strayed into their fields near Bawku, a local assemblyman said.'), 'Mob violence');
  guards();
});

test('pastoralists who beat a farmer over grazing land: mob violence', () => {
  assert.equal(subTypeOf('Several pastoralists beat a farmer who had fenced off grazing land near Nakuru on Sunday, a local chief said.'), 'Mob violence');
  guards();
});

test('farmers who beat a Fulani herdsman after livestock damaged crops: mob violence', () => {
  assert.equal(subTypeOf('In Mandoul, farmers beat a Fulani pastoralist after his livestock damaged their millet, local officials said.'), 'Mob violence');
  guards();
});
