/**
 * A relative clause after a list of single people, stop 44, with sentences written for these tests in
 * the style of wire reports from several conflicts: "wounding a nurse and a soldier who later died"
 * tells one dead (the last person) and one wounded, not two dead; a plural verb ("who were taken to
 * hospital") tells of them all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low}`).sort();

test('"who later died" after a list of single people is the last person only', () => {
  // A checkpoint in the Sahel, a market in South Asia, a convoy in the Horn.
  assert.deepEqual(figures('Gunmen attacked a checkpoint on Monday, injuring a schoolboy and a gendarme who died later that night, the ministry said.'), ['killed 1', 'wounded 1']);
  assert.deepEqual(figures('The bomb went off near the bus stand, injuring a shopkeeper and a policeman who died in hospital on Tuesday.'), ['killed 1', 'wounded 1']);
  assert.deepEqual(figures('Militants ambushed the convoy near the border, wounding a driver, a soldier and a nurse who later succumbed, officials said.'), ['killed 1', 'wounded 2']);
  // A plural verb after the list tells of them all.
  assert.deepEqual(figures('The blast wounded a policeman and a boy who were later taken to hospital.'), ['wounded 2']);
});
