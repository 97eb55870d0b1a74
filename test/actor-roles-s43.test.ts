/**
 * Actor roles of stop 43, with sentences written for these tests in the style of wire reports: in a
 * riot (a violent demonstration or mob violence), the crowd is actor1 as ACLED codes it ("Rioters
 * (Country)") and the forces that broke it up are actor2, however the sentence orders them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"police fired tear gas at stone-throwing students": the rioters first, the police second', () => {
  const e = first('Police in Dhaka fired rubber bullets and tear gas to disperse stone-throwing students on Monday, injuring dozens.');
  assert.equal(e.eventType, 'Riots');
  assert.equal(e.actor1?.name, 'Rioters (Bangladesh)');
  assert.equal(e.actor2?.name, 'Police Forces of Bangladesh');
});

test('the crowd told only as the object of the forces\' fire is the riot\'s actor1', () => {
  const ke = first('Riot police lobbed tear gas at youths who hurled stones and burned tyres in Kisumu on Tuesday.');
  assert.equal(ke.eventType, 'Riots');
  assert.equal(ke.actor1?.name, 'Rioters (Kenya)', JSON.stringify(ke.actor1));
  const iq = first('Security forces fired live rounds at stone-throwing demonstrators in Baghdad, wounding 30.');
  assert.equal(iq.actor1?.name, 'Rioters (Iraq)', JSON.stringify(iq.actor1));
  assert.equal(iq.actor2?.kind, 'police', JSON.stringify(iq.actor2));
});
