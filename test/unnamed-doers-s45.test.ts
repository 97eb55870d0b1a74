/**
 * Unnamed doers, stop 45: one-sided violence told with no doer ("bodies were found", "a grenade was
 * thrown") was done by someone, whom ACLED codes as an unidentified armed group of the country; and
 * that name says nothing about which group, so two reports do not look alike for sharing it.
 * Sentences written for these tests in the style of reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { reportSignature } from '../src/resolve/signature.ts';
import { article, event } from './store-fixtures.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('bodies found, a grenade thrown: an unidentified armed group did it', () => {
  const bodies = first('The bodies of seven men with gunshot wounds were found dumped on a roadside outside Tegucigalpa on Tuesday, police said.');
  assert.equal(bodies.eventType, 'Violence against civilians');
  assert.equal(bodies.actor1?.name.startsWith('Unidentified Armed Group'), true);
  assert.equal(bodies.actor1?.inter, 3);
  const grenade = first('A grenade hurled into a crowded market in Bujumbura on Friday killed two people and injured 15, police said.');
  assert.equal(grenade.eventType, 'Explosions/Remote violence');
  assert.equal(grenade.actor1?.name.startsWith('Unidentified Armed Group'), true);
});

test('a named doer stays, and a battle gets no invented side', () => {
  assert.equal(first('Al-Shabaab fighters shot dead a village elder in the Lower Shabelle region on Sunday, residents said.').actor1?.name, 'Al Shabaab');
  const fight = first('Heavy fighting broke out near the town on Monday, and no fewer than ten people died, officials said.');
  assert.equal(fight.eventType, 'Battles');
  assert.ok(!fight.actor1?.name.startsWith('Unidentified Armed Group'));
});

test('an unidentified armed group is no shared name between two reports', () => {
  const uag = { name: 'Unidentified Armed Group (Honduras)', kind: 'group' as const, country: 'HND', inter: 3 };
  const sig = reportSignature(article('a', 'Seven bodies were found outside the capital.'), event({ actor1: uag }));
  assert.deepEqual(sig.actors, []);
});
