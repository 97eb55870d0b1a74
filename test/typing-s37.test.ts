/**
 * Issue 13, stop 37: event typing principles of ACLED's codebook in any war, each tested on sentences
 * written for these tests in the style of wire reports from many conflicts, never copied from any
 * report. Each block says the principle and checks its limits (the readings it must leave alone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf, typingCases as cases, type Rows } from './typing-mentions.ts';

cases('a force that destroys the other side\'s tanks, armour or command posts, its means untold, fought it: two armed forces, an armed clash', [
  ['Azerbaijani forces destroyed an Armenian tank near Lachin on Tuesday, the defence ministry said.', 'Armed clash'],
  ['Ukrainian troops knocked out three Russian tanks near Vuhledar, the general staff said.', 'Armed clash'],
  ['Houthi fighters destroyed two Saudi armoured vehicles in Jizan, the group\'s spokesman said.', 'Armed clash'],
  ['Rebels destroyed an army armoured personnel carrier near Lashio.', 'Armed clash'],
  ['Two Armenian tanks were destroyed near Fuzuli, the ministry in Baku said.', 'Armed clash'],
], [
  // limits: the means named (a drone, a mine) decides; a crowd's damage is a riot; a water tank is no weapon
  ['Azerbaijani drones destroyed an Armenian tank near Fuzuli.', 'Air/drone strike'],
  ['Protesters destroyed a police armoured vehicle in Valparaiso.', 'Violent demonstration'],
  ['Floods destroyed a water tank in the village.', 'none'],
]);

cases('the other side\'s drones destroyed in flight did not strike: a disrupted weapons use, as when shot down or intercepted; drones that destroyed something struck from the air', [
  ['Azerbaijani forces destroyed an Armenian drone over Kalbajar, the ministry said.', 'Disrupted weapons use'],
  ['Ukraine\'s air force said it destroyed 20 Russian drones overnight.', 'Disrupted weapons use'],
  ['Indian troops destroyed two enemy drones along the Line of Control in Rajouri.', 'Disrupted weapons use'],
  ['Russian drones destroyed two houses in Kharkiv on Monday.', 'Air/drone strike'],
], [
  // limits: drones named without a destroying verb, or that also killed, keep their own readings
  ['A Turkish drone destroyed a vehicle near Qamishli, killing two fighters.', 'Air/drone strike'],
  ['Russian drones struck an energy facility in Odesa overnight.', 'Air/drone strike'],
  ['Ukrainian air defences shot down 15 Russian drones over Kyiv.', 'Disrupted weapons use'],
]);

cases('forces that storm an armed group\'s hideout, camp or base, or armed men who storm a force\'s base, meet an armed side: a clash, as a raid is', [
  ['Troops stormed a militant hideout in Sulu province.', 'Armed clash'],
  ['Soldiers stormed a rebel camp in the Catatumbo region on Monday.', 'Armed clash'],
  ['Militants stormed a military base in Tillaberi overnight.', 'Armed clash'],
  ['Special forces stormed an al-Shabaab base near Kismayo, officials said.', 'Armed clash'],
], [
  // limits: civilians killed make an attack; a crowd storming is a riot
  ['Soldiers stormed a village in Rakhine, killing 12 civilians.', 'Attack'],
  ['Protesters stormed the parliament building in Colombo.', 'Violent demonstration'],
]);

/** Every sub-event type the text's happened mentions give, first or not. */
const subs = (text: string) => mentionsOf(text).filter(happened).map((m) => m.subEventType);
function without(principle: string, rows: Rows, guards: Rows = []) {
  for (const [text, not] of rows) test(`${principle} — ${text.slice(0, 70)}`, () => {
    assert.ok(!subs(text).includes(not), `${not} in ${subs(text).join(', ')}`);
    for (const [g, gw] of guards) assert.ok(subs(g).includes(gw), `${gw} not in ${subs(g).join(', ')}: ${g}`);
  });
}

without('a bomb or mine defused or made safe never went off: its words are the object of the disruption, no explosion of their own', [
  ['Police defused an improvised explosive device planted on a road in Mogadishu.', 'Remote explosive/landmine/IED'],
  ['Army engineers defused two landmines on the road to Kidal.', 'Remote explosive/landmine/IED'],
  ['Bomb squad officers made safe a car bomb parked outside a hotel in Kirkuk.', 'Remote explosive/landmine/IED'],
], [
  // limits: a bomb that went off still exploded, a device found and defused is still the disruption
  ['A roadside bomb exploded near Ghazni, killing four civilians. Hours later police defused a second device nearby.', 'Remote explosive/landmine/IED'],
  ['Police defused an improvised explosive device planted on a road in Mogadishu.', 'Disrupted weapons use'],
]);

without('an aircraft shot down or downed struck nothing: its words are the object of the disruption, no air strike of their own', [
  ['Ukrainian forces shot down a Russian Su-34 fighter jet over Donetsk.', 'Air/drone strike'],
  ['Houthi rebels said they shot down a Saudi warplane over Marib.', 'Air/drone strike'],
  ['Kachin rebels shot down a military helicopter gunship near Momauk.', 'Air/drone strike'],
], [
  // limits: warplanes that struck before something was downed still struck
  ['Israeli warplanes struck Gaza after militants shot down a drone.', 'Air/drone strike'],
  ['Ukrainian forces shot down a Russian Su-34 fighter jet over Donetsk.', 'Disrupted weapons use'],
]);

