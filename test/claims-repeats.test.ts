import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FoundClaim } from '../src/extract/claims/index.ts';
import { extractEvents } from '../src/pipeline.ts';
import { computeTotals } from '../src/extract/totals.ts';
import type { Actor, Claim } from '../src/record/schema.ts';
import { mergeReports, type Report } from '../src/resolve/merge.ts';
import { totalsOf, type ClaimLike } from '../src/resolve/reconcile.ts';
import { article, claim, event } from './store-fixtures.ts';
import { claimsOfText } from './claims-of-text.ts';

// Session 10: running totals beyond "toll", a side-less repeat of one side's figure, and an event's
// two sides after merging. Every sentence here is written for these tests.

const claims = (text: string): FoundClaim[] => claimsOfText(text, '2021-11-18');
const brief = (c: FoundClaim) => `${c.outcome} ${c.low} ${c.party.kind}:${c.party.country ?? '-'}${c.runningTotal ? ' running' : ''}`;

test('"the number of … killed had risen to six" is a running total of its party, claimed by the speaker', () => {
  const cs = claims("Georgia's defence ministry said the number of its soldiers killed in the clashes near the pass had risen to six.");
  assert.deepEqual(cs.map(brief), ['killed 6 military:GEO running']);
  assert.equal(cs[0]!.claimedBy?.country, 'GEO');
  // The total of a report that also gave an earlier figure is the running one, not the sum.
  const two = claims('Two Georgian soldiers were killed on Monday. The ministry said the number of Georgian soldiers killed had risen to six.');
  assert.equal(computeTotals(two).totals.killed.best, 6);
});

test('"bringing the number of dead to 12", "the death count climbed to 9", "the toll from … rose to 15"', () => {
  const bring = claims('A second blast hit the market on Friday, bringing the number of dead to 12.');
  assert.deepEqual(bring.map(brief), ['killed 12 unknown:- running']);
  const injured = claims('Medics said the attack on the depot injured four more guards, bringing the number of people injured to 31.');
  const last = injured[injured.length - 1]!;
  assert.equal(`${last.outcome} ${last.low} ${last.runningTotal}`, 'wounded 31 true');
  assert.equal(computeTotals(injured).totals.wounded.best, 31);
  assert.deepEqual(claims('The death count climbed to 9 on Sunday.').map(brief), ['killed 9 unknown:- running']);
  assert.deepEqual(claims("The death toll from Saturday's raid on the river port rose to 15.").map(brief), ['killed 15 unknown:- running']);
  // "a number of people" is a vague count, not a total; a figure before the verb is not the total.
  assert.ok(claims('A number of people were killed in the raid.').every((c) => !c.runningTotal));
  assert.deepEqual(claims('The number of people killed in the 2 raids is not known.'), []);
});

test('a number word before a casualty word counts like digits: "seven killed and ten wounded"', () => {
  const cs = claims('The ministry later said seven Georgian soldiers had been killed and ten wounded in the fighting.');
  assert.deepEqual(cs.map(brief), ['killed 7 military:GEO', 'wounded 10 military:GEO']);
});

