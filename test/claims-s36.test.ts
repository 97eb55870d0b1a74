/**
 * Casualty figures of stop 36, with sentences written for these tests in the style of wire reports:
 * - a toll accumulated over a period up to now ("has killed 400 people since October", "so far this
 *   year", "since the war began") is many events' figure: a background claim, never the current
 *   event's fatalities, even when the article tells no other event; "almost daily" before a comma
 *   qualifies the fighting's frequency, no attempt ("nearly killed"), so the participle after the
 *   comma still tells its dead.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Killed figures of the current events, and of the recalled ones. */
const split = (text: string, published?: string) => {
  const evs = events(text, published);
  const killed = (bg: boolean) => evs.filter((e) => e.background === bg).flatMap((e) => e.claims.filter((c) => c.outcome === 'killed').map((c) => c.low));
  return { current: killed(false), fatalities: evs.filter((e) => !e.background).map((e) => e.fatalities), recalled: killed(true) };
};

test('a toll accumulated since a month long past is a background claim, not the event\'s fatalities', () => {
  assert.deepEqual(split('Cross-border shelling has continued almost daily since November, killing more than 300 people in the border villages, most of them militiamen.'),
    { current: [], fatalities: [null], recalled: [300] });
  assert.deepEqual(split('Fighting between the army and the rebels since January has killed more than 250 people in Rakhine.'),
    { current: [], fatalities: [null], recalled: [250] });
});

test('a toll "so far this year" or "since the war began" stays recalled when the article tells no other event', () => {
  assert.deepEqual(split('Jihadist attacks so far this year have killed at least 180 people in the Tillaberi region, the governor said.'),
    { current: [], fatalities: [null], recalled: [180] });
  assert.deepEqual(split('Soldiers ambushed a convoy of Ansar fighters near Zinjibar on Monday, killing five. The fighting has killed 230 people since the war began.'),
    { current: [5], fatalities: [5], recalled: [230] });
});
