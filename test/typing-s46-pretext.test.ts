/**
 * Typing of stop 46: the doers' pretext in the clause after their act. Sentences written for these
 * tests in the style of wire reports from several conflicts (Sahel, Colombia, Afghanistan, Nigeria,
 * Philippines). "Gunmen killed two herders, accusing them of spying for the army": a participle after
 * a comma takes the main clause's subject, and "them", "him" or a bare "accused of" takes up the
 * victims: the doers' pretext for their violence, no accusation between political actors (no
 * secondary diplomatic event). An accusation by someone else, or of another party, stays one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf } from './typing-mentions.ts';

const subs = (text: string) => mentionsOf(text).filter(happened).map((m) => m.subEventType);

function guards() {
  assert.ok(subs('The defence ministry accused the rebels of shelling a hospital in the north of the country.').includes('Accusation'));
  assert.ok(subs('The governor condemned the massacre, accusing the militia of targeting farmers.').includes('Accusation'));
}

test('gunmen killed herders, accusing them of spying: no accusation', () => {
  const got = subs('Gunmen killed two herders near Menaka on Friday, accusing them of spying for the army.');
  assert.equal(got[0], 'Attack');
  assert.ok(!got.includes('Accusation'), got.join(', '));
  guards();
});

test('militants shot dead a village chief, accusing him of collaborating: no accusation', () => {
  const got = subs('Taliban militants shot dead a village elder in Ghazni on Monday, accusing him of collaborating with the government.');
  assert.ok(!got.includes('Accusation'), got.join(', '));
  guards();
});

test('soldiers arrested traders, accused of smuggling: no accusation', () => {
  const got = subs('Soldiers arrested three traders in Maiduguri, accused of smuggling fuel to the insurgents.');
  assert.equal(got[0], 'Arrests');
  assert.ok(!got.includes('Accusation'), got.join(', '));
  guards();
});

test('dissidents abducted a farmer, accusing her of informing: no accusation', () => {
  const got = subs('Armed dissidents abducted a farmer in Cauca, accusing her of informing the police.');
  assert.ok(!got.includes('Accusation'), got.join(', '));
  guards();
});
