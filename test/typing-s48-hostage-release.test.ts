/**
 * Typing and events, stop 48: hostages handed over or freed are a release, which ACLED codes as an
 * Agreement, not a new abduction: the words of their capture ("hostages", "kidnappers", "abducted")
 * are those of their release when they are its subject ("three hostages were handed over", "the
 * kidnappers handed over the captives"), and the count of people held, told in the sentence of their
 * release, is the release's figure, no capture (nor attack) of its own. Sentences written for these
 * tests, in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text)?.subEventType ?? null;

test('hostages handed over or freed are an agreement', () => {
  assert.equal(main('Three hostages were handed over to the Red Cross in Gaza on Sunday.'), 'Agreement');
  assert.equal(main('The kidnappers handed over the hostages to tribal elders in Marib province.'), 'Agreement');
  assert.equal(main('Abu Sayyaf militants handed over two Indonesian hostages to the military in Sulu.'), 'Agreement');
  assert.equal(main('The hostages were released in Zamfara state after a ransom was paid, police said.'), 'Agreement');
});

test('a kidnapping stays an abduction', () => {
  assert.equal(main('Gunmen kidnapped five aid workers in Jonglei state on Monday. Three hostages were released on Sunday.'), 'Abduction/forced disappearance');
  assert.equal(main('Bandits abducted 15 villagers in Zamfara state overnight, police said.'), 'Abduction/forced disappearance');
});
