/**
 * The lines ACLED's codebook draws between a fight (Battles), an attack on unarmed people
 * (Violence against civilians), a mob (Riots) and a demonstration (Protests), as the typing rules
 * of data/event-triggers.json draw them. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicon } from '../src/extract/typing/lexicon.ts';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf } from './typing-mentions.ts';

function primary(text: string) {
  const ms = mentionsOf(text);
  return ms.find(happened);
}

const sub = (text: string) => primary(text)?.subEventType;

for (const [text, want] of [
  ['A traffic police officer shot dead a bus driver who had refused to pay a bribe in the market town.', 'Attack'],
  ['Two police officers shot and killed a teacher outside a bar for no known reason.', 'Attack'],
  ['Police shot dead three men suspected of robbing a petrol station on the highway.', 'Armed clash'],
  ['Police killed two gang members in the eastern suburb after a tip-off.', 'Armed clash'],
] as const) {
  test(`police killing a driver or a teacher is an attack; killing gangsters or armed suspects is a clash — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

for (const [text, want] of [
  ['Raiders attacked a village near the river and stole 200 goats. Police intervened, killing four of the raiders.', 'Armed clash'],
  ['Armed men attacked a polling station and stabbed a clerk. Two of the attackers were shot dead by the police.', 'Armed clash'],
] as const) {
  test(`attackers killed by the police or villagers they raided make the report a clash — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('attackers killed by the police or villagers they raided make the report a clash — Two herders were killed by cattle raiders near the county bo', () => {
  // Killed *by* raiders: the raiders are the agents, not the dead.
  assert.equal(sub('Two herders were killed by cattle raiders near the county border.'), 'Attack');
});

test('attackers killed by the police or villagers they raided make the report a clash — Residents cornered and killed two suspected robbers in the m', () => {
  // A crowd that kills suspected robbers is a mob, not a fight.
  assert.equal(sub('Residents cornered and killed two suspected robbers in the market.'), 'Mob violence');
});

for (const [text, want] of [
  ['Gunmen shot dead a security guard at a bank in the town centre.', 'Armed clash'],
  ['Bandits killed a night watchman at a school and stole a generator.', 'Armed clash'],
] as const) {
  test(`security guards and watchmen count as an armed party — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('security guards and watchmen count as an armed party — Bandits killed a crossing guard near the primary school.', () => {
  // A crossing guard is a civilian.
  assert.equal(sub('Bandits killed a crossing guard near the primary school.'), 'Attack');
});

test('an officer who shoots a colleague is state forces on both sides', () => {
  assert.equal(sub('A police constable shot dead two of his colleagues at the station before fleeing.'), 'Armed clash');
});

for (const [text, want] of [
  ['Students attacked three teachers at a boarding school after their exams were cancelled.', 'Mob violence'],
  ['A crowd beat to death a man accused of stealing a goat.', 'Mob violence'],
  ['A group of youths attacked a campaign team of the rival party in the village.', 'Attack'],
] as const) {
  test(`residents, students or a crowd turning on someone are a mob; bands of youths are often militias — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

for (const [text, want] of [
  ['Hundreds of residents protest a recent bandit attack on a school in their town.', 'Peaceful protest'],
  ['Thousands protest police raids on newspaper offices.', 'Peaceful protest'],
] as const) {
  test(`a protest against an attack or a raid is a protest, not the attack — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('a protest against an attack or a raid is a protest, not the attack — The protest turned violent when students threw stones at the', () => {
  // "The protest turned violent": the noun opens no cause.
  assert.equal(sub('The protest turned violent when students threw stones at the police.'), 'Violent demonstration');
});

for (const [text, want] of [
  ['Traders blocked the highway for three hours to protest new market fees.', 'Peaceful protest'],
  ['Residents blocked the road with logs and stones to protest frequent accidents.', 'Violent demonstration'],
  ['Boda boda riders blocked the road to protest harassment. Police fired tear gas to disperse them.', 'Protest with intervention'],
] as const) {
  test(`a road blocked with stones, logs or tyres is a violent demonstration; a plain road block is not — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('a road blocked with stones, logs or tyres is a violent demonstration; a plain road block is not — Two men were wounded in a shooting in the 3800 block of Ches', () => {
  // A street block is a place, not a road block.
  assert.equal(sub('Two men were wounded in a shooting in the 3800 block of Chestnut Avenue.'), 'Attack');
});

test('a road blocked with stones, logs or tyres is a violent demonstration; a plain road block is not — Police blocked the street after the shooting.', () => {
  assert.notEqual(primary('Police blocked the street after the shooting.')?.eventType, 'Protests');
});

for (const [text, want] of [
  ['Youths stormed the polling station demanding to see the voters register.', 'Mob violence'],
  ['Protesters stormed the county offices and chased away the staff.', 'Violent demonstration'],
] as const) {
  test(`storming an office: a violent demonstration when people demonstrate, else a mob — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('roles: an object after the verb makes it active, a place after "by" is no agent — Three militants shot dead a county driver on the main road.', () => {
  const m = primary('Three militants shot dead a county driver on the main road.');
  assert.equal(m?.agent, 'nonstate');
  assert.equal(m?.subEventType, 'Attack');
});

for (const [text, want] of [
  ['On May 23, unidentified attackers killed four herders near the dam.', 'Attack'],
  ['The three attackers killed at least 19 people before the police arrived.', 'Attack'],
] as const) {
  test(`roles: an object after the verb makes it active, a place after "by" is no agent — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('roles: an object after the verb makes it active, a place after "by" is no agent — Police shot dead a young man by a petrol station in the town', () => {
  const byPlace = primary('Police shot dead a young man by a petrol station in the town.');
  assert.equal(byPlace?.agent, 'gov');
  assert.equal(byPlace?.subEventType, 'Attack');
});

test('a scope\'s notBefore words must be a list of strings', () => {
  const base = { cues: { protest: ['protest'] }, context: { pv: ['=protests'] }, rules: [{ sub: 'Peaceful protest', all: ['protest'], weight: 1 }] };
  assert.throws(() => compileLexicon({ ...base, scopes: { pv: { reach: 3, notBefore: 'in' } } }, 'test.json'), /scopes\.pv\.notBefore/);
  const ok = compileLexicon({ ...base, scopes: { pv: { reach: 3, notBefore: ['In', 'at'] } } }, 'test.json');
  assert.deepEqual([...ok.scopes.get('pv')!.notBefore], ['in', 'at']);
});

test('modality: the month "May" is no hedge, and a clause mark ends a negation — On May 23, gunmen killed two herders near the water point.', () => {
  assert.equal(primary('On May 23, gunmen killed two herders near the water point.')?.modality, 'asserted');
});

test('modality: the month "May" is no hedge, and a clause mark ends a negation — Political activists (affiliation not known) march in the tow', () => {
  const m = primary('Political activists (affiliation not known) march in the town centre.');
  assert.equal(m?.subEventType, 'Peaceful protest');
  assert.equal(m?.modality, 'asserted');
});

test('modality: the month "May" is no hedge, and a clause mark ends a negation — No one was killed, police said.', () => {
  assert.equal(primary('No one was killed, police said.'), undefined);
});

test('a label names the main event even over violence told after it', () => {
  assert.equal(sub('Non-violent activity: armed men hijacked a lorry on the highway and drove it across the border.'), 'Other');
});

for (const [text, want] of [
  ['Police thwarted an attack on the station and killed two militants.', 'Armed clash'],
  ['Bomb disposal experts defused an explosive device found near the bus station.', 'Disrupted weapons use'],
] as const) {
  test(`an attack foiled with the attackers killed is a fight; a bomb defused is a disrupted weapons use — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('an unlawful killing by the police is an attack even on a suspect', () => {
  assert.equal(sub('Police shot dead a suspected thief. Residents said it was an extrajudicial killing.'), 'Attack');
});

test('journalists beaten by the police at a demonstration are an attack on civilians, not force on protesters', () => {
  assert.equal(sub('Three journalists were beaten and injured by police while covering a demonstration in the town.'), 'Attack');
});

for (const [text, want] of [
  ['Gunmen shot dead an off-duty police officer outside his home.', 'Attack'],
  ['Youths armed with bows and arrows attacked a police post and stole two rifles.', 'Armed clash'],
] as const) {
  test(`an off-duty officer shot at home is an attack; a police post attacked by armed youths is a clash — ${text.slice(0, 60)}`, () => assert.equal(sub(text), want));
}

test('a killing that sparked protests is not force against those protesters', () => {
  assert.equal(sub('Police shot dead a bus conductor in the market, sparking protests by his colleagues.'), 'Attack');
});
