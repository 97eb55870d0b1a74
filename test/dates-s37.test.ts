/**
 * A day told in the relative clause of the event's word ("fighting that broke out on Wednesday") is
 * the event's, not a nearer day of the sentence's main verb ("traded accusations on Saturday over …").
 * Sentences written for this test in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const dated = (text: string, sub: string, published: string) =>
  processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).find((e) => e.subEventType === sub)?.date.start ?? null;

test('a day in the relative clause of the fight dates the fight', () => {
  // Sunday 14 May 2023: Wednesday is the 10th, Saturday the 13th.
  const text = 'Sudan and South Sudan traded accusations on Saturday over fighting that erupted on Wednesday near the disputed Abyei area and killed at least 20 people.';
  assert.equal(dated(text, 'Armed clash', '2023-05-14'), '2023-05-10');
  assert.equal(dated(text, 'Accusation', '2023-05-14'), '2023-05-13');
  assert.equal(dated('The UN on Friday condemned clashes which broke out late on Monday between Fulani and Dogon militias in central Mali, killing 12.', 'Armed clash', '2023-05-14'), '2023-05-08');
  // Not a clause of saying: "said on Monday" is when it was said, the fight keeps the main verb's day.
  assert.equal(dated('Troops repulsed an attack on Thursday in clashes that officials said on Monday had killed nine rebels.', 'Armed clash', '2023-05-16'), '2023-05-11');
});

test('the night of one day to the next is a span from the first day, not a time of day with no date', () => {
  // Published Saturday 16 September 2023.
  const e = processArticle({ id: 't', title: null, url: null, published: '2023-09-16', outlet: null, byline: null,
    text: 'On the night of 12 to 13 September, Azerbaijani troops shelled Armenian positions near Sotk, the Armenian defence ministry said.' }).find((x) => !x.background);
  assert.equal(e?.date.start, '2023-09-12');
  assert.equal(e?.date.end, '2023-09-13');
  assert.equal(dated('During the night of 9 to 10 September, heavy fighting left dozens dead near Bakhmut, Ukrainian officials said.', 'Armed clash', '2023-09-16'), '2023-09-09');
});
