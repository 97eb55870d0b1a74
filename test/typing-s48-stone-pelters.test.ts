/**
 * Typing and actors, stop 48: "stone pelters", "stone throwers" and "stone pelting" name a rioting
 * crowd (ACLED's rioters), not an armed group: their clash with police or troops is a riot (a violent
 * demonstration), not an armed clash. Sentences written for these tests, in the style of reports from
 * several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => primaryEvent(text);

test('stone pelters who clash with forces riot', () => {
  const e = main('Stone pelters clashed with police in Srinagar after Friday prayers, officials said.');
  assert.equal(e?.subEventType, 'Violent demonstration');
  assert.equal(e?.actor1?.name, 'Rioters (India)');
  assert.equal(main('Stone throwers clashed with Israeli troops near the checkpoint in Hebron on Friday.')?.eventType, 'Riots');
  assert.equal(main('Stone pelting was reported in Sopore town after the funeral of a militant.')?.eventType, 'Riots');
});
