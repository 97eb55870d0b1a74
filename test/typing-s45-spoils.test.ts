/**
 * Typing of stop 45: weapons carried off in an assault on an armed side. Sentences written for these
 * tests in the style of wire reports from several conflicts (Niger, Mozambique, Somalia, eastern
 * Congo, Colombia): armed men who attack, raid or storm a post, base, patrol or guards and seize their
 * weapons fought an armed side; the weapons are the spoils of that assault, which ACLED codes as a
 * battle, not as a seizure of weapons (disrupted weapons use). A force's own raid that seizes weapons
 * stays a seizure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

function guards() {
  assert.equal(primary('Police raided a house in Mogadishu on Tuesday and seized rifles and grenades, a spokesman said.'), 'Disrupted weapons use');
  assert.equal(primary('Soldiers seized a cache of rifles and ammunition hidden in a farmhouse near Tumaco, the army said.'), 'Disrupted weapons use');
}

test('insurgents who attack an army outpost and seize its weapons fought a battle', () => {
  assert.equal(primary('Insurgents attacked an army outpost near Tillaberi on Sunday and drove off with two pickups, rifles and crates of ammunition. No casualties were reported.'), 'Armed clash');
  guards();
});

test('rebels who storm a police post and seize weapons fought a battle', () => {
  assert.equal(primary('Rebels stormed a police post in Rutshuru territory overnight, seized weapons and set two vehicles ablaze, local sources said.'), 'Armed clash');
  guards();
});

test('a post attacked by gunmen who carry off its rifles is a battle', () => {
  assert.equal(primary('The police post in Macomia was attacked by gunmen who seized rifles and ammunition before fleeing into the bush.'), 'Armed clash');
  guards();
});
