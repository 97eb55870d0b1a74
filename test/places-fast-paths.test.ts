import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { hasTownKey, placesData, startsSomeName, townsByKey } from '../src/places/data.ts';
import { locateEvents } from '../src/places/index.ts';
import { findMentions } from '../src/places/mentions.ts';
import { placeKey } from '../src/places/normalize.ts';
import type { Article, Event } from '../src/record/schema.ts';

/** The text of line i of the gazetteer (a key of the #keys section, say). */
function lineOf(i: number): string {
  const g = placesData().gaz;
  const end = g.lineStart[i + 1]!;
  return g.text.slice(g.lineStart[i]!, g.text.charCodeAt(end - 1) === 10 ? end - 1 : end);
}

test('gazetteer keys: the same answers before and after the hash index replaces binary search', () => {
  const g = placesData().gaz;
  const probe = ['nairobi', 'mombasa', 'kismayo', 'chicago', 'no such place anywhere', 'nairob', 'nairobii', ''];
  const before = probe.map((k) => [hasTownKey(k), startsSomeName(k)]);
  // Enough lookups to switch to the hash index (a long run's path), spread over the whole section.
  for (let i = 0; i < 5000; i++) {
    const k = lineOf(g.firstKey + Math.floor((i * g.nKeys) / 5000));
    assert.ok(hasTownKey(k), k);
    assert.equal(hasTownKey(`${k}~`), false);
  }
  assert.ok(g.keyIndex, 'index built after many lookups');
  for (let i = 0; i < 3000; i++) startsSomeName(lineOf(g.firstFirstWord + Math.floor((i * g.nFirstWords) / 3000)));
  assert.deepEqual(probe.map((k) => [hasTownKey(k), startsSomeName(k)]), before);
  assert.equal(hasTownKey(lineOf(g.firstKey)), true);
  assert.equal(hasTownKey(lineOf(g.firstKey + g.nKeys - 1)), true);
  assert.ok(townsByKey(placeKey('Garissa')).length > 0);
});

test('mentions: offsets, context words and flags of runs of capitalized words', () => {
  const text = 'NAIROBI, Kenya (Reuters) - Gunmen attacked a bus near the Eldoret-Kitale road in Tana River County, police said. "We\'re safe," said President Ali Hassan.';
  const ms = findMentions(annotate({ id: 'm', title: null, url: null, published: null, outlet: null, byline: null, text }));
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  const byText = new Map(ms.map((m) => [m.text, m]));
  assert.ok(byText.get('NAIROBI')?.dateline, 'a dateline');
  assert.equal(byText.get('NAIROBI')?.initial, true);
  assert.equal(byText.get('Kenya')?.before, 'nairobi');
  assert.ok(byText.has('Eldoret') && byText.has('Kitale'), 'both ends of a hyphenated road');
  assert.equal(byText.get('Eldoret')?.fragment, true);
  const tana = byText.get('Tana River');
  assert.ok(tana, 'a name of two words');
  assert.equal(tana!.before, 'bus near the eldoret-kitale road in'); // six words
  assert.equal(tana!.after, 'county police said');
  assert.ok(!byText.has('Were'), 'a contraction is no town');
  assert.ok(!byText.has('Ali') && !byText.has('Hassan'), 'a name after a title is a person');
});

const empty = { low: null, best: null, high: null };
function event(start: number, end: number, text: string): Event {
  return {
    id: 'e', eventType: 'Violence against civilians', subEventType: 'Attack', background: false, date: { start: null, end: null, precision: 5 },
    location: null, actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: empty, wounded: empty, missing: empty, captured: empty },
    fatalities: null, evidence: [{ start, end, text }], articles: ['a'],
  } as Event;
}

test('locate: readings remembered across articles give each article the same places as a fresh run', () => {
  const texts = [
    'Two people were shot dead in Garissa town on Monday. The attackers fled towards the Somali border.',
    'Police in Mombasa said a man was stabbed near Nyali, Mombasa, late on Sunday.',
    'Two people were shot dead in Garissa town on Monday, and a third in Mombasa.',
  ];
  const run = () => texts.map((text, i) => {
    const article: Article = { id: `a${i}`, title: null, url: null, published: '2021-11-17', outlet: null, byline: null, text };
    const s = text.indexOf('.') + 1;
    return locateEvents(article, [event(0, s, text.slice(0, s)), event(s + 1, text.length, text.slice(s + 1))]).map((e) => e.location);
  });
  const first = run();
  assert.deepEqual(run(), first, 'the second pass reads from the memo');
  assert.equal(first[0]![0]?.name, 'Garissa');
  assert.equal(first[0]![0]?.country, 'Kenya');
  assert.equal(first[1]![0]?.admin1, 'Mombasa');
  assert.equal(first[2]![0]?.name, 'Garissa');
});
