/**
 * Actors of stop 44: ACLED never codes civilians as the doers of violence. People named by who they
 * are (herders, farmers, villagers) who attack others or fight are a group organised around their
 * community or livelihood, a communal militia (identity militia, inter 4), named for their country;
 * their victims stay civilians, and civilians killed with no doer told stay civilians. Sentences
 * written for these tests in the style of wire reports from several countries (Kenya, Nigeria, Chad,
 * South Sudan).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);

test('herders or villagers who attack others are a communal militia, their victims civilians', () => {
  const e = primaryEvent('Herders attacked farmers in their fields near Moundou in southern Chad on Sunday, killing three, a local official said.');
  assert.equal(e?.eventType, 'Violence against civilians');
  assert.equal(e?.actor1?.name, 'Unidentified Communal Militia (Chad)');
  assert.equal(e?.actor1?.inter, 4);
  assert.match(e?.actor2?.name ?? '', /^Civilians/);
  // Civilians killed with no doer told stay civilians: no militia is made of the victims.
  const v = primaryEvent('Two farmers were shot dead in their fields near Moundou in southern Chad on Sunday.');
  assert.ok(!(v?.actor1?.name ?? '').includes('Communal Militia'));
});
