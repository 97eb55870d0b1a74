/**
 * Typing, stop 48: "heavy weapons" told as the means ("with") of a ground assault in its clause
 * ("stormed the village with heavy weapons", "attacked the post with heavy weapons") are the arms of
 * that assault, not artillery fired from afar: the assault types the event (an Attack on villagers, a
 * clash with a police post), not shelling. Heavy weapons that pound positions stay shelling. Sentences
 * written for these tests, in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text)?.subEventType ?? null;

test('heavy weapons as the means of a ground assault type no shelling', () => {
  assert.equal(main('Militants stormed a police post with heavy weapons in North Waziristan, killing four policemen.'), 'Armed clash');
  assert.equal(main('RSF fighters attacked the village of Wad Ashib with heavy weapons, killing 20 civilians, activists said.'), 'Attack');
  assert.equal(main('Bandits raided the village of Kurmin Doka with heavy weapons on Sunday, killing 12 villagers.'), 'Attack');
});

test('heavy weapons that pound positions from afar stay shelling', () => {
  assert.equal(main('The army pounded rebel positions in Idlib province with heavy weapons on Tuesday.'), 'Shelling/artillery/missile attack');
});
