/**
 * Typing of stop 46: a strike beside a shoot-down. Sentences written for these tests in the style of
 * wire reports from several conflicts (Yemen, Myanmar, Sudan, Syria, Ukraine-style air defence). A
 * shoot-down or interception bars an air strike only when it acts on the strike's own aircraft or
 * drone ("rebels shot down an army drone": nothing was struck); when the struck side says it downed
 * other aircraft, in a clause of its own, the strike that got through is the event (ACLED's air/drone
 * strike) and the shoot-down one of its own at most. An aircraft that carried the wounded is no strike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf } from './typing-mentions.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;
const subs = (text: string) => mentionsOf(text).filter(happened).map((m) => m.subEventType);

function guards() {
  // The strike's own aircraft or drone downed: nothing struck, a disrupted weapons use.
  assert.equal(primary('Houthi fighters shot down a coalition drone over Marib province on Sunday, a rebel spokesman said.'), 'Disrupted weapons use');
  assert.equal(primary('Air defences intercepted three drones launched at an airbase near Hama overnight, state media said.'), 'Disrupted weapons use');
  assert.equal(primary('Two army drones were shot down by the rebels near the town of Lashio, a spokesman for the group said.'), 'Disrupted weapons use');
}

test('drones that hit their targets while the struck side downs others: an air/drone strike', () => {
  assert.equal(primary('Army drones hit rebel positions near Lashio overnight, while the rebels said they shot down two drones.'), 'Air/drone strike');
  guards();
});

test('warplanes that bombed while a helicopter was downed elsewhere: the strike leads, the shoot-down its own event', () => {
  const text = 'Sudanese army warplanes bombed paramilitary bases east of El Obeid on Tuesday, while the paramilitaries claimed they had downed a helicopter.';
  assert.equal(primary(text), 'Air/drone strike');
  assert.ok(subs(text).includes('Disrupted weapons use'));
  guards();
});

test('jets striking camps, a drone downed by the other side in the next clause: an air/drone strike', () => {
  assert.equal(primary('Air force jets struck militant camps in the hills of Idlib, and the militants said they shot down a surveillance drone.'), 'Air/drone strike');
  guards();
});

test('the wounded flown to hospital by helicopter: no air strike', () => {
  assert.notEqual(subs('Two soldiers wounded in the ambush near Kidal were airlifted by helicopter to a hospital in Gao, the army said.')[0], 'Air/drone strike');
  guards();
});
