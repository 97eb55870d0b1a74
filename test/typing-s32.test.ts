/**
 * Event typing principles of stop 32, each with sentences written for these tests in the style of
 * wire reports from different conflicts:
 * - excessive force and intervention are for peaceful demonstrators (ACLED's codebook): once the
 *   lead tells the demonstrators clashing or rioting, a later "were shot dead by police" is the
 *   riot's toll, not another event;
 * - the victim of a passive is its subject in its own clause; "Nine killed ... in an attack by
 *   raiders" has a bare count as subject, and an actor after "by" is the agent however far from the
 *   verb; a semicolon opens a clause with its own subject ("Gunmen stormed a hotel; five killed");
 * - a noun after its determiner is no passive verb, whatever auxiliary stands before it ("said
 *   soldiers were behind the killing");
 * - an armed group's attack that names no victim is coded by the victims the next sentence tells:
 *   soldiers or police among them are an armed side met, a battle;
 * - "plane" is no stem of "planned" or "planning": a planned strike is no air strike;
 * - a convoy is a force's target only when it is a force's: a convoy of vehicles, of aid or of a
 *   politician carries civilians;
 * - an -ing verb right after a subordinator ("after killing their guard") shares the subject of
 *   the clause it hangs on;
 * - a victim told to be charged with or involved in drug trafficking is one of the armed gangs, as
 *   ACLED codes him: killing him is a clash;
 * - grenades thrown at soldiers or police with gunfire in their sentence or small-arms fire told in
 *   the text, and bombs or mines against them with gunfire in their sentence, are a fight the forces
 *   could answer (ACLED's explosions are one-sided);
 * - journalists beaten or shot by the police or gunmen at a riot are an attack on civilians: the
 *   riot is the setting;
 * - the subject of a verb of suffering before an injury noun ("residents sustained injuries") is
 *   the one hurt, not a crowd that hurt someone;
 * - "the victim of" an act names a demonstration's topic, as "the killing of" does: the act is the
 *   grievance, not the demonstrators' own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { mentionsOf } from './typing-mentions.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('force against demonstrators told after their riot is the riot\'s toll, not excessive force', () => {
  assert.equal(primary('Opposition supporters clashed with riot police in the centre of Conakry. Two demonstrators were shot dead by police.'), 'Violent demonstration');
  assert.equal(primary('Students fought running battles with police outside the university in Dhaka. One protester was killed by police gunfire.'), 'Violent demonstration');
  // A peaceful march on which the police open fire stays excessive force.
  assert.equal(primary('Hundreds of teachers marched peacefully through Harare. Police shot dead two of the protesters.'), 'Excessive force against protesters');
});

test('the victims of a passive are its subject: a count, never the agent after "by" nor a subject across a semicolon', () => {
  assert.equal(primary('Seven killed and many hurt in a reprisal raid by herders from across the river near Kapoeta.'), 'Attack');
  assert.equal(primary('Six dead and four injured in a night raid by bandits on a village in Zamfara.'), 'Attack');
  assert.equal(primary('Gunmen stormed a guesthouse in Mogadishu; four killed.'), 'Attack');
  // A subject of its own still names the victims.
  assert.equal(primary('Two militants were killed in the forest near Pulka.'), 'Armed clash');
});

test('a noun after its determiner is no passive: "soldiers were behind the killing" names no soldiers killed', () => {
  const m = mentionsOf('Relatives said government soldiers were behind the killing.').find((x) => x.trigger.text === 'killing');
  assert.ok(m, 'the killing is read');
  assert.notEqual(m.patient, 'gov');
  assert.equal(m.subEventType, 'Attack');
});

test('an attack that names no victim is coded by the victims the next sentence tells', () => {
  assert.equal(primary('Insurgents attacked the town of Mocimboa overnight. Three policemen and a militia member were killed.'), 'Armed clash');
  assert.equal(primary('Gunmen attacked Tongo Tongo overnight. Four gendarmes were killed.'), 'Armed clash');
  // Civilians told as the victims keep the attack.
  assert.equal(primary('Insurgents attacked the town of Mocimboa overnight. Five villagers were killed.'), 'Attack');
});

test('a planned strike is no air strike: "planned" does not read as "plane"', () => {
  assert.equal(primary('Police stormed a secondary school and beat students during a planned strike in Kisii.'), 'Attack');
  assert.equal(primary('Gunmen shot dead a trader at a planning meeting of the market association in Kaduna.'), 'Attack');
  // Planes still strike.
  assert.equal(primary('A military plane bombed a market in Darfur, killing four people.'), 'Air/drone strike');
});

test('a convoy is a force\'s target only when it is a force\'s', () => {
  assert.equal(primary('Gunmen ambushed a convoy of trucks carrying maize to the market in Tillaberi.'), 'Attack');
  assert.equal(primary('Bandits attacked a relief convoy on the road to Maiduguri and robbed the drivers.'), 'Attack');
  assert.equal(primary('Militants ambushed an army convoy near the border with Niger.'), 'Armed clash');
  assert.equal(primary('Insurgents attacked a convoy near Palma.'), 'Armed clash');
});

test('an -ing verb after a subordinator shares the subject of its clause', () => {
  const m = mentionsOf('Gunmen abducted two aid workers in Gao after killing their driver.').find((x) => x.trigger.text === 'killing');
  assert.ok(m, 'the killing is read');
  assert.equal(m.agent, 'armed');
  assert.notEqual(m.subEventType, 'Mob violence');
});

test('a victim charged with or involved in drug trafficking is coded as a gang member: a clash', () => {
  assert.equal(primary('A man was shot dead by two armed men on a motorbike in Fortaleza on Sunday. Police said he faced charges of drug trafficking.'), 'Armed clash');
  assert.equal(primary('A man was killed by gunmen in a bar in Culiacan. Police said he was involved in drug trafficking.'), 'Armed clash');
  // Another record is no gang membership.
  assert.equal(primary('A man was shot dead by two armed men on a motorbike in Fortaleza on Sunday. Police said he faced charges of robbery.'), 'Attack');
});

test('grenades thrown at soldiers or police in a fight they answer are a clash, not remote violence', () => {
  assert.equal(primary('Militants lobbed two hand grenades into a police camp in Garissa and then opened fire on the officers.'), 'Armed clash');
  assert.equal(primary('Gunmen hurled a grenade at a police vehicle in Mandalay. They then fired small arms at the officers, who withdrew.'), 'Armed clash');
  // A grenade with no fight stays a grenade, at forces or at civilians.
  assert.equal(primary('Unknown men hurled a grenade at a police checkpoint in Tal Afar; nobody was hurt.'), 'Grenade');
  assert.equal(primary('A man threw a grenade into a crowded bar in Bujumbura, wounding twelve people.'), 'Grenade');
});

test('journalists harmed by the police at a riot are an attack on civilians: the riot is the setting', () => {
  assert.equal(primary('Two reporters were assaulted by police while covering riots in Kinshasa.'), 'Attack');
  assert.equal(primary('Police beat a photographer who was covering violent protests outside parliament in Lima.'), 'Attack');
  // Rioters who beat a journalist riot.
  assert.equal(primary('Rioters beat a photographer during violent protests in Lima.'), 'Violent demonstration');
});

test('people who sustained or suffered injuries are the victims, not a crowd that hurt someone', () => {
  assert.equal(primary('Several villagers sustained serious injuries in Rutshuru.'), 'Attack');
  const m = mentionsOf('Several residents suffered injuries.').find((x) => x.trigger.text === 'injuries');
  assert.ok(m, 'the injuries are read');
  assert.equal(m.patient, 'locals');
  assert.equal(m.agent, 'none');
});

test('"the victim of" an act after a protest names its topic, not the demonstrators\' act', () => {
  assert.equal(primary('Party supporters protested in Lusaka after their candidate vanished, likely the victim of a kidnapping.'), 'Peaceful protest');
  assert.equal(primary('Relatives marched to the governor\'s office in Jos to demand justice for the victims of the massacre.'), 'Peaceful protest');
});

test('a bomb against soldiers or police with gunfire in its sentence is a clash; against civilians it stays a bomb', () => {
  assert.equal(primary('A roadside bomb struck a police vehicle near Lashkar Gah and gunmen then opened fire on the officers, killing two.'), 'Armed clash');
  assert.equal(primary('A roadside bomb exploded near a market in Kirkuk, killing two shoppers, and gunmen then opened fire on passers-by.'), 'Remote explosive/landmine/IED');
  assert.equal(primary('A roadside bomb struck a police vehicle near Lashkar Gah, killing two officers.'), 'Remote explosive/landmine/IED');
});
