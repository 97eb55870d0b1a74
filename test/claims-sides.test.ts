import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText, processArticle } from '../src/index.ts';
import type { Claim } from '../src/record/schema.ts';

// Issue 14, item 2: whose people a figure counts, with country. Figures whose words name no
// country take the event's (the sides stage after places); "people" stays kind unknown; plural and
// sovereign demonyms ("Frenchmen", "Indian soldiers"). Sentences written for these tests in the
// manner of wire copy from several wars.

const claimsOf = (text: string): Claim[] => processArticle(articleFromText(text, { id: 'a', published: '2024-05-02' })).flatMap((e) => e.claims);
const party = (c: Claim) => `${c.outcome} ${c.low} ${c.party.kind}:${c.party.country ?? '-'}`;

test('people of the place: "22 people" killed in a Nigerian village are of Nigeria, kind unknown, not civilians', () => {
  const cs = claimsOf('Gunmen killed 22 people in an attack on a village in Borno State, Nigeria, on Sunday.');
  assert.deepEqual(cs.map(party), ['killed 22 unknown:NGA']);
  assert.equal(cs[0]!.party.name, 'People');
});

test('"14 people" killed and "30" wounded by an airstrike on a market in Taiz are Yemen\'s', () => {
  assert.deepEqual(claimsOf('An airstrike on a market in Taiz killed 14 people and wounded 30, local officials said.').map(party), ['killed 14 unknown:YEM', 'wounded 30 unknown:YEM']);
});

test('side-less soldiers are the one state\'s, and so is "the army" that reports them', () => {
  const cs = claimsOf('Twelve soldiers were killed in an ambush near Mopti in central Mali, the army said on Tuesday.');
  assert.deepEqual(cs.map(party), ['killed 12 military:MLI']);
  assert.equal(cs[0]!.party.name, 'Military Forces of Mali');
  assert.equal(cs[0]!.claimedBy?.country, 'MLI');
});

test('when two states fight, side-less soldiers stay side-less', () => {
  assert.deepEqual(claimsOf('Armenian and Azerbaijani forces clashed on the border on Tuesday and five soldiers were killed, officials said.').map(party), ['killed 5 military:-']);
});

test('a bare plural demonym counts that side\'s people: "1,200 Iraqis" (kind unknown), "two Frenchmen" are France\'s', () => {
  assert.deepEqual(claimsOf('Iran said 1,200 Iraqis were killed or wounded in fighting east of Basra.').map(party), ['killed_or_wounded 1200 unknown:IRQ']);
  assert.deepEqual(claimsOf('Two Frenchmen were killed when their convoy hit a mine near Gao, the French defence ministry said.').map(party), ['killed 2 unknown:FRA']);
  // "Indian" is India's, not a territory's that shares the demonym.
  assert.deepEqual(claimsOf('Pakistani shelling killed four Indian soldiers in Kashmir, an army spokesman said.').map(party), ['killed 4 military:IND']);
});

test('a denial is about everyone: it takes no side from the place', () => {
  const cs = claimsOf('Rebels shelled the outskirts of Goma on Monday. No casualties were reported.');
  for (const c of cs.filter((x) => x.negated)) assert.equal(c.party.country, null);
  assert.ok(cs.some((c) => c.negated));
});

test('breakdowns stay breakdowns, and groups of different parties are not summed: "including 31 militants and two members of a peace committee"', () => {
  const cs = claimsOf('Fighting in Bajaur in the past week has claimed at least 50 lives, including 31 militants and two members of a government-backed peace committee, officials said.');
  assert.deepEqual(cs.map((c) => `${party(c)}${c.breakdown ? ' breakdown' : ''}`), ['killed 50 unknown:PAK', 'killed 31 rebel:PAK breakdown', 'killed 2 unknown:PAK breakdown']);
  const ev = processArticle(articleFromText('Fighting in Bajaur in the past week has claimed at least 50 lives, including 31 militants and two members of a government-backed peace committee, officials said.', { id: 'a', published: '2024-05-02' }))[0]!;
  assert.equal(ev.totals.killed.best, 50);
});
