/**
 * Casualty claims of stop 43, with sentences written for these tests in the style of wire reports
 * from several conflicts: who claims a figure when an aside stands between the source and its verb,
 * when the source is told in a sentence of its own next to the figure, and whose people a coalition's
 * soldiers are.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const claims = (text: string, outcome: string) => events(text).flatMap((e) => e.claims.filter((c) => c.outcome === outcome));

test('an aside opened by a past participle, a relative word or a preposition does not hide the source', () => {
  const [sudan] = claims('KHARTOUM (Reuters) - The army, backed by air strikes, said it killed 40 fighters of the Rapid Support Forces near El Fasher on Saturday.', 'killed');
  assert.match(sudan?.claimedBy?.name ?? '', /army/);
  const [myanmar] = claims('The junta, which seized power in a coup, said on Monday that 12 resistance fighters were killed in clashes in Sagaing region.', 'killed');
  assert.match(myanmar?.claimedBy?.name ?? '', /junta/);
  const [mali] = claims('BAMAKO (AFP) - The military, in a statement read on state television, said it had killed 25 militants in central Mali on Sunday.', 'killed');
  assert.match(mali?.claimedBy?.name ?? '', /military/);
});

test('"It said N were killed" after a sentence that names the author of a statement refers back to it', () => {
  const text = 'GAZA (Reuters) - An Israeli air strike hit a house in Rafah on Sunday. The Gaza health ministry issued a statement. It said 12 people were killed, including five children.';
  const c = claims(text, 'killed').find((x) => x.low === 12);
  assert.equal(c?.claimedBy?.country, 'PSE');
  const sahel = 'Gunmen attacked a convoy near Djibo on Friday. The Burkinabe army published a communique on Saturday. It said 18 soldiers were killed.';
  assert.equal(claims(sahel, 'killed').find((x) => x.low === 18)?.claimedBy?.country, 'BFA');
});

test('a sentence that is only its source ("The health ministry said on Tuesday.") claims the figure told just before it', () => {
  const text = 'KHARTOUM (Reuters) - Shelling hit a market in Omdurman on Tuesday. Fifteen civilians were killed and 40 wounded. The health ministry said on Tuesday.';
  const cs = events(text).flatMap((e) => e.claims);
  assert.match(cs.find((c) => c.low === 15)?.claimedBy?.name ?? '', /ministry/);
  assert.match(cs.find((c) => c.low === 40)?.claimedBy?.name ?? '', /ministry/);
  // (A sentence with a source of its own keeps it; a reporter's credit line claims nothing.)
  const own = 'MOGADISHU (AP) - A car bomb exploded near a checkpoint on Sunday. Eight people were killed, residents said. Police said in a statement.';
  assert.match(claims(own, 'killed')[0]?.claimedBy?.name ?? '', /residents/);
  const credit = 'Two men were shot dead outside a shop in Kharkiv on Friday. Olena Petrenko reports.';
  assert.equal(claims(credit, 'killed')[0]?.claimedBy ?? null, null);
});

test("a coalition's soldiers are the coalition's, not the forces of the state where it fights", () => {
  const yemen = claims('ADEN (Reuters) - A landmine near Mokha killed three coalition soldiers in their vehicle on Tuesday, a Yemeni military official said.', 'killed')[0];
  assert.notEqual(yemen?.party.country, 'YEM');
  const iraq = claims('BAGHDAD (AP) - Two soldiers of the US-led coalition were wounded in a rocket attack on an air base in Anbar province on Monday, Iraqi security sources said.', 'wounded')[0];
  assert.equal(iraq?.party.country, 'USA');
  const led = 'SANAA (Reuters) - The Saudi-led coalition said it had intercepted a drone over Marib. Five coalition troops died in an attack on a base in Hodeidah province on Thursday.';
  assert.equal(claims(led, 'killed')[0]?.party.country, 'SAU');
});

test('a relative clause right after a recalled date ("since April, when …") is that earlier event, however long its subject', () => {
  const text = 'YANGON (Reuters) - A military air strike killed 17 people in a village in Sagaing on Monday, residents said. The strike was the deadliest since April, when an air raid on a village in the same region killed 160 people.';
  const cs = claims(text, 'killed');
  assert.equal(events(text).find((e) => e.claims.some((c) => c.low === 160))?.background, true);
  assert.equal(events(text).find((e) => e.claims.some((c) => c.low === 17))?.background, false);
  assert.ok(cs.some((c) => c.low === 160));
  const sudan = 'KHARTOUM (AP) - Shelling killed 12 people in El Fasher on Sunday, medics said. It was the worst attack since January, during which paramilitary fighters besieging the city killed 70 people.';
  assert.equal(events(sudan, '2024-05-20').find((e) => e.claims.some((c) => c.low === 70))?.background, true);
});

test("a sentence after the lead that opens with an earlier day turns to an earlier incident; the lead's own day and later days do not", () => {
  const text = 'KYIV (Reuters) - A Russian missile killed 6 people in Kharkiv on Tuesday, the governor said. On Saturday, 11 people were killed when a drone hit a supermarket in the city.';
  const ev = events(text, '2024-06-14');
  assert.equal(ev.find((e) => e.claims.some((c) => c.low === 11))?.background, true);
  assert.equal(ev.find((e) => e.claims.some((c) => c.low === 6))?.background, false);
  const later = 'MOGADISHU (AP) - A car bomb killed 9 people at a checkpoint on Saturday, police said. On Sunday, two more of the wounded died in hospital.';
  const lv = events(later, '2024-06-10');
  assert.equal(lv.find((e) => e.claims.some((c) => c.low === 2))?.background ?? false, false);
  // (A day told after the figure may date the deaths of the event itself.)
  const found = 'Police found the bodies of 5 herders near Kaduna on Monday. The men were killed on Saturday, villagers said.';
  assert.equal(events(found, '2024-06-11').find((e) => e.claims.some((c) => c.low === 5))?.background ?? false, false);
});

test('"lives" after a relative word, a pronoun or a person\'s age in commas is the verb, not lives lost', () => {
  const text = 'A mortar round hit a market in Mogadishu on Monday, wounding 4 people. Abdi Hassan, 52, who lives nearby, said the blast shook his house.';
  assert.equal(claims(text, 'killed').filter((c) => c.low === 52).length, 0);
  const kyiv = 'Olena Koval, 61, lives two streets from the building hit by the drone, which wounded three people.';
  assert.equal(claims(kyiv, 'killed').filter((c) => c.low === 61).length, 0);
  // (Lives lost are still counted.)
  const [sudan] = claims('The attack on the camp near El Fasher claimed 30 lives, medics said.', 'killed');
  assert.equal(sudan?.low, 30);
});

test('a bare count after a casualty verb may be followed by a word of time ("wounded 34 overnight")', () => {
  const text = "BAKU (AFP) - Azerbaijan's prosecutor general's office said that Armenian shelling of Ganja killed 9 civilians and wounded 34 overnight.";
  assert.equal(claims(text, 'wounded')[0]?.low, 34);
  const gaza = 'An Israeli strike on a school sheltering displaced families in Gaza City killed 14 people and wounded 40 on Saturday, medics said.';
  assert.equal(claims(gaza, 'wounded')[0]?.low, 40);
});

test('a bare count "shot down" counts aircraft, drones or missiles, not people', () => {
  const kyiv = "KYIV (Reuters) - Ukraine's air force said Russia launched 40 drones overnight. It said 35 had been shot down.";
  assert.equal(events(kyiv).flatMap((e) => e.claims).filter((c) => c.low === 35).length, 0);
  const yemen = 'SANAA (Reuters) - The Houthis launched 6 drones towards Saudi Arabia on Monday, of which two were shot down over Jazan, the coalition said.';
  assert.equal(events(yemen).flatMap((e) => e.claims).filter((c) => c.low === 2).length, 0);
});

test('"It said" refers back to the subject of an accusation or condemnation named just before', () => {
  const text = 'KHARTOUM (AP) - The health ministry accused the RSF of shelling a hospital in El Fasher on Friday. It said 9 patients were killed.';
  assert.match(claims(text, 'killed')[0]?.claimedBy?.name ?? '', /ministry/);
  const sahel = 'NIAMEY (AFP) - The Nigerien army condemned an attack on a convoy near Tillaberi on Thursday. It said 17 soldiers died.';
  assert.equal(claims(sahel, 'killed')[0]?.claimedBy?.country, 'NER');
});

test('the object of a relative clause after a count is no source ("A farmer who lost 7 relatives in the attack said")', () => {
  const text = 'KHARTOUM (Reuters) - A farmer who lost 7 relatives in the RSF attack on the village said the fighters came at night.';
  const c = claims(text, 'killed').find((x) => x.low === 7);
  assert.doesNotMatch(c?.claimedBy?.name ?? '', /relatives|attack/);
  // (A count right before its source still names it: "2 witnesses said".)
  assert.match(claims('Gunmen killed 3 people in Kaduna, 2 witnesses said.', 'killed')[0]?.claimedBy?.name ?? '', /witnesses/);
});

test('a short name in brackets between a source and its verb is the source\'s own ("The UN humanitarian office (OCHA) said")', () => {
  const [sudan] = claims('The UN humanitarian office (OCHA) said 40 civilians were killed in El Geneina last week.', 'killed');
  assert.match(sudan?.claimedBy?.name ?? '', /humanitarian office/);
  const [car] = claims('Medecins Sans Frontieres (MSF) said it treated 14 people hurt in Saturday\'s raid on Bossangoa.', 'wounded');
  assert.match(car?.claimedBy?.name ?? '', /Medecins Sans Frontieres/);
});

test("a recalled date in a relative aside that describes the source does not make the source's figure background", () => {
  const text = 'YANGON (Reuters) - The Myanmar military, which has ruled since the 2021 coup, said on Tuesday in a written statement that 25 insurgents died in fighting in Sagaing region.';
  assert.equal(events(text).find((e) => e.claims.some((c) => c.low === 25))?.background, false);
  // (An aside of the event itself still dates it: "The attack, which took place in March, killed 30".)
  const old = 'MOGADISHU (Reuters) - A car bomb killed 4 people on Monday. The attack, which took place in March, killed 30 people, officials said.';
  assert.equal(events(old).find((e) => e.claims.some((c) => c.low === 30))?.background, true);
});

test('the voice a speaker cites or quotes claims the figure; the speaker relays it, fronted or after', () => {
  const [som] = claims('Citing hospital sources, state television said 12 people died in the Mogadishu explosion.', 'killed');
  assert.match(som?.claimedBy?.name ?? '', /hospital sources/);
  assert.match(som?.reportedBy?.name ?? '', /television/);
  const [gaza] = claims('Citing the health ministry, Al Jazeera reported that 20 people were killed in Rafah.', 'killed');
  assert.match(gaza?.claimedBy?.name ?? '', /ministry/);
  const [mali] = claims('The agency said 9 soldiers died in the ambush near Gao, quoting a military source.', 'killed');
  assert.match(mali?.claimedBy?.name ?? '', /military source/);
});

test('"killed on both sides" counts the people of every side, not the country of the dateline', () => {
  const [c] = claims('MOSCOW (Reuters) - Nearly 5,000 people have been killed on both sides in the fighting over Nagorno-Karabakh, Putin said.', 'killed');
  assert.equal(c?.party.country ?? null, null);
  const [d] = claims('BAKU (Reuters) - Fighting near Fuzuli killed 40 people on both sides on Tuesday, officials said.', 'killed');
  assert.equal(d?.party.country ?? null, null);
  assert.equal(d?.low, 40);
});
