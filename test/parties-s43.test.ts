/**
 * Parties and named groups of stop 43, with sentences written for these tests: rangers (Thailand's
 * paramilitary rangers, wildlife rangers of a state service) are state forces, not civilians; a
 * movement's fighters named by its adjective ("Ambazonian fighters") are that movement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"wounding four rangers": the wounded are state forces', () => {
  const e = first('Suspected insurgents set off a bomb beside a road in Narathiwat province on Tuesday, wounding four rangers on patrol.');
  const w = e.claims.find((c) => c.outcome === 'wounded')!;
  assert.equal(w.party.kind, 'military', JSON.stringify(w.party));
  const ke = first('Two rangers were shot dead by poachers in a national park in Laikipia county on Friday.');
  assert.notEqual(ke.claims.find((c) => c.outcome === 'killed')?.party.kind, 'civilians');
});

test('"Ambazonian fighters" are the Ambazonian separatists', () => {
  const e = first('Ambazonian fighters abducted 30 pupils from a school in Kumbo on Monday, local officials said.');
  assert.equal(e.actor1?.name, 'Ambazonian Separatists');
});
