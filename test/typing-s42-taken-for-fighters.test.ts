/**
 * Stop 42: people whom state forces killed while accusing them of being, or taking them for,
 * fighters of an armed group are told to be civilians: the accusation names no armed side met, and
 * ACLED codes the killing as violence against civilians (an attack), as it codes men "suspected of
 * being" militants. Sentences written for these tests in the style of wire reports from several
 * conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('men killed by forces accusing them of being rebels were attacked', () => {
  assert.equal(primary('Troops shot dead four young men at a checkpoint outside Kalemie, accusing them of being rebels, relatives said.'), 'Attack');
  assert.equal(primary('Soldiers shot dead three men in a village near Hpakant, accusing them of being PDF fighters, residents said.'), 'Attack');
  assert.equal(primary('Marines shot dead a fisherman off Basilan after they mistook him for an Abu Sayyaf gunman, the village chief said.'), 'Attack');
  // Fighters killed in a fight stay a clash.
  assert.equal(primary('Soldiers killed three members of the Clan del Golfo in a firefight in Antioquia, the army said.'), 'Armed clash');
});

test('men killed by forces accusing them of helping an armed group were attacked', () => {
  // Accused of supplying, aiding, working or collaborating with fighters: civilians, no armed side.
  assert.equal(primary('Troops shot dead two young men in a village in Cabo Delgado, accusing them of working with the insurgents.'), 'Attack');
  assert.equal(primary('Soldiers killed four men at a market in Kidal after accusing them of aiding the rebels.'), 'Attack');
});
