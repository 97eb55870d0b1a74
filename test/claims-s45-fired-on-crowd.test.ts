/**
 * The people shot at, stop 45, with sentences written for these tests in the style of wire reports
 * from several conflicts: "security forces fired on demonstrators, killing three" counts protesters,
 * "opened fire on mourners, killing four" civilians, though the figure names no people of its own;
 * an armed target ("fired at the attackers, killing three") leaves the figure's people unsaid, as
 * before. Protesters are unarmed people: their figure and a figure of "people" told of the same
 * shooting are one toll, not two.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;
const kinds = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`);

test('a figure with no people of its own counts the unarmed people shot at', () => {
  // A march in a capital (Andes style), a rally after an election (West Africa style), a funeral (Levant style).
  assert.deepEqual(kinds('Security forces fired on demonstrators near the presidential palace on Saturday, killing three, witnesses said.'), ['killed 3 protesters']);
  assert.deepEqual(kinds('Riot police opened fire on opposition protesters in the port city, killing at least five people and wounding 20, a rights group said.'), ['killed 5 protesters', 'wounded 20 protesters']);
  assert.deepEqual(kinds('Soldiers opened fire on mourners at a funeral procession on Friday, killing four and wounding 11, relatives said.'), ['killed 4 civilians', 'wounded 11 civilians']);
});

test('an armed target leaves the figure unsaid', () => {
  assert.deepEqual(kinds('Soldiers fired at the attackers near the checkpoint, killing three, the army said.'), ['killed 3 unknown']);
});

test("protesters' dead and people's dead told of one shooting are one toll", () => {
  assert.equal(first('Police opened fire on a march in the capital on Saturday, killing three protesters, witnesses said. A hospital official put the toll at three dead and 15 wounded.').totals.killed.best, 3);
  assert.equal(first('Two demonstrators were shot dead when troops dispersed a rally in the northern city on Tuesday. Both had bullet wounds, a doctor said.').totals.killed.best, 2);
});
