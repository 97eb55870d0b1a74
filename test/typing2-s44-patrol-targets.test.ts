/**
 * Typing of stop 44: a patrol that is hit is the target of the attack, no activity of its own.
 * Sentences written for these tests in the style of wire reports from several conflicts (Kashmir,
 * Mali, Somalia, Colombia, the Philippines): a patrol is a change to group or activity only when told
 * on its own ("troops launched joint patrols"); a grenade, bomb, ambush or fire on a patrol is the
 * attack ACLED codes, with no second, strategic event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const subs = (text: string) => processArticle(article(text)).map((e) => e.subEventType);

test('a patrol attacked is the target: no change to group or activity', () => {
  for (const text of [
    'Two policemen were injured by a grenade thrown at their patrol in Sopore on Tuesday, police said.',
    'A roadside bomb struck a patrol near Menaka on Monday, wounding three soldiers, the army said.',
    'Two soldiers died on Sunday when rebels fell upon their patrol in the mountains of Cauca.',
    'A marine on patrol was shot dead by suspected Abu Sayyaf gunmen in Sulu on Friday.',
  ]) assert.ok(!subs(text).includes('Change to group/activity'), text);
});

test('a patrol told on its own is still an activity of the forces', () => {
  assert.ok(subs('Peacekeepers launched joint patrols with the army in the town of Beledweyne on Saturday.').includes('Change to group/activity'));
});
