/**
 * Stop 43: a place that changes hands, however the wire tells it. "X fell to the rebels" and "the army
 * lost control of X to the insurgents" name the taker after "to" (ACLED codes the taking: a non-state
 * actor overtakes territory, or the government regains it when state forces take it), and a place is
 * often named bare, with no "town of" ("rebels seized Kiboro"). Days of fighting before the fall are
 * how it fell, not another event. The limits: "fell to the ground", "fell to 30 percent", weapons
 * seized and title-cased lines are no taking. Sentences written for these tests in the style of wire
 * reports from several conflicts; the places' names are made up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { subTypeOf } from './typing-mentions.ts';

const OVERTAKES = 'Non-state actor overtakes territory';
const REGAINS = 'Government regains territory';
const TERRITORY = new Set([OVERTAKES, REGAINS, 'Non-violent transfer of territory']);

test('a town that fell to an armed group was taken by it, after days of fighting or not', () => {
  assert.equal(subTypeOf('The garrison town of Dareyo fell to jihadist fighters on Thursday after a three-day siege, a local official said.'), OVERTAKES);
  assert.equal(subTypeOf('Tamasset fell to the insurgents late on Sunday, residents said.'), OVERTAKES);
  assert.equal(subTypeOf('The strategic hill town fell to the rebels after days of heavy fighting, a humanitarian source said.'), OVERTAKES);
  assert.equal(subTypeOf('Officials in the regional capital said Bur Kaaro had fallen to the militants.'), OVERTAKES);
});

test('a town that fell to state forces was regained', () => {
  assert.equal(subTypeOf('The rebel-held town of Nakora fell to government troops after a week-long offensive.'), REGAINS);
});

test('a side that lost control of a place to another: the taker took it', () => {
  assert.equal(subTypeOf('Government troops lost control of the district centre to the insurgents after a week of fighting.'), OVERTAKES);
  assert.equal(subTypeOf('The army lost control of Kimbura to the rebels on Friday, a military source said.'), OVERTAKES);
  assert.equal(subTypeOf('Separatist fighters lost control of the village of Ardashen to government forces after fierce clashes.'), REGAINS);
  // No taker named: state forces that lost a place lost it to the other side.
  assert.equal(subTypeOf('Soldiers lost control of the border town of Palwe on Monday, residents said.'), OVERTAKES);
});

test('a place named bare is the place taken', () => {
  assert.equal(subTypeOf('Rebel fighters seized Kiboro on Wednesday after fierce fighting with the army.'), OVERTAKES);
  assert.equal(subTypeOf('Guerrillas captured Puerto Alba early on Tuesday, the army said.'), OVERTAKES);
  assert.equal(subTypeOf('Government forces recaptured Tell Zahra from the militants.'), REGAINS);
});

test('the taker after "to" is actor1 of the event', () => {
  const [e] = processArticle({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text: 'Government troops lost control of the town of Kimbura to Taliban fighters on Friday.' });
  assert.equal(e?.actor1?.name, 'Taliban');
});

test('no taking: things that fall, weapons seized, title-cased lines', () => {
  assert.ok(!TERRITORY.has(subTypeOf('The wounded fighter fell to the ground after being shot by troops near the camp.')));
  assert.equal(subTypeOf('Support for the ruling party fell to 30 percent in the latest poll.'), 'none');
  assert.ok(!TERRITORY.has(subTypeOf('Rebels seized Russian-made rifles and ammunition from an army depot.')));
  assert.ok(!TERRITORY.has(subTypeOf('Mayor Vows Taking Back Our Streets After Shooting')));
  assert.ok(!TERRITORY.has(subTypeOf('Rebels seized Saturday a convoy of trucks carrying fuel.')));
});
