/**
 * Typing principles that name who acts: a named armed group of any war is an organised armed actor
 * (not the state its last word "forces" would say); a participle joined by "and" to a ", killing …"
 * clause has the main clause's subject; migrants and displaced people are civilians; in a noun
 * compound the last noun is the actor ("civilian police" are police, "MRC youths" youths); an event
 * noun before a verb is its subject ("fighting entered its fourth week"); a capital after "in" or
 * "near" is the city; two sides joined by "and" before a fighting verb both fight.
 * Sentences written for these tests in the style of wire reports from several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { happened } from '../src/extract/mention.ts';
import { extractEvents, processArticle } from '../src/pipeline.ts';
import { mentionsOf } from './typing-mentions.ts';

const sub = (text: string) => mentionsOf(text).find(happened)?.subEventType;
const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-05-10', outlet: null, byline: null, text });
const primaryEvent = (text: string) => extractEvents(article(text)).find((e) => !e.background);
/** The current events of a text through every stage, places included. */
const currentEvents = (text: string) => processArticle(article(text)).filter((e) => !e.background);

for (const [text, want, actor1] of [
  ['Fighters of the Rapid Support Forces stormed a village in West Darfur, killing dozens of residents and burning homes.', 'Attack', 'RSF: Rapid Support Forces'],
  ['Fano militiamen raided a market town in Amhara, killing seven traders and looting shops.', 'Attack', 'Fano Militia'],
  ['Gunmen of the Allied Democratic Forces attacked a village near Beni, killing 12 farmers and setting houses on fire.', 'Attack', 'ADF: Allied Democratic Forces'],
] as const) {
  test(`a named armed group killing villagers and burning their homes is an Attack by that group — ${text.slice(0, 50)}`, () => {
    const e = primaryEvent(text);
    assert.equal(e?.subEventType, want);
    assert.equal(e?.actor1?.name, actor1);
  });
}

test('border guards opening fire on migrants attack civilians', () => {
  assert.equal(sub('Border guards opened fire on migrants trying to cross the frontier at night, killing two, rights groups said.'), 'Attack');
  assert.equal(sub('Soldiers fired on displaced people queuing for food aid outside the camp, killing four.'), 'Attack');
});

test('a civilian police patrol fired on by gunmen is an armed clash: the patrol is police, whatever describes it', () => {
  assert.equal(sub('Unknown gunmen opened fire on a civilian police patrol near the market, wounding three policemen.'), 'Armed clash');
});

test('the coordinated participle keeps the main clause\'s subject: state forces capturing ground retake it', () => {
  const e = primaryEvent('Troops of the Sudanese Armed Forces pushed into the district on Monday, clashing with RSF fighters and capturing a bridge.');
  assert.equal(e?.subEventType, 'Government regains territory');
  assert.equal(e?.actor1?.name, 'Military Forces of Sudan');
});

test('an event noun right before a verb is its subject: "as fighting entered its fourth week" captures nothing', () => {
  const e = primaryEvent('Sudanese army aircraft bombed RSF positions in Khartoum North as fighting entered its fourth week.');
  assert.equal(e?.subEventType, 'Air/drone strike');
  assert.equal(e?.actor1?.name, 'Military Forces of Sudan');
  assert.equal(e?.actor2?.name, 'RSF: Rapid Support Forces');
});

test('a capital after a locative word is the city, not its government', () => {
  const e = primaryEvent('Russian missiles struck an energy facility near Kyiv overnight, wounding three workers, officials said.');
  assert.notEqual(e?.actor2?.name, 'Government of Ukraine');
  assert.notEqual(e?.actor1?.name, 'Government of Ukraine');
});

test('two sides joined by "and" before a fighting verb are both actors, even of one country', () => {
  const e = primaryEvent('Ethiopian troops and Fano militiamen fought for control of the town of Lalibela on Wednesday.');
  assert.equal(e?.subEventType, 'Armed clash');
  assert.deepEqual([e?.actor1?.name, e?.actor2?.name], ['Military Forces of Ethiopia', 'Fano Militia']);
});

