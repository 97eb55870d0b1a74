/**
 * Typing of stop 47: sentences written for these tests in the style of wire reports and monitors'
 * notes from conflicts the dev data barely holds (Ukraine, Israel–Lebanon, Somalia, Yemen, Syria,
 * Iraq, the DRC, Haiti, Mozambique). Each principle is an ACLED codebook rule or a fact of how wire
 * copy is written; its guards are the readings it must leave alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { typingCases } from './typing-mentions.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-03-11', outlet: null, byline: null, text }).find((e) => !e.background)!;
const sides = (text: string) => { const e = first(text); return [e.subEventType, e.actor1?.name ?? null, e.actor2?.name ?? null]; };

// "Downed" is a verb of shooting down; the bare particle "down" ("bringing down power lines", "died
// down", "down the road") and a surname ("Downs") are no disruption of a weapon, and must not turn a
// strike into one.
typingCases('down is no shoot-down', [
  ['Russian artillery shelled Kharkiv overnight, bringing down power lines in two districts.', 'Shelling/artillery/missile attack'],
  ['Mortar rounds landed on a market in Mogadishu, and the market was shut down for two days.', 'Shelling/artillery/missile attack'],
  ['Rebels shelled government positions near Marib as the fighting died down along the valley.', 'Shelling/artillery/missile attack'],
  ['Pentagon spokesman Richard Downs said two drones struck a militia compound near Al-Qaim.', 'Air/drone strike'],
  ['Witnesses told Colonel Downs that mortar rounds hit the market in Baidoa.', 'Shelling/artillery/missile attack'],
], [
  ['Ukrainian air defence downed 12 drones over Odesa.', 'Disrupted weapons use'],
  ['Rebels shot down an army helicopter near Goma.', 'Disrupted weapons use'],
  ['The downing of the aircraft near Sumy was confirmed by the army.', 'Disrupted weapons use'],
]);

// Handing over acts on its object: a place handed over changes hands (a non-violent transfer of
// territory), but prisoners, detainees or suspects handed over are people released or transferred
// (ACLED's agreement covers releases and exchanges of captives), never a territory.
typingCases('people handed over are no territory', [
  ['Rebels handed over 30 prisoners to the ICRC in the town of Walikale.', 'Agreement'],
  ['Kurdish forces handed over 50 Islamic State suspects to Iraqi authorities at the Rabia border crossing.', 'none'],
  ['Two suspected kidnappers caught by residents in the town of Jowhar were handed over to the police.', 'none'],
], [
  ['M23 rebels handed over the town of Kiwanja to the regional force on Friday.', 'Non-violent transfer of territory'],
  ['Taliban fighters handed over the district headquarters to Afghan forces.', 'Non-violent transfer of territory'],
  ['Russian forces withdrew their troops from the town of Kupiansk on Tuesday.', 'Non-violent transfer of territory'],
]);

// A past participle right before its noun, after a determiner, a preposition or another verb, is an
// adjective: "abandoned villages" are empty villages, no withdrawal told. And a village, camp or home
// told abandoned has nobody in it: burning or destroying it is property destruction, not an attack
// on the people of a place (ACLED's looting/property destruction).
typingCases('abandoned places are empty places', [
  ['Soldiers patrolled abandoned villages near the frontline in Kherson region on Monday.', 'Change to group/activity'],
  ['Troops moved through abandoned villages in northern Rakhine on Tuesday.', 'none'],
  ['Pro-government militiamen burned abandoned villages in the Jebel Marra area.', 'Looting/property destruction'],
  ['Colombian troops destroyed an abandoned guerrilla camp in the jungle of Guaviare.', 'Looting/property destruction'],
], [
  ['The militants abandoned the town of Sake on Friday.', 'Non-violent transfer of territory'],
  ['Government troops abandoned positions near Bunia.', 'Non-violent transfer of territory'],
  ['Soldiers burned three villages near Kalay on Sunday.', 'Attack'],
]);

// "Burned X to death" and "burned X alive" kill whoever X names, however many words it takes
// ("a pastor and eight members of his congregation"): the long gap of a verb's object, which stops
// at a clause mark or another verb.
typingCases('burned to death whatever the length of the object', [
  ['Fighters burned three members of a local family inside their homes to death near Beni.', 'Attack'],
  ['Al-Shabaab militants burned the wife and three daughters of a local elder to death in Lower Shabelle.', 'Attack'],
  ['Gunmen burned a farmer and both of his sons alive in Zamfara state.', 'Attack'],
], [
  ['Traders in a market in Cotonou burned two men they took for thieves to death.', 'Mob violence'],
  ['Government troops burned down a house near Kalay on Tuesday.', 'Looting/property destruction'],
]);

// ACLED's excessive force against protesters is force a state force (or another) used on a
// demonstration: when the reading of the trigger finds no force among its sides, the state force its
// sentence names as a doer used it ("as security forces dispersed the crowd"); a force that is only
// the source ("police said") or the protest's object ("a march against the police") is not.
test('excessive force: the force the sentence names is actor1', () => {
  assert.deepEqual(sides('Two protesters were shot dead during a demonstration in Omdurman on Thursday as security forces dispersed the crowd.'), ['Excessive force against protesters', 'Police Forces of Sudan', 'Protesters (Sudan)']);
  assert.deepEqual(sides('Several protesters were killed in Mandalay on Sunday when soldiers fired on a march.'), ['Excessive force against protesters', 'Military Forces of Myanmar', 'Protesters (Myanmar)']);
  assert.deepEqual(sides('Security forces opened fire on protesters in Nasiriyah, killing three people, medics said.'), ['Excessive force against protesters', 'Police Forces of Iraq', 'Protesters (Iraq)']);
  // (A force named only as the source is no doer; the police of the place stand in for the force
  // nobody names, sides.ts withUnnamedDoer.)
  assert.deepEqual(sides('Two protesters were shot dead during a march in Omdurman on Thursday, army spokesmen said.'), ['Excessive force against protesters', 'Police Forces of Sudan', 'Protesters (Sudan)']);
});

// Who finds the dead is no party to their killing, also when what they found is the grave or the
// place that held the bodies ("discovered a mass grave containing 30 bodies").
test('the finders of a grave are not its killers', () => {
  assert.notEqual(first('Residents discovered a mass grave containing 30 bodies near Izium.').actor1?.name, 'Civilians (Ukraine)');
  assert.notEqual(first('Villagers found a shallow grave holding the bodies of six men near Bunia.').actor1?.name, 'Civilians (DR Congo)');
  assert.equal(first('Gunmen killed two villagers near Bunia and dumped the bodies in a well.').actor1?.name, 'Unidentified Armed Group');
});

// A nationality before a civilian's occupation or state names a civilian of that country, never its
// army: hostages, missionaries, priests, nuns, nurses, engineers, businessmen, expatriates.
test('foreign hostages, missionaries and engineers are civilians', () => {
  assert.equal(first('Abu Sayyaf militants beheaded a Vietnamese hostage in Sulu on Tuesday.').actor2?.kind, 'civilians');
  assert.equal(first('Militants abducted an American missionary in southern Niger.').actor2?.kind, 'civilians');
  assert.equal(first('Al-Shabaab fighters shot dead a Turkish engineer in Mogadishu.').actor2?.kind, 'civilians');
  assert.equal(first('Taliban fighters killed three Indian soldiers near Kabul.').actor2?.kind, 'military');
});

// A heart attack or natural causes are no attack: a death by illness is a hazard, no political
// violence (ACLED codes none), unless violence is told beside it.
typingCases('a heart attack is no attack', [
  ['The former rebel commander suffered a fatal heart attack in Goma on Monday.', 'none'],
  ['A senior Houthi official suffered a fatal heart attack at home in Sanaa, the group said.', 'none'],
  ['A veteran opposition leader died of natural causes in Kabul on Friday.', 'none'],
], [
  ['Gunmen attacked a clinic in Bunia, killing a nurse.', 'Attack'],
  ['Militants attacked an army post near Kidal on Monday.', 'Armed clash'],
]);
