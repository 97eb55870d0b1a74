import { test } from 'node:test';
import assert from 'node:assert/strict';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf } from './typing-mentions.ts';
import { SUB_EVENT_TYPES, eventTypeOf } from '../src/record/taxonomy.ts';

function primary(text: string) {
  const ms = mentionsOf(text);
  return ms.find(happened) ?? ms[0];
}

function sub(text: string): string | undefined {
  return primary(text)?.subEventType;
}

// One or more sentences written for these tests per ACLED sub-event type.
const CASES: [string, string][] = [
  ['Rebel fighters and government troops clashed for hours near the northern market town on Sunday.', 'Armed clash'],
  ['A gun battle broke out between the militia and a police patrol outside the district office.', 'Armed clash'],
  ['Insurgents attacked an army checkpoint on the highway, killing four soldiers.', 'Armed clash'],
  ['Government troops attacked the neighbouring army\'s border positions with artillery and armoured vehicles before dawn.', 'Armed clash'],
  ['The army said it had recaptured the town of Northbridge from the rebels after a week of fighting.', 'Government regains territory'],
  ['Separatist militants seized control of the border town early on Monday.', 'Non-state actor overtakes territory'],
  ['Government forces pulled out of the hill town without resistance, leaving it to the opposition fighters.', 'Non-violent transfer of territory'],
  ['Witnesses said a helicopter dropped containers of chlorine gas on the village.', 'Chemical weapon'],
  ['Airstrikes by military jets hit a market in the rebel-held district, killing nine people.', 'Air/drone strike'],
  ['A drone strike targeted a car carrying two commanders near the river crossing.', 'Air/drone strike'],
  ['A suicide bomber blew himself up at the entrance of the stadium, killing six people.', 'Suicide bomb'],
  ['Artillery shells landed on residential buildings in the eastern suburbs overnight.', 'Shelling/artillery/missile attack'],
  ['Two rockets fired from across the border struck a school on Tuesday.', 'Shelling/artillery/missile attack'],
  ['A roadside bomb exploded as a minibus passed, wounding eleven passengers.', 'Remote explosive/landmine/IED'],
  ['A boy was killed when he stepped on a landmine while herding goats.', 'Remote explosive/landmine/IED'],
  ['An unknown attacker hurled a grenade into a crowded bar, injuring seven people.', 'Grenade'],
  ['Soldiers raped at least twelve women during the raid on the camp, a rights group said.', 'Sexual violence'],
  ['Gunmen stormed the village at dawn and killed fourteen civilians, including children.', 'Attack'],
  ['Two farmers were shot dead by unidentified gunmen on their way to the market.', 'Attack'],
  ['Armed men kidnapped three aid workers from their vehicle near the camp.', 'Abduction/forced disappearance'],
  ['Hundreds of teachers marched to parliament to demand higher pay.', 'Peaceful protest'],
  ['Police fired tear gas to disperse students who had gathered outside the ministry to protest fee increases.', 'Protest with intervention'],
  ['Security forces opened fire on protesters in the capital, killing five of them.', 'Excessive force against protesters'],
  ['Rioters set tyres on fire and pelted police with stones in the city centre.', 'Violent demonstration'],
  ['Demonstrators blocked the main highway with burning tyres and barricades.', 'Violent demonstration'],
  ['An angry mob lynched a man suspected of stealing a motorcycle.', 'Mob violence'],
  ['The two parties signed a ceasefire agreement in the capital on Friday.', 'Agreement'],
  ['More than forty fighters of the group surrendered to the army with their weapons.', 'Agreement'],
  ['Police arrested six opposition activists at their homes overnight.', 'Arrests'],
  ['Dozens of soldiers defected from the national army and joined the rebel movement.', 'Change to group/activity'],
  ['Bomb disposal experts defused an explosive device found near the bus station.', 'Disrupted weapons use'],
  ['Police seized a cache of rifles and ammunition hidden in a farmhouse.', 'Disrupted weapons use'],
  ['The air defence system intercepted two missiles over the capital.', 'Disrupted weapons use'],
  ['Foreign troops have set up a new military base near the oil fields.', 'Headquarters or base established'],
  ['Bandits looted shops and torched houses in the trading centre before fleeing.', 'Looting/property destruction'],
];

