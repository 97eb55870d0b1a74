/**
 * Typing and actors, stop 48: stones thrown by an armed or organised group (Israeli settlers,
 * militiamen) at civilians are that militia's violence against civilians, an Attack as ACLED codes it,
 * not a crowd's mob violence; a crowd's stones stay mob violence. And a country's adjective before a
 * civilian place or thing ("Palestinian homes", "Lebanese homes", "Pakistani churches", "Palestinian
 * cars") names where or what was hit, not that country's forces. Sentences written for these tests,
 * in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { primaryEvent } from './primary-event.ts';

const main = (text: string) => {
  const e = primaryEvent(text);
  return [e?.subEventType ?? null, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test("a militia's stones at civilians are an attack, a crowd's mob violence", () => {
  assert.deepEqual(main('Israeli settlers threw stones at Palestinian farmers near Nablus on Friday, injuring three.'),
    ['Attack', 'Settlers (Israel)', 'Civilians (Palestine)']);
  assert.equal(main('Residents stoned a suspected thief to death in Kisumu on Monday.')[0], 'Mob violence');
});

test("a country's adjective before a civilian place names no forces", () => {
  assert.deepEqual(main('Armed settlers attacked Palestinian homes in Turmus Ayya, killing one man.'),
    ['Attack', 'Settlers (Israel)', 'Civilians (Palestine)']);
  assert.equal(main('Suicide bombers struck outside two Pakistani churches in Lahore, killing 15 people.')[2], 'Civilians (Pakistan)');
  assert.notEqual(main('Gunmen opened fire on Armenian homes in the village of Tegh overnight.')[2], 'Military Forces of Armenia');
});
