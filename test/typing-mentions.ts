import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { happened, type EventMention } from '../src/extract/mention.ts';
import { detectEventMentions } from '../src/extract/typing/index.ts';

/** The typed event mentions of a text written for the tests, read as the pipeline reads it (its real sentence splitter and token layer). */
export function mentionsOf(text: string): EventMention[] {
  return detectEventMentions(annotate({ id: 't', title: null, url: null, published: '2021-11-17', outlet: null, byline: null, text }));
}

/** The sub-type of a text's first mention that tells something that happened, or 'none'. */
export const subTypeOf = (text: string) => mentionsOf(text).find(happened)?.subEventType ?? 'none';

export type Rows = readonly (readonly [string, string])[];
/** One test per case of a principle; each also checks the principle's limits (`guards`, the readings
 *  it must leave alone), so that a test fails when the principle is missing and when it overreaches. */
export function typingCases(principle: string, rows: Rows, guards: Rows = []) {
  for (const [text, want] of rows) test(`${principle} — ${text.slice(0, 70)}`, () => {
    assert.equal(subTypeOf(text), want);
    for (const [g, gw] of guards) assert.equal(subTypeOf(g), gw, g);
  });
}