test('a country named after "in" is where a cross-border strike happened, whatever the actors\' country', () => {
  const place = (text: string) => currentEvents(text)[0]?.location?.country;
  assert.equal(place('Turkish warplanes bombed suspected PKK hideouts in northern Iraq, the defence ministry said.'), 'Iraq');
  assert.equal(place('Israeli jets struck targets in southern Lebanon on Sunday, the army said.'), 'Lebanon');
  // Where raiders came from is no place of the raid.
  assert.equal(place('Raiders from Ethiopia attacked a Kenyan village at dawn, killing three herders.'), 'Kenya');
});

test('a casualty verb with its object is active: the subject acts, it is no victim', () => {
  const e = primaryEvent('Pakistani security forces killed 10 militants in an operation in North Waziristan, the military said.');
  assert.equal(e?.actor1?.name, 'Military Forces of Pakistan');
  assert.equal(primaryEvent('Rebels of the Arakan Army captured the town after weeks of fighting with the military.')?.actor1?.name, 'AA: Arakan Army');
  // Without an object the subject is still the victim.
  assert.notEqual(primaryEvent('Two Azerbaijani soldiers were killed by Armenian fire on Monday.')?.actor2?.name, undefined);
});

test('Maoist rebels are a named armed group; "a Port-au-Prince neighbourhood" is no government', () => {
  assert.equal(primaryEvent('Maoist rebels ambushed a police patrol in Sukma district, killing six officers.')?.actor1?.name, 'CPI (Maoist): Communist Party of India (Maoist)');
  const e = primaryEvent('Gang members torched dozens of homes in a Port-au-Prince neighbourhood on Tuesday, forcing residents to flee.');
  assert.ok(![e?.actor1?.name, e?.actor2?.name].includes('Government of Haiti'));
});

test('civilians killed by the fighting itself are the clash\'s dead; civilians attacked are an Attack', () => {
  assert.equal(sub('Fighting killed at least 20 civilians in the eastern districts of the city on Sunday, a doctors\' union said.'), 'Armed clash');
  assert.equal(sub('Militiamen attacked civilians fleeing the town, killing nine, witnesses said.'), 'Attack');
});

test('a seizure after a withdrawal is one change of hands, and seizing control captures nobody', () => {
  const events = currentEvents('The Taliban seized control of the district headquarters after government forces withdrew.');
  assert.deepEqual(events.map((e) => e.subEventType), ['Non-violent transfer of territory']);
  assert.equal(events[0]!.claims.length, 0);
});

test('"IS" is the group, not the verb: an attack by IS on policemen is a clash, and its figure is counted', () => {
  assert.equal(sub('IS snipers targeted and wounded two policemen in the town on Friday.'), 'Armed clash');
  const e = currentEvents('IS killed five soldiers near the town on Friday.')[0]!;
  assert.equal(e.totals.killed.best, 5);
});

test('fighters left dead by an operation were killed in a fight; the bodies of former fighters are civilians\'', () => {
  assert.equal(sub('The army carried out an operation against the rebels in the hills, leaving 2 rebel fighters dead.'), 'Armed clash');
  assert.equal(sub('The bodies of two former guerrillas were found in a burned car on the outskirts of the city.'), 'Attack');
});

test('a date before the subject is no count of it: "On 28 April 2020, Taliban militants attacked …" is active', () => {
  assert.equal(sub('On 28 April 2020, Taliban militants attacked pro-government militia forces in the district, causing three casualties.'), 'Armed clash');
});

test('positions targeted with artillery alone are shelled; fire opened on a convoy or patrol is a fight; fighters captured at a front were taken in one', () => {
  assert.equal(sub('On 3 May 2020, government forces targeted rebel positions with heavy artillery fire south of the city. No casualties were reported.'), 'Shelling/artillery/missile attack');
  assert.equal(sub('Unknown gunmen opened fire on an army convoy near the town, wounding two soldiers.'), 'Armed clash');
  assert.equal(sub('Government forces captured two rebel fighters during clashes on Friday.'), 'Armed clash');
  // A civilian shot at a checkpoint is still a civilian.
  assert.equal(sub('A militiaman shot and killed a taxi driver at a checkpoint during an argument.'), 'Attack');
});

