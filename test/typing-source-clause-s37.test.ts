/**
 * Who tells of an act in the sentence's closing clause of saying (", the state prosecutor told
 * reporters") is no victim of it: gunmen who shot people in a bar attacked civilians, whoever the
 * speaker is. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-16', outlet: null, byline: null, text }).find((x) => !x.background);

test('the closing clause of saying names no victim', () => {
  assert.equal(first('Gunmen shot customers at a billiard hall near Fresnillo, killing nine people, the state prosecutor told reporters.')?.subEventType, 'Attack');
  // Fire on police, told by anyone, stays a clash.
  assert.equal(first('Gunmen shot at a police patrol near Fresnillo, killing two officers, the regional prosecutor said.')?.subEventType, 'Armed clash');
});

test('a tank of fuel or the tanks of a plant destroyed are no armour', () => {
  assert.notEqual(first('Navy personnel destroyed a tank of stolen crude near Brass in Bayelsa state on Monday.')?.subEventType, 'Armed clash');
  assert.notEqual(first('Soldiers destroyed the tanks of a water plant near Raqqa.')?.subEventType, 'Armed clash');
  // An enemy tank stays the other side's armour.
  assert.equal(first('Ukrainian forces destroyed two Russian tanks near Avdiivka on Tuesday.')?.subEventType, 'Armed clash');
});

test('fire on servicemen is fire on a force; fire told exchanged in the passive is a clash', () => {
  assert.equal(first('Two Armenian servicemen were wounded by Azerbaijani sniper fire near Sotk on Tuesday, Yerevan said.')?.subEventType, 'Armed clash');
  assert.equal(first('Gunfire was exchanged across the Kyrgyz-Tajik border near Vorukh late on Thursday, border officials said.')?.subEventType, 'Armed clash');
  // Prisoners exchanged stay an agreement.
  assert.equal(first('Prisoners were exchanged at the Tajik border post on Sunday, officials said.')?.subEventType, 'Agreement');
});
