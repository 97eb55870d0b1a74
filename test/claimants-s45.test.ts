/**
 * Claimants of stop 45, with sentences written for these tests in the style of wire reports from
 * several border wars: "with X reporting N … and Y saying M" gives each voice its own figure (an
 * "and" after a figure joins two voices' clauses); "reporting" attributes only a figure or a "that"
 * (not "journalists reporting the event", "reporting for" an outlet).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const claims = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text })
    .flatMap((e) => e.claims.map((c) => [c.low, c.claimedBy?.name ?? null] as const));

test('"with X reporting N and Y saying M": each figure is its own voice\'s', () => {
  assert.deepEqual(claims('Kyrgyz and Tajik border guards clashed near the border on Wednesday, with Kyrgyz officials reporting 24 dead on their side and Dushanbe saying 10 of its citizens were killed.'),
    [[24, 'Kyrgyz officials'], [10, 'Government of Tajikistan']]);
  assert.deepEqual(claims('Fighting flared along the frontier on Sunday, with the Armenian defence ministry reporting 15 soldiers killed and Baku saying seven of its troops had died.'),
    [[15, 'Ministry of Defence of Armenia'], [7, 'Government of Azerbaijan']]);
  // Two bodies joined by "and" with no figure between them are still one voice.
  assert.deepEqual(claims('Ten soldiers were killed in the ambush, military and hospital officials said on Monday.'), [[10, 'military and hospital officials']]);
});

test('"reporting" with no figure after it attributes nothing', () => {
  const [, who] = claims('Journalists reporting the rally were beaten by supporters of the ruling party, and three of them were hurt, police said.')[0] ?? [];
  assert.equal(who, 'police');
  assert.deepEqual(claims('[Inconsistent reporting] A rebel commander was killed along with four of his guards.').map(([, by]) => by).filter(Boolean), []);
});
