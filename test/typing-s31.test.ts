/**
 * Event typing principles of stop 31, each with sentences written for these tests in the style of
 * wire reports from different conflicts:
 * - demonstrators who themselves beat or attack someone riot: in a text that tells a demonstration,
 *   the residents, students or workers who turn on a person, or the "they" of a later sentence,
 *   are its demonstrators (ACLED: a violent demonstration is one whose participants use violence),
 *   while force used against the demonstrators, or by armed men, is not theirs;
 * - an armed group or force named before a person who takes no part in its fighting (its critic,
 *   sympathiser, informant or returnee) only says whom that person opposes, backs or informs: the
 *   person is a civilian, and killing him is an attack (ACLED: violence against civilians), not a
 *   fight with the group; the group's own fighters, commanders and officers stay armed;
 * - soldiers or police among the victims of armed men make a battle, even when civilians are killed
 *   with them ("killing three civilians and five soldiers", "targeted police and civilians"): the
 *   attackers met an armed side (ACLED codes it as an armed clash). Only the list of victims counts,
 *   not a force that names a place ("near a police post") or acts in a later clause, nor forces
 *   that are themselves the attackers, off duty, or policing a demonstration;
 * - a passive inside a demonstration's cause tells what was done to the demonstrators ("protested
 *   after their stalls were demolished"): their grievance, not their riot; their own acts
 *   ("and burned tyres"), an act on them ("were dispersed") and a passive aimed at a force ("after
 *   bottles were thrown at officers") still end the cause;
 * - an auxiliary is a verb's passive only when no noun phrase stands between them: in "gunmen
 *   believed to be IS militants attacked an army post", "be" is the complement's, the militants are
 *   the subject and the army post the target (a battle), not the victims of a passive attack;
 * - one state's forces that kill, shoot or wound another's, or one force another, are two armed
 *   sides: a battle, as for front-line reports of one army firing on the other's soldiers (an
 *   officer off duty is a civilian; a colleague's killing keeps its own rule);
 * - militants or gunmen who attack or assault the police are no demonstrators, even when the text
 *   tells a protest later (residents protesting the killings): the attack is a battle.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('demonstrators who beat or attack someone riot, even when a later sentence tells it', () => {
  assert.equal(primary('Students walked out of a college in Kumasi to demand the dismissal of the rector. They beat up the deputy rector.'), 'Violent demonstration');
  assert.equal(primary('Dock workers protested outside the port authority in Aden for a second day. Some of them assaulted a port official.'), 'Violent demonstration');
  assert.equal(primary('Residents of a Karachi suburb demonstrated over power cuts on Monday. The residents assaulted two staff of the electricity company.'), 'Violent demonstration');
});

test('force against demonstrators, or armed men striking after a march, is not the demonstrators\' riot', () => {
  // Force by soldiers or police, or harm done to the demonstrators, is never their riot.
  assert.notEqual(primary('Students marched in Yangon against the junta. Soldiers beat several of them.'), 'Violent demonstration');
  assert.notEqual(primary('Teachers rallied in Bogota over unpaid wages. Two of the teachers were beaten by police.'), 'Violent demonstration');
  assert.equal(primary('Farmers staged a sit-in outside the governor\'s office in Maiduguri. Police dispersed them with tear gas.'), 'Protest with intervention');
  // Armed men who strike after a demonstration are not its demonstrators.
  assert.equal(primary('Villagers protested against a mining concession near Tete. Gunmen later attacked the village, killing three.'), 'Peaceful protest');
  assert.equal(primary('Residents protested in Mogadishu over the price of water. Al Shabaab militants attacked a checkpoint nearby.'), 'Peaceful protest');
  assert.equal(primary('Hundreds rallied in Kharkiv in support of the army. A man was beaten by unknown assailants nearby.'), 'Peaceful protest');
  // "An attack" without a subject is often a figure of speech.
  assert.notEqual(primary('Journalists protested in Quetta against the arrest of an editor, which they called an attack on press freedom.'), 'Violent demonstration');
  assert.equal(primary('Women marched in Culiacan to demand news of their missing sons. The march passed peacefully.'), 'Peaceful protest');
});

test('a group\'s critic, sympathiser, informant or returnee is a civilian: killing him is an attack', () => {
  assert.equal(primary('Gunmen shot dead an outspoken Houthi critic outside a mosque in Taiz.'), 'Attack');
  assert.equal(primary('A prominent Taliban critic was assassinated in Herat on Sunday.'), 'Attack');
  assert.equal(primary('Unknown gunmen killed a police informant in a market in Cotabato.'), 'Attack');
  assert.equal(primary('Suspected soldiers killed an ELN sympathiser near Arauca.'), 'Attack');
  assert.equal(primary('A suspected ISIS returnee was shot dead by unknown men in Raqqa.'), 'Attack');
  assert.equal(primary('Militants killed two army informers in a village near Mopti.'), 'Attack');
});

test('a group\'s fighters, commanders and officers stay armed', () => {
  assert.equal(primary('Soldiers killed two Taliban fighters in a clash near Kunduz.'), 'Armed clash');
  assert.equal(primary('Police shot dead three gang members in a shootout in Culiacan.'), 'Armed clash');
  assert.equal(primary('Gunmen killed a police officer at a checkpoint in Dera Ismail Khan.'), 'Armed clash');
  assert.equal(primary('Al Shabaab fighters attacked an army base in Lower Shabelle, killing five soldiers.'), 'Armed clash');
  assert.equal(primary('Troops killed an ISIS commander in an air strike near Deir ez-Zor.'), 'Air/drone strike');
  assert.equal(primary('Rebel supporters marched through the centre of Goma.'), 'Peaceful protest');
});

test('soldiers or police among the victims of armed men make a battle, even with civilians killed', () => {
  assert.equal(primary('Militants attacked a market town in Borno, killing three civilians and five soldiers.'), 'Armed clash');
  assert.equal(primary('Bandits stormed a village in Zamfara and targeted police and civilians, leaving four dead.'), 'Armed clash');
  assert.equal(primary('Gunmen raided a village near Ituri, killing two farmers, a teacher and three policemen.'), 'Armed clash');
});

test('civilians alone, forces as attackers, a force naming a place: no battle', () => {
  assert.equal(primary('Gunmen killed two civilians near a police post in Kandahar.'), 'Attack');
  assert.equal(primary('Soldiers attacked a village in Sagaing, killing five civilians and a monk.'), 'Attack');
  assert.equal(primary('Unknown gunmen killed two farmers and a trader in a village near Djibo.'), 'Attack');
  assert.equal(primary('During a raid on a bar in Davao, police opened fire, injuring three civilians.'), 'Attack');
  assert.equal(primary('A soldier was shot dead at his home in Kirkuk by unknown gunmen.'), 'Attack');
  assert.equal(primary('Police opened fire on protesters in Lagos, killing three demonstrators and a bystander.'), 'Excessive force against protesters');
  assert.equal(primary('Rioters attacked police officers and journalists in Santiago during a march.'), 'Violent demonstration');
});

test('a passive inside the cause of a demonstration is the grievance, not a riot', () => {
  assert.equal(primary('Traders in Herat protested after their stalls were demolished by the municipality.'), 'Peaceful protest');
  assert.equal(primary('Students marched in Yaounde after a dormitory was burned down.'), 'Peaceful protest');
  assert.equal(primary('Residents protested in Mosul after their homes were looted.'), 'Peaceful protest');
});

test('the demonstrators\' own acts, and acts on them, still end the cause', () => {
  assert.equal(primary('Residents protested in Mosul over the looting of their homes and burned tyres on the main road.'), 'Violent demonstration');
  assert.equal(primary('Farmers protested against land seizures in Cauca; roads were blocked with logs.'), 'Violent demonstration');
  // A passive aimed at the police is the crowd's act, not what was done to it.
  assert.equal(primary('Police made dozens of arrests during a march in Lyon after bottles were thrown at officers.'), 'Violent demonstration');
  assert.equal(primary('Nurses protested in Harare over unpaid wages and were dispersed by riot police.'), 'Protest with intervention');
  assert.equal(primary('Villagers protested against a new dam in Kachin and set fire to a company truck.'), 'Violent demonstration');
});

test('an auxiliary with a noun phrase before the verb is not its passive', () => {
  assert.equal(primary('Gunmen believed to be ISIS militants attacked an army post near Tikrit.'), 'Armed clash');
  assert.equal(primary('An armed group thought to be Al Shabaab attacked police forces in Gedo.'), 'Armed clash');
  assert.equal(primary('Men said to be FARC dissidents killed two farmers near Tumaco.'), 'Attack');
});

test('the passive with an adverb or nothing between stays passive', () => {
  assert.equal(primary('Two soldiers were reportedly killed by militants near Palma.'), 'Armed clash');
  assert.equal(primary('Three villagers were shot dead by gunmen in Plateau.'), 'Attack');
  assert.equal(primary('A policeman was killed by a mob in Dhaka after a road accident.'), 'Mob violence');
});

test('forces that kill or wound another state\'s forces fight a battle', () => {
  assert.equal(primary('Ethiopian police crossed the border and killed a Kenyan police reservist.'), 'Armed clash');
  assert.equal(primary('Indian troops shot dead two Pakistani soldiers along the Line of Control on Tuesday.'), 'Armed clash');
  assert.equal(primary('Eritrean troops wounded three Ethiopian soldiers in a border skirmish.'), 'Armed clash');
});

test('forces that kill civilians, or an officer off duty, do not fight a battle', () => {
  assert.equal(primary('The army shot dead three men who tried to flee when the army raided a workshop.'), 'Attack');
  assert.equal(primary('Soldiers shot dead a police officer at his home in Maiduguri.'), 'Attack');
  assert.equal(primary('Police shot dead two farmers in a village near Kasese.'), 'Attack');
  assert.equal(primary('Soldiers opened fire on villagers in Sagaing, killing four civilians.'), 'Attack');
});

test('militants who attack the police are no demonstrators, even with a protest told later', () => {
  assert.equal(primary('Two gunmen suspected to be ISWAP fighters attacked a police patrol in Maiduguri. Residents later protested over the killings.'), 'Armed clash');
  assert.equal(primary('Militants attacked a police station in Bannu on Monday. Traders protested the next day, demanding better security.'), 'Armed clash');
});

test('demonstrators who attack or assault the police still riot', () => {
  assert.equal(primary('Protesters attacked a police station in Kasese after a student died in custody.'), 'Violent demonstration');
  assert.equal(primary('Demonstrators pelted police with stones and assaulted two officers in Santiago.'), 'Violent demonstration');
  assert.equal(primary('Youths burned tyres on the main road in Conakry to protest fuel prices.'), 'Violent demonstration');
});

test('only the demonstrators who beat or attack riot: the same sentence, or "they" or the same crowd right after it at the same moment', () => {
  // A strike is no demonstration in the street, and another crowd is not its demonstrators.
  assert.notEqual(primary('Nurses at the county hospital went on strike in Enugu last month. Farmers attacked a cattle herder near the village, wounding him.'), 'Violent demonstration');
  assert.notEqual(primary('Lecturers went on strike in Eldoret last week. On Thursday, pupils beat a classmate to death in Kakamega.'), 'Violent demonstration');
  // A shift of time ("later", "separately", another day) tells another event.
  assert.notEqual(primary('Market women demonstrated over rising insecurity in Jos. Later, students attacked a teacher at a school nearby.'), 'Violent demonstration');
  assert.notEqual(primary('Villagers marched to the district office in Gulu. Separately, residents beat a suspected cattle thief.'), 'Violent demonstration');
  assert.notEqual(primary('Fishermen protested at the harbour in Chittagong over a fishing ban. On Friday, they beat a coast guard officer.'), 'Violent demonstration');
  // The demonstrators themselves, in the sentence of the demonstration or right after it.
  assert.equal(primary('Students protesting a rise in hostel fees beat a university guard in Makerere.'), 'Violent demonstration');
  assert.equal(primary('Pupils protesting the transfer of their principal beat up a teacher in Bungoma.'), 'Violent demonstration');
  assert.equal(primary('Hundreds of traders marched on the county offices in Kisii. The traders beat a revenue clerk.'), 'Violent demonstration');
  // A beating told as the grievance stays the demonstration's cause.
  assert.equal(primary('Traders demonstrated in Kano after a soldier beat a hawker at the market.'), 'Peaceful protest');
  assert.equal(primary('Youths marched in Kibera to demand action against a gang that had beaten them up.'), 'Peaceful protest');
});

test('a relative of a soldier or a police officer is a civilian, not a force among the victims', () => {
  assert.equal(primary('Bandits shot dead the daughter of a police inspector in Sokoto.'), 'Attack');
  assert.equal(primary('Attackers killed the father and the sister of a police sergeant in Gwoza.'), 'Attack');
  assert.equal(primary('Armed men killed a soldier\'s mother at her shop in Bama.'), 'Attack');
  // Forces listed among the victims still meet the attackers as an armed side.
  assert.equal(primary('Militants killed two villagers and four policemen near Wana.'), 'Armed clash');
});

test('the primary target decides: civilians with a force member among them, or a quarrel between two agents, are no battle', () => {
  // A force member named as a part of the civilian victims ("including", "among them") leaves the
  // attack's primary target the civilians (ACLED: Violence against civilians).
  assert.equal(primary('Gunmen killed seven people, among them a soldier, at a market in Gao.'), 'Attack');
  assert.equal(primary('Raiders shot dead six travellers including a police constable near Funtua.'), 'Attack');
  assert.equal(primary('Militants killed eight villagers, two of them policemen, in an attack near Wana.'), 'Attack');
  // Forces at the head of the list, or listed beside the civilians, are an armed side met.
  assert.equal(primary('Insurgents killed four soldiers, including a captain, and two civilians near Damboa.'), 'Armed clash');
  // Two state agents in a personal quarrel are no armed organisations at war.
  assert.equal(primary('A soldier shot dead a policeman after a quarrel at a bar in Bukavu.'), 'Attack');
  assert.equal(primary('Two soldiers killed a police sergeant in a dispute over a debt in Mbandaka.'), 'Attack');
  // Fire between two states' forces stays a clash.
  assert.equal(primary('Armenian troops shot dead an Azerbaijani soldier along the line of contact near Tavush.'), 'Armed clash');
});
