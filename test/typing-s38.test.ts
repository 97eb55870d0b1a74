/**
 * Event typing by the ACLED codebook's definitions, stop 38. Sentences written for this test, in
 * the style of wire reports from many conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-16', outlet: null, byline: null, text }).filter((x) => !x.background);
const first = (text: string) => events(text)[0];
const subs = (text: string) => events(text).map((e) => e.subEventType);

test('a force "deployed in" a place that comes under fire is one clash, no deployment', () => {
  for (const text of [
    'Peacekeepers deployed in the town of Bunia came under fire from militiamen on Monday, the mission said.',
    'Army units stationed near the border came under heavy fire from rebels overnight, a military source said.',
    'Police officers deployed to the district came under fire from gunmen late on Friday.',
  ]) assert.deepEqual(subs(text), ['Armed clash'], text);
  // A deployment told as the act stays one.
  assert.equal(first('The army deployed troops to the border town of Moreh on Monday.')?.subEventType, 'Change to group/activity');
  // A force that redeploys "after" withdrawing "amid" attacks: the redeployment is the act told.
  assert.ok(subs('On Sunday the national army redeployed to the border town of Kalehe with the help of peacekeepers, after withdrawing last year amid a wave of attacks on army posts.').includes('Change to group/activity'));
  // Civilians fired upon stay victims.
  assert.notEqual(first('Gunmen fired on an ambulance carrying three nurses on the road out of Bukavu.')?.subEventType, 'Armed clash');
});

test('an assault that cost its attackers men or failed met armed defenders: a battle', () => {
  assert.equal(first('Russian forces lost about 200 soldiers in a failed assault on the village of Krasnohorivka, Kyiv said.')?.subEventType, 'Armed clash');
  assert.equal(first('Militants lost dozens of fighters in an assault on the town of Kananga on Sunday.')?.subEventType, 'Armed clash');
  assert.equal(first('The rebels launched a failed attack on Kambele on Tuesday, the army said.')?.subEventType, 'Armed clash');
});

test('fighting or a ceasefire that a meeting discusses is its topic, no event of its own', () => {
  assert.deepEqual(subs('Defence ministers of the region met in Geneva on Tuesday to discuss the fight against the insurgents.').filter((s) => s === 'Armed clash'), []);
  assert.deepEqual(subs('Envoys held talks on the war against the militants in Doha on Wednesday.').filter((s) => s === 'Armed clash'), []);
  assert.notEqual(first('Mediators hosted talks in Jeddah on a ceasefire between the army and the paramilitaries.')?.subEventType, 'Agreement');
  // A ceasefire agreed or brokered stays an agreement.
  assert.equal(first('Qatari mediators brokered a ceasefire between the two sides on Friday.')?.subEventType, 'Agreement');
  assert.equal(first('The army and the rebels agreed to a ceasefire after talks in Trincomalee.')?.subEventType, 'Agreement');
  // Talks tried first, then force: the coordinated verb is a new act, no topic.
  assert.equal(first('Protesters blocked the ring road near Zintan. The mayor sought to negotiate and then police fired tear gas at the crowd.')?.subEventType, 'Protest with intervention');
});

test('an institution named by an activity ("training centre") is no activity', () => {
  for (const text of [
    'A bomb exploded near a police training centre in Batticaloa, killing three people.',
    'Gunmen opened fire outside a military training college in Uvira on Saturday.',
    'A suicide bomber struck a recruitment centre in Sirte, killing 12 people.',
  ]) assert.ok(!subs(text).includes('Change to group/activity'), text);
});

test('fuel tanks and refineries destroyed are property, no armour', () => {
  for (const text of [
    'Security forces destroyed illegal fuel tanks and refineries in the creeks of the delta on Sunday.',
    'Troops destroyed three illegal refineries near the river, the navy said.',
  ]) assert.equal(first(text)?.subEventType, 'Looting/property destruction', text);
});

test('off-duty soldiers or police attacked are civilians to ACLED: an attack', () => {
  for (const text of [
    'Insurgents killed two off-duty soldiers in a village near Popayan.',
    'Gunmen shot dead an off-duty police officer in Buenaventura on Thursday.',
  ]) assert.equal(first(text)?.subEventType, 'Attack', text);
  // On duty, they are an armed side.
  assert.equal(first('Insurgents killed two soldiers at a checkpoint near Popayan.')?.subEventType, 'Armed clash');
});

test('spent shell casings are no artillery and no weapons seized; a shooting a meeting discusses did happen', () => {
  assert.ok(!subs('Officers found fourteen spent shell casings outside the bar on Saturday night.').includes('Disrupted weapons use'));
  const wounded = subs('Police recovered nine spent shell casings from the street where a man was wounded.');
  assert.ok(!wounded.includes('Disrupted weapons use') && !wounded.includes('Shelling/artillery/missile attack'));
  assert.equal(first('Detectives met reporters on Monday to discuss the drive-by shooting in which a man died in the west of the city.')?.subEventType, 'Attack');
});

test('demonstrators killed or wounded as the security forces respond, told right after the demonstration', () => {
  for (const text of [
    'Students rallied over the exam results in Jaffna. A pupil was killed when troops responded.',
    'Residents marched against the demolitions in the district. Several people were seriously injured when police responded.',
  ]) assert.equal(first(text)?.subEventType, 'Excessive force against protesters', text);
  // Killed when armed men attack: no force used on the march.
  assert.notEqual(first('Residents marched against the demolitions in the district. Two people were killed when gunmen attacked a police post.')?.subEventType, 'Excessive force against protesters');
});

test('demonstrators "met by" the police or the army: an intervention in their demonstration', () => {
  for (const text of [
    'Coca growers rallied outside the prefecture in Cochabamba on Monday and were met by police units.',
    'Students demonstrated at the university in Sumy against the fee rise and were met by a violent response from the police.',
    'Miners marched on the governor\'s office in Potosi and were met by heavily armed soldiers.',
  ]) assert.equal(first(text)?.subEventType, 'Protest with intervention', text);
  // A delegation met by officials is a meeting, no intervention.
  assert.notEqual(first('The opposition delegation was met by the interior minister in Tiraspol on Tuesday.')?.subEventType, 'Protest with intervention');
});
