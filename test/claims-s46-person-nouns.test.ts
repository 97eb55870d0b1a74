/**
 * Nouns of one person's trade, office or standing, stop 46, with sentences written for these tests
 * in the style of wire reports from several conflicts: a merchant, a truck's apprentice, a vehicle's
 * occupant, a prefect, a minister, a community's notable or a fugitive killed is one person, as a
 * trader, a driver, a passenger, a governor or an elder already is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('one person named by a trade or office is one dead', () => {
  // A roadside bomb on a lorry (Sahel style), a shooting at a bus (Central America style), a raid on an office (Great Lakes style).
  assert.equal(first('A lorry carrying grain struck a roadside bomb outside the town on Tuesday; its apprentice died on the spot, a local official said.').fatalities, 1);
  assert.equal(first('Gunmen fired at a minibus on the highway; one occupant died and a second was hurt, police said.').fatalities, 1);
  assert.equal(first('The prefect died when militiamen stormed his house overnight, the provincial governor said.').fatalities, 1);
});

test('one person of standing or on the run is one dead', () => {
  // A market killing (West Africa style), an ambush of a former official (Caucasus style), a prison break (South America style).
  assert.equal(first('Gunmen shot dead a merchant at the cattle market on Friday, witnesses said.').fatalities, 1);
  assert.equal(first('A former minister was killed when gunmen ambushed his car outside the capital, state media reported.').fatalities, 1);
  assert.equal(first('A fugitive from the regional prison died in a shootout with police on Sunday.').fatalities, 1);
});
