/**
 * Actors of stop 44: a looting's actor2 is never the subject of a clause of time after it. Sentences
 * written for these tests in the style of wire reports from several conflicts (Central African
 * Republic, Mali, DR Congo, Burkina Faso): "looted shops after the rebels withdrew" names the side
 * that left, doing another act (ACLED: a looting's victims are the owners of what was taken); a
 * thing "destroyed when militants set it on fire", told with no doer, was hit by that subject.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const looting = (text: string) => processArticle(article(text)).find((e) => e.subEventType === 'Looting/property destruction');

test('the side in a clause of time after a looting is no victim of it', () => {
  for (const text of [
    'Soldiers looted shops and burned homes in the town of Bambari after rebels withdrew on Sunday, residents said.',
    'Government troops looted houses in Kidal after the rebels withdrew, witnesses said.',
    'Militiamen looted the market in Beni as the army advanced on Friday.',
  ]) assert.equal(looting(text)?.actor2 ?? null, null, text);
});

test('a thing destroyed when a group attacked, with no doer told, was destroyed by that group', () => {
  const e = looting('A school was set on fire when gunmen threw grenades at the building in Gossi on Monday.');
  assert.equal(e?.actor1?.name, 'Unidentified Armed Group');
  assert.equal(e?.actor2 ?? null, null);
});
