import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { backgroundAt } from '../src/extract/background.ts';

// backgroundAt finds a sentence's background cues once (a sentence layer) and then answers for any
// word of it. The verdicts must not depend on which word was asked about first: every word of every
// sentence, asked in text order on one Doc and in reverse order on a fresh Doc, gets the same answer.

const TEXT = [
  'Shelling killed four soldiers near the front line on Tuesday, the defence ministry said.',
  'The 1990s war over the region killed about 30,000 people and displaced a million.',
  'In the 44-day war last year, at least 6,500 people were killed.',
  'Since the fighting began in March, more than 1,100 people have been killed.',
  'It was the worst fighting since last year\'s war that killed 6,500.',
  'The two sides later returned the bodies of 20 soldiers.',
  'As we reported in July, two children were found dead in the village.',
].join(' ');

function allVerdicts(order: 'forward' | 'reverse'): Map<string, unknown> {
  const doc = annotate({ id: 't', title: null, url: null, published: '2021-10-06', outlet: null, byline: null, text: TEXT });
  const asks: [number, number][] = [];
  doc.sentences.forEach((s, si) => { for (let at = 0; at <= s.tokens.length; at++) asks.push([si, at]); });
  if (order === 'reverse') asks.reverse();
  const out = new Map<string, unknown>();
  for (const [si, at] of asks) {
    const v = backgroundAt(doc, si, at);
    out.set(`${si}:${at}`, { background: v.background, date: v.date && { start: v.date.start, end: v.date.end, date: v.date.date } });
  }
  return out;
}

test('background verdicts do not depend on the order words are asked about (cues found once per sentence)', () => {
  const forward = allVerdicts('forward');
  const reverse = allVerdicts('reverse');
  assert.equal(forward.size, reverse.size);
  for (const [k, v] of forward) assert.deepEqual(reverse.get(k), v, `verdict at ${k}`);
  // The texts hold background and current words both: the comparison is not of all-false answers.
  const values = [...forward.values()] as { background: boolean }[];
  assert.ok(values.some((v) => v.background) && values.some((v) => !v.background));
});

test('a handover of bodies makes its whole sentence background; a current report stays current', () => {
  const doc = annotate({ id: 't', title: null, url: null, published: '2021-10-06', outlet: null, byline: null, text: TEXT });
  const handover = doc.sentences.findIndex((s) => s.text.includes('returned the bodies'));
  for (let at = 0; at < doc.sentences[handover]!.tokens.length; at++) assert.equal(backgroundAt(doc, handover, at).background, true);
  assert.equal(backgroundAt(doc, 0, 1).background, false);
});
