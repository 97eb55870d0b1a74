/**
 * Issue 13, stop 36: event typing principles of ACLED's codebook, each tested on sentences written for
 * these tests in the style of wire reports from many conflicts, never copied from any report. Each
 * block says the principle and checks its limits (the readings it must leave alone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { happened } from '../src/extract/mention.ts';
import { mentionsOf, typingCases as cases, type Rows } from './typing-mentions.ts';

cases('a mutiny is a riot of a force against its command only when the mutineers are a force (soldiers, police, guards, a unit, its barracks): politicians\' or shareholders\' "mutiny" is a figure of speech, no event', [
  ['Conservative MPs staged a mutiny against the party leader.', 'none'],
  ['Backbench lawmakers mounted a mutiny over the budget in Canberra on Tuesday.', 'none'],
  ['Shareholders led a mutiny against the board of the mining company in Johannesburg.', 'none'],
], [
  // limits: a force that mutinies, a mutiny at a barracks, mutineers with no force word
  ['A mutiny broke out at the Kati barracks overnight, residents said.', 'Violent demonstration'],
  ['Guards at the central prison in Goma mutinied over unpaid wages.', 'Violent demonstration'],
  ['Mutineers seized the state broadcaster in Conakry before dawn.', 'Violent demonstration'],
  ['Soldiers of the 3rd battalion mutinied in Juba over months of unpaid salaries.', 'Violent demonstration'],
]);

cases('people named by their nation alone ("three Syrians", "two Afghans") killed by a state\'s forces are civilians unless told armed: ACLED codes force against unarmed people as an Attack', [
  ['Turkish border guards shot dead three Syrians trying to cross the frontier.', 'Attack'],
  ['Iranian border guards shot dead two Afghans in Sistan-Baluchestan province on Monday.', 'Attack'],
  ['Saudi border guards killed 20 Ethiopians crossing the border from Yemen, a rights group said.', 'Attack'],
  ['Border guards shot dead four migrants crossing the river into Greece.', 'Attack'],
], [
  // limits: men told armed or as a group's fighters stay the other side of a fight; a nation's forces are no people
  ['Indian troops killed two armed infiltrators who crossed the Line of Control in Kupwara.', 'Armed clash'],
  ['Police shot dead three suspected robbers in Mombasa after a gunfight.', 'Armed clash'],
  ['Syrian troops clashed with Turkish-backed fighters near Manbij on Sunday.', 'Armed clash'],
]);

cases('a relative clause about a demonstration\'s grievance ("over the killing of a shopkeeper, who was shot by soldiers") tells more of the grievance, no event of its own: the demonstration is the event', [
  ['Hundreds of traders marched in Bamako over the killing of a shopkeeper, who was shot dead by soldiers at a checkpoint.', 'Peaceful protest'],
  ['Residents protested in Beni against a wave of massacres in which rebels have killed dozens of villagers.', 'Peaceful protest'],
  ['Students rallied in Dhaka demanding justice for a classmate, who had been clubbed to death by party activists.', 'Peaceful protest'],
  ['Relatives demonstrated in Quetta over the abduction of a lawyer, whose body was found dumped on Sunday.', 'Peaceful protest'],
  // the demonstration told by the cause phrase itself ("to protest", "in protest over")
  ['Youths rallied in front of the district commissioner\'s compound in Bunia over the killing of a boy, who was shot dead by soldiers on Sunday.', 'Peaceful protest'],
  ['Taxi drivers parked across the highway near Lahore in protest over the death of a colleague, who was beaten by traffic police.', 'Peaceful protest'],
], [
  // limits: the crowd's own violent act after the grievance; a relative clause with no demonstration;
  // "related to" as kinship is no grievance
  ['Protesters marched over the killing of a teacher, who was shot by police, and then torched a police station.', 'Violent demonstration'],
  ['A farmer who was shot dead by soldiers near Kidal was buried on Monday.', 'Attack'],
  ['Police said the man shot dead in Medellin on Tuesday was the uncle of a girl who died from a stray round last week.', 'Attack'],
]);

/** Every sub-event type the text's happened mentions give, first or not. */
const subs = (text: string) => mentionsOf(text).filter(happened).map((m) => m.subEventType);
function without(principle: string, rows: Rows, guards: Rows = []) {
  for (const [text, not] of rows) test(`${principle} — ${text.slice(0, 70)}`, () => {
    assert.ok(!subs(text).includes(not), `${not} in ${subs(text).join(', ')}`);
    for (const [g, gw] of guards) assert.ok(subs(g).includes(gw), `${gw} not in ${subs(g).join(', ')}: ${g}`);
  });
}

without('a church\'s mass is no troops massing: only the exact verb form "massing" tells a deployment (Change to group/activity)', [
  ['Gunmen opened fire on worshippers leaving Sunday mass at a church in Owo, killing at least 20.', 'Change to group/activity'],
  ['A grenade was thrown into a crowd leaving Christmas mass in Jolo, wounding nine.', 'Change to group/activity'],
], [
  ['The army has been massing troops near the border with Eritrea, diplomats said.', 'Change to group/activity'],
  ['Russia is massing tanks and artillery north of Kharkiv, Ukrainian intelligence said.', 'Change to group/activity'],
]);

without('a truce broken, breached or violated is fighting told, not an agreement made (ACLED: ceasefire violations are the fighting)', [
  ['Each side accused the other of breaking the truce after overnight shelling near Shusha.', 'Agreement'],
  ['Government troops and FARC dissidents broke the truce within hours, fighting near Tumaco.', 'Agreement'],
  ['M23 rebels broke the truce by attacking army positions near Sake, the army said.', 'Agreement'],
], [
  ['Sudan\'s army and the RSF agreed a seven-day truce in talks in Jeddah on Saturday.', 'Agreement'],
]);

cases('a throat slit is a killing, like a beheading: an armed group that slits the throats of villagers attacks civilians', [
  ['Militants slit the throats of two herders near Djibo on Tuesday, residents said.', 'Attack'],
  ['Two shepherds were found with their throats slit near Tillaberi.', 'Attack'],
  ['Insurgents slit the throat of a village chief in Macomia district, Cabo Delgado.', 'Attack'],
]);

cases('"suspected" or "alleged" before a state force tells who the killers are thought to be, not that the victim was a suspect: a civilian killed by suspected police is an Attack', [
  ['A rice farmer was gunned down by suspected policemen in Negros Oriental, his relatives said.', 'Attack'],
  ['A trade unionist was killed by suspected soldiers in Cauca, his union said.', 'Attack'],
  ['A human rights lawyer was gunned down by alleged police officers in Guerrero state.', 'Attack'],
], [
  // limits: the victims told as suspects stay the other side of a police fight
  ['Police shot dead three suspected robbers in Mombasa.', 'Armed clash'],
  ['Soldiers killed two suspected militants near Maiduguri.', 'Armed clash'],
]);

cases('a crowd that kills or beats someone accused of theft, robbery or kidnapping takes the law into its own hands: Mob violence, as for suspected thieves', [
  ['Residents cornered and killed a man accused of theft in a market in Mwanza.', 'Mob violence'],
  ['Villagers beat to death two men accused of kidnapping a child near Puebla.', 'Mob violence'],
], [
  // limits: the police or armed men who kill such men are no crowd
  ['Police shot dead two suspected kidnappers in Anambra.', 'Armed clash'],
  ['Gunmen killed a trader accused of robbery in Kaduna.', 'Attack'],
]);
