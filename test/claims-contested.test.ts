import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictionsOf, totalsOf, type ClaimLike } from '../src/resolve/reconcile.ts';
import { claim } from './store-fixtures.ts';
import { claimsOfText } from './claims-of-text.ts';
import { extractEvents } from '../src/pipeline.ts';

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

const claimsOf = (text: string) => claimsOfText(text, '2022-04-01');

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

test('a breakdown from another article ("five children were among those killed") is part of the toll, not a rival figure', () => {
  const toll: ClaimLike = { ...claim('Officials said at least 40 civilians were killed at the bus station.', {
    low: 40, high: null, qualifier: 'at_least', party: { name: 'Civilians', kind: 'civilians', country: null }, claimedBy: { name: 'Government of Ruritania', kind: 'government', country: 'MLI' } }), articleId: 'a1' };
  const part: ClaimLike = { ...claim('The governor said four children were among those killed.', {
    low: 4, high: 4, party: { name: 'Civilians', kind: 'civilians', country: null }, claimedBy: { name: 'Governor', kind: 'official', country: null }, breakdown: true }), articleId: 'a2' };
  assert.deepEqual(totalsOf([toll, part], 'conservative').killed, { low: 40, best: 40, high: null });
  assert.deepEqual(contradictionsOf([toll, part]), []);
  // Alone, the breakdown is the only figure there is.
  assert.equal(totalsOf([part], 'conservative').killed.best, 4);
});

test('a denial is about everyone: it does not take the party of the figure before it', async () => {
  const { extractEvents } = await import('../src/pipeline.ts');
  const events = extractEvents({ id: 'd', title: null, url: null, published: '2021-11-18', outlet: null, byline: null,
    text: 'Three Georgian soldiers were killed in the shelling of the border post on Tuesday, the ministry said. No casualties were reported in a second incident overnight.' });
  const denial = events.flatMap((e) => e.claims).find((c) => c.negated);
  assert.ok(denial, 'the denial is kept');
  assert.notEqual(denial!.party.country, 'GEO');
});

test('a figure told after a dispute of another ("contest that figure, saying …") is a rival account of the same dead, not more dead', () => {
  const cases = [
    ['Troops killed 22 separatist fighters in raids on their camps near the town, the army said on Monday. Villagers contest that figure, saying 13 civilians were killed.', 13, 22],
    ['Police said 40 gang members died in the shootout. Residents rejected the police account, saying 18 of the dead were unarmed bystanders.', 18, 40],
    ['The military said its air strike killed 35 militants. Local officials disputed the army\'s figures, telling reporters that 12 farmers were killed in their fields.', 12, 35],
  ] as const;
  for (const [text, low, high] of cases) {
    const e = extractEvents({ id: 't', title: null, url: null, published: '2024-03-04', outlet: null, byline: null, text }).find((x) => !x.background)!;
    assert.equal(e.fatalities, low, text);
    assert.deepEqual([e.totals.killed.low, e.totals.killed.high], [low, high], text);
    assert.ok(e.claims.some((c) => c.disputes && c.low === low), 'the rival figure points at the one it disputes');
  }
  // Without a dispute the two figures are different people, and add up.
  const both = extractEvents({ id: 't', title: null, url: null, published: '2024-03-04', outlet: null, byline: null,
    text: 'Troops killed 22 separatist fighters in raids on their camps near the town, the army said on Monday. Villagers said 13 civilians were also killed in the raids.' }).find((x) => !x.background)!;
  assert.equal(both.totals.killed.best, 35);
});
