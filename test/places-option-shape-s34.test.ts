import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { articleMentions } from '../src/places/context.ts';

// Readings of every kind (a town, a first-level unit, a country, a border, a Kenyan county) come out
// with the same fields in the same order: one hidden class for the functions that read them, which
// V8 otherwise deoptimizes and compiles again as each new kind turns up (a speed matter only; see
// oneShape in src/places/readings.ts).
const TEXT = 'Militants attacked a market in Kaduna state, Nigeria, on Friday. Troops were sent to Garissa County '
  + 'and to the Somali border, while shelling hit Bakhmut in Ukraine.';

test('readings of every kind share one set of fields, in one order', () => {
  const ctx = articleMentions(annotate({ id: 'o', title: null, url: null, published: null, outlet: null, byline: null, text: TEXT }));
  const opts = ctx.mentions.flatMap((x) => x.opts);
  const kinds = new Set(opts.map((o) => o.kind));
  for (const k of ['town', 'admin1', 'country', 'border', 'county']) assert.ok(kinds.has(k as never), `a reading of kind ${k} among ${[...kinds].join(', ')}`);
  const shapes = new Set(opts.map((o) => Object.keys(o).join(',')));
  assert.equal(shapes.size, 1, [...shapes].join('\n'));
});
