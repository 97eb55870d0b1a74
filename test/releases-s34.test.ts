/**
 * Prisoners, hostages and captives who are freed, exchanged or handed over are let go in the event
 * told, not captured in it: "exchanged 95 prisoners of war" and "freed 24 hostages" are agreements
 * (ACLED codes releases and exchanges of prisoners as agreements), with no figure of people taken.
 * Taking hostages is still an abduction. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('prisoners exchanged or hostages freed are an agreement, with nobody captured', () => {
  for (const text of [
    'The two armies swapped 120 prisoners on the bridge in the first exchange since the truce.',
    'The warring parties exchanged 95 prisoners of war each on Friday in a deal brokered by Qatar.',
    'The militants freed 24 hostages under the deal on Sunday.',
  ]) {
    const e = main(text);
    assert.equal(e?.subEventType, 'Agreement', text);
    assert.equal(e?.totals.captured.best, null, text);
  }
});

test('hostages taken are still an abduction', () => {
  const e = main('Rebels took 30 hostages during the raid on the village.');
  assert.equal(e?.subEventType, 'Abduction/forced disappearance');
  assert.equal(e?.totals.captured.best, 30);
  assert.equal(main('Gunmen abducted 10 villagers on Monday and released two of the hostages a day later.')?.subEventType, 'Abduction/forced disappearance');
});
