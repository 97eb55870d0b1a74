/**
 * Stop 39, event typing: who a victim is (a retired or former member of the forces is a civilian, an
 * off-duty word counts near its own event), civilians under fire, counts written in words, and armed
 * men who enter a village only to carry off property. Sentences written for this test, in the style
 * of wire reports from many conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-16', outlet: null, byline: null, text }).find((x) => !x.background);

test('a retired or former member of the forces is a civilian', () => {
  assert.equal(first('A retired army colonel was shot dead by gunmen in Kaduna on Sunday.')?.subEventType, 'Attack');
  assert.equal(first('Suspected militants shot dead a former army captain outside a mosque in Ghazni.')?.subEventType, 'Attack');
  // A serving officer stays an armed side.
  assert.equal(first('Gunmen shot dead two army officers at a checkpoint outside Kaduna on Sunday.')?.subEventType, 'Armed clash');
});

test('an off-duty word counts only near its own event', () => {
  assert.equal(first('Gunmen shot dead two policemen on the highway near Beledweyne. Separately, a trader was killed at his home.')?.subEventType, 'Armed clash');
  assert.equal(first('Al-Shabaab fighters killed three soldiers in the Lower Shabelle region on Tuesday. In another incident, a tax collector was shot dead in his house in Mogadishu.')?.subEventType, 'Armed clash');
  // The sentence right after the event that goes on telling it still tells it.
  assert.equal(first('A police officer was shot dead by gunmen in Maiduguri on Monday. He was attacked at his home by men on motorcycles.')?.subEventType, 'Attack');
});

test('civilians who come under fire are attacked, whoever fired', () => {
  const e = first('Civilians came under fire from soldiers in the village of Kani, residents said.');
  assert.equal(e?.subEventType, 'Attack');
  assert.equal(e?.actor1?.kind, 'military');
  assert.equal(first('Villagers came under fire from junta troops near Kani in Sagaing region on Monday.')?.subEventType, 'Attack');
  // Troops under fire stay a fight.
  assert.equal(first('Soldiers came under fire from militants near the border with Niger on Monday.')?.subEventType, 'Armed clash');
});

test('a count written in words or as a range starts the object: the verb is active', () => {
  assert.equal(first('Junta troops executed at least twenty villagers near Kani in Sagaing region, residents said.')?.subEventType, 'Attack');
  assert.equal(first('Government soldiers reportedly executed between 10 and 15 civilians in Ituri province.')?.subEventType, 'Attack');
});

test('armed men who enter a village and seize property, harming nobody, loot', () => {
  assert.equal(first('Gunmen entered a hamlet north of Tahoua and seized goats and donkeys, residents said.')?.subEventType, 'Looting/property destruction');
  // Killing there makes it an attack.
  assert.equal(first('Gunmen entered a hamlet north of Tahoua, shot dead two shepherds and seized their goats.')?.subEventType, 'Attack');
});

test('excessive force keeps the forces as actor1 and the protesters as actor2, whoever the text tells first', () => {
  const e = first('Family members said that soldiers shot and killed Ko Aung, a 17-year-old boy from Hlaing Tharyar township, late on Sunday, as troops fired tear gas and rubber bullets at crowds of demonstrators.');
  assert.equal(e?.subEventType, 'Excessive force against protesters');
  assert.equal(e?.actor1?.kind, 'military');
  assert.equal(e?.actor2?.kind, 'protesters');
  const s = first('Doctors said that security forces shot and killed Ahmed Idris, a 24-year-old trader from Omdurman, on Thursday, as troops fired tear gas at thousands of protesters.');
  assert.equal(s?.actor2?.kind, 'protesters');
});

test('a self-defence group, hunters\' militia or UN peacekeepers are an armed side', () => {
  assert.equal(first('Suspected militants attacked a self-defence group near the village, killing three of its members.')?.subEventType, 'Armed clash');
  assert.equal(first('Gunmen shot dead two members of a village self-defense militia near Djibo.')?.subEventType, 'Armed clash');
  assert.equal(first('Suspected jihadists ambushed a MONUSCO patrol near Beni, wounding two peacekeepers.')?.subEventType, 'Armed clash');
});

test('a fight between two crowds that the police broke up is the crowds\' fight', () => {
  assert.equal(first('Police broke up a fight between two groups of youths over a plot of land in Kano.')?.subEventType, 'Mob violence');
  assert.equal(first('Police fired tear gas to separate two groups of students who clashed at the university in Abuja.')?.subEventType, 'Mob violence');
  // Demonstrators who clash with the police stay a violent demonstration.
  assert.equal(first('Two groups of protesters clashed with police in Santiago on Friday.')?.subEventType, 'Violent demonstration');
});

test('men only suspected of belonging to, or taken for fighters of, a rebel force are civilians', () => {
  assert.equal(first('Troops shot dead four fishermen on the lake, mistaking them for insurgents.')?.subEventType, 'Attack');
  assert.equal(first('Police shot dead a trader in Maroua suspected of being a separatist fighter.')?.subEventType, 'Attack');
  assert.equal(first('The army shot dead three herders at a well near Mopti, although the defence ministry claimed they were militants.')?.subEventType, 'Attack');
});

test('an attack on the house of an officer told off duty is no attack on a post', () => {
  assert.equal(first('Gunmen stormed the home of an off-duty customs officer in Diyala, killing him and injuring his son.')?.subEventType, 'Attack');
  // A checkpoint attacked, with an officer at home told in another paragraph, stays a fight.
  assert.equal(first('Gunmen attacked a police checkpoint outside Baquba on Sunday night. Separately, a trader was killed at his home in the city.')?.subEventType, 'Armed clash');
});

test('a verb coordinated after a comma shares the subject of the clause before it', () => {
  assert.equal(first('Suspected militants attacked the village of Tiamba near Niono, and killed two Dozo militiamen.')?.subEventType, 'Armed clash');
});

test('soldiers or armed men who burn a village attack its people', () => {
  assert.equal(first('Government troops burned three villages near the border with Sudan, residents said.')?.subEventType, 'Attack');
  assert.equal(first('Soldiers razed a village in Rakhine state on Tuesday.')?.subEventType, 'Attack');
  // Houses burned in a village stay property destroyed; a crowd burning tyres stays a demonstration.
  assert.equal(first('Rebels burned houses in the village of Kiwanja.')?.subEventType, 'Looting/property destruction');
});

test('soldiers who enter a village and kill, detain or burn there: the act is the event, no territory regained', () => {
  assert.equal(first('Soldiers entered the village of Tin Hama and executed ten civilians, residents said.')?.subEventType, 'Attack');
  assert.equal(first('Myanmar troops entered a village in Sagaing region and detained about 40 villagers.')?.subEventType, 'Arrests');
  // Entering a town that militants left stays a change of hands.
  assert.notEqual(first('Troops entered the town of Ansongo on Monday after the militants withdrew.')?.subEventType, 'Attack');
});

test('people taken are no territory taken', () => {
  const e = first('Nigerien troops swept the forest near Diffa and captured several insurgents.')?.subEventType;
  assert.notEqual(e, 'Non-state actor overtakes territory');
  assert.notEqual(e, 'Government regains territory');
  assert.notEqual(first('Militants captured two soldiers near the town of Boni.')?.subEventType, 'Government regains territory');
  // A force's place taken stays territory: "the army base" is a place.
  assert.equal(first('Militants seized the army base and the town of Boulkessi.')?.subEventType, 'Non-state actor overtakes territory');
  // An armed group named before the place is whose the place is.
  assert.equal(first('Government troops seized two Moro Islamic Liberation Front camps in Maguindanao on Sunday.')?.subEventType, 'Government regains territory');
});

test('a sit-in is spelt so: "sites in" and "site in" are no protest', () => {
  const all = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-16', outlet: null, byline: null, text }).map((e) => e.subEventType);
  assert.ok(!all('Turkey said its jets struck PKK sites in northern Iraq on Sunday.').includes('Peaceful protest'));
  assert.ok(!all('Gunmen raided a mining site in Zamfara and abducted six workers.').includes('Peaceful protest'));
  assert.equal(first('Nurses staged a sit-in outside the health ministry in Harare over unpaid wages.')?.subEventType, 'Peaceful protest');
  assert.equal(first('Sit-ins by students entered a third day in Khartoum.')?.subEventType, 'Peaceful protest');
});

test('a place captured "by" a group is territory taken; combatants captured are a battle', () => {
  // "by" names who took the town, no people taken.
  assert.equal(first('The town of Kiwanja was captured by M23 rebels overnight, local officials said.')?.subEventType, 'Non-state actor overtakes territory');
  assert.equal(first('The district centre of Jani Khel was captured by Taliban fighters on Sunday.')?.subEventType, 'Non-state actor overtakes territory');
  // Soldiers taken by rebels, fighters taken by troops: the two armed sides met.
  assert.equal(first('Al-Shabaab fighters captured three Kenyan soldiers near the border town of Mandera.')?.subEventType, 'Armed clash');
  assert.equal(first('Government troops captured six rebels during a sweep of the forest near Beni.')?.subEventType, 'Armed clash');
});

test('an attack on a post stays a battle when an officer off duty is also told', () => {
  assert.equal(first('Gunmen attacked an army checkpoint near Kabul, killing two soldiers and an off-duty policeman.')?.subEventType, 'Armed clash');
});
