/**
 * Stop 48's typing and actor rules held to what they must not take: a capture told with a later
 * release in a clause of its own is still an abduction; people freed by their kidnappers are a
 * release whoever they are; aid trucks seized are property; a clash over a succession is no mere
 * clash of words; "pro-government forces" are a state's forces. Sentences from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text) ?? null;
const sub = (text: string) => main(text)?.subEventType ?? null;

test('a capture whose release is told in a relative or joined clause is still an abduction', () => {
  assert.equal(sub('Gunmen kidnapped 30 students who were released on Friday after their parents paid a ransom.'), 'Abduction/forced disappearance');
  assert.equal(sub('Bandits abducted two girls in Zamfara state, who were freed days later.'), 'Abduction/forced disappearance');
  assert.equal(sub('Militants abducted six truck drivers near Kidal and two were released on Sunday.'), 'Abduction/forced disappearance');
});

test('people freed by their kidnappers, or after their abduction, are a release', () => {
  assert.equal(sub('Kidnappers freed the pastor in Enugu after a ransom was paid.'), 'Agreement');
  assert.equal(sub('The abducted aid workers were released unharmed in Tillaberi, officials said.'), 'Agreement');
  assert.equal(sub('The kidnappers released two Colombian engineers in Cauca after weeks of talks.'), 'Agreement');
});

test('aid trucks seized are property, not a place or nothing', () => {
  assert.equal(sub('Houthi rebels seized WFP trucks in Hodeidah on Monday.'), 'Looting/property destruction');
  assert.equal(sub('Gunmen seized aid trucks near Nyala on Tuesday.'), 'Looting/property destruction');
});

test('a clash over a succession between rival groups stays an event', () => {
  assert.equal(sub('Rival groups in Bawku clashed over the appointment of a new chief on Monday.'), 'Mob violence');
  assert.equal(sub('Opposition and ruling party supporters clashed over the speakership in Juba.'), 'Mob violence');
});

test('pro-government forces are the state forces of the country', () => {
  assert.equal(main('Pro-government forces loyal to President Hadi retook the town of Hazm.')?.actor1?.name, 'Military Forces of Yemen');
  assert.equal(main('Pro-government forces shelled rebel positions in Taiz on Sunday.')?.actor1?.name, 'Military Forces of Yemen');
});
