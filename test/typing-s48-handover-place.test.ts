/**
 * Typing, stop 48: a place handed over by its bare name ("handed over control of Manbij to the Syrian
 * army", "ceded control of Bossangoa") is the territory that changes hands without a fight, as with a
 * place word ("control of the town"). Sentences written for these tests, in the style of reports from
 * several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text)?.subEventType ?? null;

test('a place handed over by its name changes hands without a fight', () => {
  assert.equal(main('Kurdish-led forces handed over control of Manbij to the Syrian army on Monday.'), 'Non-violent transfer of territory');
  assert.equal(main('The rebels ceded control of Bossangoa to government forces on Friday, a spokesman said.'), 'Non-violent transfer of territory');
  assert.equal(main('Tribal militias handed over control of Sirte to forces loyal to the unity government.'), 'Non-violent transfer of territory');
});
