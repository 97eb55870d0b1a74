/**
 * Casualty figures of stop 37, with sentences written for these tests in the style of wire reports
 * and of conflict-monitor summaries:
 * - a verb of harm with its object between it and "to death" ("beat a man to death", "stabbed two
 *   traders to death") kills that object, like the contiguous "beaten to death";
 * - a lead phrase between a killing verb and its object's count ("killing a total of 12 soldiers",
 *   "killed a further three") does not hide the count;
 * - a reporting verb raised between "be" and "to" ("four more are said to have been shot dead"), or
 *   with the "be" dropped as summaries and headlines drop it ("9 miners said to have died", "Forty
 *   said dead"), opens no clause and names no claimant: its subject is the count;
 * - "took the life of a young farmer" reports a death as "claimed the lives of" does, of one person
 *   whatever number follows (an age: "the life of 41–year–old …"); "over" after a
 *   killing verb's bare count opens a phrase of time ("killing five over two days");
 * - a short parenthesis inside a person's noun phrase ("a Puntland Darawish (PSF) soldier") is an
 *   acronym, not the end of the phrase;
 * - a possessive "'s" inside a clause of people hurt ("two of the 11 soldiers injured in Tuesday's
 *   ambush have died") is no "is"/"has": the clause still runs to the main verb, whose dead count;
 * - a toll revised or updated after an adverb of time ("the death toll was later revised to 11", "the
 *   number of dead has since risen to 15", "the fatality count was subsequently updated to 8") is the
 *   event's running total, its fatalities;
 * - people named in a list as a killing verb's object ("killed Ahmed Yusuf, Ali Hassan and Omar
 *   Farah") are one each; a list of places after a preposition ("shooting at Hardy Road and Elm
 *   Avenue") is no one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Figures of the current events' claims of one outcome. */
const figures = (text: string, outcome = 'killed') => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));

test('a verb of harm with its object before "to death" kills that object', () => {
  assert.deepEqual(figures('Soldiers beat a man to death at a checkpoint in Rakhine on Tuesday.'), [1]);
  assert.deepEqual(figures('The attackers stabbed a trader to death in the market of Bamenda.'), [1]);
  assert.deepEqual(figures('A mob stoned two suspected thieves to death in Kisumu.'), [2]);
  assert.deepEqual(figures('Angry residents of Gulu beat up three herders to death over a stolen goat.'), [3]);
  // A second verb of harm between is that verb's own phrase: one victim.
  assert.deepEqual(figures('A crowd in Kasese beat up and then stoned to death a thief.'), [1]);
  // The stabbing that kills is no wounding.
  assert.deepEqual(figures('The attackers stabbed a trader to death in the market of Bamenda.', 'wounded'), []);
});

test('a lead phrase between a killing verb and its count does not hide the count', () => {
  assert.deepEqual(figures('Insurgents attacked two army posts in Cabo Delgado, killing a total of 12 soldiers and wounding 9 others.'), [12]);
  assert.deepEqual(figures('A second air strike killed a further three civilians in Idlib province.'), [3]);
});

test('a reporting verb raised between "be" and "to" leaves the count its subject', () => {
  assert.deepEqual(figures('Troops fired on marchers in Mandalay. Four more are said to have been shot dead.'), [4]);
  assert.deepEqual(figures('A teenager was said to have died in the crossfire near Khan Younis.'), [1]);
  const claims = (text: string) => events(text).flatMap((e) => e.claims.filter((c) => c.outcome === 'killed').map((c) => [c.low, c.claimedBy?.name ?? null]));
  assert.deepEqual(claims('9 miners said to have died after gunmen stormed a gold pit near Maiduguri.'), [[9, null]]);
  assert.deepEqual(claims('Forty said dead, scores hurt as troops fire on Kashmir marchers.'), [[40, null]]);
  // An active claim keeps its claimant.
  assert.deepEqual(claims('The rebels claimed to have killed 30 soldiers near Kidal.'), [[30, 'rebels']]);
});

test('"took the life of" reports a death; "over" after a bare count opens a phrase of time', () => {
  assert.deepEqual(figures('A dispute between herders and farmers in Benue took the life of a young farmer.'), [1]);
  // One life is one person, whatever number the phrase after it holds.
  assert.deepEqual(figures('A gang shooting in San Pedro Sula claimed the life of 41–year–old Carlos Mejia.'), [1]);
  assert.deepEqual(figures('Soldiers threw grenades at students in Bamako, killing five over two days.'), [5]);
});

test('a short parenthesis inside a person\'s noun phrase does not end it', () => {
  assert.deepEqual(figures('A Puntland Darawish (PSF) soldier was killed by unidentified militants near Galkayo.'), [1]);
  assert.deepEqual(figures('An Afghan National Army (ANA) officer was shot dead in Kunduz on Sunday.'), [1]);
});

test('people named in a list as a killing verb\'s object are one each', () => {
  assert.deepEqual(figures('Police said gunmen killed Ahmed Yusuf, Ali Hassan and Omar Farah at a checkpoint near Baidoa.'), [3]);
  assert.deepEqual(figures('The militia killed Jean-Pierre Mukendi and Patrick Ilunga in Kananga on Sunday.'), [2]);
  // Places after a preposition are no one.
  assert.deepEqual(figures('One man was taken to hospital after a shooting at Hardy Road and Elm Avenue.', 'killed_or_wounded'), [1]);
});


test('a possessive "\'s" inside a clause of people hurt does not hide the main verb\'s dead', () => {
  assert.deepEqual(figures('Two of the 11 soldiers injured in Tuesday\'s ambush near Diffa have died, the army said.'), [2]);
  assert.deepEqual(figures('Three policemen wounded in the militia\'s raid on Bunia died in hospital.'), [3]);
});

test('a toll revised or updated after an adverb of time is the running total', () => {
  const fatalities = (text: string) => events(text).filter((e) => !e.background).map((e) => e.fatalities);
  assert.deepEqual(fatalities('Gunmen attacked a bus near Mandera, killing 8. The death toll was later revised to 11.'), [11]);
  assert.deepEqual(fatalities('A car bomb exploded near a hotel in Mogadishu, killing 12 people. The number of dead has since risen to 15.'), [15]);
  assert.deepEqual(fatalities('Troops opened fire on marchers in Nyala, killing five. The fatality count was subsequently updated to 8.'), [8]);
});
