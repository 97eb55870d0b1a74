/**
 * Actors of stop 45, with sentences written for these tests in the style of wire reports from
 * several countries: police or troops placed in a country by "in" and by no nation of their own are
 * that country's forces, and the "in" of their words opens no phrase of the event; force used on a
 * protest is used on its protesters, whoever the dead are called.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { ACTORS } from '../src/extract/actors.ts';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)!;
const names = (text: string) => { const e = first(text); return [e.actor1?.name ?? null, e.actor2?.name ?? null]; };

/** The actor mentions of a one-sentence text, as "words → name". */
const mentions = (text: string) => {
  const doc = annotate({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }, {});
  const tokens = doc.sentences[0]!.tokens;
  return doc.get(ACTORS, 0).map((a) => `${tokens.slice(a.start, a.end).map((t) => t.text).join(' ')} → ${a.actor.name}`);
};

test('"police in Bangladesh", "soldiers in Mali": one party, the forces of the country they are placed in', () => {
  assert.ok(mentions('Police in Bangladesh fired tear gas at students in Dhaka on Thursday.').includes('Police in Bangladesh → Police Forces of Bangladesh'));
  assert.ok(mentions('Soldiers in Mali killed 12 civilians in a village near Djenne on Monday.').includes('Soldiers in Mali → Military Forces of Mali'));
  // Foreign forces are told by their nation or as foreign: no party of the country they are in.
  assert.ok(!mentions('Foreign troops in Syria shelled a village near the border on Tuesday.').some((m) => m.endsWith('Military Forces of Syria')));
  assert.ok(!mentions('Peacekeeping troops in Mali came under fire near Gao on Monday.').some((m) => m.endsWith('Military Forces of Mali')));
  // Nor are forces named by an alliance or a company ("NATO troops", "Wagner troops").
  assert.ok(!mentions('NATO troops in Afghanistan came under fire near Kandahar on Monday.').some((m) => m.startsWith('troops in Afghanistan')));
});

test('an attack repelled by "troops in X": the attackers act on that country\'s troops', () => {
  assert.deepEqual(names('Troops in Burkina Faso repelled an attack by jihadists on a base in Djibo on Sunday, the army said.'), ['Unidentified Armed Group', 'Military Forces of Burkina Faso']);
});

test('force used on a protest: its protesters are actor2 even when the dead are told in a clause of their own', () => {
  assert.deepEqual(names('Police in Bangladesh fired rubber bullets at students marching in Dhaka on Thursday, and at least 32 people died.'), ['Police Forces of Bangladesh', 'Protesters (Bangladesh)']);
  assert.deepEqual(names('Riot police fired live rounds at demonstrators in Nairobi on Tuesday, and two people were confirmed dead.'), ['Police Forces of Kenya', 'Protesters (Kenya)']);
});
