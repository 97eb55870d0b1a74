/**
 * A day that heads a text on its own ("07 October." before the story, as monitors' notes and some
 * wire summaries open) dates the events told under it. A month named in the event's own sentence is
 * then another time, most often the grievance's or a plan's ("to denounce the killings of late
 * September", "ahead of the April elections"), not the day of the event. A day told in the event's
 * own sentence still wins. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { processArticle } from '../src/pipeline.ts';

const primaryDate = (text: string, published: string) =>
  processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).find((e) => !e.background)?.date.start;

test('a heading day dates the story under it, not a month of its grievance or plan', () => {
  assert.equal(primaryDate('07 October. Traders marched in the town centre to denounce the killings of late September and demand protection.', '2018-10-08'), '2018-10-07');
  assert.equal(primaryDate('3 March. Youths blocked the highway near the ferry crossing with burning tyres, demanding fair polls in May.', '2021-03-04'), '2021-03-03');
});

test('a day told in the event\'s own sentence still wins over the heading', () => {
  assert.equal(primaryDate('12 June. Herders said gunmen raided their camp on 9 June and drove off 200 cattle.', '2019-06-12'), '2019-06-09');
});

/**
 * A month named without a year is the most recent such month on or before publication, since news
 * reports the past ("In March, rebels seized the town" in a November report is this year's March;
 * "last December" the one before). The words around it can name its year ("December last year") or
 * make it a plan, the coming such month ("ahead of the December elections", "scheduled for March",
 * "next March"); a reported past event is never dated after publication.
 */


const monthOf = (text: string, published: string) =>
  annotate({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).dates(0)[0]?.date.slice(0, 7);

test('a month without a year is the most recent past one', () => {
  assert.equal(monthOf('In March, rebels seized the town after a week of fighting.', '2013-11-14'), '2013-03');
  assert.equal(monthOf('The raid of last December killed four herders.', '2013-11-14'), '2012-12');
  assert.equal(monthOf('The bombing in December last year killed 30 people.', '2013-11-14'), '2012-12');
  assert.equal(monthOf('The offensive that began in October has displaced thousands.', '2013-11-14'), '2013-10');
});

test('a month of a plan is the coming one', () => {
  assert.equal(monthOf('Teachers marched over unpaid allowances ahead of the December polls.', '2013-07-31'), '2013-12');
  assert.equal(monthOf('Talks between the two sides are scheduled for March.', '2013-11-14'), '2014-03');
});

test('a past event named with its month is not a plan', () => {
  assert.equal(monthOf('Violence during the March elections killed 12 people in the capital, a report said.', '2024-05-14'), '2024-03');
  assert.equal(monthOf('Rebels held the town until April, when the army retook it, residents said.', '2024-05-14'), '2024-04');
});
