/**
 * Place names of stop 43, with sentences written for these tests: a city known abroad by its
 * English name ("Geneva" for Genève) is that city in a story whose clues name no country of its
 * namesakes, even when they name other countries (the warring sides'); a story set in a namesake's
 * country keeps its own town. Names whose words Persian joins by "-e" are read whole.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"agreed in Geneva" between Yemen\'s sides is Genève, not a small American Geneva', () => {
  const e = first('The Houthis and the Saudi-led coalition agreed on a prisoner swap of more than 800 detainees in Geneva on Sunday.');
  assert.equal(e.location?.country, 'Switzerland');
});

test('a US story keeps its Geneva', () => {
  const e = first('Police in Geneva, Illinois, said a bar patron, 19, suffered a gunshot wound early Saturday.');
  assert.equal(e.location?.country, 'United States');
});

test('Persian names joined by "-e" and a space ("Pul-e Khumri", "Nahr-e Saraj") are read whole', () => {
  const a = first('Taliban fighters attacked a police checkpoint in Pul-e Khumri on Tuesday, killing three officers.');
  assert.equal(a.location?.admin1, 'Baghlan');
  const b = first('Government troops clashed with the Taliban in Nahr-e Saraj district on Sunday, officials said.');
  assert.equal(b.location?.admin1, 'Helmand');
  const c = first('A roadside bomb struck an army vehicle in Sar-e Pul province, wounding two soldiers.');
  assert.equal(c.location?.country, 'Afghanistan');
});
