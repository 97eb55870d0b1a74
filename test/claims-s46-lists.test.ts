/**
 * Groups of people in a list, stop 46, with sentences written for these tests in the style of wire
 * reports from several conflicts: each counted group of a list is counted, also when a group is
 * named by a people's name the person list lacks ("40 Fulani and 15 Dogon", "killing 19 Afghans and
 * 8 Baluch") and when no comma stands before "and" ("6 policemen, 4 traders and 3 herders"). A count
 * with an active verb of its own before "and" is another clause: "3,000 people marched and 17
 * people died" tells 17 dead, not 3,017.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a second group named by a people in capitals is counted', () => {
  // A raid on a market (Horn of Africa style), a clash of herders and farmers (Sahel style), an army sweep (Myanmar style).
  assert.equal(first('Government forces raided the livestock market on Friday, killing 19 Somalis and 8 Oromos, elders said.').fatalities, 27);
  assert.equal(first('Clashes broke out between herders and farmers near the river. 40 Fulani and 15 Dogon were killed over three days, a local official said.').fatalities, 55);
  assert.equal(first('Soldiers killed 5 Rohingya and 2 Rakhine during a sweep of the village on Tuesday, residents said.').fatalities, 7);
  // A count with no people's name after "and" is no second group of the dead.
  assert.equal(first('Rebels attacked the outpost, killing 3 soldiers and 2 were wounded, the army said.').fatalities, 3);
});

test('a list without a comma before "and" counts each group', () => {
  // An ambush on a patrol (East Africa style), a bomb at a checkpoint (Levant style).
  assert.equal(first('The fighting left 6 police officers, 4 traders and 3 militia members dead, the governor said.').fatalities, 13);
  assert.equal(first('Three soldiers, two policemen and four civilians were wounded when a car bomb exploded at the checkpoint.').totals.wounded.best, 9);
});

test('a count with an active verb of its own is no group of the dead', () => {
  // A march on a ministry (South Asia style), a rally in a capital (West Africa style).
  assert.equal(first('Nearly 3,000 people protested outside the governor\'s office and 17 people died when police opened fire.').fatalities, 17);
  assert.equal(first('More than 2,000 students marched on the ministry and 4 people were killed, witnesses said.').fatalities, 4);
});

test('a list of counted groups and single people counts them all', () => {
  // An ambush on a convoy (Sahel style), a bombing at a checkpoint (Caucasus style).
  assert.equal(first('Two soldiers, one teacher and one shopkeeper were killed when the convoy was ambushed on the main road, the army said.').fatalities, 4);
  assert.equal(first('Three policemen, one driver and one vendor were killed when a bomb went off at the checkpoint on Thursday.').fatalities, 5);
  // A single person before the list's comma that belongs to a preposition stays out.
  assert.equal(first('According to the governor, a teacher and a trader were killed in the raid.').fatalities, 2);
});
