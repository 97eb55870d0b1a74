/**
 * Casualty figures of stop 35, with sentences written for these tests in the style of wire reports:
 * - a person phrase right after a preposition ("according to the police chief", "by a
 *   soldier") is that word's object, the claimant or the agent, never the subject of the casualty
 *   verb in apposition after a comma: "According to the police chief, a teenager was shot" counts
 *   the teenager, a civilian, not a policeman.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`).sort();

test('the object of "according to" is the claimant, not the person hit', () => {
  assert.deepEqual(figures('According to the Kandahar police chief, a teenager was shot dead near the bus station on Monday.'), ['killed 1 civilians']);
  assert.deepEqual(figures('According to the army spokesman, a girl was wounded by shrapnel in Kharkiv.'), ['wounded 1 civilians']);
  assert.deepEqual(figures('According to the district commissioner, a 14-year-old was killed by a stray bullet in Beni.'), ['killed 1 civilians']);
});

