/**
 * Typing of stop 41 (non-battle side of ACLED's taxonomy), with sentences written for these tests in
 * the style of wire reports from several conflicts (Nigeria, Mali, Cameroon, Ethiopia, Myanmar,
 * Burundi, Somalia, Niger, Chile, Uganda):
 * - ACLED's abduction/forced disappearance is an abduction "without reports of further violence": one
 *   told with people shot at, wounded, beaten or tortured in its sentence, or wounded in another
 *   sentence of the report, is an attack, whose agents are the abductors (the wounded's own clause
 *   often names no one); no harm told, a release unharmed, or soldiers taken keep their readings;
 * - the clause of saying that closes a sentence ("…were wounded, police said") names who tells of the
 *   act, not its victims, even when it starts right after the trigger: wounded guests are no police
 *   met in a fight;
 * - a bomb or explosives thrown by hand are ACLED's grenade sub-type ("a grenade or similar
 *   hand-thrown explosive"); petrol bombs stay a riot's;
 * - a grenade that went off as people picked it up, handled or played with it (unexploded,
 *   abandoned) was thrown by no one: a remnant of war, coded like a landmine as a remote explosive.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);
const primary = (text: string) => primaryEvent(text)?.subEventType;

test('an abduction told with further violence is an attack by the abductors', () => {
  const e = primaryEvent('Suspected bandits kidnapped 12 passengers on the Kaduna-Abuja highway on Tuesday, and two of the captives were injured, police said.');
  assert.equal(e?.subEventType, 'Attack');
  assert.ok(e?.actor1, 'the abductors are actor1');
  assert.equal(primary('Masked gunmen fired on a lorry and kidnapped three fishermen outside Mopti late on Thursday.'), 'Attack');
  assert.equal(primary('Separatist fighters abducted two teachers near Bamenda and tortured them before releasing them on Sunday.'), 'Attack');
  // No harm told, a release unharmed, or soldiers taken keep their readings.
  assert.equal(primary('Gunmen abducted a village chief near Tillaberi on Monday, residents said.'), 'Abduction/forced disappearance');
  assert.equal(primary('Gunmen kidnapped a trader near Kidal on Monday; he was released unharmed two days later.'), 'Abduction/forced disappearance');
  assert.equal(primary('Gunmen kidnapped two soldiers near Menaka and wounded a third.'), 'Armed clash');
});

test('an abduction whose victims are wounded in the next sentence is an attack', () => {
  const e = primaryEvent('Gunmen abducted five farmers near Gusau on Sunday. Two of them were wounded, police said.');
  assert.equal(e?.subEventType, 'Attack');
  assert.ok(e?.actor1, 'the abductors are actor1');
});

test('the closing clause of saying names no victim, even right after the trigger', () => {
  assert.equal(primary('Armed men stormed a wedding party near Kumbo on Saturday. Three guests were wounded, police said.'), 'Attack');
});

test('a bomb or explosives thrown by hand are a grenade attack', () => {
  assert.equal(primary('Unidentified men threw a bomb into a hotel in Gondar on Friday, wounding two guests.'), 'Grenade');
  assert.equal(primary('Two men on a motorbike hurled explosives at a bank branch in Mandalay on Tuesday; no one was hurt.'), 'Grenade');
  assert.equal(primary('A homemade bomb was thrown into a bar in Bujumbura late on Saturday, killing one person.'), 'Grenade');
  // Petrol bombs stay a riot's; a grenade thrown stays one.
  assert.equal(primary('Protesters threw petrol bombs at police in Santiago on Friday.'), 'Violent demonstration');
  assert.equal(primary('A man hurled a grenade into a crowded bar in Bujumbura, wounding eight people.'), 'Grenade');
});

test('a grenade that exploded as people picked it up or handled it is a remote explosive', () => {
  assert.equal(primary('A child was killed and his mother wounded when a grenade they had picked up exploded near Gao on Monday.'), 'Remote explosive/landmine/IED');
  assert.equal(primary('A farmer was wounded while handling an abandoned grenade in his yard near Kaya, police said.'), 'Remote explosive/landmine/IED');
  // A grenade found by the police is still a weapon seized.
  assert.equal(primary('Police found a grenade in a bag at the bus station in Kampala on Monday.'), 'Disrupted weapons use');
});

test('violence told as the grievance of a demonstration is its cause, no event of its own', () => {
  // "in the wake of", "in reaction to", "in support of", "asking … to stop", "justice for": what the
  // marchers react to, support or want stopped happened before or elsewhere (ACLED codes the protest).
  assert.equal(primary('Mothers marched through Segou on Wednesday in reaction to a string of deadly raids on gendarmerie posts.'), 'Peaceful protest');
  assert.equal(primary('Villagers in Dilla held a rally on Sunday urging federal authorities to stop militias from killing farmers.'), 'Peaceful protest');
  assert.equal(primary('Hundreds of traders marched in Bunia on Tuesday in support of soldiers ambushed by rebels last week.'), 'Peaceful protest');
  // Force used on the marchers themselves stays the event.
  assert.equal(primary('Hundreds protested in Jos in the wake of the attack, and police shot dead two protesters.'), 'Excessive force against protesters');
});

test('a bomb that goes off while its own men are planting it is a disrupted weapons use', () => {
  // ACLED: an accidental detonation by the perpetrators hit no target; told "in the process of
  // planting", "while being planted" or as a "premature explosion".
  assert.equal(primary('Three al Shabaab militants died outside Marka on Wednesday, in the process of planting explosives on a track, locals said.'), 'Disrupted weapons use');
  assert.equal(primary('Three Taliban militants died in a premature explosion of an IED in Ghazni province on Sunday, officials said.'), 'Disrupted weapons use');
  // A roadside bomb that hit its target stays one.
  assert.equal(primary('A roadside bomb killed four soldiers near Kidal on Monday.'), 'Remote explosive/landmine/IED');
});

test('livestock or vehicles seized, with no one harmed, are looting', () => {
  // ACLED codes seized goods, livestock and vehicles as looting/property destruction; a counted herd
  // ("about 400 head of cattle") or an ambulance is property, not territory.
  assert.equal(primary('Armed men seized about 400 head of cattle from herders near Rumbek on Wednesday, local officials said.'), 'Looting/property destruction');
  assert.equal(primary('Armed raiders seized some 700 heads of livestock from a camp near Tahoua on Thursday.'), 'Looting/property destruction');
  assert.equal(primary('Armed men seized a health centre ambulance outside Ansongo on Thursday.'), 'Looting/property destruction');
  // Someone shot stays the attack.
  assert.equal(primary('Gunmen shot and wounded a trader near Gao and seized his motorbike and phone.'), 'Attack');
});

test('soldiers who open fire on a demonstration told just before use excessive force', () => {
  // ACLED: lethal force against demonstrators, told in the next sentence at the same moment and place.
  assert.equal(primary('Farmers marched on the district office in Kasese on Monday over land evictions. Soldiers opened fire on them.'), 'Excessive force against protesters');
  assert.equal(primary('Traders protested against a tax rise in Pakokku on Thursday. Three men were shot and killed.'), 'Excessive force against protesters');
  // Shots in the air with tear gas disperse the crowd: an intervention.
  assert.equal(primary('Pupils protested over tuition hikes in Kankan on Tuesday. Officers used tear gas and fired warning shots into the air, scattering the pupils.'), 'Protest with intervention');
});
