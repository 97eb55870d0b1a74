/**
 * Whoever accuses another of an act did not do it: in "Officials accused the militia of killing 40
 * villagers" the officials are the accusation's source, and the killing's actor is the accused (the
 * words between the verb and "of" or "for"), or nobody the lexicon knows. Sentences written for this
 * test in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const violent = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background && e.eventType !== 'Diplomacy');

test('the accuser is not the actor of what it accuses another of', () => {
  // (A militia no lexicon names: an unidentified armed group did it, never the ministry.)
  assert.equal(violent('Khartoum\'s foreign ministry accused the militia of killing 40 villagers in Darfur.')?.actor1?.name, 'Unidentified Armed Group');
  assert.equal(violent('The provincial governor blamed unknown assailants for killing nine miners near the border.')?.actor1?.name, 'Unidentified Armed Group');
});

test('the accused named between the verb and "of" is the actor', () => {
  assert.match(violent('The Malian army accused jihadists of killing 12 civilians near the town.')?.actor1?.name ?? '', /Unidentified Armed Group|Jihadist|Islamist/);
  const fired = violent('Armenia\'s defence ministry accused Azerbaijani forces of firing on its positions near the border.');
  assert.match(fired?.actor1?.name ?? '', /Azerbaijan/);
  assert.match(fired?.actor2?.name ?? '', /Armenia/, 'the accuser was fired on');
});
