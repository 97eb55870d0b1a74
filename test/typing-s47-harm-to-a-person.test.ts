/**
 * Typing, stop 47: violence done to a person by means that also destroy things is violence against
 * that person: a person set on fire is attacked (no property destroyed), and acid thrown at someone
 * is an attack however the verb is worded. Houses set ablaze stay property destruction.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sub = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2022-08-30', outlet: null, byline: null, text }).find((e) => !e.background)?.subEventType ?? null;

test('a person set on fire is the target of an attack', () => {
  assert.equal(sub('Suspected herders set a farmer on fire near Makurdi on Wednesday, police said.'), 'Attack');
  assert.equal(sub('A man set his wife alight during a quarrel over a dowry in Faisalabad.'), 'Attack');
});

test('acid thrown or splashed on someone is an attack', () => {
  assert.equal(sub('A jilted suitor threw acid on a schoolgirl outside her house in Sylhet on Monday.'), 'Attack');
  assert.equal(sub('An attacker splashed acid on a female journalist outside her home in Kabul.'), 'Attack');
});

test('houses set ablaze are still property destroyed', () => {
  assert.equal(sub('Armed men set ablaze 30 houses in a village of Zamfara State on Sunday.'), 'Looting/property destruction');
});
