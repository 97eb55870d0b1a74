/**
 * People named by their nationality are civilians of that country: "Border guards shot dead two
 * Afghans", "Gunmen killed three Pakistanis", "a 17-year-old Palestinian" are people, not a state's
 * forces; so an attack on them is violence against civilians, and border guards are a state's forces
 * even with no country named. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('people named by their nationality are civilians', () => {
  const afghans = main('Border guards shot dead two Afghans trying to cross the frontier at night.');
  assert.equal(afghans?.subEventType, 'Attack');
  assert.match(afghans?.actor1?.name ?? '', /Military Forces/);
  assert.equal(afghans?.actor2?.kind, 'civilians');
  assert.equal(main('Soldiers killed two Somalis near the camp, elders said.')?.subEventType, 'Attack');
  const teen = main('Troops shot dead a 17-year-old Palestinian during a raid on the refugee camp.');
  assert.equal(teen?.actor2?.kind, 'civilians');
});
