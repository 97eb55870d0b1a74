/**
 * Typing of stop 45: a figurative "defused". Sentences written for these tests in the style of wire
 * reports from several conflicts (Nepal, Lebanon, South Sudan, Kosovo-style border rows, Bolivia):
 * a situation, tensions, a standoff or a row that someone defused were calmed, no weapon made safe:
 * no disrupted weapons use (ACLED's sub-type is for explosives defused, mines cleared, weapons
 * intercepted). What happened around it (a demonstration, nothing) keeps its own reading; a bomb, a
 * mine or a device defused stays the codebook's disrupted weapons use.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

function guards() {
  assert.equal(primary('Army engineers defused a roadside bomb planted near a bridge outside Juba on Monday, the military said.'), 'Disrupted weapons use');
  assert.equal(primary('A bomb disposal unit defused an explosive device found in a market in Tripoli, security sources said.'), 'Disrupted weapons use');
}

test('a situation defused beside a demonstration leaves the demonstration', () => {
  assert.equal(primary('Hundreds of traders gathered outside the municipal office in Cochabamba to protest new market fees. The mayor came out to meet them and defused the standoff.'), 'Peaceful protest');
  guards();
});

test('tensions or a standoff defused are no weapon disrupted', () => {
  assert.notEqual(primary('Village elders defused tensions between two clans after a dispute over grazing land near Bor, a local official said.'), 'Disrupted weapons use');
  assert.notEqual(primary('Mediators defused a standoff between party cadres and police outside the district office in Butwal on Sunday.'), 'Disrupted weapons use');
  guards();
});
