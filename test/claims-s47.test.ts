/**
 * Casualty claims, stop 47, with sentences written for these tests in the style of wire reports from
 * several conflicts: a body told by a common noun of its own ("the coalition", "the health ministry")
 * is its own voice, not the one an earlier sentence named by another common noun ("the army",
 * "local officials"); a sentence opened by "Separately," tells another incident, whose figures are
 * not the lead event's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const all = (text: string, published: string) => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const claimsOf = (text: string, published: string) => all(text, published).flatMap((e) => e.claims ?? []);
const by = (text: string, published: string, low: number) => claimsOf(text, published).find((c) => c.low === low)?.claimedBy?.name ?? null;

test('a body named by its own common noun is not an earlier body of the same kind', () => {
  // An air campaign (Arabian Peninsula style), a Sahel offensive, a siege (Middle East style).
  assert.equal(by('Insurgents stormed an army post near the border on Wednesday, killing nine soldiers, the army said. The coalition said its jets killed 12 fighters in strikes on a weapons depot in the east.', '2019-05-02', 12), 'coalition');
  assert.equal(by('An air strike hit a market in the northern province on Saturday, killing 23 people, local officials said. At least 640 people have died since the offensive began in January, according to the health ministry.', '2024-03-10', 640), 'health ministry');
  assert.equal(by('Shells fell on a bakery in the besieged city on Monday, killing seven people, the police said. The interior ministry said 30 fighters were killed in clashes on the outskirts.', '2016-02-09', 30), 'interior ministry');
  // The same head still takes up the source named before ("the army … the army").
  assert.equal(by('The army said its troops killed 14 militants in a raid in the north on Friday. The army said two soldiers were wounded.', '2020-06-13', 2), 'army');
});

test('"Separately," opens another incident: its figures are not the lead event\'s', () => {
  // A border raid (South Asia style), a market shooting (East Africa style), a drone strike (Eastern Europe style).
  const a = all('Insurgents stormed an army post near the border on Wednesday, killing nine soldiers, the army said. Separately, a roadside bomb killed two civilians in the east, police said.', '2019-05-02');
  assert.equal(a.find((e) => !e.background)!.fatalities, 9);
  assert.ok(a.some((e) => e.totals.killed.best === 2 && e.fatalities === 2));
  const c = all('A drone hit a power station in the region overnight, killing one worker, the governor said. Separately, the defence ministry said its forces killed 40 enemy soldiers near the front line.', '2023-11-02');
  assert.equal(c.find((e) => !e.background)!.fatalities, 1);
  // Not "separately" inside a sentence, telling how the lead event's people died.
  const d = all('Gunmen shot dead three village elders in the hills on Sunday, police said. Each of the three died separately, at his own farm.', '2016-05-30');
  assert.equal(d.filter((e) => e.totals.killed.best === 3).length, 1);
});

test('two peoples counted in one list are two groups, each its own party, adding up', () => {
  // A border bombing (South Asia style), a bus ambush (East Africa style), a blast near a crossing (Middle East style).
  const a = all('A suicide bomber blew himself up at a border crossing on Tuesday. 14 Afghans and two Pakistanis were killed, officials said.', '2018-07-12');
  assert.deepEqual(a[0]!.claims!.map((c) => `${c.low} ${c.party?.country}`), ['14 AFG', '2 PAK']);
  assert.equal(a[0]!.fatalities, 16);
  // A count opening the sentence in capitals names no one: it is no person's name.
  const b = all('Gunmen ambushed a bus near the border town on Friday. Three Kenyans and two Somalis were killed, police said.', '2019-03-02');
  assert.deepEqual(b[0]!.claims!.map((c) => `${c.low} ${c.party?.country}`), ['3 KEN', '2 SOM']);
  assert.equal(b[0]!.fatalities, 5);
  const c = claimsOf('A car bomb exploded near the crossing on Sunday. Four Syrians and three Turks were wounded in the blast, the governor said.', '2017-01-09');
  assert.deepEqual(c.map((x) => `${x.outcome} ${x.low} ${x.party?.country}`), ['wounded 4 SYR', 'wounded 3 TUR']);
});

test('a tally told again in a later sentence is one claim', () => {
  // An invasion's anniversary (Eastern Europe style), a civil war's toll (Middle East style).
  const a = claimsOf('The fighting, now in its fourth year, has left hundreds of thousands of people dead, and talks remain stalled. A drone struck a bus in the city on Monday, killing five passengers, the governor said. The war has killed hundreds of thousands of people in all.', '2026-02-24');
  assert.equal(a.filter((c) => c.outcome === 'killed' && c.low === 200000).length, 1);
  const b = claimsOf('The war has killed more than 300,000 people, according to the UN. A shell hit a market on Friday, killing nine people. More than 300,000 people have been killed in the war, the UN says.', '2023-04-15');
  assert.equal(b.filter((c) => c.low === 300000).length, 1);
  // Two recalled incidents' own figures stay two claims.
  const c = claimsOf('Gunmen attacked a church in the town on Sunday, killing five worshippers, police said. In 2015, gunmen killed 12 people at a church in the same district. In 2017, 12 people were killed at a mosque nearby.', '2019-08-14');
  assert.equal(c.filter((x) => x.low === 12).length, 2);
});

test('one person told again by the role a figure counted him under is a member of that figure', () => {
  // A drone strike (South Asia style), an ambush on a convoy (Sahel style), a raid on a village (Great Lakes style).
  const a = claimsOf('An air strike killed a rebel commander, his bodyguard and eight fighters in the hills, security officials said on Thursday. The commander, who had led raids on border posts, died when a bomb hit his hideout near the town. His bodyguard died too, one of the officials said.', '2013-01-03');
  assert.deepEqual(a.map((c) => `${c.outcome} ${c.low}`), ['killed 10']);
  const b = claimsOf('Jihadists ambushed a convoy near the border on Sunday, killing a captain and 11 soldiers, the army said. The captain died when a mine tore through his vehicle, a military source said.', '2019-11-04');
  assert.deepEqual(b.map((c) => `${c.outcome} ${c.low}`), ['killed 12']);
  // Not one more person ("a second").
  const c = claimsOf('Militiamen attacked a village on Friday, killing a chief and five villagers, local officials said. A second chief was killed in a nearby village.', '2020-05-10');
  assert.equal(c.filter((x) => x.low === 1).length, 1);
  // Nor a person told anew, in another incident the same day.
  const e = claimsOf('A soldier and four civilians were killed when a bomb went off at a market on Monday. Hours later, a soldier was killed by sniper fire at a checkpoint in another town.', '2019-11-04');
  assert.equal(e.filter((x) => x.low === 1).length, 1);
});

test('a people\'s tallies or counts are that people\'s state\'s claim', () => {
  // A recalled cross-border attack (Middle East style), a front-line toll (Eastern Europe style).
  assert.equal(by('Militants killed about 1,200 people in the attack, according to Israeli tallies.', '2023-11-20', 1200), 'Israel');
  assert.equal(by('About 300 soldiers were killed in the battle for the town, according to Ukrainian counts.', '2022-07-04', 300), 'Ukraine');
});

test('who denies casualties claims the zero; a reporting word after an article is a noun; ", saying" is the subject\'s', () => {
  // A downed helicopter (Sahel style), a drone attack (Caucasus style), a police raid (East Africa style).
  const a = claimsOf('Rebels said they shot down an army helicopter near the border, killing all 10 on board. The army denied any casualties.', '2020-11-05');
  assert.deepEqual(a.filter((c) => c.low === 0).map((c) => c.claimedBy?.name), ['army', 'army']);
  assert.equal(claimsOf('Azerbaijan denied suffering any casualties in the drone attack on Tuesday.', '2020-10-07')[0]?.claimedBy?.name, 'Azerbaijan');
  // "the claim" is no verb of saying with "The army denied the" as its speaker.
  assert.equal(by('The army denied the claim and said two soldiers were killed in the ambush.', '2019-04-02', 2), 'army');
  // A participle of saying after the sentence's subject ("The army …, saying …") is that subject's.
  assert.equal(by('The army dismissed the reports, saying two soldiers had been wounded during the clash.', '2019-04-02', 2), 'army');
  assert.equal(by('The police raided the house on Sunday, saying three suspects were shot dead as they resisted.', '2018-09-10', 3), 'police');
});

test('the people a recalled attack killed in a country are that country\'s, not the current event\'s place\'s', () => {
  // A war's opening attack (Middle East style), an earlier cross-border raid (Horn of Africa style).
  const a = all('An Israeli strike on a house in Rafah killed 16 people on Saturday, Palestinian health officials said. The war was triggered by the Oct. 7 attack on southern Israel, which killed about 1,200 people, according to Israeli tallies.', '2024-01-20');
  const ra = a.find((e) => e.background)!.claims!.find((c) => c.low === 1200)!;
  assert.equal(ra.party.country, 'ISR');
  const b = all('A car bomb killed nine soldiers at a base in Mogadishu on Tuesday, police said. In 2019, militants killed 21 people in eastern Kenya in a raid on a hotel.', '2022-03-09');
  assert.equal(b.find((e) => e.background)!.claims!.find((c) => c.low === 21)!.party.country, 'KEN');
});
