/**
 * Event typing principles of stop 34, each with sentences written for these tests in the style of
 * wire and monitor reports from different conflicts:
 * - members of a second armed group (a militia, self-defence fighters, rival guerrillas) among the
 *   victims of an armed group met an armed, organised side: ACLED codes a battle between the two
 *   groups, as it does when soldiers or police are among the victims (a former member is a civilian);
 * - people killed, shot or wounded by the security forces in the sentence right after a demonstration
 *   is told, at the same moment, are its demonstrators: excessive force against protesters; beaten
 *   without serious harm, an intervention (ACLED's line: serious or lethal injuries, lethal weapons);
 * - an execution (summary, extrajudicial) kills people who cannot fight back: one-sided violence,
 *   an attack, even when the security forces call the dead suspects;
 * - dead or wounded counted on both sides or each side: two sides fought, a battle (not at a
 *   demonstration, whose crowd and police are no armed sides);
 * - a group of people who beat, wound or kill a suspected thief, burglar or witch take justice into
 *   their own hands: mob violence (not the police, gunmen or an armed group, and not by gunfire);
 * - goods taken from people with no one harmed (passengers stripped of their belongings, a vehicle
 *   carjacked, carts or tricycles seized) are looting, ACLED's Looting/property destruction;
 * - members of an armed group killed by the security forces "during a raid" on a village or a camp:
 *   the verb's two armed sides make the clash, not the place of the raid;
 * - a complex ambush or attack (a bomb or mine followed by gunfire or an armed assault) engages the
 *   forces it hits: an armed clash, not a remote explosive;
 * - soldiers, police or fighters abducted by armed men: ACLED's abduction is violence against
 *   civilians, so combatants taken by the other side are a battle (off duty, they are civilians);
 * - armed men who "enter" a village and kill, abduct or burn there took no control of it: the act
 *   on the people or their property is the event, not a change of territory;
 * - a force's post, convoy or patrol told as attacked or ambushed ("army convoy ambushed", a headline's
 *   passive with no "was"), or a force attacking an armed side: two armed sides, a battle;
 * - positions shelled, or mortars fired at them, "targeting" them, with no small arms, ground assault
 *   or exchange told: the means decides, one-sided indirect fire is shelling; a ground attack backed
 *   by artillery stays a clash.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('militiamen of another group among the victims of an armed group: a battle between the two', () => {
  for (const text of [
    'On 4 June 2021, suspected jihadist militants on motorbikes attacked a hamlet near Sebba and killed three members of the local self-defence militia.',
    'ADF rebels attacked a village in Beni territory on Sunday, killing two Mai-Mai militiamen and a farmer.',
    'Al-Shabaab fighters ambushed clan militiamen near Bulo Burte on Tuesday, killing five of them.',
    'ELN guerrillas killed three FARC dissidents in a rural area of Arauca on Saturday, the army said.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // A former member is a civilian; farmers are civilians.
  for (const text of [
    'Gunmen killed a former rebel in his home on Monday evening.',
    'ADF rebels attacked a village in Beni territory on Sunday, killing two farmers.',
  ]) assert.equal(primary(text), 'Attack', text);
});

test('force used by the security forces in the sentence right after a demonstration is used on it', () => {
  for (const text of [
    'Opposition supporters demonstrated in Conakry on Wednesday against a third presidential term. A teenager was shot and killed by gendarmes, his family said.',
    'Villagers demonstrated in the township against the junta on Friday. Two men were killed by soldiers near the monastery.',
    'Workers protested at the tin mine near Potosi over layoffs. Police shot and killed a miner.',
    'Students protested at the university in Sylhet over exam fees. A student was wounded by police.',
  ]) assert.equal(primary(text), 'Excessive force against protesters', text);
  assert.equal(primary('Students protested at the university in Sylhet over exam fees. They were beaten by police.'), 'Protest with intervention');
  // A killing told as earlier than the demonstration is its background, not force used on it.
  assert.equal(primary('Students protested at the university in Sylhet over exam fees. Two days earlier a classmate had been killed by police.'), 'Peaceful protest');
});

test('people executed by the security forces: an attack, not a clash', () => {
  for (const text of [
    'Government forces executed twelve detainees at a checkpoint south of Idlib, a monitoring group said.',
    'A rights group said troops took five men from a bus in the hills of Kachin State and executed them by the roadside on Monday.',
    'Soldiers detained and executed nine men in a village of Sagaing on Tuesday, local media reported.',
    'Police summarily executed six suspects in a slum of the port city overnight, relatives said.',
  ]) assert.equal(primary(text), 'Attack', text);
  // Militants killed by soldiers, no execution told: the security forces met an armed side.
  assert.equal(primary('Soldiers killed six suspected militants in a village near the border on Thursday.'), 'Armed clash');
});

test('casualties on both sides or each side: two sides fought', () => {
  for (const text of [
    'Nine people were killed on both sides near Pibor on Sunday, a county official said.',
    'At least fifteen men were wounded on each side in the dispute over the grazing land, elders in Hiraan said.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // "Both sides" who only speak tell no fight.
  assert.equal(primary('Both sides said they were ready to talk after a man was killed in the market on Friday.'), 'Attack');
});

test('a group that punishes a suspected thief or witch is a mob', () => {
  for (const text of [
    'Several young men attacked and wounded a man suspected of theft at a bus station in Kampala on Thursday.',
    'A group of men attacked a woman accused of witchcraft in a village in Malawi on Tuesday and burned her hut.',
    'In a suburb of Lilongwe, a group of people beat up a suspected burglar on Wednesday and handed him to the police.',
  ]) assert.equal(primary(text), 'Mob violence', text);
  // The police or gunmen who shoot a suspect are no mob.
  assert.notEqual(primary('Police shot dead a suspected robber in a slum of the capital on Friday.'), 'Mob violence');
  assert.notEqual(primary('Gunmen shot dead a suspected cattle thief near the river on Friday.'), 'Mob violence');
});

test('goods taken from people, no one harmed: looting', () => {
  for (const text of [
    'Armed men stopped a minibus on the road to Bambari and stripped the passengers of their belongings, a local official said.',
    'Gang members carjacked a pick-up truck from a nurse in Croix-des-Bouquets on Monday.',
    'Bandits seized three tricycles from traders near Gusau on Sunday.',
  ]) assert.equal(primary(text), 'Looting/property destruction', text);
});

test('armed group members killed by the security forces during a raid: a clash', () => {
  assert.equal(primary('Four Abu Sayyaf members were killed by marines during a raid in a village on Jolo.'), 'Armed clash');
  assert.equal(primary('Two Islamic State fighters were killed by Iraqi troops during a raid on a hideout in the desert of Anbar on Monday.'), 'Armed clash');
});

test('a bomb followed by gunfire or an armed assault: a complex attack, an armed clash', () => {
  for (const text of [
    'A roadside bomb struck a police pick-up in Helmand on Sunday, followed by gunfire from Taliban fighters in the orchards, officials said.',
    'ISWAP militants hit a military patrol outside Monguno with an IED followed by an armed assault, killing four soldiers.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // A bomb alone, and the forces' own shooting after a blast, stay a remote explosive.
  for (const text of [
    'A roadside bomb killed two soldiers in a patrol near Gao on Monday.',
    'A device went off beside a police post in the town on Monday. Afterwards soldiers arrived and fired shots around the neighbourhood.',
  ]) assert.equal(primary(text), 'Remote explosive/landmine/IED', text);
});

test('combatants abducted by the other side: a battle; civilians abducted: an abduction', () => {
  for (const text of [
    'Al-Shabaab fighters abducted four Somali soldiers near Baidoa on Wednesday.',
    'ELN guerrillas abducted two police officers on a rural road in Arauca on Sunday.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  for (const text of [
    'ELN guerrillas abducted two engineers on a rural road in Arauca on Sunday.',
    'Gunmen abducted an off-duty gendarme at his home near Maradi on Friday.',
  ]) assert.equal(primary(text), 'Abduction/forced disappearance', text);
});

test('armed men who enter a village to kill, abduct or burn take no territory', () => {
  assert.equal(primary('Armed men entered a village in Ituri province overnight and killed five people with machetes.'), 'Attack');
  assert.equal(primary('Bandits entered a farming village in Katsina state on Sunday and abducted twelve women.'), 'Abduction/forced disappearance');
  assert.equal(primary('Insurgents entered a coastal village in Cabo Delgado on Friday and burned dozens of houses.'), 'Looting/property destruction');
});

test('a force\'s post or convoy attacked or ambushed, told headline-style: a battle', () => {
  for (const text of [
    'Police checkpoint attacked overnight outside Jalalabad, one dead and two wounded, a spokesman said.',
    'Army convoy ambushed in the hills of Cabo Delgado on Monday: four dead, officials said.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // A force that assaults a civilian attacks him.
  assert.equal(primary('Gendarmes assaulted a shopkeeper for breaking the curfew on Friday.'), 'Attack');
});

test('positions shelled with no small arms or ground assault: shelling; an assault backed by artillery: a clash', () => {
  for (const text of [
    'The army shelled the hills east of the river on Sunday night, targeting the positions of the Kachin rebels. Casualties are unknown.',
    'Separatist forces fired mortars at Ukrainian positions near Avdiivka overnight, targeting trenches on the edge of the town.',
  ]) assert.equal(primary(text), 'Shelling/artillery/missile attack', text);
  assert.equal(primary('Troops attacked rebel positions in the hills on Tuesday, backed by artillery.'), 'Armed clash');
});
