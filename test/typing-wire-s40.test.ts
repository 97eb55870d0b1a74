/**
 * Typing of stop 40, with sentences written for these tests in the style of wire reports and
 * monitors' notes from many conflicts:
 * - ACLED: an armed group that wounds soldiers or police met an armed side: a battle, as when it
 *   kills them; so are soldiers or police wounded with no one named (an ambush, a fight), unless a
 *   demonstration, a crowd, a bomb, shelling or an air strike tells otherwise;
 * - "incl.", "govt.", "dist." and similar abbreviations end no sentence, so the means told after
 *   them stay in the event's sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../src/annotate/sentences.ts';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const sub = (text: string) => events(text).find((e) => !e.background)?.subEventType ?? null;

test('an armed group that wounds soldiers or police fights an armed side', () => {
  assert.equal(sub('A police constable was wounded by gunmen at a checkpoint in Quetta on Sunday.'), 'Armed clash');
  assert.equal(sub('Two gendarmes were wounded by jihadists who attacked their post near Dori.'), 'Armed clash');
  assert.equal(sub('An Afghan soldier was wounded by Taliban fighters in Kunduz on Monday.'), 'Armed clash');
});

test('soldiers or police wounded with no one named: a fight, unless a crowd, bomb or shell tells otherwise', () => {
  assert.equal(sub('An army officer was wounded in an ambush near Menaka on Tuesday.'), 'Armed clash');
  assert.equal(sub('Three soldiers were wounded in Kunar province on Monday, the ministry said.'), 'Armed clash');
  assert.equal(sub('Four policemen were injured when protesters threw stones at them in Kisumu.'), 'Violent demonstration');
  assert.equal(sub('An explosive device tore through an army truck near Tessit, leaving five soldiers wounded.'), 'Remote explosive/landmine/IED');
});

test('"incl." and "govt." end no sentence', () => {
  assert.equal(splitSentences('Eleven civilians hurt incl. 3 children when a mortar round hit a market in Mogadishu.').length, 1);
  assert.equal(splitSentences('Govt. troops retook the town on Friday. Fighting went on nearby.').length, 2);
  assert.equal(sub('Seven soldiers wounded incl. two seriously by a roadside bomb near Ansongo.'), 'Remote explosive/landmine/IED');
});

test("fire on another force's positions with only artillery, mortars or tanks is shelling; with small arms or machine guns a clash", () => {
  assert.equal(sub('Armenian units fired on Azerbaijani positions near Kalbajar using mortars and tanks, the ministry said.'), 'Shelling/artillery/missile attack');
  assert.equal(sub('Indian troops fired on Pakistani posts along the Line of Control with heavy mortars on Sunday.'), 'Shelling/artillery/missile attack');
  assert.equal(sub('Separatist forces fired on Ukrainian army positions near Avdiivka with small arms and mortars.'), 'Armed clash');
  assert.equal(sub('Azerbaijani units fired on Armenian positions using large-calibre machine guns and mortars.'), 'Armed clash');
});

test('a weapon shot down, defused or seized "by" a side: that side is actor1', () => {
  const a = events('An Indian quadcopter was shot down by Pakistani troops near the Line of Control on Friday.').find((e) => !e.background)!;
  assert.equal(a.subEventType, 'Disrupted weapons use');
  assert.deepEqual([a.actor1?.name, a.actor2?.name], ['Military Forces of Pakistan', 'Military Forces of India']);
  const b = events('Two roadside bombs were defused by Somali police in Baidoa on Monday.').find((e) => !e.background)!;
  assert.equal(b.actor1?.name, 'Police Forces of Somalia');
});

test('an ambush on a convoy of civilians is an attack on civilians, not a battle', () => {
  assert.equal(sub('Insurgents ambushed a convoy of civilians fleeing Mocimboa da Praia, killing at least nine.'), 'Attack');
  assert.equal(sub('Militants ambushed a convoy of displaced families on the road to Djibo, killing six.'), 'Attack');
  // A military convoy stays a battle.
  assert.equal(sub('Militants ambushed a military convoy on the road to Djibo, killing six soldiers.'), 'Armed clash');
});
