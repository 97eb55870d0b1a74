/**
 * Tolls foreseen, stop 44, with sentences written for these tests in the style of wire reports from
 * several conflicts: "the toll was expected to reach 80", "the figure could rise to 60" is a claim of
 * the voice that says it (qualifier about), hedged: a projection is no count yet, so ACLED's figure
 * and the best toll stay with the figures counted, and it is no running total.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a toll foreseen is a hedged claim of its own, not the count', () => {
  // Shelling of a city (Eastern Europe style), a massacre in a mining area (Central Africa style).
  const e = first('Artillery fire killed at least 40 people in the city on Monday, a regional official said. A second official said the figure could climb to 90.');
  const c = e.claims.find((x) => x.outcome === 'killed' && x.low === 90);
  assert.ok(c, 'the foreseen figure is claimed');
  assert.equal(c.qualifier, 'about');
  assert.equal(c.hedged, true);
  assert.ok(!c.runningTotal);
  assert.equal(e.fatalities, 40);
  assert.equal(e.totals.killed.best, 40);
  const e2 = first('Militiamen killed 23 villagers near the gold mine overnight, a local administrator said, warning the toll might climb to 30 as searches went on.');
  assert.ok(e2.claims.some((x) => x.low === 30 && x.hedged));
  assert.equal(e2.fatalities, 23);
  // A share foreseen is no toll.
  const e3 = first('Four people were killed when shells hit the market, a medic said. Officials said the number was expected to reach 60 percent of the district within a week.');
  assert.ok(!e3.claims.some((x) => x.low === 60));
});
