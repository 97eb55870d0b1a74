/**
 * Two readings of one fight merged: an unnamed force ("the soldiers", "police") beside a named one of
 * its kind ("Kenya Defence Forces") is that force, one side, never both sides of the event; the other
 * side comes from the other reading. Drafts shaped as the event stage makes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../src/record/schema.ts';
import type { Draft } from '../src/extract/events/draft.ts';
import { merge } from '../src/extract/events/merge.ts';
import { oneSide } from '../src/extract/sides.ts';

const actor = (name: string, kind: Actor['kind'], country: string | null, inter: number | null): Actor => ({ name, kind, country, inter });
const draft = (actor1: Actor | null, actor2: Actor | null): Draft => ({
  subEventType: 'Armed clash', eventType: 'Battles', background: false, score: 10, order: 0, sentences: [0], evidence: [],
  date: null, anchors: [], actor1, actor2, associated: [], mediator: null, assertedBy: null, allAttributed: false, claims: [],
  direction: 'mutual', relay: null,
});

test('an unnamed force beside the named force of its kind is one side; the other reading gives the second side', () => {
  const army = actor('Military Forces of Uganda', 'military', 'UGA', 1);
  const soldiers = actor('Military Forces', 'military', null, 1);
  const adf = actor('ADF: Allied Democratic Forces', 'rebel', 'COD', 2);
  const into = draft(army, soldiers);
  merge(into, draft(soldiers, adf));
  assert.deepEqual([into.actor1?.name, into.actor2?.name], [army.name, adf.name]);
});

test('one side: the same name, or state forces of one kind of which one has no country; not two countries\' forces', () => {
  const police = actor('Police Forces', 'police', null, 1);
  assert.equal(oneSide(police, actor('Police Forces of Nigeria', 'police', 'NGA', 1)), true);
  assert.equal(oneSide(actor('Military Forces of India', 'military', 'IND', 1), actor('Military Forces of Pakistan', 'military', 'PAK', 1)), false);
  // A police force and an army are two sides even when one is unnamed.
  assert.equal(oneSide(police, actor('Military Forces of Nigeria', 'military', 'NGA', 1)), false);
  // Two unnamed rebel groups are not known to be one.
  assert.equal(oneSide(actor('Unidentified Armed Group', 'rebel', null, 2), actor('Islamic State (West Africa)', 'rebel', 'NGA', 2)), false);
});
