/**
 * Who acted on whom, as wire copy tells it in any war: a side whose things are named ("two Armenian
 * artillery positions", "a Russian fuel depot") is the target; a state's voice speaking of "its
 * units" names its forces, not its government; troops that "came under fire from" someone were
 * attacked by them; national forces and missions known by their acronyms; an ethnic community's armed
 * men are its militia, as ACLED names identity militias. Sentences written for this test in the style
 * of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2022-09-13', outlet: null, byline: null, text }).find((e) => !e.background);
const names = (text: string) => {
  const e = main(text);
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('a side named before its positions, depot or post is the target, not the doer', () => {
  assert.deepEqual(names('Azerbaijani troops destroyed three Armenian artillery positions overnight, Baku said.'), ['Military Forces of Azerbaijan', 'Military Forces of Armenia']);
  assert.deepEqual(names('Ukrainian forces destroyed a Russian ammunition depot near Nova Kakhovka on Monday.'), ['Military Forces of Ukraine', 'Military Forces of Russia']);
  assert.deepEqual(names('Taliban fighters overran an Afghan police checkpoint in Ghazni province.'), ['Taliban', 'Police Forces of Afghanistan']);
});

test('fire from a side\'s positions is that side\'s fire', () => {
  assert.deepEqual(names('Indian troops came under fire from Pakistani positions along the Line of Control on Saturday.'), ['Military Forces of Pakistan', 'Military Forces of India']);
});

test('a state\'s voice that speaks of its units names its forces as the doer', () => {
  assert.deepEqual(names('Yerevan said its units had shot down an Azerbaijani drone over Jermuk on Tuesday.'), ['Military Forces of Armenia', 'Military Forces of Azerbaijan']);
  assert.equal(main('Kyiv said its forces had repelled a Russian assault near Vuhledar overnight.')?.actor1?.name, 'Military Forces of Ukraine');
  // A group's own fighters stay the group.
  assert.equal(main('Al-Shabaab said its fighters had overrun a Somali army base near Kismayo.')?.actor1?.name, 'Al Shabaab');
});

test('troops that came under fire or attack were attacked, by the side after "from" or inside the attack', () => {
  assert.deepEqual(names('A Nigerian army convoy came under heavy fire from ISWAP fighters near Damboa, killing four soldiers.'), ['Islamic State (West Africa)', 'Military Forces of Nigeria']);
  assert.deepEqual(names('Ukrainian positions near Kupiansk came under intense Russian shelling on Sunday.'), ['Military Forces of Russia', 'Military Forces of Ukraine']);
  assert.deepEqual(names('Bangladeshi police came under a grenade attack during a raid in Gazipur.'), ['Unidentified Armed Group', 'Police Forces of Bangladesh']);
});

test('national forces and missions known by their acronyms are those forces', () => {
  assert.equal(main('KDF soldiers killed four al-Shabaab militants in Garissa county on Friday.')?.actor1?.name, 'Military Forces of Kenya');
  assert.equal(main('UPDF troops clashed with ADF rebels near the border town of Mpondwe.')?.actor1?.name, 'Military Forces of Uganda');
  assert.equal(main('MINUSCA peacekeepers exchanged fire with 3R fighters near Bocaranga on Thursday.')?.actor1?.name, 'United Nations');
});

test('a named faction of another war is that faction, not the state of its adjective', () => {
  assert.equal(main('Syrian Kurdish fighters repelled an Islamic State attack on a prison in Hasakah.')?.actor1?.name, 'QSD: Syrian Democratic Forces');
  assert.equal(main('Turkish-backed rebels shelled the town of Tal Rifaat on Wednesday, a monitor said.')?.actor1?.name, 'SNA: Syrian National Army');
});

test('an ethnic community\'s armed men are its militia, of the country where they struck', () => {
  assert.equal(main('Fulani militiamen attacked a village in Zamfara state, killing 11 people, police said.')?.actor1?.name, 'Fulani Ethnic Militia (Nigeria)');
  assert.equal(main('Murle gunmen raided a cattle camp in Jonglei state, killing seven herders.')?.actor1?.name, 'Murle Ethnic Militia (South Sudan)');
  assert.equal(main('Lendu militiamen attacked a camp for displaced people in Ituri province, killing 22.')?.actor1?.inter, 4);
  // Herders are people, not a militia.
  assert.deepEqual(names('Gunmen killed six Fulani herders in an ambush in Mopti region.'), ['Unidentified Armed Group', 'Civilians (Mali)']);
  // Nor are tribesmen who protest.
  assert.equal(main('Hundreds of Nuer tribesmen protested in Malakal on Monday.')?.actor1?.name, 'Protesters (South Sudan)');
});

test('the subject of a passive act of violence suffered it: actor2, with no doer unless "by" names one', () => {
  // (One-sided violence with no doer named is an unidentified armed group's, as ACLED codes it.)
  assert.deepEqual(names('Burkinabe soldiers were ambushed near Djibo on Saturday.'), [null, 'Military Forces of Burkina Faso']);
  assert.deepEqual(names('A police post was attacked in Wajir county overnight.'), [null, 'Police Forces of Kenya']);
  assert.deepEqual(names('Russian positions near Tokmak were shelled on Friday.'), ['Unidentified Armed Group', 'Military Forces of Russia']);
  assert.deepEqual(names('A group of soldiers was attacked with a grenade in Beledweyne.'), ['Unidentified Armed Group', 'Military Forces of Somalia']);
  assert.deepEqual(names('Chadian troops were attacked by Boko Haram fighters on an island of Lake Chad.'), ['Boko Haram', 'Military Forces of Chad']);
  // Not any passive verb: suspects charged with a killing did the killing, they did not suffer it.
  assert.deepEqual(names('Two suspects were charged with murder over the shooting of a shopkeeper in Kisumu.'), ['Unidentified Armed Group', null]);
});

test('two forces joined by "and the" before a fight are its two sides, of one country or not', () => {
  assert.deepEqual(names('The Sudanese army and the RSF fought for control of the bridge in Omdurman on Sunday.'), ['Military Forces of Sudan', 'RSF: Rapid Support Forces']);
  assert.deepEqual(names('The Tatmadaw and the Kachin Independence Army fought near Laiza.'), ['Military Forces of Myanmar', 'KIA: Kachin Independence Army']);
});

test('two armed groups of one country with names of their own are two sides', () => {
  assert.deepEqual(names('The ELN clashed with FARC dissidents in the rural area of Tame, Arauca, on Tuesday.'), ['ELN: National Liberation Army', 'FARC Dissidents']);
});

test('a weapon shot down in the passive was the side\'s that lost it', () => {
  assert.deepEqual(names('A Ukrainian helicopter was shot down near Siversk on Thursday.'), [null, 'Military Forces of Ukraine']);
  assert.deepEqual(names('Ukrainian air defences shot down 14 Russian drones overnight, the air force said.'), ['Military Forces of Ukraine', 'Military Forces of Russia']);
});

test('a fight on the border of two states that names no side is between their forces', () => {
  assert.deepEqual(names('Heavy fighting broke out on the Kyrgyz-Tajik border early on Wednesday.'), ['Military Forces of Kyrgyzstan', 'Military Forces of Tajikistan']);
  assert.deepEqual(names('Clashes erupted overnight along the Eritrea–Ethiopia frontier.'), ['Military Forces of Eritrea', 'Military Forces of Ethiopia']);
  // The side told as the dead is actor2, the other state actor1.
  assert.deepEqual(names('Fighting along the Eritrea–Ethiopia border killed 30 Eritrean soldiers, Asmara said.'), ['Military Forces of Ethiopia', 'Military Forces of Eritrea']);
  // A side the text names keeps the fight its own.
  assert.deepEqual(names('Smugglers clashed with police near the Kenya-Somalia border.'), [null, 'Police Forces of Kenya']);
});

test('review s36: an armed force that speaks of its own forces keeps its name; a clause\'s subject owns no thing; acronyms of other bodies stay theirs', () => {
  assert.equal(main('The Houthis said their forces shot down an American drone over Marib province.')?.actor1?.name, 'Military Forces of Yemen (2016-) Supreme Political Council');
  assert.equal(main('The LNA said its forces had downed a Turkish drone south of Sirte.')?.actor1?.name, 'Military Forces of Libya (2014-) Haftar Faction');
  assert.equal(main('Jihadists overran an army base in Soum province, killing 20 soldiers.')?.actor1?.name, 'Unidentified Armed Group');
  assert.notEqual(main('The ANP said one of its local leaders was shot dead in Mardan on Friday.')?.location?.country, 'Afghanistan');
  assert.equal(main('PNP officers shot dead a suspected drug dealer in a raid in Caloocan City.')?.actor2, null);
});

test('a state\'s forces or protesters are never both sides of one event under one name', () => {
  assert.deepEqual(names('Traders protested in Kano on Monday, and the protesters later blocked the main road.'), ['Protesters (Nigeria)', null]);
  // Rioters may fight rioters: that stays two sides.
  assert.equal(names('Rioters from two neighbouring villages fought with machetes and stones in Kalale, leaving four wounded.')[1], 'Rioters (Benin)');
});

test('a state\'s voice telling fire on "its positions" names its own forces as the target', () => {
  assert.deepEqual(names('Armenia\'s defence ministry said Azerbaijani troops had fired on its positions near Jermuk with small arms.'), ['Military Forces of Azerbaijan', 'Military Forces of Armenia']);
  assert.deepEqual(names('Kyrgyzstan\'s border service said Tajik forces shelled its posts near Batken overnight.'), ['Military Forces of Tajikistan', 'Military Forces of Kyrgyzstan']);
});

test('the speaker of a sentence accuses in its participle clause ("…, the ministry said, accusing X of …")', () => {
  const acc = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2022-09-13', outlet: null, byline: null, text }).find((e) => e.subEventType === 'Accusation');
  const a = acc('The truce was broken nine times overnight, Armenia\'s defence ministry said, accusing Azerbaijani forces of firing at its positions near Jermuk.');
  assert.deepEqual([a?.actor1?.country, a?.actor2?.name], ['ARM', 'Military Forces of Azerbaijan']);
  // A suspect "accused of" a killing is accused by no one the sentence names.
  assert.equal(acc('A man accused of shooting two neighbours in Nakuru was arrested on Monday, police said.')?.actor1 ?? null, null);
});
