/**
 * One person hurt told after a death in the same sentence, stop 45, with sentences written for these
 * tests in the style of wire reports from several conflicts: "killing Abdi Farah and wounding his
 * brother", "leaving a girl dead and her brother injured", "a trader died and her daughter was
 * wounded" tell two people, the dead and the hurt, even when the dead one is named without a
 * figure. A lone pronoun after the death ("died at the clinic where he was treated") is the dead
 * person again, as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a person hurt after a death in one sentence is one more hurt', () => {
  // A checkpoint shooting (East Africa style), a mortar on a courtyard (Levant style), a village raid (Sahel style).
  assert.equal(first('A driver was shot dead at a checkpoint outside the town on Sunday. Police said the gunmen opened fire on the car, killing Abdi Farah, 34, and critically wounding his younger brother.').totals.wounded.best, 1);
  assert.equal(first('A mortar round struck a courtyard in the old city on Tuesday, leaving a schoolgirl dead and her younger brother injured, residents said.').totals.wounded.best, 1);
  assert.equal(first('A woman trader died and her daughter was badly wounded when militiamen raided the village overnight, a local official said.').totals.wounded.best, 1);
});

test('a lone pronoun after the death is the dead person again', () => {
  assert.equal(first('A police officer was shot at a checkpoint on Friday. The officer died at the district clinic, where he had been taken after the shooting, a spokesman said.').totals.wounded.best ?? 0, 0);
  assert.equal(first('A herder was found dead near the well on Monday. Villagers said he had been wounded in the raid and left behind.').totals.wounded.best ?? 0, 0);
});
