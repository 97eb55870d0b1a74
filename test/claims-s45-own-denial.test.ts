/**
 * A denial of the speaker's own losses, stop 45, with sentences written for these tests in the style
 * of wire reports from several conflicts: "we have suffered no losses", "the ministry said its forces
 * suffered no casualties" count the speaker's own side (a state's voice its forces, an armed group's
 * voice its group), not whoever was counted before nor no one; a denial with another subject ("no
 * one was hurt") is read as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const denials = (text: string) => claimsOfText(text).filter((c) => c.negated).map((c) => `${c.outcome} ${c.party.kind} ${c.party.country}`);

test("a denial whose subject is the speaker or its own people counts the speaker's side", () => {
  // A border clash (Central Asia style), a mountain front (Caucasus style).
  assert.deepEqual(denials("A Kyrgyz border service spokesman said: 'We have suffered no losses.'"), ['killed military KGZ']);
  assert.deepEqual(denials('The Armenian defence ministry said 14 Azerbaijani soldiers were killed in the night and that its forces suffered no losses.'), ['killed military ARM']);
});

test('a denial with another subject is read as before', () => {
  assert.deepEqual(denials('Police said nobody was injured in the explosion.'), ['wounded unknown null']);
  // Harm the speaker denies doing to others is not its own loss.
  assert.ok(!denials('The M23 said it caused no casualties among civilians during its advance on the town.').some((d) => d.startsWith('killed rebel') || d.startsWith('wounded rebel')));
});
