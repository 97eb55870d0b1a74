/**
 * Casualty figures of stop 40, with sentences written for these tests in the style of wire reports
 * from many conflicts: a unit of time before "after" ("a day after", "two weeks after", "hours
 * after") sets the clause that follows apart in time from the violent act told before it; its
 * figures are an earlier event's, recalled, not the event's own. With no violent act before, the
 * clause is the event the report is about ("police arrested two men a day after a shooting …").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const current = (text: string, outcome: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));
const recalled = (text: string, outcome: string) => events(text).filter((e) => e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));

test('figures after "<interval> after" a violent act are an earlier event', () => {
  const convoy = 'A roadside bomb killed three soldiers near Kidal on Sunday, two days after an ambush on a supply convoy killed four drivers in the same area.';
  assert.deepEqual(current(convoy, 'killed'), [3]);
  assert.deepEqual(recalled(convoy, 'killed'), [4]);
  const miners = 'Gunmen shot dead six miners in Ituri on Thursday, a week after militiamen killed 11 villagers nearby.';
  assert.deepEqual(current(miners, 'killed'), [6]);
  assert.equal(events(miners).find((e) => !e.background)?.fatalities, 6);
  const mosque = 'A suicide bomber killed 14 worshippers at a mosque in Peshawar on Friday, hours after a grenade attack wounded three policemen in Quetta.';
  assert.deepEqual(current(mosque, 'wounded'), []);
  assert.deepEqual(recalled(mosque, 'wounded'), [3]);
});

test('with no violent act before it, the clause after "a day after" is the event told', () => {
  assert.deepEqual(current('Police arrested two men on Friday, a day after a shooting killed a teenager outside a school in Soweto.', 'killed'), [1]);
});
