/**
 * Stop 42: a former, demobilised or reintegrated fighter of any armed group is a civilian for ACLED:
 * gunmen who kill or shoot one attack a civilian, no fight between two armed organisations; one who
 * defected to another group is that group's member. Sentences written for these tests in the style
 * of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-02', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('gunmen who kill a former member of an armed group attack a civilian', () => {
  assert.equal(primary('Hitmen on a motorcycle shot dead a former FARC combatant in Meta department on Sunday.'), 'Attack');
  assert.equal(primary('Gunmen killed a demobilised ELN fighter on a rural road in Arauca on Sunday.'), 'Attack');
  assert.equal(primary('Armed men shot dead a reintegrated former Abu Sayyaf member in Basilan, police said.'), 'Attack');
  assert.equal(primary('Suspected militants shot dead an ex-rebel commander in Cotabato, police said.'), 'Attack');
  // Members of an armed group stay a clash.
  assert.equal(primary('Gunmen killed two ELN fighters in a village in Arauca on Sunday, the army said.'), 'Armed clash');
});
