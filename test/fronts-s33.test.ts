/**
 * Front-line principles of stop 33, each with sentences written for these tests in the style of wire
 * reports from different conflicts:
 * - fire opened on another army's posts is a fight over those posts, never a post being set up
 *   ("opened fire on Indian posts" holds the words "opened" and "posts", as "opened a new post" does);
 * - two sides told as the joint subject of a fight, with the harm hung on the same clause by a
 *   participle ("The army and the rebels clashed in the town, killing 12 civilians"), are that fight
 *   and its dead: ACLED counts civilians caught in crossfire with the battle; one side's own attack
 *   ("Gunmen attacked the village, killing two civilians") stays an attack;
 * - a fight's "between X and Y" names the clash's sides even when the clash is typed from a word
 *   later in the sentence ("Fighting between X and Y resumed …, with 12 civilians killed by stray
 *   shells"): the civilians are its dead, not a party.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-03-14', outlet: null, byline: null, text });
const events = (text: string) => processArticle(article(text)).filter((e) => !e.background);
const primary = (text: string) => events(text)[0]!;

test('fire opened on posts is a fight, not a post set up', () => {
  const e = primary('Pakistani troops opened unprovoked fire on Indian posts along the Line of Control in the Uri sector overnight, the Indian Army said, adding that its soldiers responded.');
  assert.equal(e.subEventType, 'Armed clash');
  assert.equal(events('Eritrean soldiers opened fire on Ethiopian border posts near Zalambessa on Friday, officials in Addis Ababa said.')[0]?.subEventType, 'Armed clash');
  // Setting a post up is still one.
  assert.equal(primary('Turkish troops opened a new military post near Saraqib on Monday, a war monitor said.').subEventType, 'Headquarters or base established');
});

test('two sides clashing with the harm as a participle are the clash and its dead', () => {
  const e = primary('The Sudanese army and the Rapid Support Forces clashed in Omdurman on Saturday, killing 12 civilians, residents said.');
  assert.equal(e.subEventType, 'Armed clash');
  assert.equal(primary('Government troops clashed with Houthi fighters near Marib on Tuesday, leaving four civilians dead.').subEventType, 'Armed clash');
  // One side's own attack with the harm as its participle stays an attack.
  assert.equal(primary('Gunmen attacked the village of Kasanga, killing two civilians, local officials said.').subEventType, 'Attack');
});

test('a fight named with "between" gives the clash its sides wherever the clash is typed', () => {
  const e = primary('Fighting between the Sudanese army and the Rapid Support Forces resumed in Omdurman on Saturday, residents said, with at least 12 civilians killed by stray shells.');
  assert.equal(e.subEventType, 'Armed clash');
  assert.equal(e.actor1?.name, 'Military Forces of Sudan');
  assert.equal(e.actor2?.name, 'RSF: Rapid Support Forces');
  const l = primary('Renewed fighting between GNA and LNA forces was reported south of Tripoli on Monday, with heavy artillery fire heard in several districts.');
  assert.match(l.actor2?.name ?? '', /Haftar|LNA/);
});

test('armed groups of more conflicts are named as ACLED names them, with their country', () => {
  const cases: [string, string][] = [
    ['SPLM-IO fighters attacked an army barracks near Kajo-Keji on Sunday, sparking a gun battle that killed five soldiers.', "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"],
    ['Gunmen of the Jalisco New Generation Cartel shot dead two police officers in Celaya on Saturday.', 'CJNG: Jalisco New Generation Cartel'],
    ['Abu Sayyaf militants detonated a bomb near a military truck in Sulu province, wounding three soldiers.', 'Abu Sayyaf Group'],
    ['Nyatura militiamen attacked an army position in Masisi territory on Friday, a local official said.', 'Nyatura Militia'],
  ];
  for (const [text, name] of cases) {
    const e = primary(text);
    assert.ok([e.actor1?.name, e.actor2?.name].includes(name), `${text} → ${e.actor1?.name} / ${e.actor2?.name}`);
  }
});

test("a country's adjective before a place noun names where, and the civilians harmed there are the victims", () => {
  const e = primary('Hamas fired more than 200 rockets at Israeli cities on Tuesday, killing two women in Ashkelon, police said.');
  assert.equal(e.actor1?.name, 'Hamas');
  assert.equal(e.actor2?.name, 'Civilians (Israel)');
  const r = primary('Russian missiles struck Ukrainian cities overnight, killing 12 civilians, officials said.');
  assert.equal(r.actor2?.name, 'Civilians (Ukraine)');
  // No army of the country is a party where only its villages were hit.
  const p = primary('Pakistani artillery shelled Indian villages along the frontier on Sunday night.');
  assert.equal(p.actor1?.name, 'Military Forces of Pakistan');
  assert.notEqual(p.actor2?.name, 'Military Forces of India');
  // A force named by the adjective still is one.
  assert.equal(primary('Azerbaijani forces shelled Armenian positions near the border on Monday.').actor2?.name, 'Military Forces of Armenia');
});

test('a group named before its own things ("a militant hideout", "an army camp") owns them and did not act', () => {
  const e = primary('On 2 May 2020, the Indian Army destroyed a militant hideout in Shopian and recovered two rifles and grenades.');
  assert.equal(e.actor1?.name, 'Military Forces of India');
  const v = primary('Mortar rounds landed inside an army camp outside Bardera overnight, a military spokesman said.');
  assert.notEqual(v.actor1?.name, 'Military Forces of Somalia');
});

test('the means named decide remote violence even when civilians die: fired cluster munitions, a state\'s air strikes', () => {
  const c = primary('Azerbaijan said on Wednesday that 21 civilians were killed when Armenian forces fired cluster munitions at the town of Barda.');
  assert.equal(c.subEventType, 'Shelling/artillery/missile attack');
  assert.equal(primary('Health officials said 40 people had been killed in Israeli air strikes on Rafah since Friday.').subEventType, 'Air/drone strike');
  // A strike by workers is no attack.
  assert.equal(events('Kenyan strikes by doctors and nurses paralysed public hospitals for a second week.').length, 0);
});

test('a named group that opens with a country\'s word is the group; "government forces" of a country are its army', () => {
  assert.equal(primary('The Syrian Democratic Forces said they had killed 40 Islamic State fighters near Hajin.').actor1?.name, 'QSD: Syrian Democratic Forces');
  assert.equal(primary("Fighters of the Sudan People's Liberation Movement-North attacked an army garrison in South Kordofan on Monday.").actor1?.name, "SPLM-N: Sudan People's Liberation Movement-North");
  assert.equal(primary('Ethiopian government forces killed more than 100 rebel fighters near Kombolcha, state media reported.').actor1?.name, 'Military Forces of Ethiopia');
  assert.equal(primary('Syrian troops shelled villages in southern Idlib on Tuesday.').actor1?.name, 'Military Forces of Syria');
});

test('unexploded ordnance that goes off and harms people is a remote explosive; found or cleared, a disrupted weapons use', () => {
  assert.equal(primary('On 2 May 2020, a civilian was injured by an unexploded ordnance in Horlivka (Donetsk).').subEventType, 'Remote explosive/landmine/IED');
  assert.equal(primary('Two boys were killed when a piece of unexploded ordnance they had picked up went off in a field near Kandahar.').subEventType, 'Remote explosive/landmine/IED');
  assert.equal(primary('Police found an unexploded bomb near the market in Mogadishu and defused it.').subEventType, 'Disrupted weapons use');
});
