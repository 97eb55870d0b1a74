/**
 * Casualty figures of stop 35, with sentences written for these tests in the style of wire reports:
 * - a person phrase right after a preposition ("according to the police chief", "by a
 *   soldier") is that word's object, the claimant or the agent, never the subject of the casualty
 *   verb in apposition after a comma: "According to the police chief, a teenager was shot" counts
 *   the teenager, a civilian, not a policeman;
 * - one more person wounded ("a woman was also wounded", "a third man was also injured") after the
 *   people shot adds to them when they are one person or the ordinal follows their number; a plural
 *   figure already counts the people then told one by one, and "another" told before them is no
 *   one more;
 * - a person ranked "the" n-th victim after a verb of being ("he was the third journalist killed in
 *   Mexico this year") or in apposition with an infinitive (", the fifth civilian to die") is someone already told, ranked among a period's earlier victims: the figure
 *   recalls them (background), no one more;
 * - a clause inside a person's noun phrase ("the victim of what police called a robbery") has its own
 *   subject, no party of the figure: the victim is no policeman;
 * - a slash between two words joins names of one group ("12 FARDC/MONUSCO soldiers", "five
 *   Fulani/Peul herders"): the count still counts the people after the names;
 * - a demonstration's cause word ("after", "over", "protesting") makes a figure the earlier event
 *   that caused it only within its own clause: not across a semicolon ("riots broke out after the
 *   ruling; four were killed"), not for a count opening a clause after a comma ("protests turned
 *   violent, two students killed"), and not when the word is a participle naming the people after
 *   it ("clashes between protesting traders and police killed three").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import { claimsOfText } from './claims-of-text.ts';

const figures = (text: string) => claimsOfText(text).map((c) => `${c.outcome} ${c.low} ${c.party.kind}`).sort();

test('the object of "according to" is the claimant, not the person hit', () => {
  assert.deepEqual(figures('According to the Kandahar police chief, a teenager was shot dead near the bus station on Monday.'), ['killed 1 civilians']);
  assert.deepEqual(figures('According to the army spokesman, a girl was wounded by shrapnel in Kharkiv.'), ['wounded 1 civilians']);
  assert.deepEqual(figures('According to the district commissioner, a 14-year-old was killed by a stray bullet in Beni.'), ['killed 1 civilians']);
});


const wounded = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text })
  .filter((e) => !e.background).map((e) => e.totals.wounded.best);

test('one more person wounded after the people shot adds to them', () => {
  assert.deepEqual(wounded('A girl was shot in the wrist near the market in Tal Afar, and a woman was also wounded.'), [2]);
  assert.deepEqual(wounded('A shepherd was shot in the leg near Bor on Monday. His brother was also wounded, officials said.'), [2]);
  assert.deepEqual(wounded('Two men were shot outside a bar in Medellin on Saturday. A third man was also injured.'), [3]);
  // "another" before the person shot is the same person told again.
  assert.deepEqual(wounded('Soldiers say another villager was injured. The victim was shot in the arm.'), [1]);
});

const killed = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text })
  .filter((e) => !e.background).map((e) => e.totals.killed.best);

test('the n-th victim of a period is someone already told, no one more', () => {
  assert.deepEqual(killed('A journalist was shot dead in Veracruz on Monday. He was the third reporter killed in Mexico this year.'), [1]);
  assert.deepEqual(killed('An aid worker was killed in an ambush near Yei on Sunday. She is the fourth aid worker to die in South Sudan since January.'), [1]);
  assert.deepEqual(killed('Gunmen shot dead a village chief in Tillaberi on Friday. The chief is the second local leader to be killed this month.'), [1]);
  assert.deepEqual(killed('A shepherd was shot dead near Sinjar on Tuesday. He was the second shepherd killed in the area this month.'), [1]);
  assert.deepEqual(killed('A Rohingya teacher was killed by a landmine near Maungdaw on Saturday, the fifth civilian to die in the township this week.'), [1]);
});

test('a clause inside the noun phrase tells no party', () => {
  assert.deepEqual(figures('The 20-year-old victim of what police called a robbery remained in critical condition on Friday.'), ['wounded 1 civilians']);
  assert.deepEqual(figures('The teenage victim of what soldiers described as crossfire died in hospital in Kirkuk.'), ['killed 1 unknown']);
});

test('a slash joins names of one group, no break between a count and its people', () => {
  assert.deepEqual(figures('12 FARDC/MONUSCO soldiers were killed in the ambush near Beni.'), ['killed 12 military']);
  assert.deepEqual(figures('Five Fulani/Peul herders were killed near Djibo on Sunday.'), ['killed 5 civilians']);
  assert.deepEqual(figures('Seven SDF/YPG fighters were killed near Raqqa.'), ['killed 7 rebel']);
});

test("a demonstration's cause word reaches only its own clause", () => {
  assert.deepEqual(killed('Clashes between protesting traders and police killed three in Kasese on Tuesday.'), [3]);
  assert.deepEqual(killed('Student protests turned violent in Jos on Monday, two students killed'), [2]);
  assert.deepEqual(killed('Riots broke out after the election ruling; four people were killed as rioters fought police in Kisumu.'), [4]);
});
