/**
 * Event typing principles of stop 30 (who the victim is decides Attack or Armed clash), each with
 * sentences written for these tests in the style of wire reports from different conflicts:
 * - children and young people named by their age ("a 14-year-old", "two schoolgirls", "a toddler")
 *   are civilians: shot or killed by police or soldiers, it is an attack, not the clash with
 *   suspects that a bare "a man" shot by police would be;
 * - people who work for a civilian body (the Red Cross, an election commission, a health service,
 *   a local government) are civilians, even when called "officer" or "government official": the
 *   codebook's armed sides are state forces, rebels and militias, never unarmed officials;
 * - a gang or cartel member killed by other armed men is violence between two armed organisations:
 *   an armed clash (ACLED codes a victim told to be a gang or cartel member as one of the gangs),
 *   while a gang killing a shopkeeper stays an attack, and a denied membership is none;
 * - people named by who they are (shopkeepers, men, migrants) who clash with the police, or a crowd
 *   that attacks someone with sticks, stones or fists, are rioters, not an armed group: mob
 *   violence (an armed clash needs two organised armed sides), unless firearms, an armed group or
 *   communal fighting are told;
 * - ground forces "backed by" or "supported by" air strikes, drones or gunships fight: the ground
 *   fight is the event and the aircraft its means, an armed clash (territory taken keeps its type,
 *   and aircraft alone striking stay an air strike);
 * - violence told as whose relatives protest ("colleagues of a journalist shot dead by gunmen
 *   protested") or in a clause opening the sentence before a demonstration ("After gunmen attacked a
 *   village, residents protested") is the grievance: the demonstration is the event;
 * - people who invade or occupy land or a building to protest, with no violence told, demonstrate:
 *   the occupation is their protest, not an attack (armed groups occupying a town take territory);
 * - intelligence officers and agents are state forces: gunmen killing them fight the state;
 * - one force that "engaged" another fought it: an armed clash (engaged in talks is no fight).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2021-06-14', outlet: null, byline: null, text });
/** The primary event, as the scorers read it: the first event not marked background. */
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);

