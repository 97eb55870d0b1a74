/**
 * Actors of stop 46, with sentences written for these tests in the style of wire reports from
 * several conflicts: a group's name may open with digits ("3R"); a party whose own name holds the
 * word the typing read as the means ("the Nigerian Air Force struck") is the one that acted; a
 * fight's "between X and Y" may follow the name of the place where it is fought.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-03-11', outlet: null, byline: null, text }).find((e) => !e.background)!;
const names = (text: string) => { const e = first(text); return [e.actor1?.name ?? null, e.actor2?.name ?? null]; };

test('a group whose name opens with digits is that group, and the Donbas separatists\' abbreviation is theirs', () => {
  assert.equal(first('3R fighters attacked a gendarmerie post near Bouar on Sunday, killing two gendarmes, the army said.').actor1?.name, '3R: Return, Reclamation, Rehabilitation');
  assert.equal(first('Two soldiers were killed when rebels of the 3R group ambushed an army convoy near Bocaranga on Friday.').actor1?.name, '3R: Return, Reclamation, Rehabilitation');
  assert.deepEqual(names('NAF fighters fired mortars at Ukrainian positions near Marinka overnight, the Ukrainian army said.'), ['NAF: United Armed Forces of Novorossiya', 'Military Forces of Ukraine']);
});

test('an air force that strikes is the state\'s military, its aircraft the means', () => {
  assert.deepEqual(names('The Sudanese Air Force bombed RSF positions in Nyala on Friday, residents said.'), ['Military Forces of Sudan', 'RSF: Rapid Support Forces']);
  assert.equal(first('The Nigerian Air Force struck a bandit camp in Zamfara state on Wednesday, killing dozens of gunmen, a spokesman said.').actor1?.name, 'Military Forces of Nigeria');
  assert.deepEqual(names('The Israeli Air Force struck Hamas targets in Khan Younis overnight, the army said.'), ['Military Forces of Israel', 'Hamas']);
});

test('a fight\'s two sides named after the place where it broke out', () => {
  assert.deepEqual(names('Fighting broke out on the front line in Donbas between Ukrainian troops and pro-Russian separatists on Monday.'), ['Military Forces of Ukraine', 'NAF: United Armed Forces of Novorossiya']);
  assert.deepEqual(names('Heavy fighting raged near the town of Kidal between Malian troops and Tuareg rebels on Tuesday.'), ['Military Forces of Mali', 'Unidentified Armed Group']);
  assert.deepEqual(names('On 27 September 2020, fighting broke out along the line of contact in Nagorno-Karabakh between Armenian and Azerbaijani forces.'), ['Military Forces of Armenia', 'Military Forces of Azerbaijan']);
  // A place between two countries stays a place: no side is made of it.
  assert.deepEqual(names('Fighting broke out in the border area between Chad and Sudan on Monday, with militiamen attacking a village.').filter((n) => n === 'Military Forces of Chad'), []);
});

test('"by" names the doer past an article and a modifier or two', () => {
  assert.deepEqual(names('Shelling by the paramilitary Rapid Support Forces killed 15 civilians in the city of El Fasher on Sunday, a doctors\' group said.'), ['RSF: Rapid Support Forces', 'Civilians (Sudan)']);
  assert.equal(first('A convoy was ambushed by the rebel M23 group near Goma, killing four soldiers.').actor1?.name, 'M23: March 23 Movement');
  // A "by" before another party joined by "and" is that party's, not the one after.
  assert.notEqual(first('The village was attacked by the army and the rebels fled, residents said.').actor1?.name, 'Unidentified Armed Group');
});
