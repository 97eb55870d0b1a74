/**
 * Casualty claims of stop 41, with sentences written for these tests in the style of wire reports
 * from several conflicts: a pronoun that speaks ("they claimed", "it said") for the organised side
 * that is the sentence's subject, not for the people shown in its video; an editor's word in brackets
 * after a quoted figure ("50 (dead)"); an aside in brackets between a count and its verb.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const claims = (text: string, outcome: string) => events(text).flatMap((e) => e.claims.filter((c) => c.outcome === outcome));

test('"they claimed" and "it said" after a group that opens the sentence: the group claims the figure', () => {
  const [goma] = claims('The rebels released a video of 14 government soldiers they claimed to have captured during fighting near Goma on Sunday.', 'captured');
  assert.equal(goma?.low, 14);
  assert.equal(goma?.claimedBy?.kind, 'rebel');
  const [mosul] = claims('In March the Islamic State released footage of 11 Iraqi soldiers it said it had killed in an ambush west of Mosul.', 'killed');
  assert.equal(mosul?.low, 11);
  assert.equal(mosul?.claimedBy?.name, 'Islamic State');
  const [sahel] = claims('On Tuesday, JNIM posted pictures of 9 Burkinabe soldiers they said were killed when their convoy was ambushed near Djibo.', 'killed');
  assert.equal(sahel?.low, 9);
  assert.match(sahel?.claimedBy?.name ?? '', /JNIM|Jama'?at|Nusrat/i);
});

test('the people shown are never the voice: a pronoun right before the verb is the whole subject', () => {
  const [c] = claims('Kurdish fighters showed reporters the bodies of 23 militants they said had attacked their positions near Hasakah.', 'killed');
  assert.equal(c?.low, 23);
  assert.doesNotMatch(c?.claimedBy?.name ?? '', /militants they/);
});

test('an editor\'s outcome word in brackets right after a quoted figure', () => {
  const [c] = claims('"Our battalion has counted more than 30 (dead) since dawn," a separatist commander told reporters in Luhansk on Monday.', 'killed');
  assert.equal(c?.low, 30);
  assert.equal(c?.qualifier, 'at_least');
  assert.equal(claims('"We have at least 8 [wounded] after the shelling," the mayor of the town told local television.', 'wounded')[0]?.low, 8);
});

test('an aside in brackets between a count and its verb keeps the count', () => {
  assert.equal(claims('The health ministry said 45 (11 of them children) were killed in the strike on the market in Idlib.', 'killed')[0]?.low, 45);
  assert.equal(claims('At least 17 people (including four policemen) were wounded when the bomb went off in Quetta.', 'wounded')[0]?.low, 17);
  assert.equal(claims('Twelve soldiers (three officers and nine privates) were killed in the ambush near Diffa, the army said.', 'killed')[0]?.low, 12);
  // An abbreviation in brackets is part of the name, the count still read.
  assert.equal(claims('Nine members of the Rapid Support Forces (RSF) were killed in the fighting near El Fasher, the army said.', 'killed')[0]?.low, 9);
});

test('"it added" after a military\'s media wing: the wing, a body, speaks again', () => {
  const text = 'Pakistani security forces killed 11 militants in a raid in North Waziristan, the military\'s media wing said. Two soldiers were also killed in the exchange of fire, it added.';
  const two = claims(text, 'killed').find((c) => c.low === 2);
  assert.match(two?.claimedBy?.name ?? '', /media wing/);
});

test('prosecutors, coroners and sheriffs are voices, and a sheriff is a person "he" refers to', () => {
  assert.equal(claims('Mexican prosecutors said gunmen killed 11 people at a bar in Guanajuato state late on Saturday.', 'killed')[0]?.claimedBy?.name, 'Mexican prosecutors');
  assert.match(claims('The victim, a 19-year-old cashier, died from a single bullet wound to the neck, the county coroner said.', 'killed')[0]?.claimedBy?.name ?? '', /coroner/);
  const text = 'Two deputies were shot dead on Friday, County Sheriff Dan Miller said. He named one of the slain deputies as a father of three who had joined the force in 2011.';
  assert.ok(claims(text, 'killed').every((c) => /Miller/.test(c.claimedBy?.name ?? '')));
});

test('"lost only 12 men", and a loss told by the verb joined to the speaker\'s first ("it had repelled the attack and lost")', () => {
  const [c] = claims('The RSF said it had repelled the attack and lost only 12 men.', 'killed');
  assert.equal(c?.low, 12);
  assert.match(c?.party.name ?? '', /Rapid Support Forces/);
  assert.equal(claims('The Kachin Independence Army said it lost just three fighters in the battle for the outpost.', 'killed')[0]?.low, 3);
});

test('scare quotes around the people counted keep the count ("30 \\"terrorists\\" were killed")', () => {
  assert.equal(claims('Myanmar\'s military government said on state television that 30 "terrorists" were killed in clashes in Sagaing.', 'killed')[0]?.low, 30);
  assert.equal(claims('The interior ministry said 12 “bandits” were shot dead by police in Zamfara state.', 'killed')[0]?.low, 12);
});

test('a state voice with no country named ("the government said it … lost 12 men") counts its own forces, a rival figure of the same dead', () => {
  const text = 'The jihadists said they had killed 35 Malian soldiers in a raid on a camp near Boni, while the government said it had pushed the raiders back and lost only nine men.';
  const nine = claims(text, 'killed').find((c) => c.low === 9);
  assert.equal(nine?.party.name, 'Military Forces of Mali');
});

test('"bled to death" is a death', () => {
  assert.equal(claims('Two farmers bled to death after gunmen on motorbikes opened fire on their field near Dogo, a local official said.', 'killed')[0]?.low, 2);
});
