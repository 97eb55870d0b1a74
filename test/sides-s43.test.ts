/**
 * Sides and places of stop 43, with sentences written for these tests in the style of wire reports
 * from several conflicts: a country named at a border ("near the Ugandan border", "along the Malian
 * frontier") is one of the two countries of that border, no evidence of whose forces were hit or
 * where; where fighters crossed over from, or their fire was launched from, is their origin, not the
 * place of the fighting.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('"near the Ugandan border" in Ituri: the soldiers are not Uganda\'s', () => {
  const e = first('Gunmen killed four soldiers near the Ugandan border in Ituri province on Sunday, a local official said.');
  assert.equal(e.location?.country, 'DR Congo');
  assert.notEqual(e.actor2?.country, 'UGA', JSON.stringify(e.actor2));
  assert.ok(e.claims.every((c) => c.party.country !== 'UGA'), JSON.stringify(e.claims.map((c) => c.party)));
});

test('"along the Afghan frontier", "near the Syrian border": the neighbour named is no side of the fight', () => {
  const pk = first('Militants ambushed a paramilitary convoy along the Afghan frontier in Khyber district, killing three soldiers, the military said.');
  assert.notEqual(pk.actor2?.country, 'AFG', JSON.stringify(pk.actor2));
  const tr = first('Kurdish militants attacked an army outpost near the Syrian border in Hatay province, killing two soldiers.');
  assert.notEqual(tr.actor2?.country, 'SYR', JSON.stringify(tr.actor2));
});

test('"a Ugandan border town" stays Uganda\'s: a thing at the border belongs to one side', () => {
  const e = first('Rebels attacked soldiers in a Kenyan border town on Tuesday, killing two of them, police said.');
  assert.equal(e.location?.country, 'Kenya');
});

test('"gunmen who crossed from Tillaberi into Kebbi state", "rockets launched from Gaza": where fighters or fire came from is not where they struck', () => {
  const ng = first('Troops clashed with gunmen who had crossed from Tillaberi into Kebbi state and looted a market, leaving six people dead.');
  assert.equal(ng.location?.country, 'Nigeria');
  assert.equal(ng.location?.admin1, 'Kebbi');
  const sy = first('Fighters who had sneaked in from Idlib province attacked army positions in the Latakia countryside, killing four soldiers.');
  assert.equal(sy.location?.admin1, 'Lattakia');
  // Fire has an origin too: where it landed is the event's place.
  const il = first('Two rockets launched from Gaza exploded in an open field near Sderot on Friday, the military said.');
  assert.equal(il.location?.country, 'Israel');
});
