/**
 * Lists of victims of stop 44, with sentences written for these tests in the style of wire reports
 * from several conflicts: a victim list counts every person in it. Kin and companions told in the
 * plural ("his two sons", "four of his associates") are people; a person word that qualifies the
 * next ("a rebel commander", "two police officers") does not end the phrase before the list goes on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('kin and companions in the plural are people of the list', () => {
  // A village raid (Sahel style), a night attack on a farm (Great Lakes style), an air strike (Horn style).
  assert.equal(first('Gunmen on motorbikes stormed the village on Sunday and killed a shopkeeper, his wife and their two daughters, residents said.').fatalities, 4);
  assert.equal(first('Militiamen armed with machetes killed an elderly farmer and his three sons in their fields overnight, a local official said.').fatalities, 4);
  assert.equal(first('A senior commander of the insurgents and five of his companions were killed in an air strike on their hideout, the army said.').fatalities, 6);
});

test('a person word before the head does not cut the list short', () => {
  // A checkpoint attack, a cross-border raid, an ambush on a convoy.
  assert.equal(first('Troops shot dead a rebel commander and three of his bodyguards near the border crossing on Friday.').fatalities, 4);
  const e = first('Insurgents ambushed the convoy, killing two police officers and a driver, the provincial governor said.');
  assert.equal(e.fatalities, 3);
  const e2 = first('Fighters overran the post, killing a police officer and two civilians hiding in the guardroom.');
  assert.equal(e2.fatalities, 3);
});

test('"along with" one more person counts that person too', () => {
  // A roadside killing (Andes style), a convoy attack (Sahel style), a night raid (Caucasus style).
  assert.equal(first('A municipal councillor was shot dead along with his driver on a rural road late on Tuesday, police said.').fatalities, 2);
  assert.equal(first('Suspected jihadists killed the village chief together with a teacher as they left the mosque, a security source said.').fatalities, 2);
  // Not a group with no count: "along with his family" says no number.
  assert.equal(first('A local militia leader was killed along with his family in the raid, residents said.').fatalities, 1);
});

test('two counted groups sharing one head noun are both counted, each with its own people', () => {
  // A joint patrol hit by a mine (Sahel style), a clash between two armed groups, a raid on herders.
  const e = first('Four Peruvian and two French soldiers died when a mine tore through their armoured vehicle, the army said.');
  assert.equal(e.fatalities, 6);
  assert.ok(e.claims.some((c) => c.low === 2 && c.party.country === 'FRA'));
  assert.equal(first('Twelve government and five rebel fighters died in the clashes on the plateau, a local official said.').fatalities, 17);
  assert.equal(first('Militiamen killed three Hausa and two Fulani herders near the river on Sunday.').fatalities, 5);
  // Not a thing counted before ("six rockets and at least 20 soldiers"), nor "others".
  assert.equal(first('The rebels said they hit the column with six rockets and that no fewer than 20 soldiers died.').fatalities, 20);
});
