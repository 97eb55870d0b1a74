import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { articleMentions } from '../src/places/context.ts';
import { findMentions } from '../src/places/mentions.ts';

// Mentions of every kind (a dateline, a name, a hyphenated road's ends, an abbreviation after a
// place, an alias phrase, a border) come out with the same fields in the same order: one hidden class
// for the functions that read them, which V8 otherwise deoptimizes on every new shape (a speed
// matter only; see oneShape in src/places/mentions.ts).
const TEXT = 'NAIROBI, Kenya (Reuters) - Gunmen attacked a bus near the Eldoret-Kitale road in Tana River County, police said. '
  + 'Shelling hit Wana town (SW, KPK) and Peshawar, KPK, near the line of contact and the Afghan border.';

test('place mentions of every kind share one set of fields, in one order', () => {
  const doc = annotate({ id: 'm', title: null, url: null, published: null, outlet: null, byline: null, text: TEXT });
  const ms = findMentions(doc);
  assert.ok(ms.some((m) => m.dateline) && ms.some((m) => m.fragment) && ms.some((m) => m.phrase), 'mentions of several kinds');
  const shapes = new Set(ms.map((m) => Object.keys(m).join(',')));
  assert.equal(shapes.size, 1, [...shapes].join('\n'));
  const ctx = articleMentions(annotate({ id: 'm', title: null, url: null, published: null, outlet: null, byline: null, text: TEXT }));
  assert.equal(new Set(ctx.mentions.map((x) => Object.keys(x).join(','))).size, 1);
});
