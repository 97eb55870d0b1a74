/**
 * Event typing principles of stop 32 for front-line and monitoring reports, each with sentences
 * written for these tests in the style of wire reports from different conflicts:
 * - positions, posts, patrols or convoys that "come under fire" are held by one armed side and fired
 *   on by another: a battle (ACLED: armed clash), unless the words name heavier means ("came under
 *   heavy mortar fire" is shelling: the means decide); a person who "came under fire" from critics
 *   is no event;
 * - civilians killed by a fight told as the sentence's subject ("Fighting between the army and
 *   rebels killed 20 civilians", "clashes …, leaving 20 civilians dead", "fighting raged …, with
 *   medics saying 97 civilians were killed") are that battle's dead: ACLED codes civilians caught in
 *   crossfire as the clash, not as violence against civilians; civilians killed by a doer of their
 *   own in the same sentence ("fighting raged …, and gunmen killed five civilians") stay an attack;
 * - weapons told as seized or found ("seized rifles, grenades and mortar shells", "recovered two
 *   IEDs and a suicide vest") were not used: a disrupted weapons use, and no grenade, bomb or
 *   shelling event of their own, while a grenade attack told after a find ("found the bodies of men
 *   killed in a grenade attack") still happened;
 * - a mine where people work ("at a mine") is a mining site, no landmine; attack helicopters
 *   strike only when a verb says they strike ("were deployed" moves forces);
 * - a capitalised word of plan inside a sentence ("of Budget and Planning") is part of a name;
 * - heavy means named in the fire on positions type it ("came under heavy artillery fire"); a
 *   seizure told after the weapon, or ended by a verb of use ("seized a bus and set off a bomb"),
 *   seized no weapon; a capture told after "after" sets the scene of the main act.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
const events = (text: string) => processArticle(article(text)).filter((e) => !e.background);
const primary = (text: string) => events(text)[0]?.subEventType;

test('positions or patrols that come under fire are a fight, unless heavier means are named', () => {
  assert.equal(primary('Georgian positions near the boundary line came under fire from the South Ossetian side overnight, the interior ministry said.'), 'Armed clash');
  assert.equal(primary('A police patrol came under fire near Kunduz on Sunday, killing two officers, a provincial spokesman said.'), 'Armed clash');
  assert.equal(primary('Tajik border posts came under fire from Kyrgyz troops near the disputed enclave, officials in Dushanbe said.'), 'Armed clash');
  assert.equal(primary('Army posts in the Kupwara sector came under heavy mortar fire from across the line overnight, an army spokesman said.'), 'Shelling/artillery/missile attack');
  assert.equal(events('The health minister came under fire from opposition lawmakers over the vaccine rollout on Tuesday.').length, 0);
});

test('civilians killed by a fight told as the subject are the fight\'s dead', () => {
  assert.equal(primary('Fighting between the army and rebels killed 20 civilians in Bangui on Monday, the Red Cross said.'), 'Armed clash');
  assert.equal(primary('Clashes between rival militias in Benghazi left 12 civilians dead, the health ministry said.'), 'Armed clash');
  assert.equal(primary('Heavy fighting broke out between government troops and separatists in Ambazonia on Monday, killing seven civilians.'), 'Armed clash');
  assert.equal(primary('Fierce fighting between the army and a rebel militia raged for a second day in Juba, with medics saying at least 40 civilians had been killed.'), 'Armed clash');
  // The civilians' own killers, in another clause: an attack.
  assert.equal(primary('Fighting raged in the city on Monday, and gunmen killed five civilians at a market.'), 'Attack');
  assert.equal(primary('Soldiers fired on a crowd of villagers near Mopti, killing 20 civilians, witnesses said.'), 'Attack');
});

test('weapons seized or found were not used: no grenade, bomb or shelling of their own', () => {
  const types = (text: string) => events(text).map((e) => e.subEventType);
  assert.deepEqual(types('Police recovered two IEDs and a suicide vest in a raid on a hideout in Peshawar, officials said.'), ['Disrupted weapons use']);
  assert.deepEqual(types('Troops seized rockets, mortar shells and ammunition from a rebel depot near Bunia on Friday.'), ['Disrupted weapons use']);
  assert.deepEqual(types('Soldiers found three hand grenades and an assault rifle in a house in Maroua, the army said.'), ['Disrupted weapons use']);
  // A grenade thrown, or an attack told after a find, still happened.
  assert.equal(primary('A man threw a grenade at a bar in Gitega, wounding eight people, police said.'), 'Grenade');
  assert.equal(primary('Villagers discovered the remains of three herders killed in a grenade attack near Goma.'), 'Grenade');
});

test('a mine where people work is a mining site, no landmine', () => {
  assert.equal(primary('Gunmen killed four workers at a mine near Djibo, a local official said.'), 'Attack');
  assert.equal(primary('A truck hit a mine near Menaka, killing three passengers, the army said.'), 'Remote explosive/landmine/IED');
});

test('attack helicopters strike only when the text says they strike', () => {
  assert.equal(primary('Attack helicopters struck rebel positions near Tessalit on Monday, the army said.'), 'Air/drone strike');
  assert.equal(primary('Attack helicopters were deployed to the northern region on Monday to reinforce the garrison, the army said.'), 'Change to group/activity');
});

test('a capitalised word of plan inside a sentence is part of a name, no plan', () => {
  assert.ok(events('The director of Budget and Planning was shot dead outside his office in Gao, police said.').length > 0);
  assert.equal(events('Rebels were planning an attack on the town, the army said.').filter((e) => !/Arrests|Change/.test(e.subEventType)).length, 0);
});

test('heavy means named in the fire on positions type it; a seizure told after a bomb seized no bomb', () => {
  assert.equal(primary('Government positions near Kidal came under heavy artillery fire overnight, the army said.'), 'Shelling/artillery/missile attack');
  assert.equal(primary('Gunmen set off a bomb in a market after seizing the town, killing 10 people.'), 'Remote explosive/landmine/IED');
  assert.equal(primary('Gunmen seized a bus and set off a bomb inside it, killing six passengers.'), 'Remote explosive/landmine/IED');
  // "led by" names the doers: the raid is theirs.
  assert.equal(primary('A raid led by soldiers killed five civilians in a village near Mopti.'), 'Attack');
});
