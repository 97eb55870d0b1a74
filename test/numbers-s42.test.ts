/**
 * Stop 42, figures: "an unknown number of" people killed is a vague plural that ACLED codes as 10,
 * as it codes "many"; invented sentences in the style of field reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"an unknown number of" dead is a vague figure coded 10', () => {
  const e = first('Gunmen raided a cattle camp near Pibor overnight, killing an unknown number of herders, a local official said.');
  assert.equal(e.fatalities, 10);
  const c = e.claims.find((x) => x.outcome === 'killed')!;
  assert.equal(c.qualifier, 'vague');
});

test('"an undisclosed number of" soldiers: the same convention', () => {
  const e = first('Insurgents hit a military column on a mountain road, and an undisclosed number of soldiers died, security sources said.');
  assert.equal(e.fatalities, 10);
});
