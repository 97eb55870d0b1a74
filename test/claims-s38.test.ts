/**
 * Casualty figures of stop 38, with sentences written for these tests in the style of wire reports:
 * a word of hurt that has no active reading of its own ("struck", "hit", "grazed") is active when an
 * object follows without "was/were": its subject (a bomber, a gunman, a shell) hurt no one of its
 * own, and its object, when people, was hurt ("a shell struck two children"); a building, a vehicle
 * or a possessive's thing ("a neighbour's window") is no one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Figures of the current events' claims of one outcome. */
const figures = (text: string, outcome: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));
const all = (text: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.map((c) => `${c.outcome} ${c.low}`));

test('the subject of "struck" or "hit" with an object is who struck, no one hurt', () => {
  assert.deepEqual(all('A suicide bomber struck a police checkpoint in Kandahar province on Tuesday.'), []);
  assert.deepEqual(all('A gunman hit the convoy near the market of Gao before fleeing, officials said.'), []);
  assert.deepEqual(all('A stray shell struck a neighbour\'s house in Donetsk late on Monday.'), []);
  // The dead told after it are still read.
  assert.deepEqual(figures('A suicide bomber struck a police checkpoint in Kandahar on Tuesday, killing four policemen.', 'killed'), [4]);
});

test('the people a word of hurt strikes are those hurt', () => {
  assert.deepEqual(figures('A mortar round struck two children playing near their home in Marib, medics said.', 'killed_or_wounded'), [2]);
  assert.deepEqual(figures('Police said a stray bullet struck a woman hanging laundry in Cite Soleil.', 'killed_or_wounded'), [1]);
  // The object's words still decide: a passive is read as before.
  assert.deepEqual(figures('A boy was struck by a stray bullet in Port-au-Prince on Sunday.', 'killed_or_wounded'), [1]);
});
