/**
 * A day that heads a text on its own ("07 October." before the story, as monitors' notes and some
 * wire summaries open) dates the events told under it. A month named in the event's own sentence is
 * then another time, most often the grievance's or a plan's ("to denounce the killings of late
 * September", "ahead of the April elections"), not the day of the event. A day told in the event's
 * own sentence still wins. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
