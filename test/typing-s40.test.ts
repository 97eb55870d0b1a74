/**
 * Event typing principles of stop 40, each with sentences written for these tests in the style of
 * wire reports from different conflicts:
 * - "attributed to", "blamed on" after an event name its doer as "by" does: in "killings attributed
 *   to the sect" the sect killed, it is no victim, so the killing of unnamed people is an attack on
 *   them (ACLED: violence against civilians), not members of an armed group killed in a fight;
 * - police who disperse rival groups of supporters or demonstrators, with no fight between them
 *   told, intervene in gatherings: a protest with intervention (rival crowds who fight each other
 *   while the police separate them stay mob violence);
 * - the speaker of "in what officers say was a revenge attack" only tells of the act: a copula right
 *   after the verb of speech has no subject of its own, so the officers are neither the attackers
 *   nor their target (the farmer killed is the victim: an attack on a civilian, no battle);
 * - state forces that struck or hit an enemy's targets, positions, hideouts or depots with no means
 *   told strike from a distance: remote violence (shelling by default; named aircraft make it an
 *   air strike), never an attack on civilians and never no event; the noun "targets" is the
 *   strike's object, no attack verb ("targeted" stays one);
 * - a mob is a crowd, never the forces that broke it up: in mob violence the police or soldiers who
 *   disperse or separate the fighting groups are actor2, the crowd (as Rioters) actor1;
 * - rival groups told armed ("two armed rival groups", "armed rival factions") are organised armed
 *   sides: their fight is a battle, not rival crowds' mob violence;
 * - killings that someone "carried out", "committed" or "perpetrated" are told as that actor's acts,
 *   not as the topic of a protest or an inquiry ("the killing of"): soldiers who carried out
 *   extrajudicial killings of farmers attacked them (ACLED: violence against civilians);
 * - entering a village, a market or a bar is movement, not a seizure of territory: ACLED codes a
 *   change of territory only when control is taken ("seized", "captured", "took control"), and what
 *   the force or group did there (killing, whipping, looting) is the event; entering told with no
 *   resistance met is still a non-violent transfer; a force or armed group that enters a village or
 *   a town (or is kept from entering it) with nothing else told has moved: a change to its activity
 *   (strategic development), not no event;
 * - an abduction told with people wounded is an attack (ACLED codes the abduction as its own event
 *   only when nobody is harmed); one told with no harm ("no injuries", "nobody was hurt") stays an
 *   abduction;
 * - "near a mine", "outside the mine" name a mining site, where an attack took place, no landmine
 *   (a mine that exploded stays one).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;
const primaryEvent = (text: string) => processArticle(article(text)).find((e) => !e.background);
const primaryType = (text: string) => processArticle(article(text)).find((e) => !e.background)?.eventType;

test('an armed group after "attributed to" is the doer of the killings, not their victim', () => {
  assert.equal(primary('Three headless bodies were found in a ravine outside Enugu. The killings were attributed to a cult gang.'), 'Attack');
  assert.equal(primary('Two dismembered bodies were found near Kandahar. Killings attributed to a Taliban splinter group.'), 'Attack');
  assert.equal(primary('Four bodies found in a river in Cauca. Killings attributed to FARC dissidents.'), 'Attack');
});

test('police who disperse rival groups with no fight between them told intervene in a gathering', () => {
  assert.equal(primary('Police in Lahore fired tear gas to disperse two rival groups of party supporters outside the election office.'), 'Protest with intervention');
  assert.equal(primary('Riot police dispersed rival groups of demonstrators, one backing the president and the other opposing him, in central Caracas.'), 'Protest with intervention');
  assert.equal(primary('Gendarmes used tear gas to disperse rival groups of supporters gathered outside the electoral commission in Conakry.'), 'Protest with intervention');
  assert.equal(primary('Police dispersed two rival groups of youths who clashed with sticks and stones at a market in Kano.'), 'Mob violence');
});

test('the speaker of "in what officers say was an attack" is neither its doer nor its target', () => {
  assert.equal(primary('A maize trader was killed near Marsabit in what officers say was a revenge attack.'), 'Attack');
  assert.equal(primary('Two shopkeepers were shot dead in Gao in what the army said was a reprisal attack.'), 'Attack');
});

test('state forces that strike an enemy\'s targets or positions with no means told: remote violence', () => {
  assert.equal(primaryType('The Israeli military said it struck Hezbollah targets in southern Lebanon overnight.'), 'Explosions/Remote violence');
  assert.equal(primaryType('Russian forces struck Ukrainian army positions near Avdiivka on Monday, the defence ministry said.'), 'Explosions/Remote violence');
  assert.equal(primaryType('Turkish forces struck PKK hideouts in northern Iraq, the defence ministry said.'), 'Explosions/Remote violence');
  assert.equal(primaryType('Azerbaijani forces hit Armenian military positions along the border on Tuesday.'), 'Explosions/Remote violence');
  assert.equal(primary('The army said its jets struck rebel positions near the town.'), 'Air/drone strike');
  assert.equal(primary('Gunmen struck a village near Zamfara and shot dead three farmers.'), 'Attack');
});

test('the forces that break up a fight between rival groups are not the mob: the crowd is actor1', () => {
  for (const text of [
    'Gendarmes broke up a fight between two rival groups of traders at the main market in Bamako.',
    'Police broke up a fight between two rival groups of fans outside the stadium in Tunis.',
  ]) {
    const e = primaryEvent(text);
    assert.equal(e?.subEventType, 'Mob violence');
    assert.equal(e?.actor1?.kind, 'rioters');
    assert.equal(e?.actor2?.kind, 'police');
  }
});

test('rival groups told armed fight a battle, not mob violence', () => {
  assert.equal(primary('Two armed rival groups fought for control of the market in Beni, leaving several wounded.'), 'Armed clash');
  assert.equal(primary('Armed rival groups clashed overnight in a Port-au-Prince slum, residents said.'), 'Armed clash');
  assert.equal(primary('Heavy fighting broke out between armed rival factions in the town of Kufra on Sunday.'), 'Armed clash');
  assert.equal(primary('Rival groups of youths clashed with stones at the market in Kisumu.'), 'Mob violence');
});

test('killings carried out, committed or perpetrated by an actor are its attack, not a topic', () => {
  assert.equal(primary('Rights groups said soldiers carried out extrajudicial killings of farmers in the Anglophone regions.'), 'Attack');
  assert.equal(primary('Witnesses accused the militia of perpetrating killings of villagers near Djugu.'), 'Attack');
  assert.equal(primary('Police committed killings of unarmed youths in the slums, the report said.'), 'Attack');
});

test('entering a village is no seizure: what was done there is the event', () => {
  assert.equal(primary('On 4 May, the army accompanied by allied militiamen entered the village of Sobane, and reportedly killed 12 civilians from the herder community.'), 'Attack');
  assert.equal(primary('On 9 June, army and militia units entered the village of Yoro, assaulting the local chief and frightening his family.'), 'Attack');
  assert.equal(primary('On 14 July, a group of armed men entered the market of Djibo and whipped shopkeepers to enforce a dress code.'), 'Attack');
  assert.equal(primary('Rebel fighters entered the town before dawn and met no resistance, a resident said.'), 'Non-violent transfer of territory');
  assert.equal(primary('Rebels seized the town of Kidal after a two-day battle with the army.'), 'Non-state actor overtakes territory');
});

test('a force or armed group that enters a town with nothing else told has moved: a strategic development', () => {
  assert.equal(primaryType('Suspected jihadists entered the village of Koutougou on Monday and preached at the mosque.'), 'Strategic developments');
  assert.equal(primaryType('Turkish troops stopped a Russian convoy from entering Tal Tamr town on Sunday.'), 'Strategic developments');
  assert.equal(primaryType('A column of rebel fighters entered the town of Bria on Friday, residents said.'), 'Strategic developments');
});

test('an abduction told with people wounded is an attack; with no harm told it stays an abduction', () => {
  assert.equal(primary('Gunmen abducted a village chief and wounded two of his sons near Zinder on Tuesday.'), 'Attack');
  assert.equal(primary('Suspected separatist fighters kidnapped a teacher and injured three pupils at a school near Kumbo.'), 'Attack');
  assert.equal(primary('Gunmen kidnapped two aid workers near Kidal; nobody was hurt.'), 'Abduction/forced disappearance');
});

test('a place near a mine is a mining site, no landmine', () => {
  assert.equal(primary('Bandits attacked traders near the mine at Kouri and shot dead a motorcyclist.'), 'Attack');
  assert.equal(primary('A roadside mine exploded under a truck near Boni, killing three soldiers.'), 'Remote explosive/landmine/IED');
});
