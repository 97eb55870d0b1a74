/**
 * A place taken, named bare, with its source right after it: "the army recaptured Kidal, the
 * military said" names who said it, not a person in apposition to the place. Sentences from four wars.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const sub = (text: string) => primaryEvent(text)?.subEventType ?? null;

test('a place taken with its source after it is still the territory taken', () => {
  assert.equal(sub('Ukrainian troops recaptured Kupiansk, the military said.'), 'Government regains territory');
  assert.equal(sub('Syrian troops recaptured Saraqeb, the army said.'), 'Government regains territory');
  assert.equal(sub('Iraqi troops recaptured Tal Afar, the military said.'), 'Government regains territory');
  assert.equal(sub('M23 rebels seized Bunagana, the Congolese army said.'), 'Non-state actor overtakes territory');
});
