/**
 * Event typing principles of stop 33, each with sentences written for these tests in the style of
 * wire and monitor reports from different conflicts:
 * - an armed group's attack that a later sentence tells was fought back (the village's defence
 *   fighters or the troops routed or repelled the attackers, engaged them, or killed them as they
 *   responded) met an armed, organised side: ACLED codes the battle, not an attack on civilians;
 * - "routed" is a verb of armed resistance, but "route" (a road) is none;
 * - mines are a means of remote violence: "attacked a convoy with mines", "a mine attack on troops"
 *   are Remote explosive/landmine/IED (the target cannot answer), as "roadside bombs" are;
 * - a force's name before "carried out" drives nobody out: only the verb "forced" does ("forced the
 *   rebels out"), not the noun of "Defence Force - Natchaung carried out".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('an attack a later sentence tells was fought back by an armed side is a battle', () => {
  for (const text of [
    'On 3 May 2021, unidentified gunmen attacked the village of Kerelou near Dori. Members of the village self-defence group routed the assailants. No casualties were reported.',
    'Suspected jihadists on motorbikes attacked the customs post at Tamba on Sunday. Troops of the national guard repelled the attack after an hour.',
    'Bandits stormed the hamlet of Gidan Sule overnight and rustled cattle. Local hunters engaged the bandits and the fighting lasted until dawn.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // No resistance told, or a road named "route": the attack stays one.
  for (const text of [
    'On 3 May 2021, unidentified gunmen attacked the village of Kerelou near Dori and killed three farmers. The attackers fled on motorbikes.',
    'Six passengers were killed when gunmen sprayed a bus plying the Dori-Kaya route with bullets.',
  ]) assert.equal(primary(text), 'Attack', text);
});

test('mines are the means of an attack: remote violence, not a clash', () => {
  for (const text of [
    'On 12 October 2021, a local resistance group struck army lorries on the hill road to Kanpetlet with mines; the blasts wrecked one lorry.',
    'Resistance fighters launched a mine attack on soldiers patrolling near the township on Tuesday. Casualties are unknown.',
    'Rebels attacked two vehicles carrying troops with six mines near the bridge, wounding several soldiers.',
    'A resistance unit hit a foot patrol near Kalay with two mines; four soldiers died.',
    'Insurgents attacked a truck carrying police officers with mine near the market, killing two officers.',
  ]) assert.equal(primary(text), 'Remote explosive/landmine/IED', text);
});

test('property or weapons seized are no territory taken: the seizure\'s object decides', () => {
  for (const [text, sub] of [
    ['On 4 March 2021, gunmen on motorbikes attacked the village of Wuro Sabe, killed two herders and seized livestock.', 'Attack'],
    ['Masked men gunned down a local councillor outside the town of Bossaso and drove off in his car.', 'Attack'],
    ['Insurgents killed two policemen and seized their rifles in the town of Diffa on Friday.', 'Armed clash'],
    ['Government troops clashed with rebels near the village of Kamako and recovered weapons and motorbikes.', 'Armed clash'],
    // A town seized first is taken, whatever property follows.
    ['Rebels seized the town of Kidira and its market on Sunday.', 'Non-state actor overtakes territory'],
  ]) assert.equal(primary(text!), sub, text);
});

test('a crowd that clashes with soldiers or police and kills some of them fought as an armed side', () => {
  for (const text of [
    'Residents clashed with soldiers who had come to disarm them in Gidami district, killing three soldiers.',
    'Youths clashed with gendarmes sent to evict them from the forest reserve, killing one gendarme.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // The crowd killed, not killing: still a riot.
  const riot = 'Youths clashed with police in the market town, and two youths were killed.';
  assert.equal(primary(riot), 'Violent demonstration', riot);
});

test('an agreement told in a demonstration\'s sentence is its demand or grievance, not the event', () => {
  for (const text of [
    'Nurses held a sit-in at the hospital in Dapaong, angry that a wage accord reached with the ministry in 2019 was never honoured.',
    'Teachers marched in Kindia on Monday to press the government to honour a pay agreement it signed with their unions.',
  ]) assert.equal(primary(text), 'Peaceful protest', text);
  const deal = 'Elders of the two communities signed a peace agreement in Koro after two days of dialogue.';
  assert.equal(primary(deal), 'Agreement', deal);
});

test('violence or shooting "between" two sides names a fight, as "fighting between" does', () => {
  const fight = 'Dozens died in a week of raids and reprisals around Wukari. The violence between Tiv and Jukun militias has also burned down hundreds of homes, officials said.';
  assert.equal(primary(fight), 'Armed clash', fight);
  const riot = 'Students protested at the polytechnic over fees. Police moved in and there were reports of violence between them.';
  assert.equal(primary(riot), 'Violent demonstration', riot);
});

test('an air-supported or air-ground operation is ground forces fighting, the aircraft its means', () => {
  for (const text of [
    'Backed by helicopters in an air-supported operation, soldiers swept the Sambisa forest and killed several insurgents.',
    'Jets and commandos mounted an air-ground operation against a militant camp near Tongo Tongo; several militants died in the strikes.',
  ]) assert.equal(primary(text), 'Armed clash', text);
});
