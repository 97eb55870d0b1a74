/**
 * Actors of stop 44, with sentences written for these tests in the style of wire reports from
 * several conflicts: armed men "of" or "from" a named group are that group; a country after armed
 * men's "from" is where they came from, not its state acting; the names wire copy gives to the
 * Donbas separatists, Cameroon's Ambazonian forces and the FARC's dissidents.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;
const names = (text: string) => { const e = first(text); return [e.actor1?.name ?? null, e.actor2?.name ?? null]; };

test('"rebels from X", "militants of X", "insurgents loyal to X": the named group, no second unidentified one', () => {
  assert.equal(names('Rebels from the Ambazonia Defence Forces stormed a gendarmerie post in Kumba overnight, killing two gendarmes.')[0], 'Ambazonian Separatists');
  assert.equal(names('Militants of the Islamic State West Africa Province attacked a military base in Borno state on Sunday, killing five soldiers.')[0], 'Islamic State (West Africa)');
  assert.equal(names('Insurgents loyal to the Taliban ambushed a police convoy in Kunduz on Friday.')[0], 'Taliban');
});

test('a country after armed men\'s "from" is their origin: neither the state acting nor whose forces were hit', () => {
  const [a1, a2] = names('Militants from Somalia attacked a police post in Wajir on Monday, killing two officers.');
  assert.equal(a1, 'Unidentified Armed Group');
  assert.equal(a2, 'Police Forces of Kenya');
  const car = names('Fighters from Chad attacked an army base near Birao on Sunday, killing three soldiers.');
  assert.equal(car[0], 'Unidentified Armed Group');
  assert.equal(car[1], 'Military Forces of Central African Republic');
});

test('Donbas separatists by their backers, Ambazonian forces and FARC dissidents by the names wire copy uses', () => {
  assert.equal(names('Pro-Russian separatists shelled Ukrainian army positions near Avdiivka with 120mm mortars on Sunday.')[0], 'NAF: United Armed Forces of Novorossiya');
  assert.equal(names('Russian-backed rebels attacked Ukrainian positions near Mariupol overnight, the military said.')[0], 'NAF: United Armed Forces of Novorossiya');
  assert.equal(names('Colombian soldiers killed four members of a dissident FARC faction in a firefight in Cauca on Sunday.')[1], 'FARC Dissidents');
});

test('a gendarmerie post attacked is the gendarmes\' (police forces), told by the force\'s own word', () => {
  const e = first('Jihadists attacked a gendarmerie post near Djibo on Sunday, killing four gendarmes, the army said.');
  assert.equal(e.actor2?.name, 'Police Forces of Burkina Faso');
  const cm = first('Separatist fighters stormed the gendarmerie brigade in Kumba overnight.');
  assert.equal(cm.actor2?.kind, 'police');
});

test('"were killed by a landmine": the passive\'s subject suffered the device, whose planter is unnamed', () => {
  const sy = first('Two children were killed by a landmine in Idlib province on Monday.');
  assert.equal(sy.actor1?.name, 'Unidentified Armed Group');
  assert.equal(sy.actor2?.name, 'Civilians (Syria)');
  const af = first('Three soldiers were killed by an improvised explosive device outside Asadabad on Monday.');
  assert.equal(af.actor1?.name, 'Unidentified Armed Group');
  assert.equal(af.actor2?.name, 'Military Forces of Afghanistan');
  const so = first('Four civilians were wounded by an explosive device near a market in Baidoa on Sunday.');
  assert.equal(so.actor2?.name, 'Civilians (Somalia)');
});

test('al-Qaeda by name; an affiliate named beside its patron acts, an unnamed one is known by its patron', () => {
  assert.equal(names('A suspected US drone strike killed three al-Qaeda militants in Shabwa province on Thursday, local officials said.')[1], 'Al Qaeda');
  assert.equal(names('Gunmen from an al-Qaeda allied faction, Ansaroul Islam, shot dead a school director outside Arbinda.')[0], 'Ansaroul Islam');
  assert.equal(names('An Islamic State linked group killed 12 villagers in Cabo Delgado, police said.')[0], 'Islamic State');
});

test('forces left without a country ("positions on both sides") are the two states whose figures the text gives', () => {
  const [a1, a2] = names("Fighting broke out on the border between Armenia and Azerbaijan shortly after midnight on Tuesday, with artillery and drones striking positions on both sides. Armenia's defence ministry said 49 of its soldiers were killed; Azerbaijan said it lost 50 servicemen.");
  assert.deepEqual([a1, a2].sort(), ['Military Forces of Armenia', 'Military Forces of Azerbaijan']);
  const [b1, b2] = names('Troops clashed along the disputed frontier overnight. India said three of its soldiers were killed, while Pakistan said two of its troops died.');
  assert.deepEqual([b1, b2].sort(), ['Military Forces of India', 'Military Forces of Pakistan']);
});

test('a weapon stopped: who stopped it is actor1, who fired, launched or planted it actor2', () => {
  assert.deepEqual(names('Saudi air defences intercepted a ballistic missile fired by the Houthis at Najran on Sunday.'), ['Military Forces of Saudi Arabia', 'Military Forces of Yemen (2016-) Supreme Political Council']);
  assert.deepEqual(names('Houthi forces launched a drone towards Abha which was intercepted by the Saudi-led coalition.'), ['Operation Restoring Hope', 'Military Forces of Yemen (2016-) Supreme Political Council']);
  assert.deepEqual(names('Police defused a bomb planted by militants near a market in Quetta.'), ['Police Forces of Pakistan', 'Unidentified Armed Group']);
  // In an attack, the one who planted the bomb did it.
  assert.equal(names('A bomb planted by al-Shabaab on the Garissa road wounded two policemen on Monday.')[0], 'Al Shabaab');
});
