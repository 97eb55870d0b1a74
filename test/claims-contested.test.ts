import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { claimsOfSentence } from '../src/extract/claims.ts';
import { contradictionsOf, totalsOf, type ClaimLike } from '../src/resolve/reconcile.ts';
import { claim } from './store-fixtures.ts';

// Sentences and figures written for these tests.

const ARMY = { name: 'Military Forces of Ruritania', kind: 'military' as const, country: 'MLI' };
const WATCHDOG = { name: 'Human rights organization', kind: 'organization' as const, country: null };

test('a state\'s "N militants killed" and a third party\'s "M civilians killed" are competing accounts, not added', () => {
  const army: ClaimLike = { ...claim('The army said it killed 150 militants in the village.', {
    low: 150, high: 150, party: { name: 'Rebels', kind: 'rebel', country: null }, claimedBy: ARMY }), articleId: 'a1' };
  const rights: ClaimLike = { ...claim('Witnesses told the group that soldiers shot about 220 civilian men.', {
    low: 220, high: 220, qualifier: 'about', party: { name: 'Civilians', kind: 'civilians', country: null }, claimedBy: WATCHDOG }), articleId: 'a2' };
  const conservative = totalsOf([army, rights], 'conservative').killed;
  assert.deepEqual(conservative, { low: 150, best: 150, high: 220 });
  // The best estimate takes the third party's figure for the civilians.
  assert.equal(totalsOf([army, rights], 'best').killed.best, 220);
  const notes = contradictionsOf([army, rights]).map((c) => c.note);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, /150 rebels.*220 civilians.*not added up/);
});

test('each side counting its own dead, or one claimant giving both figures, still adds up', () => {
  const own = (n: number, country: string, name: string): ClaimLike => ({ ...claim(`${name} said ${n} of its soldiers died.`, {
    low: n, high: n, party: { name, kind: 'military', country }, claimedBy: { name, kind: 'military', country } }), articleId: name });
  assert.equal(totalsOf([own(12, 'ARM', 'Military Forces of Armenia'), own(5, 'AZE', 'Military Forces of Azerbaijan')], 'conservative').killed.best, 17);
  // The army itself telling of militants and of civilians killed: two sets of victims.
  const both: ClaimLike[] = [
    { ...claim('The army said 40 militants and 3 civilians were killed.', { low: 40, high: 40, party: { name: 'Rebels', kind: 'rebel', country: null }, claimedBy: ARMY }), articleId: 'b' },
    { ...claim('The army said 40 militants and 3 civilians were killed.', { low: 3, high: 3, party: { name: 'Civilians', kind: 'civilians', country: null }, claimedBy: ARMY }), articleId: 'b' },
  ];
  assert.equal(totalsOf(both, 'conservative').killed.best, 43);
  assert.equal(contradictionsOf(both).length, 0);
});

function claimsOf(text: string) {
  const d = annotate({ id: 't', title: null, url: null, published: '2022-04-01', outlet: null, byline: null, text });
  return d.sentences.flatMap((_, i) => claimsOfSentence(d, i));
}

test('a region or a person\'s name with a country in it is neither a victim nor that country\'s forces', () => {
  // "Central Mali has been hit": a region, not a person hit.
  assert.deepEqual(claimsOf('Central Mali has been hit by violence by armed groups since 2015.'), []);
  assert.deepEqual(claimsOf('Northern Kenya was hit by floods in May.'), []);
  // "Jordan Smith": a man's name, not Jordan's army.
  const shot = claimsOf('Jordan Smith was shot on Friday outside a store, police said.');
  assert.equal(shot.length, 1);
  assert.equal(shot[0]!.low, 1);
  assert.equal(shot[0]!.party.country, null);
  // A two-word name still counts as one person.
  assert.equal(claimsOf('Maria Lopez was killed on Friday outside a store.')[0]?.low, 1);
});
