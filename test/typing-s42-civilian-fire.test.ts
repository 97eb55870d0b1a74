/**
 * Stop 42: state forces who fire on a vehicle of civilians (a bus, a minibus, a taxi, a passenger
 * boat, an ambulance) or on its passengers, with no armed group named on the other side, attack
 * civilians (ACLED: violence against civilians), even when the sentence names no person as the
 * object of the fire; "police shot suspects" stays a clash. Sentences written for these tests in the
 * style of wire reports from several conflicts.
 * Women and children named as the dead of such fire are plainly civilians too: no suspects shot.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('state forces firing on a vehicle of civilians attack civilians', () => {
  assert.equal(primary('Two passengers died after soldiers opened fire on a minibus near Djibo on Sunday, relatives said.'), 'Attack');
  assert.equal(primary('Security forces fired on a passenger boat on the Irrawaddy river near Magway on Tuesday, killing five.'), 'Attack');
  assert.equal(primary('Soldiers fired on a taxi at a roadblock near Kananga, killing two.'), 'Attack');
  assert.equal(primary('Soldiers opened fire on an ambulance at a checkpoint outside Taiz on Friday, medics said.'), 'Attack');
  assert.equal(primary('Troops fired on a fishing boat off the coast of Hodeidah, killing four fishermen.'), 'Attack');
  // Forces who shoot suspects or fighters, no civilian carrier told, keep their readings.
  assert.equal(primary('Police shot dead two suspects in a gunfight in Cali on Monday.'), 'Armed clash');
  assert.equal(primary('Soldiers opened fire on a bus carrying Islamic State fighters near Marawi, killing six militants.'), 'Armed clash');
});

test('state forces whose fire killed women or children attack civilians', () => {
  assert.equal(primary('Police opened fire on a car that failed to stop at a checkpoint in Kabul, killing a woman and her child.'), 'Attack');
  assert.equal(primary('Soldiers opened fire on a pickup at a roadblock near Bunia, killing a pregnant woman, residents said.'), 'Attack');
  assert.equal(primary('A woman and her baby died when police fired on a car at a checkpoint in Cap-Haitien on Sunday.'), 'Attack');
  assert.equal(primary('Police shot dead two suspects in a gunfight in Cali on Monday.'), 'Armed clash');
});

test('fire "into" a crowd or a place that kills spectators, guests or staff is an attack', () => {
  // "fired into" is a shooting; spectators, guests, customers and waiters are civilians.
  assert.equal(primary('Soldiers fired into a crowd watching a football match in Kasese, killing two spectators.'), 'Attack');
  assert.equal(primary('Police fired live bullets into a bar in Ouagadougou, killing a waitress, witnesses said.'), 'Attack');
  assert.equal(primary('Troops shot into a wedding party near Kandahar, killing three guests, relatives said.'), 'Attack');
  assert.equal(primary('Police shot dead three armed robbers in a shootout in Eldoret.'), 'Armed clash');
});
