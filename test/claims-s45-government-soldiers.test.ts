/**
 * Government soldiers, stop 45, with sentences written for these tests in the style of wire reports
 * from several conflicts: "government troops" and "regime soldiers" are the forces of the state
 * where the fighting is, though the report also names a foreign state (a foreign instructor wounded,
 * a neighbour's artillery). A foreign state's forces are named by their country.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const parties = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text })
  .flatMap((e) => e.claims).map((c) => `${c.outcome} ${c.low} ${c.party.country}`);

test("government soldiers are the forces of the state where the fighting is", () => {
  // A raid on a base (Central America style), shelling across a border (Levant style).
  assert.ok(parties('Rebels attacked an army base in the northern highlands of Nicaragua on Monday. Officers said 18 rebels and 9 government soldiers were killed, and that a Cuban military adviser was wounded.').includes('killed 9 NIC'));
  assert.ok(parties('Turkish artillery shelled a village in northern Syria on Friday, killing two regime soldiers, a war monitor said.').includes('killed 2 SYR'));
});
