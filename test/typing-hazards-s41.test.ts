/**
 * Accidents and natural hazards are no political violence (stop 41): a report that tells deaths by
 * a capsized boat, a collision, floods or a collapsed mine, and no attack, weapon or violent act, gives
 * no event; a weapon or an attack in the same sentence keeps it; in a report of violence the mishap's
 * figures stay with that violence. Sentences written for these tests, after wire reports from several
 * countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text });

test('deaths by accident or hazard alone give no event', () => {
  assert.deepEqual(events('At least 40 people died when a boat carrying migrants capsized off Libya, the IOM said.'), []);
  assert.deepEqual(events('Twelve people were killed when a bus collided with a truck on the highway near Kano on Sunday, police said.'), []);
  assert.deepEqual(events('Floods killed 23 people in South Kivu province this week, local officials said.'), []);
  assert.deepEqual(events('Two miners were killed when a tunnel collapsed at an illegal gold mine in Zamfara state.'), []);
});

test('a weapon or an attack beside the mishap keeps the event', () => {
  assert.equal(events('Police in Herat opened fire on a Red Crescent volunteer who was helping people hurt when two buses collided, killing him.').length, 1);
  assert.equal(events('A teenager was wounded in a hunting accident near Cody on Saturday, the sheriff said.').length, 1);
  assert.ok(events('Three villagers drowned while fleeing an attack by gunmen on their village in Zamfara state.').some((e) => e.eventType !== 'Strategic developments'));
});

test('in a report of violence, the mishap told of its flight stays with it', () => {
  const text = 'A gunman shot dead two men at a bar in Memphis on Friday, police said. The suspect was injured when his car crashed during the chase and was taken to hospital.';
  const [e] = events(text);
  assert.equal(e?.totals.killed.best, 2);
  assert.equal(e?.totals.wounded.best, 1);
});