test('one trader is a civilian, traders a crowd: "journalists were injured by traders" is mob violence', () => {
  assert.equal(sub('Five photojournalists were injured by traders at the market for covering the traders defying the lockdown.'), 'Mob violence');
  assert.equal(sub('Gunmen shot dead a trader at the market on Monday.'), 'Attack');
});

test('a threat told beside violence is part of it: the beating is the event', () => {
  assert.equal(sub('Villagers caught a suspected thief, tied him to a tree, beat him and threatened to burn him.'), 'Mob violence');
  assert.equal(sub('The militia threatened to attack the town if the army did not withdraw.'), 'Threat');
});

test('goods seized or confiscated are looting/property destruction; weapons seized are disrupted weapons use; a town seized is territory', () => {
  assert.equal(sub('Soldiers seized three boats carrying fuel near the river port on Saturday.'), 'Looting/property destruction');
  assert.equal(sub('Rebel security forces confiscated a shopping mall in the capital from its owner.'), 'Looting/property destruction');
  assert.equal(sub('Police seized five rifles and ammunition in a raid on a hideout.'), 'Disrupted weapons use');
  assert.equal(sub('Rebels seized the town after heavy fighting with the army.'), 'Non-state actor overtakes territory');
});

test('mortar fire that the other side answers is a clash; shelling nobody answers stays shelling', () => {
  assert.equal(sub('Rebel forces fired mortar shells at army positions east of the town. The army responded to the fire, killing several of the attackers.'), 'Armed clash');
  assert.equal(sub('Rebel forces fired mortar shells at army positions east of the town. No casualties were reported.'), 'Shelling/artillery/missile attack');
});

test('a vigilante-style killing by gunmen is an attack; a vigilante crowd lynching thieves is mob violence', () => {
  assert.equal(sub('A drug suspect was shot dead in a vigilante-style attack by unidentified gunmen on a motorcycle.'), 'Attack');
  assert.equal(sub('A vigilante group lynched two suspected thieves in the village.'), 'Mob violence');
});

test('"a kidnapping gang" names who was arrested, no kidnapping that happened', () => {
  const events = currentEvents('Security forces arrested 12 suspected members of a kidnapping gang in a raid in the north of the state.');
  assert.deepEqual(events.map((e) => e.subEventType), ['Arrests']);
});

test('an armed group "arresting" people abducts them; state forces arrest', () => {
  assert.equal(sub('SDF fighters detained several women in a raid on the camp on Friday.'), 'Abduction/forced disappearance');
  assert.equal(sub('Police arrested four people in the city on Friday.'), 'Arrests');
  assert.equal(sub('Police killed six militants and arrested several more during a raid.'), 'Armed clash');
});

test('drugs seized by the ton and labs dismantled are property seized or destroyed, the arrests beside them secondary', () => {
  assert.equal(sub('Federal police seized about 3 tons of marijuana hidden in a truck during an inspection. Two men were arrested.'), 'Looting/property destruction');
  assert.equal(sub('Police dismantled a cocaine lab in a farmhouse outside the city. A man was arrested.'), 'Looting/property destruction');
});

test('protesters arrested, told in the passive, are an intervention in their protest', () => {
  assert.equal(sub('Dozens of people protested against the lockdown in the main square. One protester was arrested for insulting an officer.'), 'Protest with intervention');
  assert.equal(sub('Dozens of people protested against the lockdown in the main square on Saturday.'), 'Peaceful protest');
});

test('livestock stolen is looting; a vehicle destroyed by an anti-tank missile is a missile attack', () => {
  assert.equal(sub('Suspected militiamen stole about 40 cows from a farm outside the town on Tuesday.'), 'Looting/property destruction');
  assert.equal(sub('Opposition fighters destroyed an army bulldozer on the front using an ATGM. No casualties were reported.'), 'Shelling/artillery/missile attack');
});

test('"in front of his house" is no front line', () => {
  assert.equal(sub('Unidentified gunmen opened fire on a civilian in front of his house on Sunday.'), 'Attack');
  assert.equal(sub('A teenager accidentally shot himself in front of friends at his home early Thursday.') !== 'Armed clash', true);
});
