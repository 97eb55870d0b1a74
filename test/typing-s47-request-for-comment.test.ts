/**
 * Typing, stop 47: wire copy ends many stories with a reporter's request for comment that a side
 * did not answer; that is no request for help and no event. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const subs = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-09-02', outlet: null, byline: null, text }).map((e) => e.subEventType);

test("a reporter's unanswered request for comment is no event", () => {
  assert.deepEqual(subs('The M23 did not immediately respond to a request for comment.'), []);
  assert.deepEqual(subs("A spokesman for the junta did not reply to Reuters' requests for comment on Friday."), []);
});

test('a government that asks another for military help still makes a request', () => {
  assert.deepEqual(subs('The government of Mozambique requested military assistance from Rwanda on Monday.'), ['Request for help']);
});