for (const [text, expected] of CASES) {
  test(`${expected}: ${text.slice(0, 60)}`, () => {
    assert.equal(sub(text), expected);
  });
}

test('every mention carries a sub-type of the taxonomy and its event type', () => {
  for (const [text] of CASES) {
    for (const m of mentionsOf(text)) {
      assert.ok(SUB_EVENT_TYPES.includes(m.subEventType), m.subEventType);
      assert.equal(m.eventType, eventTypeOf(m.subEventType));
      assert.equal(text.slice(m.trigger.start, m.trigger.end), m.trigger.text);
    }
  }
});

for (const [text, want] of [
  ['Residents protested in the town centre over the killing of a teacher by police.', 'Peaceful protest'],
  ['Traders marched against the demolition of their stalls by the county.', 'Peaceful protest'],
] as const) {
  test(`protest over a killing is a protest, not the killing — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('a threat is not an attack', () => {
  const ms = mentionsOf('The militia threatened to attack the capital if its demands were not met.');
  assert.equal(ms[0]?.subEventType, 'Threat');
  assert.equal(ms[0]?.eventType, 'Diplomacy');
  const attack = ms.find((m) => m.subEventType === 'Attack');
  if (attack) assert.equal(attack.modality, 'hypothetical');
});

test('denied shelling is negated', () => {
  const text = 'The defence ministry denied that its forces had shelled the village.';
  const ms = mentionsOf(text);
  const shelling = ms.find((m) => m.subEventType === 'Shelling/artillery/missile attack');
  assert.ok(shelling);
  assert.equal(shelling.modality, 'negated');
});

test('the main event comes first; diplomacy after the fighting', () => {
  const text = 'Heavy fighting broke out between the two armies along the border on Tuesday. ' +
    'Moscow urged both sides to exercise restraint. The defence ministers later agreed a ceasefire mediated by Russia.';
  const ms = mentionsOf(text);
  assert.equal(ms[0]!.subEventType, 'Armed clash');
  const subs = ms.map((m) => m.subEventType);
  assert.ok(subs.includes('Appeal'), subs.join(', '));
  assert.ok(subs.includes('Agreement'), subs.join(', '));
});

for (const [text, want] of [
  ['The president spoke by phone with the prime minister about the border.', 'Talks'],
  ['Yerevan asked Moscow for help under the defence treaty.', 'Request for help'],
  ['The foreign ministry accused the neighbouring army of provoking the incident.', 'Accusation'],
] as const) {
  test(`diplomatic values when nothing violent happened — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('looting next to killing is an attack', () => {
  assert.equal(sub('Raiders killed two herders and stole three hundred cattle near the river.'), 'Attack');
});

test('a chemical leak is no chemical weapon', () => {
  assert.notEqual(sub('A chlorine leak at a water treatment plant sent twenty workers to hospital.'), 'Chemical weapon');
});

test('no event words, no mentions; hostile input does not throw', () => {
  assert.deepEqual(mentionsOf('The weather was mild and the harvest good.'), []);
  assert.deepEqual(mentionsOf(''), []);
  const junk = 'a'.repeat(50_000) + ' killed ' + '-'.repeat(50_000);
  assert.doesNotThrow(() => mentionsOf(junk));
});

test('the words of a cause or a source are not context — Police arrested an activist on Thursday for organising an il', () => {
  // "for organising an illegal protest" is why the man was arrested, not a protest dispersed
  assert.equal(sub('Police arrested an activist on Thursday for organising an illegal protest last month.'), 'Arrests');
});

test('the words of a cause or a source are not context — Militants attacked two villages overnight, killing eleven pe', () => {
  // "according to vigilantes" names a source, not a mob
  assert.equal(sub('Militants attacked two villages overnight, killing eleven people, according to vigilantes.'), 'Attack');
});

for (const [text, want] of [
  ['Soldiers arrested more than forty men during night raids on the camp.', 'Arrests'],
  ['Bandits raided the village and killed three herders.', 'Attack'],
] as const) {
  test(`arrests made in raids are arrests; a raid on villagers is an attack — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('an attack planned or attempted is not the event', () => {
  const text = 'The rebels massed near the town in a bid to capture it. Government troops repelled them after a day of fighting.';
  const first = primary(text);
  assert.equal(first?.subEventType, 'Armed clash');
});

for (const [text, want] of [
  ['Two people were killed in the town centre on Sunday. Witnesses said the attacker threw a grenade at the crowd.', 'Grenade'],
  ['Hundreds of traders protested outside the county offices. Police later fired tear gas to disperse them.', 'Protest with intervention'],
] as const) {
  test(`refinements from later sentences: the weapon, the police response — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('refinements from later sentences: the weapon, the police response — Insurgents attacked an army base on Monday, killing six sold', () => {
  // a town taken later in the report is another event, not a detail of the lead
  assert.equal(sub('Insurgents attacked an army base on Monday, killing six soldiers. They later seized control of a nearby village.'), 'Armed clash');
});

test('an appeal to stop fighting does not assert the fighting', () => {
  const text = 'The United Nations urged both sides to end the fighting around the airport.';
  const ms = mentionsOf(text);
  assert.equal(ms[0]?.subEventType, 'Appeal');
  const clash = ms.find((m) => m.subEventType === 'Armed clash');
  if (clash) assert.equal(clash.modality, 'hypothetical');
});

test('a repeated mention later in the report does not displace the lead', () => {
  const text = 'Government troops and rebels clashed near the northern border on Monday. ' +
    'A ceasefire was agreed on Tuesday. The army said it had returned fire after rebels fired first.';
  const ms = mentionsOf(text);
  assert.equal(ms[0]!.sentenceIndex, 0);
  assert.equal(ms[0]!.subEventType, 'Armed clash');
});

for (const [text, want] of [
  ['Gunmen abducted two engineers from a construction site on the highway.', 'Abduction/forced disappearance'],
  ['Gunmen abducted a village elder and killed him; his body was found the next day.', 'Attack'],
] as const) {
  test(`an abduction is an abduction unless someone was killed — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('agent and patient classes are reported with each mention', () => {
  const text = 'Police shot dead a civilian at a checkpoint in the city.';
  const m = mentionsOf(text)[0]!;
  assert.equal(m.subEventType, 'Attack');
  assert.equal(m.agent, 'gov');
});

for (const [text, want] of [
  ['Arrests: police detained four men after gunmen attacked a bus near the border.', 'Arrests'],
  ['Movement of forces: troops were sent to the county after attacks on two villages.', 'Change to group/activity'],
] as const) {
  test(`a label before a colon names the main event — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('a label before a colon names the main event — Nairobi: gunmen attacked a bus near the border, killing two', () => {
  // a place name as a dateline is no label
  assert.equal(sub('Nairobi: gunmen attacked a bus near the border, killing two passengers.'), 'Attack');
});

test('looting words do not hide the riot words inside them', () => {
  assert.equal(sub('Students protesting against new fees set fire to two dormitories.'), 'Violent demonstration');
});

test('an infinitive of purpose is not an event that happened', () => {
  const text = 'Government forces are massing troops near the river to retake the city.';
  const ms = mentionsOf(text);
  const retake = ms.find((m) => m.subEventType === 'Government regains territory');
  assert.ok(retake);
  assert.equal(retake.modality, 'hypothetical');
  // but "led to clashes" reports the clashes
  assert.equal(sub('A dispute over grazing land led to clashes between herders and farmers.'), 'Armed clash');
});
