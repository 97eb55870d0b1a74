/**
 * A video, footage or pictures as a trigger's object (stop 41): the trigger acts on a depiction, and
 * what it shows is no event of that trigger. Sentences written for these tests, in the style of wire
 * reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const subs = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).map((e) => e.subEventType);

test('releasing a video of captives or of bodies is no release of people (no Agreement)', () => {
  assert.ok(!subs('The rebels released a video of 14 government soldiers they claimed to have captured during fighting near Goma on Sunday.').includes('Agreement'));
  assert.ok(!subs('Al-Shabaab released new footage showing the bodies of soldiers it said had died when its fighters overran a camp.').includes('Agreement'));
  assert.ok(!subs('The Taliban released a 10-minute video purportedly showing two captured Afghan commandos in Kunduz province.').includes('Agreement'));
});

test('people released are still an Agreement', () => {
  assert.ok(subs('Hamas released four hostages in Gaza on Saturday in exchange for 200 Palestinian prisoners.').includes('Agreement'));
  assert.ok(subs('The army released 20 prisoners on Monday as part of the deal, a video showed.').includes('Agreement'));
});

test('burning pictures of a leader at a rally is no violent demonstration', () => {
  assert.deepEqual(subs('Hundreds of students rallied in Dhaka on Friday and burned pictures of the foreign minister to denounce the border deal.'), ['Peaceful protest']);
});
