/**
 * A date that qualifies another event's noun ("the 30 July poll", "his August 8 election victory")
 * is that event's day, not the day of what the report tells; a date told as when something was done
 * ("on Monday burnt ballot papers") or "during" the other event stays the event's. Sentences written
 * for this test in the style of reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const dateOf = (text: string, published: string) =>
  processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).find((e) => !e.background)?.date;

test('a date that names a poll, a ruling or an accord is not the day of the protest about it', () => {
  const upheld = dateOf('Police fired tear gas at crowds in Harare angry at a court ruling that confirmed the 30 July presidential poll.', '2024-08-28');
  assert.notEqual(upheld?.start, '2024-07-30');
  assert.equal(upheld?.start, '2024-08-28', 'no other date: the publication day');
  const rigged = dateOf('Opposition supporters lit bonfires in Conakry, demanding the removal of officials accused of rigging the 22 March polls.', '2024-04-10');
  assert.notEqual(rigged?.start, '2024-03-22');
  const accord = dateOf('Protesters in Juba denounced delays in carrying out the 12 September peace agreement.', '2024-10-02');
  assert.notEqual(accord?.start, '2024-09-12');
});

test('a date told as when the act was done, or during the other event, stays', () => {
  assert.equal(dateOf('Youths clashed with police in Kinshasa during the 30 December election, witnesses said.', '2024-01-02')?.start, '2023-12-30');
  assert.equal(dateOf('Angry voters in Kano on 16 March burnt ballot papers and clashed with party agents.', '2024-03-18')?.start, '2024-03-16');
  assert.equal(dateOf('Soldiers fired on protesters in Bamako on 5 June, days after the disputed vote.', '2024-06-07')?.start, '2024-06-05');
});
