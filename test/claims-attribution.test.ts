import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { claimsOfSentence } from '../src/extract/claims.ts';

// Who says a figure. Sentences written for these tests.
function claimants(text: string): string[] {
  const d = annotate({ id: 't', title: null, url: null, published: '2022-04-08', outlet: null, byline: null, text });
  return d.sentences.flatMap((_, i) => claimsOfSentence(d, i)).map((c) => `${c.outcome} ${c.low} by ${c.claimedBy?.name ?? '-'}`);
}

test('a source after its verb counts only where it ends the clause', () => {
  assert.deepEqual(claimants('Four people were killed when a bus hit a mine near the border, said police on Sunday.'), ['killed 4 by Police Forces']);
  // The people after "said" are what is reported, not who reports it.
  const cs = claimants('The regional governor said five children were among those killed in the strike.');
  assert.ok(cs.length >= 1);
  for (const c of cs) assert.doesNotMatch(c, /by Civilians/);
});

test('a named person with a title in apposition is the claimant', () => {
  assert.deepEqual(claimants('Marta Ilves, the governor of the eastern region, said 14 people were wounded.'),
    ['wounded 14 by Marta Ilves (governor of the eastern region)']);
  // Without a title, an apposition names no source.
  assert.deepEqual(claimants('Marta Ilves, a teacher from the town, said 14 people were wounded.'), ['wounded 14 by -']);
});
