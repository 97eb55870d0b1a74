/**
 * Who acted in a clause of time after a casualty word told of its victims: in "Two people were
 * killed after soldiers opened fire on a bus" or "Five guests died when gunmen stormed the hotel",
 * the clause's subject did it; the people killed before the casualty word are the victims, never the
 * attackers, and the attackers are not their victims. Sentences written for this test, in the style
 * of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('the subject of a clause of time after the dead acted', () => {
  const bus = main('Two people were killed after soldiers opened fire on a bus carrying traders near the checkpoint.');
  assert.match(bus?.actor1?.name ?? '', /Military Forces/);
  assert.doesNotMatch(bus?.actor2?.name ?? '', /Military Forces/);
  assert.match(main('Five guests died when gunmen stormed the hotel in the capital.')?.actor1?.name ?? '', /Unidentified Armed Group/);
  const convoy = main('Two Ugandan soldiers were killed when South Sudanese troops ambushed their convoy along the border.');
  assert.match(convoy?.actor1?.name ?? '', /South Sudan/);
  assert.match(convoy?.actor2?.name ?? '', /Uganda/);
});
