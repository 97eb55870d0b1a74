/**
 * Diplomacy, stop 45: an agreement told as what someone calls for ("called on both sides to agree to
 * a ceasefire", "urged the parties to sign a peace deal") is the appeal's content, no agreement made;
 * one told in its own clause before or beside the appeal stays one. A state that summons another's
 * envoy "to protest" protests diplomatically: an accusation, no demonstration. An accusation told of
 * the victims of an act just before it ("killed three men they accused of spying") is the doers'
 * pretext, no diplomatic act. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const subs = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).filter((e) => !e.background).map((e) => e.subEventType);

test('an agreement called for is no agreement made', () => {
  const gaza = subs("Turkey's foreign minister called on Israel and Hamas to agree to a ceasefire during a phone call with his Egyptian counterpart on Tuesday.");
  assert.equal(gaza[0], 'Appeal');
  assert.ok(!gaza.includes('Agreement'));
  const sudan = subs('The African Union urged the army and the Rapid Support Forces to sign a peace deal without delay, in a statement on Friday.');
  assert.ok(!sudan.includes('Agreement'));
});

test('an agreement told before the appeal stays one', () => {
  assert.equal(subs('The two sides agreed to a ceasefire on Monday, and the UN called on them to respect it.')[0], 'Agreement');
});

test('an envoy summoned "to protest" is a diplomatic protest, no demonstration', () => {
  assert.equal(subs("Pakistan summoned the Afghan charge d'affaires on Monday to protest against cross-border attacks by militants.")[0], 'Accusation');
  assert.equal(subs("Ukraine's foreign ministry summoned Hungary's envoy on Tuesday to protest over remarks by a minister.")[0], 'Accusation');
  // People who protest still demonstrate.
  assert.equal(subs('Hundreds of students protested outside the foreign ministry on Monday.')[0], 'Peaceful protest');
});

test('the victims "accused of" something are the pretext of the act, no accusation', () => {
  assert.ok(!subs("Maoist rebels killed three villagers they accused of being police informers in Chhattisgarh's Bijapur district, police said.").includes('Accusation'));
  assert.ok(!subs('Al-Shabaab fighters abducted two elders they accused of spying for the government in the Bakool region on Tuesday.').includes('Accusation'));
  // An accuser that speaks first still accuses.
  assert.ok(subs('Azerbaijan accused Armenian forces of firing on its positions in the Kalbajar district overnight.').includes('Accusation'));
});
