/**
 * Event typing principles of stop 41, each with sentences written for these tests in the style of
 * wire reports from different conflicts:
 * - a participle joined by "and" right after a passive's "by" agent ("was shot by police and
 *   wounded") is passive too: the agent acted on the passive's subject, it is no victim of its own
 *   (police who shoot a man attack him; no soldiers or police were wounded in a fight);
 * - "the bombing was …" is the event noun, not a weapon found ("a bomb was found"): a stemmed
 *   weapon phrase must not swallow it;
 * - "attributed to", "blamed on" after an event name its doer as "by" does, for the event's actors
 *   too: the group blamed is actor1, never the side attacked;
 * - celebratory, accidental or friendly fire meets no armed opponent: soldiers or police it harms
 *   are no armed clash;
 * - vigilantes who repel, fight off, exchange fire or clash with bandits, gunmen or militants named
 *   near them are an organised armed side (ACLED's militias): a battle, not a mob's justice
 *   (vigilantes who beat or lynch suspects stay mob violence);
 * - UAVs, kamikaze or suicide drones and loitering munitions are drones, glide and guided bombs are
 *   dropped from aircraft: air/drone strikes (no suicide bombing, no planted bomb), and disrupted
 *   weapons use when shot down;
 * - front lines: monitors' counts of "bursts and shots" are small-arms fire (with explosions, a
 *   clash); a force that targets or attacks another's positions with drones strikes from the air;
 *   one that storms another's positions makes a ground assault, a clash, even with artillery backing;
 * - the head of a verb's object, past a few modifiers ("two local militiamen", "three members of a
 *   self-defence group"), is among its victims as it is its patient: militiamen or fighters of
 *   another armed group harmed or taken by armed men are a battle between two organised sides (not
 *   past a preposition, a relative word, "with" or a participle: "a trader associated with the
 *   militia", "a shopkeeper near a police post" are civilians);
 * - people named by how they travel (a motorcyclist, motorists, commuters, passengers) are
 *   civilians: forces who shoot them attack civilians, no suspects met in a fight;
 * - rockets or missiles partly intercepted that still killed or wounded people got through: a
 *   missile attack, not a disrupted weapons use ("no injuries" told keeps the interception);
 * - "in occupied regions", "Russian-occupied" say whose a place has long been, no seizure of it
 *   (the verb "occupied the village" still is one);
 * - an ammunition depot that drones or aircraft struck is a strike's target, no cache found;
 * - reinforcements sent or deployed while fighting goes on ("amid ongoing clashes", "as fighting
 *   continued") are the event told, a change to a group's activity; the fighting is its setting
 *   (people killed "as clashes continued" stay the fight's dead).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);
const primary = (text: string) => primaryEvent(text)?.subEventType;

test('a participle joined by "and" after a passive\'s "by" agent shares that agent', () => {
  assert.equal(primary('He was shot by police and wounded.'), 'Attack');
  assert.equal(primaryEvent('He was shot by police and wounded.')?.actor1?.kind, 'police');
  assert.equal(primary('She was hit by the soldiers and injured outside her shop in Bannu.'), 'Attack');
  assert.equal(primaryEvent('She was hit by the soldiers and injured outside her shop in Bannu.')?.actor1?.kind, 'military');
  assert.equal(primary('A suspected thief was seized from officers by villagers and beaten to death in Potiskum.'), 'Mob violence');
});

test('"the bombing was" is the event noun, no weapon found', () => {
  assert.equal(primary('The bombing was blamed on al-Shabaab; four policemen were killed.'), 'Remote explosive/landmine/IED');
  assert.equal(primary('The bombing was claimed by the Pakistani Taliban; three soldiers died in Bannu.'), 'Remote explosive/landmine/IED');
});

test('the group an attack is attributed to or blamed on is its actor1', () => {
  assert.match(primaryEvent('The ambush was attributed to JNIM; six soldiers died.')?.actor1?.name ?? '', /JNIM/);
  assert.match(primaryEvent('The assault was attributed to the ELN; two marines died.')?.actor1?.name ?? '', /ELN/);
  assert.match(primaryEvent('Three troopers died in an ambush blamed on NPA rebels outside Catarman.')?.actor1?.name ?? '', /NPA/);
});

test('celebratory, accidental or friendly fire that harms soldiers or police is no armed clash', () => {
  assert.notEqual(primary('Two policemen were wounded by celebratory gunfire at a wedding in Mingora.'), 'Armed clash');
  assert.notEqual(primary('A soldier was killed by friendly fire near Kupiansk.'), 'Armed clash');
  assert.notEqual(primary('A soldier was accidentally shot dead by a colleague at a barracks in Zaria.'), 'Armed clash');
  // The mishap phrase hides no event word: an accidental shooting is still told.
  assert.equal(primary('A farmer was accidentally shot by his nephew near a hunting camp outside Bunia.'), 'Attack');
});

test('vigilantes who fight off bandits or gunmen are an armed side in a battle', () => {
  assert.equal(primary('Vigilantes repelled a bandit attack on their village in Sokoto, killing six bandits.'), 'Armed clash');
  assert.equal(primary('Vigilantes exchanged fire with suspected jihadists near Maroua; two attackers were killed.'), 'Armed clash');
  assert.equal(primary('A vigilante group fought off gunmen who raided the settlement overnight, killing three of them.'), 'Armed clash');
  assert.equal(primary('Vigilantes flogged two suspected thieves at a market in Kano.'), 'Mob violence');
});

test('UAVs, kamikaze drones, loitering munitions and glide bombs strike from the air', () => {
  assert.equal(primary('Azerbaijani UAVs struck Armenian military vehicles near Jermuk.'), 'Air/drone strike');
  assert.equal(primary('Kamikaze drones struck energy facilities in Odesa overnight.'), 'Air/drone strike');
  assert.equal(primary('A loitering munition hit an artillery piece near Kupiansk.'), 'Air/drone strike');
  assert.equal(primary('A glide bomb struck a residential building in Zaporizhzhia.'), 'Air/drone strike');
  assert.equal(primary('Air defences shot down 15 kamikaze drones over Kyiv overnight.'), 'Disrupted weapons use');
  assert.equal(primary('An Israeli UAV was shot down by Hezbollah over Nabatieh.'), 'Disrupted weapons use');
});

test('front lines: bursts and shots, positions targeted with drones, positions stormed', () => {
  assert.equal(primary('The monitoring mission recorded 22 explosions and 60 bursts and shots near Zolote.'), 'Armed clash');
  assert.equal(primary('Observers recorded shots and bursts south-east of Pervomaisk.'), 'Armed clash');
  assert.equal(primary('The army targeted separatist positions with drones near Horlivka.'), 'Air/drone strike');
  assert.equal(primary('Armenian forces targeted Azerbaijani positions with drones in Kalbajar.'), 'Air/drone strike');
  assert.equal(primary('Russian troops stormed Ukrainian positions near Vuhledar backed by artillery.'), 'Armed clash');
  assert.equal(primary('RSF fighters stormed army positions in Babanusa under cover of mortar fire.'), 'Armed clash');
});

test('the object\'s head past its modifiers is among the victims', () => {
  assert.equal(primary('Bandits kidnapped two local militiamen on the road to Gusau.'), 'Armed clash');
  assert.equal(primary('Gunmen on motorbikes stormed a market in Agadez and wounded three members of a self-defence group.'), 'Armed clash');
  assert.equal(primary('Gunmen abducted a trader associated with the militia near Gao.'), 'Abduction/forced disappearance');
  assert.equal(primary('Gunmen killed a shopkeeper near a police post in Kano.'), 'Attack');
  // No object past a clause mark or a modal: "the killing should call the nearest police station" names no victim.
  assert.equal(primary('Gunmen shot dead a herder in Dutsin-Ma. Witnesses to the killing should call the nearest police station.'), 'Attack');
});

test('motorcyclists, motorists, commuters and passengers are civilians', () => {
  assert.equal(primary('A soldier at a checkpoint shot at a minibus near Beni, killing a motorcyclist.'), 'Attack');
  assert.equal(primary('A traffic policeman shot dead a commuter at a checkpoint in Ilorin.'), 'Attack');
});

test('rockets partly intercepted that still harmed people are a missile attack', () => {
  assert.equal(primary('Militants fired 20 rockets at Ashdod; most were intercepted, but one struck a school, wounding three people.'), 'Shelling/artillery/missile attack');
  assert.equal(primary('Air defences intercepted a cruise missile over Lviv; falling fragments killed a woman.'), 'Shelling/artillery/missile attack');
  assert.equal(primary('Air defences intercepted two rockets over Tiberias; no injuries were reported.'), 'Disrupted weapons use');
});

test('"occupied" before a place says whose it is; a depot struck from the air is no cache found', () => {
  const territory = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
  assert.ok(!territory.has(primary('Installed officials organised a vote in occupied districts of Zaporizhzhia.') ?? ''));
  assert.ok(!territory.has(primary('Separatist leaders announced new taxes across occupied areas of Luhansk.') ?? ''));
  assert.equal(primary('Ukrainian drones struck an ammunition depot in Russian-occupied Tokmak.'), 'Air/drone strike');
  assert.equal(primary('Rebels occupied the town of Bunia after heavy fighting.'), 'Non-state actor overtakes territory');
});

test('reinforcements sent while fighting goes on are the event, the fighting its setting', () => {
  assert.equal(primary('The RSF sent reinforcements to Babanusa amid ongoing clashes.'), 'Change to group/activity');
  assert.equal(primary('Fresh army reinforcements reached the Bunia front as fighting continued with the militia.'), 'Change to group/activity');
  assert.equal(primary('Twelve herders were killed near Butembo as clashes continued between two clans.'), 'Armed clash');
});
