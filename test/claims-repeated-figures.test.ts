import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText, processArticle } from '../src/index.ts';
import type { Claim } from '../src/record/schema.ts';

// Issue 14, item 4: one figure, one claim. The same figure of the same people told in the lead, a
// caption and a quote is one claim with all its quotes; two claimants who give it stay two claims.
// Reports written for these tests in the manner of wire copy.

const claimsOf = (text: string): Claim[] => processArticle(articleFromText(text, { id: 'a', published: '2024-05-02' })).flatMap((e) => e.claims);

test('a figure told in the lead and again in a later paragraph is one claim with both quotes', () => {
  const text = 'A drone strike on a house in North Waziristan killed seven people on Wednesday, security officials said.\n\n'
    + 'The house was hit shortly after midnight.\n\n'
    + 'Seven people were killed in the strike, the officials said.';
  const killed = claimsOf(text).filter((c) => c.outcome === 'killed');
  assert.equal(killed.length, 1);
  assert.equal(killed[0]!.low, 7);
  assert.equal(killed[0]!.repeatedIn?.length, 1);
  assert.match(killed[0]!.repeatedIn![0]!.text, /^Seven people were killed/);
  assert.equal(text.slice(killed[0]!.repeatedIn![0]!.start, killed[0]!.repeatedIn![0]!.end), killed[0]!.repeatedIn![0]!.text);
});

test('the merged claim keeps the claimant that one of the tellings names', () => {
  const text = 'Fighting near Bakhmut killed 12 Ukrainian soldiers on Monday.\n\nUkraine\'s defence ministry said 12 Ukrainian soldiers were killed.';
  const killed = claimsOf(text).filter((c) => c.outcome === 'killed');
  assert.equal(killed.length, 1);
  assert.equal(killed[0]!.claimedBy?.country, 'UKR');
});

test('two claimants who give the same figure stay two claims', () => {
  const text = 'Azerbaijan said seven Azerbaijani soldiers were killed in the shelling of its positions on Sunday.\n\n'
    + 'Armenia also said seven Azerbaijani soldiers were killed.';
  const killed = claimsOf(text).filter((c) => c.outcome === 'killed' && c.low === 7);
  assert.deepEqual(killed.map((c) => c.claimedBy?.country).sort(), ['ARM', 'AZE']);
});

test('different people with the same figure stay apart: five soldiers and five civilians', () => {
  const cs = claimsOf('Shelling of the village killed five soldiers and five civilians on Tuesday, officials in Donetsk said.');
  assert.equal(cs.filter((c) => c.outcome === 'killed' && c.low === 5).length, 2);
});
