/**
 * Typing of stop 44, with sentences written for these tests in the style of wire reports from
 * several conflicts: a mine, IED or bomb named by its kind is the event's means, whoever reports it;
 * only unexplained explosions that monitors count are typed as shelling.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a named mine or IED stays a remote explosive when a monitor reports it or "no casualties were recorded"', () => {
  assert.equal(first('A landmine blast killed two children in Idlib province, a war monitor said.').subEventType, 'Remote explosive/landmine/IED');
  assert.equal(first('An IED went off under an army truck outside Mopti; no casualties were recorded.').subEventType, 'Remote explosive/landmine/IED');
  assert.equal(first('A roadside bomb exploded near a UN convoy outside Kidal, observers said.').subEventType, 'Remote explosive/landmine/IED');
});

test('explosions counted by monitors with no means named are still shelling', () => {
  assert.equal(first('The monitoring mission recorded 60 explosions near the village of Zolote over the past day.').subEventType, 'Shelling/artillery/missile attack');
});

test('"recorded" is no monitor: "the toll was not recorded", a records office', () => {
  assert.equal(first('Three explosions were reported near the township records office in Sittwe on Monday. Casualties unknown.').subEventType, 'Remote explosive/landmine/IED');
  assert.equal(first('Two blasts hit a market in Maiduguri on Friday, though the number of casualties was not recorded.').subEventType, 'Remote explosive/landmine/IED');
});

test('a change of hands told in an "after" clause, its subject between, sets the scene: the main clause is the event', () => {
  const cm = first('Soldiers looted shops and burned homes in the town of Kumbo after the separatists withdrew, residents said.');
  assert.equal(cm.subEventType, 'Looting/property destruction');
  const af = first('The Taliban established a base in Zhari district after government forces withdrew, officials said.');
  assert.equal(af.subEventType, 'Headquarters or base established');
});

test('a base, post or checkpoint overrun is an attack on the forces\' positions (armed clash), its looted weapons no event of their own; a town overrun is territory', () => {
  assert.equal(first("Islamic State fighters overran an army base in Niger's Diffa region and seized weapons and vehicles.").subEventType, 'Armed clash');
  assert.equal(first('Jihadists overran a military post near Djibo, making off with weapons and ammunition.').subEventType, 'Armed clash');
  assert.equal(first('Taliban fighters overran two police checkpoints in Baghlan province overnight.').subEventType, 'Armed clash');
  assert.equal(first('Al-Shabaab fighters overran the town of El Bur after heavy fighting with government troops.').subEventType, 'Non-state actor overtakes territory');
});

test('the first word of a group\'s proper name is no event word ("Allied Democratic Forces" allies no one)', () => {
  const types = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).map((e) => e.subEventType);
  assert.deepEqual(types('Rebels of the Allied Democratic Forces killed 22 civilians with machetes in a village near Oicha overnight, local officials said.'), ['Attack']);
});

test('a base taken over is overrun whatever the words between ("took full control of the army\'s main base"); a town near a base is territory', () => {
  assert.equal(first("RSF fighters seized full control of the army's main base in Geneina on Saturday.").subEventType, 'Armed clash');
  assert.equal(first('Rebels took control of the town near an army base on Saturday.').subEventType, 'Non-state actor overtakes territory');
});
