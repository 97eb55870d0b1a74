/**
 * Casualty claims of stop 43, with sentences written for these tests in the style of wire reports
 * from several conflicts: who claims a figure when an aside stands between the source and its verb,
 * when the source is told in a sentence of its own next to the figure, and whose people a coalition's
 * soldiers are.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const claims = (text: string, outcome: string) => events(text).flatMap((e) => e.claims.filter((c) => c.outcome === outcome));

test('an aside opened by a past participle, a relative word or a preposition does not hide the source', () => {
  const [sudan] = claims('KHARTOUM (Reuters) - The army, backed by air strikes, said it killed 40 fighters of the Rapid Support Forces near El Fasher on Saturday.', 'killed');
  assert.match(sudan?.claimedBy?.name ?? '', /army/);
  const [myanmar] = claims('The junta, which seized power in a coup, said on Monday that 12 resistance fighters were killed in clashes in Sagaing region.', 'killed');
  assert.match(myanmar?.claimedBy?.name ?? '', /junta/);
  const [mali] = claims('BAMAKO (AFP) - The military, in a statement read on state television, said it had killed 25 militants in central Mali on Sunday.', 'killed');
  assert.match(mali?.claimedBy?.name ?? '', /military/);
});
