/**
 * Event typing principles of stop 29, each with sentences written for these tests in the style of
 * wire reports from different conflicts:
 * - "violently" tells the violence of its verb's subject: demonstrators or a crowd acting violently
 *   riot, but security forces that "responded violently" or "violently repressed" a march use force
 *   against the demonstrators (an intervention, or excessive force when deaths are told), and
 *   police that "violently detained" someone arrested them: no riot;
 * - after a demonstration word, "the funeral of", "the death of", "the arrest of" name the
 *   grievance: a killing or an arson told inside it (to the next clause mark) is why people
 *   demonstrate, not force against them nor an event of the report, even when a cause phrase
 *   ("demanding", "against") opens first;
 * - police or soldiers who respond to or intervene in an attack and kill are fighting the
 *   attackers: the attack met armed resistance, which ACLED codes as a clash, whether or not the
 *   text names the dead as the attackers ("Police responded, killing two");
 * - an abduction whose victim is later found dead is an attack (ACLED codes the killing): the
 *   body found in a later sentence outranks the abduction told first;
 * - a soldier or police officer attacked at his home is off duty, no armed side in a fight: an
 *   attack, as for an officer on leave or retired;
 * - a bomb or mine that goes off prematurely, or while its own men plant, carry or assemble it,
 *   hits no target: the codebook's disrupted weapons use, whose figures are the men it kills.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);
const primary = (text: string) => primaryEvent(text)?.subEventType;

test('security forces that respond violently to a demonstration intervene in it; they do not riot', () => {
  assert.equal(primary('Hundreds of teachers rallied outside parliament in Harare over unpaid wages. Riot police responded violently.'), 'Protest with intervention');
  assert.equal(primary('Security forces violently repressed an opposition march in Conakry on Friday.'), 'Protest with intervention');
  assert.equal(primary('Students protested against the new curriculum in Nekemte. Soldiers responded violently, killing two protesters.'), 'Excessive force against protesters');
  // Violence told of the demonstrators is still a riot.
  assert.equal(primary('The rally in La Paz ended violently when demonstrators hurled stones at the police.'), 'Violent demonstration');
  assert.equal(primary('Police fired tear gas at students in Nakuru. The students were violently protesting new fees.'), 'Violent demonstration');
});

test('police that violently detain someone make an arrest, not a riot', () => {
  assert.equal(primary('Police violently detained two journalists outside the court in Minsk on Tuesday.'), 'Arrests');
});

test('a killing named as the grievance of a demonstration is its cause, not force against it', () => {
  assert.equal(primary('Hundreds of people protested in Kano during the funeral of a trader killed by soldiers the day before.'), 'Peaceful protest');
  assert.equal(primary('Students marched in Dhaka to protest the death of a classmate who was beaten by police in custody last week.'), 'Peaceful protest');
  assert.equal(primary('Villagers protested outside the district office in Sindh, demanding the arrest of men who set fire to their crops.'), 'Peaceful protest');
  // Force against the demonstrators themselves is still excessive force.
  assert.equal(primary('Police shot dead three demonstrators in Conakry during a march over the death of a student.'), 'Excessive force against protesters');
  assert.equal(primary('Soldiers opened fire on mourners protesting at the funeral of an activist in Bamako, killing two.'), 'Excessive force against protesters');
});

test('forces that respond to an attack and kill are in a fight with the attackers', () => {
  assert.equal(primary('Suspected bandits attacked a cattle market near Gusau on Sunday. Soldiers intervened, shooting dead four.'), 'Armed clash');
  assert.equal(primary('Gunmen stormed a bus station in Jalalabad, wounding six travellers. Police responded, killing two of them.'), 'Armed clash');
  // No attack told: a police killing is read as before; a demonstration stays a demonstration.
  assert.equal(primary('Police responded to a domestic dispute in Lagos and shot dead a man.'), 'Attack');
  assert.equal(primary('Protesters attacked a police post in Kasese. Police responded, killing two.'), 'Violent demonstration');
});

test('an abduction whose victim is found dead is an attack', () => {
  assert.equal(primary('Gunmen abducted a village chief near Maiduguri on Tuesday. His body was found two days later.'), 'Attack');
  assert.equal(primary('A journalist went missing in Karachi last week. His body was found in a canal on Sunday.'), 'Attack');
  // Nobody killed: still an abduction.
  assert.equal(primary('Gunmen abducted a village chief near Maiduguri on Tuesday. His family said the kidnappers demanded a ransom.'), 'Abduction/forced disappearance');
});

test('an officer killed at home is off duty: an attack, not a clash', () => {
  assert.equal(primary('Gunmen shot dead a police sergeant at his home in Kandahar on Monday night.'), 'Attack');
  assert.equal(primary('Suspected militants killed an army corporal in his house in Borno state.'), 'Attack');
  // On duty: still a fight.
  assert.equal(primary('Gunmen shot dead two police officers at a checkpoint in Kandahar on Monday night.'), 'Armed clash');
});

test('a bomb that goes off while its own men plant or carry it is a disrupted weapons use', () => {
  const e = primaryEvent('Two militants were killed when the mine they were laying near Ghazni exploded prematurely.');
  assert.equal(e?.subEventType, 'Disrupted weapons use');
  assert.equal(e?.totals.killed.best, 2);
  assert.equal(primary('Three suspected bombers died in Maiduguri when the explosives they were carrying went off.'), 'Disrupted weapons use');
  // A bomb that hits its target is still the explosion.
  assert.equal(primary('A roadside bomb killed four soldiers on a patrol near Kandahar.'), 'Remote explosive/landmine/IED');
});