test('a side-less figure repeating one side\'s figure is the same claim, in one article and across articles', () => {
  const text = 'Azerbaijani and Armenian troops clashed near the lake on Tuesday. Baku said 13 Azerbaijani servicemen had been captured. '
    + 'Azerbaijani officials said on Wednesday that 13 soldiers captured by Armenian forces remained in custody.';
  const [ev] = extractEvents(article('a1', text, { published: '2021-11-18' }));
  assert.ok(ev);
  const caps = ev!.claims.filter((c) => c.outcome === 'captured');
  // Its repeat, told by that state's officials of unmarked soldiers, is the same figure of their own side: one claim.
  assert.deepEqual(caps.map((c) => c.party.country), ['AZE']);
  assert.equal(caps[0]!.repeatedIn?.length, 1);
  assert.equal(ev!.totals.captured.best, 13);
  // Merged reports: "13 soldiers" (no side) restates "13 Armenian servicemen".
  const named = claim('13 Armenian servicemen had been captured', { outcome: 'captured', low: 13, high: 13, party: { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM' } });
  const bare = claim('13 soldiers captured by Azerbaijani forces', { outcome: 'captured', low: 13, high: 13, party: { name: 'Military Forces', kind: 'military', country: null }, claimedBy: { name: 'Government of Armenia', kind: 'government', country: 'ARM' } });
  const merged: ClaimLike[] = [{ ...named, articleId: 'x' }, { ...bare, articleId: 'y' }];
  assert.equal(totalsOf(merged, 'conservative').captured.best, 13);
  // When both sides gave that figure, the bare one cannot be placed: it stays apart.
  const other = claim('13 Azerbaijani soldiers had been captured', { outcome: 'captured', low: 13, high: 13, party: { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE' } });
  assert.equal(totalsOf([...merged, { ...other, articleId: 'z' }], 'conservative').captured.best, 39);
  // A different figure is not a repeat.
  assert.equal(totalsOf([{ ...named, articleId: 'x' }, { ...bare, low: 4, high: 4, articleId: 'y' }], 'conservative').captured.best, 17);
});

test('a state\'s later running total supersedes its earlier figure; a denial elsewhere does not erase it', () => {
  const arm = (name: string, kind: Claim['party']['kind']) => ({ name, kind, country: 'ARM' });
  const party = arm('Military Forces of Armenia', 'military');
  const cs: ClaimLike[] = [
    { ...claim('one Armenian soldier was killed', { party, claimedBy: arm('Armenia', 'state') }), articleId: 'a' },
    { ...claim('the number of its soldiers killed had risen to six', { low: 6, high: 6, runningTotal: true, party, claimedBy: arm('Ministry of Defence of Armenia', 'military') }), articleId: 'b' },
    { ...claim('No casualties were reported.', { low: 0, high: 0, negated: true, party }), articleId: 'b' },
  ];
  const t = totalsOf(cs, 'conservative').killed;
  assert.equal(t.best, 6);
  assert.equal(t.low, 0);
});

test('merged sides differ: reports that swap the sides or name one generically give the best-supported pair', () => {
  const AZE: Actor = { name: 'Military Forces of Azerbaijan', kind: 'military', country: 'AZE', inter: 1 };
  const ARM: Actor = { name: 'Military Forces of Armenia', kind: 'military', country: 'ARM', inter: 1 };
  const ANY: Actor = { name: 'Military Forces', kind: 'military', country: null, inter: 1 };
  const r = (id: string, a1: Actor | null, a2: Actor | null, direction: 'actor1_on_actor2' | 'mutual' = 'mutual'): Report => ({ articleId: id, event: event({ actor1: a1, actor2: a2, direction }) });
  const reports = [r('y', AZE, ARM, 'actor1_on_actor2'), r('b', ARM, AZE), r('c', null, ANY), r('t', ANY, AZE)];
  const ev = mergeReports('E', reports, []);
  assert.equal(ev.actor1?.name, AZE.name);
  assert.equal(ev.actor2?.name, ARM.name);
  assert.equal(ev.direction, 'actor1_on_actor2');
  // No report names two sides: each end by its own majority, never the same actor twice.
  const lone = mergeReports('F', [r('1', AZE, null), r('2', null, AZE), r('3', null, ARM), r('4', null, AZE)], []);
  assert.equal(lone.actor1?.name, AZE.name);
  assert.equal(lone.actor2?.name, ARM.name);
  // The order follows the reports that say who acted on whom.
  const swapped = mergeReports('G', [r('1', ARM, AZE), r('2', AZE, ARM, 'actor1_on_actor2')], []);
  assert.equal(swapped.actor1?.name, AZE.name);
});
