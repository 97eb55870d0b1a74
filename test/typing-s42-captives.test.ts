/**
 * Stop 42: soldiers, police or fighters killed by those who had captured, abducted or held them are
 * out of the fight: ACLED codes the killing of people held as violence against civilians (an
 * attack), no battle, whatever force they belonged to. Sentences written for these tests in the
 * style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('captives killed by those who held them were attacked', () => {
  assert.equal(primary('Jihadists executed four soldiers they had captured near Menaka last week, a security source said.'), 'Attack');
  assert.equal(primary('Militants killed two police officers they had taken hostage in Lower Shabelle, officials said.'), 'Attack');
  assert.equal(primary('Rebels shot dead three militiamen they were holding at a camp in Ituri, a local official said.'), 'Attack');
  // Soldiers killed in an attack stay a battle.
  assert.equal(primary('Al-Shabaab fighters killed six soldiers when they stormed a base near Baidoa.'), 'Armed clash');
});
