/**
 * Typing of stop 45: which weapons were seized. Sentences written for these tests in the style of wire
 * reports from several conflicts (Sudan, Cameroon's Anglophone regions, Nagorno-Karabakh, Niger,
 * Kashmir): weapons seized (ACLED's disrupted weapons use) are what the seizing verb acts on, told
 * after it, or before it when it reads as a passive ("rifles were seized", a headline's "bombs found
 * hidden in a car"). Weapons told before an active verb are its doers' or another act's: "gunmen
 * armed with rifles seized cattle" seized no rifle.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

function guards() {
  assert.equal(primary('Rifles, grenades and ammunition were seized from the suspects in Srinagar, police said.'), 'Disrupted weapons use');
  assert.equal(primary('Bombs found hidden in a car near the market in Bamenda; soldiers detonate them'), 'Disrupted weapons use');
  assert.equal(primary('Troops seized rockets and mortar shells from a militia depot near Nyala on Friday.'), 'Disrupted weapons use');
}

test('the seizers\' own arms are no weapons seized', () => {
  assert.notEqual(primary('Gunmen armed with rifles seized about 200 head of cattle from herders near Tahoua on Monday, a local official said.'), 'Disrupted weapons use');
  guards();
});
