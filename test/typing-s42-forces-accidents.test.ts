/**
 * Stop 42: an accident of the armed forces, with no enemy action told, is no political violence
 * (ACLED codes none): a military aircraft that crashed during a training flight or a drill, or an
 * army vehicle that overturned, gives no event, though its dead are soldiers and its words name a
 * craft ("a fighter jet crashed": what crashed, no strike's means) and a training ("a training
 * mission": no change to the force's activity). A craft brought down by an enemy stays an event.
 * Sentences written for these tests in the style of wire reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });

test('a military craft that crashed in training gives no event', () => {
  assert.deepEqual(events('An army helicopter crashed during a training flight near Ouagadougou on Tuesday, killing three soldiers.'), []);
  assert.deepEqual(events('A fighter jet crashed during a routine training mission in Punjab province, killing the pilot, the air force said.'), []);
  assert.deepEqual(events('A military transport plane crashed during a drill near Zamboanga, killing four crew members.'), []);
});

test('an army vehicle that overturned gives no event', () => {
  assert.deepEqual(events('Two soldiers died when their armoured vehicle overturned on a road near Gao on Sunday.'), []);
});

test('a craft downed or hit by the enemy stays an event', () => {
  assert.ok(events('Rebels downed an army helicopter near Bambari on Monday, killing two crew members.').length > 0);
  assert.ok(events('A military helicopter crashed after it was hit by rebel fire near Bambari, killing two crew members.').length > 0);
});