cases('two forces that trade or exchange artillery, mortar or rocket fire both fire: an armed clash, not one side\'s shelling', [
  ['Armenian and Azerbaijani forces traded artillery fire along the border overnight.', 'Armed clash'],
  ['Indian and Pakistani troops exchanged heavy mortar fire along the Line of Control.', 'Armed clash'],
  ['Kyrgyz and Tajik border guards were trading rocket fire near Batken on Friday.', 'Armed clash'],
], [
  // limits: one side's artillery fire is shelling
  ['Russian artillery fire hit a hospital in Kherson, killing two civilians.', 'Shelling/artillery/missile attack'],
  ['Armenian forces shelled Azerbaijani positions near Tovuz.', 'Shelling/artillery/missile attack'],
]);

cases('people with no community, militia, force or weapon told who clash (two families, neighbours, traders and drivers) are an unorganised group: mob violence; a count before them makes no passive of "clashed"', [
  ['Two families clashed over a land dispute in a village near Tamale, leaving three people injured.', 'Mob violence'],
  ['Three families clashed over a plot of farmland outside Gitega.', 'Mob violence'],
  ['Two families clashed at a wedding in Sohag, police said.', 'Mob violence'],
], [
  // limits: armed sides, gangs, police, communities or herders keep their readings
  ['Two rival gangs clashed in Port-au-Prince, killing five.', 'Armed clash'],
  ['Three soldiers clashed with militants in Kunar.', 'Armed clash'],
  ['Villagers clashed with herders near Jos.', 'Armed clash'],
  ['Students clashed with police in Dhaka.', 'Violent demonstration'],
]);

cases('an ammunition or weapons depot that a strike hit is its target, not a cache found: the strike\'s means types the event, and the weapons used on it are no weapons held', [
  ['Ukrainian forces struck a Russian ammunition depot in occupied Melitopol with HIMARS rockets overnight.', 'Shelling/artillery/missile attack'],
  ['A Russian missile hit an ammunition depot in Lviv region on Sunday.', 'Shelling/artillery/missile attack'],
  ['Israeli jets struck a Hezbollah weapons depot in the Bekaa valley.', 'Air/drone strike'],
  ['A Ukrainian drone strike on an ammunition depot in Crimea set off a series of explosions.', 'Air/drone strike'],
], [
  // limits: a cache found, seized or destroyed by those who found it is still a disrupted weapons use
  ['Police found a weapons cache holding grenades and rockets in a house in Mombasa.', 'Disrupted weapons use'],
  ['Troops destroyed an arms cache in the Nuba mountains.', 'Disrupted weapons use'],
  ['Soldiers seized an ammunition depot of the rebels near Goma.', 'Disrupted weapons use'],
]);

cases('drones launched or sent at a place struck it from the air: the launch is the strike (a unit or a programme launched is no strike)', [
  ['Houthis launched drones at Saudi oil facilities in Abqaiq.', 'Air/drone strike'],
  ['Russia launched 40 Shahed drones against Ukrainian cities overnight.', 'Air/drone strike'],
  ['The Houthis said they sent drones at an oil terminal in Jizan.', 'Air/drone strike'],
], [
  ['Hezbollah sent explosive drones at an Israeli base in the Galilee.', 'Air/drone strike'],
  ['The army launched a drone unit in Kano.', 'none'],
  ['Rebels launched an offensive on Goma.', 'Armed clash'],
]);

cases('people freed from a prison or from captivity are no territory taken back: "freed" an area retakes it, "freed inmates" or "freed hostages" frees people', [
  ['Gang members in Haiti\'s capital burned a police station and freed hundreds of inmates.', 'none'],
  ['Rebels attacked a prison in the town of Butembo and freed more than 800 inmates.', 'Attack'],
  ['Insurgents raided the central prison in the city of Kandahar and freed 400 inmates.', 'Attack'],
], [
  ['Armed men stormed a jail in Kogi state and freed 240 inmates from the prison.', 'Attack'],
  ['Troops freed the town of Kupiansk from Russian forces.', 'Government regains territory'],
  ['Soldiers liberated three villages near Marib from the Houthis.', 'Government regains territory'],
]);

cases('an assault that harmed nobody anywhere in the text but burned, looted or seized property is ACLED\'s looting/property destruction: the assault word tells how the property was reached', [
  ['Armed men attacked and set fire to a primary school outside Kaya, no casualties were reported.', 'Looting/property destruction'],
  ['Gunmen raided a warehouse of an aid agency in Irumu and looted food.', 'Looting/property destruction'],
  ['Al-Shabaab fighters stormed a telecom mast site near Baidoa and set it ablaze.', 'Looting/property destruction'],
  ['Fighters attacked a customs office near Gao and set two trucks on fire, officials said.', 'Looting/property destruction'],
], [
  // limits: anyone killed, wounded or abducted, in the sentence or the text, keeps the attack; so does
  // an assault on people or on a village, which targets those who live there
  ['Militants attacked a village in Menaka region and seized livestock, residents said.', 'Attack'],
  ['Raiders attacked herders near Moroto and stole cattle.', 'Attack'],
  ['Gunmen attacked a village and looted shops, killing two people.', 'Attack'],
  ['Gunmen attacked a village in Tapoa and burned homes. Three people were killed.', 'Attack'],
  ['Militants attacked a village and abducted ten women before burning granaries.', 'Abduction/forced disappearance'],
]);