const cases: [string, string, string][] = [
  // Children and young people named by their age are civilians.
  ['Soldiers opened fire on two schoolgirls near Bamenda, killing one.', 'Violence against civilians', 'Attack'],
  ['A 14-year-old was shot dead by police in Port-au-Prince on Sunday.', 'Violence against civilians', 'Attack'],
  ['Police shot and killed a 17-year-old in the Complexo da Mare favela in Rio de Janeiro.', 'Violence against civilians', 'Attack'],
  ['A toddler was killed by a stray bullet fired by soldiers in Jenin.', 'Violence against civilians', 'Attack'],
  // A suspect stays a suspect at any age: police killing him is the clash ACLED codes.
  ['Police shot dead a 23-year-old robbery suspect during a raid in Cape Town.', 'Battles', 'Armed clash'],
  ['A 25-year-old soldier was killed when militants attacked an army post in Borno.', 'Battles', 'Armed clash'],
  // Officials and workers of civilian bodies are civilians.
  ['A Red Cross officer was shot and wounded by gunmen near Kidal.', 'Violence against civilians', 'Attack'],
  ['An election officer was killed by gunmen in Zamfara state on Saturday.', 'Violence against civilians', 'Attack'],
  ['Two local government officials were ambushed and killed by bandits near Gusau.', 'Violence against civilians', 'Attack'],
  ['Suspected Taliban fighters shot dead a polling officer in Kandahar.', 'Violence against civilians', 'Attack'],
  // A police officer is still a force.
  ['A police officer was shot dead by gunmen in Peshawar.', 'Battles', 'Armed clash'],
  // Gang members killed by other armed men: two armed organisations.
  ['A gang member was shot dead by rival gang members in Tegucigalpa.', 'Battles', 'Armed clash'],
  ['Gunmen killed two suspected cartel members in Culiacan, Sinaloa.', 'Battles', 'Armed clash'],
  ['A man was shot dead by two armed men on a motorcycle in Maracaibo. Police said the victim was a known gang member.', 'Battles', 'Armed clash'],
  // Denied membership is no membership: the victim stays a civilian.
  ['Gunmen shot dead a teenager in Tegucigalpa. His mother said the victim was never a gang member.', 'Violence against civilians', 'Attack'],
  ['Two men were shot dead by unidentified gunmen in San Pedro Sula. Police said the victims were members of a street gang.', 'Battles', 'Armed clash'],
  // A gang that kills an ordinary person attacks a civilian.
  ['Gang members shot dead a shopkeeper who refused to pay extortion in San Salvador.', 'Violence against civilians', 'Attack'],
  ['Gunmen shot dead a bus driver in Port-au-Prince; police blamed a local gang.', 'Violence against civilians', 'Attack'],
  // Crowds with no armed group and no demonstration told, against the police: rioters.
  ['Shopkeepers clashed with police in Hyderabad after officers ordered markets closed.', 'Riots', 'Mob violence'],
  ['Dozens of men clashed with police in Bnei Brak when officers closed a school.', 'Riots', 'Mob violence'],
  ['A group of migrants attacked a border guard with sticks and stones near the crossing at Kakuma.', 'Riots', 'Mob violence'],
  // Armed men, tribesmen and armed villagers are an armed side.
  ['Soldiers clashed with armed men near Kirkuk, killing two.', 'Battles', 'Armed clash'],
  ['Tribesmen clashed with security forces in Marib.', 'Battles', 'Armed clash'],
  ['Villagers armed with rifles clashed with soldiers in Rakhine.', 'Battles', 'Armed clash'],
  // Ground forces backed by aircraft: a clash.
  ['Nigerian troops, backed by air force jets, killed 30 Boko Haram fighters near Gwoza.', 'Battles', 'Armed clash'],
  ['Somali troops backed by US drone strikes killed 12 al-Shabaab fighters near Jilib.', 'Battles', 'Armed clash'],
  ['Army commandos supported by helicopter gunships raided a rebel camp in Kachin state.', 'Battles', 'Armed clash'],
  ['Government forces, backed by Russian warplanes, retook the town of Saraqeb from rebels.', 'Battles', 'Government regains territory'],
  ['Coalition airstrikes killed 12 civilians in Saada.', 'Explosions/Remote violence', 'Air/drone strike'],
  // Violence told as the grievance of a demonstration.
  ['After gunmen attacked a village, residents protested in Jos against insecurity.', 'Protests', 'Peaceful protest'],
  ['Colleagues of a journalist shot dead by gunmen protested in Lahore, demanding arrests.', 'Protests', 'Peaceful protest'],
  ['Relatives of two men killed by police marched in Lima on Monday.', 'Protests', 'Peaceful protest'],
  ['After police shot dead a boy, residents protested and burned tyres in Dhaka.', 'Riots', 'Violent demonstration'],
  ['Relatives of the victims said gunmen killed five people in Zamfara.', 'Violence against civilians', 'Attack'],
  // Occupations as a form of protest.
  ['Landless farmers invaded a ranch in Mato Grosso to protest delays in land reform.', 'Protests', 'Peaceful protest'],
  ['Hundreds of displaced families occupied a stadium in Bangui in protest against their eviction.', 'Protests', 'Peaceful protest'],
  ['Gunmen invaded a village in Zamfara, killing 12.', 'Violence against civilians', 'Attack'],
  ['Rebels occupied the town of Kidal.', 'Battles', 'Non-state actor overtakes territory'],
  // Intelligence services are state forces.
  ['Gunmen killed an intelligence agent in Quetta.', 'Battles', 'Armed clash'],
  ['Two intelligence officers were shot dead by unknown gunmen in Mogadishu.', 'Battles', 'Armed clash'],
  ['Intelligence officers said militants killed five villagers in Borno.', 'Violence against civilians', 'Attack'],
  // A force engaging another fights it.
  ['Soldiers engaged Boko Haram fighters near Bama.', 'Battles', 'Armed clash'],
  ['Kurdish fighters engaged Turkish troops near Afrin.', 'Battles', 'Armed clash'],
  ['The army engaged in talks with the rebels in Juba.', 'Diplomacy', 'Talks'],
];

for (const [text, type, sub] of cases) {
  test(`${sub}: ${text}`, () => {
    const e = primaryEvent(text);
    assert.equal(e?.subEventType, sub);
    assert.equal(e?.eventType, type);
  });
}

test('the actors: forces on one side, the civilians they shot on the other', () => {
  const e = primaryEvent('Soldiers shot dead two schoolgirls near Bamenda.');
  assert.match(e?.actor1?.name ?? '', /^Military Forces/);
  assert.equal(e?.actor2?.name, 'Civilians (Cameroon)');
  const g = primaryEvent('An election officer was killed by gunmen in Zamfara state on Saturday.');
  assert.equal(g?.actor1?.name, 'Unidentified Armed Group');
});

test('a topic binds the words right after it only within its clause: a new clause after it tells a new act', () => {
  // Written in the style of reports from Lagos, Nairobi and Santiago.
  const subs = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2020-10-21', outlet: null, byline: null, text }).map((e) => e.subEventType);
  assert.equal(subs('Thousands of people marched in Lagos to protest police brutality, and police fired tear gas to disperse them.')[0], 'Protest with intervention');
  assert.equal(subs('Students marched against the killing of a classmate, and police arrested ten of them.')[0], 'Protest with intervention');
  // Inside the clause the topic still holds: the arrest protested is no intervention.
  assert.equal(subs('Residents of Kibera protested the arrest of their chief on Monday.')[0], 'Peaceful protest');
});

test('shepherds are civilians: forces that shoot a shepherd attack a civilian', () => {
  // Written in the style of reports from eastern Afghanistan, Kurdistan and the Sahel.
  const sub = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2020-05-07', outlet: null, byline: null, text })[0]?.subEventType;
  assert.equal(sub('A shepherd was killed by soldiers near the border post in Laghman on Thursday.'), 'Attack');
  assert.equal(sub('Two shepherds were shot dead by government forces while grazing their flocks.'), 'Attack');
});
